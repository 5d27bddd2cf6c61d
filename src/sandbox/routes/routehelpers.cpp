#include "sandbox/routes/routehelpers.h"

#include "sandbox/database.h"

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

ChatroomWrite chatroomWrite(const RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("chatroom"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return {idChatroom, {}, failure};
    const ParsedBody body = parseBody(ctx);
    return {idChatroom, body.object, body.failure};
}

void requireOneOf(const QString &first, const QString &second, ValidationErrors &errors)
{
    errors.add(first, QStringLiteral("The %1 field is required when %2 is not present.")
                          .arg(fieldLabel(first), fieldLabel(second)));
    errors.add(second, QStringLiteral("The %1 field is required when %2 is not present.")
                           .arg(fieldLabel(second), fieldLabel(first)));
}

std::optional<ApiReply> checkChatroom(const RouteContext &ctx, qint64 idChatroom,
                                      const QString &notFoundText)
{
    if (!ctx.db.exists(
            QStringLiteral("SELECT 1 FROM chatrooms WHERE id_chatroom = ? AND id_brand = ?"),
            {idChatroom, ctx.caller.idBrand})) {
        return ApiReply::notFound(notFoundText);
    }
    if (!ctx.caller.isBrand() && !isMember(ctx, idChatroom, ctx.caller.idAmbassador))
        return ApiReply::forbidden();
    return std::nullopt;
}

bool ambassadorExists(const RouteContext &ctx, qint64 idAmbassador)
{
    return ctx.db.exists(
        QStringLiteral("SELECT 1 FROM ambassadors WHERE id_ambassador = ? AND id_brand = ?"),
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
        QStringLiteral(
            "SELECT 1 FROM chatroom_members WHERE id_chatroom = ? AND id_ambassador = ?"),
        {idChatroom, idAmbassador});
}

void requireRoomMember(const RouteContext &ctx, qint64 idChatroom, qint64 idAmbassador,
                       const QString &field, ValidationErrors &errors)
{
    if (!ambassadorExists(ctx, idAmbassador)) {
        errors.add(field, QStringLiteral("The selected %1 is invalid.").arg(fieldLabel(field)));
    } else if (!isMember(ctx, idChatroom, idAmbassador)) {
        errors.add(
            field,
            QStringLiteral("The %1 must be a member of the chatroom.").arg(fieldLabel(field)));
    }
}

bool speaksForSomeoneElse(const RouteContext &ctx, std::optional<qint64> idAmbassador)
{
    return !ctx.caller.isBrand() && idAmbassador && *idAmbassador != ctx.caller.idAmbassador;
}

ParsedBody authorEditBody(const RouteContext &ctx, const std::optional<Placement> &written,
                          const QString &notFoundText)
{
    if (!written)
        return {{}, ApiReply::notFound(notFoundText)};
    if (speaksForSomeoneElse(ctx, written->idAuthor))
        return {{}, ApiReply::forbidden()};
    return parseBody(ctx);
}

qint64 insertMessage(RouteContext &ctx, qint64 idChatroom, qint64 idAuthor, int typeMessage,
                     const QString &content)
{
    // Strictly increasing dates, even for two messages in the same microsecond.
    const qint64 lastDate =
        ctx.db
            .integer(QStringLiteral("SELECT MAX(date_insert) FROM messages WHERE id_chatroom = ?"),
                     {idChatroom})
            .value_or(0);
    const qint64 date = std::max(ctx.nowMicros, lastDate + 1);
    QSqlQuery insert = ctx.db.run(
        QStringLiteral(
            "INSERT INTO messages (id_chatroom, id_author, type_message, content, date_insert,"
            " status_moderation, active) VALUES (?, ?, ?, ?, ?, 0, 1)"),
        {idChatroom, idAuthor, typeMessage,
         content.isNull() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(content), date});
    const qint64 id = ctx.db.lastInsertId(insert);
    ctx.db.run(QStringLiteral("UPDATE chatrooms SET last_message_id = ?, last_message_date = ?"
                              " WHERE id_chatroom = ?"),
               {id, date, idChatroom});
    // established_dialogue: set when a second distinct author has spoken.
    ctx.db.run(QStringLiteral(
                   "UPDATE chatrooms SET established_dialogue = ? WHERE id_chatroom = ?"
                   " AND established_dialogue IS NULL AND"
                   " (SELECT COUNT(DISTINCT id_author) FROM messages WHERE id_chatroom = ?) >= 2"),
               {date, idChatroom, idChatroom});
    ctx.db.run(
        QStringLiteral("UPDATE ambassadors SET last_action_date = ? WHERE id_ambassador = ?"),
        {date, idAuthor});
    return id;
}

} // namespace popsell::sandbox
