#include "sandbox/routes/routehelpers.h"

#include "sandbox/database.h"
#include "sandbox/pagination.h"

#include <QSqlQuery>

#include <algorithm>

namespace popsell::sandbox {

ParsedBody parseBody(const RouteContext &ctx)
{
    ValidationErrors errors;
    std::optional<QJsonObject> body = parseJsonBody(ctx.request.body, errors);
    if (!body)
        return {{}, ApiReply::validation(errors)};
    return {*body, std::nullopt};
}

std::optional<ApiReply> checkChatroom(const RouteContext &ctx, qint64 idChatroom,
                                      const QString &notFoundText)
{
    if (!ctx.db.exists(QStringLiteral("SELECT 1 FROM chatrooms WHERE id_chatroom = ? AND id_brand = ?"),
                       {idChatroom, ctx.caller.idBrand})) {
        return ApiReply::notFound(notFoundText);
    }
    if (!ctx.caller.isBrand() && !isMember(ctx, idChatroom, ctx.caller.idAmbassador))
        return ApiReply::forbidden();
    return std::nullopt;
}

bool ambassadorExists(const RouteContext &ctx, qint64 idAmbassador)
{
    return ctx.db.exists(QStringLiteral("SELECT 1 FROM ambassadors WHERE id_ambassador = ? AND id_brand = ?"),
                         {idAmbassador, ctx.caller.idBrand});
}

std::optional<ApiReply> checkAmbassador(const RouteContext &ctx, qint64 idAmbassador,
                                        const QString &notFoundText)
{
    if (!ambassadorExists(ctx, idAmbassador))
        return ApiReply::notFound(notFoundText);
    return std::nullopt;
}

bool isMember(const RouteContext &ctx, qint64 idChatroom, qint64 idAmbassador)
{
    return ctx.db.exists(
        QStringLiteral("SELECT 1 FROM chatroom_members WHERE id_chatroom = ? AND id_ambassador = ?"),
        {idChatroom, idAmbassador});
}

SortClause sortClause(const RouteContext &ctx, const QMap<QString, QString> &allowed,
                      const QString &defaultSort, const QString &tieBreaker)
{
    QString sort = ctx.request.queryValue(QStringLiteral("sort")).trimmed();
    if (sort.isEmpty())
        sort = defaultSort;
    const bool descending = sort.startsWith(u'-');
    const QString field = descending ? sort.mid(1) : sort;
    if (!allowed.contains(field)) {
        QStringList names = allowed.keys();
        return {{},
                ApiReply::message(400, QStringLiteral("Requested sort(s) `%1` is not allowed. Allowed sort(s) are `%2`.")
                                           .arg(sort, names.join(QStringLiteral(", "))))};
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return {u"ORDER BY " + allowed.value(field) + direction + u", " + tieBreaker + direction,
            std::nullopt};
}

std::optional<bool> queryBool(const RouteContext &ctx, const QString &name)
{
    if (!ctx.request.hasQuery(name))
        return std::nullopt;
    const QString value = ctx.request.queryValue(name).trimmed().toLower();
    if (value == u"1" || value == u"true")
        return true;
    if (value == u"0" || value == u"false")
        return false;
    return std::nullopt;
}

std::optional<qint64> queryInt(const RouteContext &ctx, const QString &name)
{
    if (!ctx.request.hasQuery(name))
        return std::nullopt;
    bool ok = false;
    const qint64 value = ctx.request.queryValue(name).trimmed().toLongLong(&ok);
    return ok ? std::optional<qint64>(value) : std::nullopt;
}

qint64 insertMessage(RouteContext &ctx, qint64 idChatroom, qint64 idAuthor, int typeMessage,
                     const QString &content)
{
    // Strictly increasing dates, even for two messages in the same microsecond.
    const qint64 lastDate =
        ctx.db.integer(QStringLiteral("SELECT MAX(date_insert) FROM messages WHERE id_chatroom = ?"),
                       {idChatroom})
            .value_or(0);
    const qint64 date = std::max(ctx.nowMicros, lastDate + 1);
    QSqlQuery insert = ctx.db.run(
        QStringLiteral("INSERT INTO messages (id_chatroom, id_author, type_message, content, date_insert,"
                       " status_moderation, active) VALUES (?, ?, ?, ?, ?, 0, 1)"),
        {idChatroom, idAuthor, typeMessage, content.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(content), date});
    const qint64 id = ctx.db.lastInsertId(insert);
    ctx.db.run(QStringLiteral("UPDATE chatrooms SET last_message_id = ?, last_message_date = ? WHERE id_chatroom = ?"),
               {id, date, idChatroom});
    // established_dialogue: set when a second distinct author has spoken.
    ctx.db.run(QStringLiteral("UPDATE chatrooms SET established_dialogue = ? WHERE id_chatroom = ?"
                              " AND established_dialogue IS NULL AND"
                              " (SELECT COUNT(DISTINCT id_author) FROM messages WHERE id_chatroom = ?) >= 2"),
               {date, idChatroom, idChatroom});
    ctx.db.run(QStringLiteral("UPDATE ambassadors SET last_action_date = ? WHERE id_ambassador = ?"),
               {date, idAuthor});
    return id;
}

ApiReply paginatedReply(RouteContext &ctx, const QString &countSql, const QVariantList &binds,
                        const std::function<QJsonArray(const QString &limitClause)> &fetch,
                        qint64 defaultPerPage)
{
    const PageRequest page = pageRequest(ctx.request, defaultPerPage);
    const qint64 total = ctx.db.integer(countSql, binds).value_or(0);
    const QJsonArray data =
        fetch(QStringLiteral(" LIMIT %1 OFFSET %2").arg(page.perPage).arg(page.offset()));
    return ApiReply::json(200, paginate(ctx.request, page, total, data));
}

} // namespace popsell::sandbox
