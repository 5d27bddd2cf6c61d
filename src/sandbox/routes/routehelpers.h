#pragma once

#include "sandbox/apireply.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <functional>
#include <optional>

namespace popsell::sandbox {

// Building blocks shared by the route handlers.

// The request body as a JSON object, or the 422 to answer.
struct ParsedBody
{
    QJsonObject object;
    std::optional<ApiReply> failure;
};
ParsedBody parseBody(const RouteContext &ctx);

// Existence and permission checks. Each returns the reply to send when the check fails:
// 404 for an unknown id (or one of another brand), 403 when an ambassador key asks for
// a chatroom it is not a member of.
std::optional<ApiReply> checkChatroom(const RouteContext &ctx, qint64 idChatroom,
                                      const QString &notFoundText = QStringLiteral("The chatroom does not exist"));
std::optional<ApiReply> checkAmbassador(const RouteContext &ctx, qint64 idAmbassador,
                                        const QString &notFoundText = QStringLiteral("The ambassador does not exist"));
bool ambassadorExists(const RouteContext &ctx, qint64 idAmbassador);
bool isMember(const RouteContext &ctx, qint64 idChatroom, qint64 idAmbassador);

// "sort" in the Spatie query-builder style the API uses: "field" or "-field", mapped to
// SQL through `allowed` (API name -> SQL expression). Returns the ORDER BY clause, or a
// 400 naming the allowed sorts.
struct SortClause
{
    QString orderBy;
    std::optional<ApiReply> failure;
};
// tieBreaker (a unique column) follows in the same direction, so pages stay stable when
// many rows share a sort value.
SortClause sortClause(const RouteContext &ctx, const QMap<QString, QString> &allowed,
                      const QString &defaultSort, const QString &tieBreaker);

// Query-string boolean: true/false/1/0 (nullopt when absent or unreadable).
std::optional<bool> queryBool(const RouteContext &ctx, const QString &name);
// Query-string integer (nullopt when absent or unreadable).
std::optional<qint64> queryInt(const RouteContext &ctx, const QString &name);

// Inserts a message and updates the chatroom's last message, last_message_date and
// (when a second author speaks) established_dialogue. Returns the new id_message.
qint64 insertMessage(RouteContext &ctx, qint64 idChatroom, qint64 idAuthor, int typeMessage,
                     const QString &content);

// Runs a paginated query: counts with `fromWhere`, then fetches one page through
// `fetch(limitClause)` and wraps it in the Laravel envelope.
ApiReply paginatedReply(RouteContext &ctx, const QString &countSql, const QVariantList &binds,
                        const std::function<QJsonArray(const QString &limitClause)> &fetch,
                        qint64 defaultPerPage = 15);

} // namespace popsell::sandbox
