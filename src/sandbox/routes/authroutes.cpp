#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QRandomGenerator>

namespace popsell::sandbox {

namespace {

QString newToken()
{
    // 32 random bytes from the system generator, hex-encoded.
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()),
                                          bytes.size() / int(sizeof(quint32)));
    return QString::fromLatin1(bytes.toHex());
}

ApiReply createToken(RouteContext &ctx)
{
    ValidationErrors errors;
    const std::optional<QJsonObject> body = parseJsonBody(ctx.request.body, errors);
    if (!body)
        return ApiReply::validation(errors);
    BodyReader reader(*body, errors);
    const std::optional<QString> apiKey =
        reader.string(QStringLiteral("api_key"), Presence::Required, 255);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    if (!ctx.db.exists(QStringLiteral("SELECT 1 FROM api_keys WHERE api_key = ?"), {*apiKey}))
        return ApiReply::unauthorized();
    const QString token = newToken();
    ctx.db.run(QStringLiteral("INSERT INTO tokens (token, api_key, created_at) VALUES (?, ?, ?)"),
               {token, *apiKey, ctx.nowMicros});
    return ApiReply::json(200, QJsonObject{{QStringLiteral("token"), token}});
}

ApiReply logout(RouteContext &ctx)
{
    ctx.db.run(QStringLiteral("DELETE FROM tokens WHERE token = ?"), {ctx.caller.token});
    return ApiReply::message(200, QStringLiteral("Successfully logged out"));
}

ApiReply brandInfo(RouteContext &ctx)
{
    const std::optional<qint64> brand = ctx.db.integer(
        QStringLiteral("SELECT id_brand FROM brands WHERE domain = ? COLLATE NOCASE"),
        {QString::fromUtf8(ctx.request.header("x-popsell-domain")).trimmed()});
    if (!brand)
        return ApiReply::unauthorized();
    return ApiReply::json(200, ctx.resources.brand(*brand));
}

} // namespace

void registerAuthRoutes(RouteTable &table)
{
    table.add(HttpMethod::Post, QStringLiteral("/auth/token"), Guard::Domain, createToken);
    table.add(HttpMethod::Post, QStringLiteral("/auth/logout"), Guard::Domain | Guard::Token,
              logout);
    table.add(HttpMethod::Get, QStringLiteral("/brand"), Guard::Domain, brandInfo);
}

} // namespace popsell::sandbox
