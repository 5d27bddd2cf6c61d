#pragma once

#include "sandbox/apireply.h"
#include "sandbox/apirequest.h"

#include <QFlags>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace popsell::sandbox {

class Database;
class Resources;
struct SandboxConfig;

// What a route demands before its handler runs; checked by the server, in this order.
enum class Guard
{
    None = 0,
    Domain = 1,      // X-Popsell-Domain must name this platform        -> else 401
    Token = 2,       // Authorization: Bearer <valid token>             -> else 401
    BrandHeader = 4, // X-Popsell-Brand must be the token's brand        -> else 403
    BrandKey = 8,    // only brand API keys (manager scope), not ambassador keys -> else 403
};
Q_DECLARE_FLAGS(Guards, Guard)
Q_DECLARE_OPERATORS_FOR_FLAGS(Guards)

// Who is calling: resolved from the bearer token.
struct Caller
{
    enum class Kind
    {
        Brand,
        Ambassador
    };
    QString apiKey;
    Kind kind = Kind::Brand;
    qint64 idBrand = 0;
    qint64 idAmbassador = 0; // for ambassador keys
    QString token;

    bool isBrand() const { return kind == Kind::Brand; }
};

// Everything a handler may use. Handlers run inside the request's transaction.
struct RouteContext
{
    const ApiRequest &request;
    const Caller &caller;
    const QHash<QString, qint64> &params;
    Database &db;
    Resources &resources;
    const SandboxConfig &config;
    qint64 nowMicros;

    qint64 param(const QString &name) const { return params.value(name); }
};

using Handler = std::function<ApiReply(RouteContext &)>;

struct Route
{
    HttpMethod method;
    QString pattern; // "/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/read"
    Guards guards;
    Handler handler;
    QStringList segments;
};

struct RouteMatch
{
    const Route *route = nullptr;
    QHash<QString, qint64> params;
    QStringList allowedMethods; // when the path exists but not with this method
};

// The sandbox's routes, each declared once with its method, path and guards.
// Path parameters ({name}) match positive integers only.
class RouteTable
{
public:
    void add(HttpMethod method, const QString &pattern, Guards guards, Handler handler);
    RouteMatch match(HttpMethod method, const QString &path) const;
    const QList<Route> &routes() const { return m_routes; }

private:
    QList<Route> m_routes;
};

// Each resource group registers its routes here (routes/*.cpp).
void registerAuthRoutes(RouteTable &table);
void registerChatroomRoutes(RouteTable &table);
void registerChatroomMemberRoutes(RouteTable &table);
void registerMessageRoutes(RouteTable &table);
void registerRatingRoutes(RouteTable &table);
void registerAmbassadorRoutes(RouteTable &table);
void registerManagerRoutes(RouteTable &table);

} // namespace popsell::sandbox
