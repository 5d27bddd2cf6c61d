// Ratings of a chatroom. A rating is a type 2 message with a ratings row: it is created
// empty and scored or commented later by PATCH, and the room shows its newest score.
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

// The author of a rating is the author of its type 2 message.
std::optional<Placement> findRating(const RouteContext &ctx, qint64 idRating)
{
    QSqlQuery q = ctx.db.run(QStringLiteral("SELECT r.id_chatroom, m.id_author FROM ratings r"
                                            " JOIN messages m ON m.id_message = r.id_message"
                                            " JOIN chatrooms c ON c.id_chatroom = r.id_chatroom"
                                            " WHERE r.id_rating = ? AND c.id_brand = ?"),
                             {idRating, ctx.caller.idBrand});
    if (!q.next())
        return std::nullopt;
    return Placement{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

// The rating message needs an author even when the body names no rater: the caller's own
// ambassador for an ambassador key, else the room's first member.
qint64 defaultRater(const RouteContext &ctx, qint64 idChatroom)
{
    if (!ctx.caller.isBrand())
        return ctx.caller.idAmbassador;
    return ctx.db
        .integer(
            QStringLiteral("SELECT MIN(id_ambassador) FROM chatroom_members WHERE id_chatroom = ?"),
            {idChatroom})
        .value_or(0);
}

// The room shows the newest rating that carries a score or a comment: a fresh, still
// empty rating does not hide the previous score.
void refreshLastRating(RouteContext &ctx, qint64 idChatroom)
{
    QSqlQuery newest =
        ctx.db.run(QStringLiteral("SELECT value, content FROM ratings WHERE id_chatroom = ?"
                                  " AND (value IS NOT NULL OR content IS NOT NULL)"
                                  " ORDER BY date_insert DESC, id_rating DESC LIMIT 1"),
                   {idChatroom});
    QVariant value{QMetaType(QMetaType::LongLong)};
    QVariant comment{QMetaType(QMetaType::QString)};
    if (newest.next()) {
        value = newest.value(0);
        comment = newest.value(1);
    }
    ctx.db.run(QStringLiteral("UPDATE chatrooms SET last_rating_value = ?, last_rating_comment = ?"
                              " WHERE id_chatroom = ?"),
               {value, comment, idChatroom});
}

ApiReply rateChatroom(RouteContext &ctx)
{
    const ChatroomWrite write = chatroomWrite(ctx);
    if (write.failure)
        return *write.failure;
    const qint64 idChatroom = write.idChatroom;
    ValidationErrors errors;
    BodyReader reader(write.body, errors);
    // Neither field is required (quirk 15).
    const std::optional<qint64> rater =
        reader.integer(QStringLiteral("id_user_rater"), Presence::Optional);
    const std::optional<qint64> rated =
        reader.integer(QStringLiteral("id_user_rated"), Presence::Optional);
    if (speaksForSomeoneElse(ctx, rater))
        return ApiReply::forbidden();
    if (rater)
        requireRoomMember(ctx, idChatroom, *rater, QStringLiteral("id_user_rater"), errors);
    if (rated)
        requireRoomMember(ctx, idChatroom, *rated, QStringLiteral("id_user_rated"), errors);
    if (rater && rated && *rater == *rated) {
        errors.add(QStringLiteral("id_user_rated"),
                   QStringLiteral("The id user rated and id user rater must be different."));
    }
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    const qint64 author = rater ? *rater : defaultRater(ctx, idChatroom);
    const qint64 idMessage = insertMessage(ctx, idChatroom, author, kRatingMessage, QString());
    ctx.db.run(
        QStringLiteral("INSERT INTO ratings (id_message, id_chatroom, date_insert, date_update,"
                       " date_delete, value, content, id_user_rater, id_user_rated)"
                       " VALUES (?, ?, ?, ?, NULL, NULL, NULL, ?, ?)"),
        {idMessage, idChatroom, ctx.nowMicros, ctx.nowMicros, nullable(rater), nullable(rated)});
    return ApiReply::json(201, ctx.resources.message(idMessage));
}

ApiReply updateRating(RouteContext &ctx)
{
    const qint64 idRating = ctx.param(QStringLiteral("rating"));
    const std::optional<Placement> rating = findRating(ctx, idRating);
    const ParsedBody body =
        authorEditBody(ctx, rating, QStringLiteral("The rating does not exist"));
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    const std::optional<qint64> value = reader.integer(QStringLiteral("value"), Presence::Optional);
    const std::optional<QString> content =
        reader.string(QStringLiteral("content"), Presence::Optional);
    if (value && (*value < 0 || *value > 5))
        errors.add(QStringLiteral("value"), QStringLiteral("The value must be between 0 and 5."));
    if (errors.isEmpty() && !value && !content)
        requireOneOf(QStringLiteral("value"), QStringLiteral("content"), errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    ctx.db.run(
        QStringLiteral("UPDATE ratings SET value = COALESCE(?, value),"
                       " content = COALESCE(?, content), date_update = ? WHERE id_rating = ?"),
        {nullable(value), nullable(content), ctx.nowMicros, idRating});
    refreshLastRating(ctx, rating->idChatroom);
    return ApiReply::json(200, ctx.resources.rating(idRating));
}

} // namespace

void registerRatingRoutes(RouteTable &table)
{
    table.add(HttpMethod::Post, QStringLiteral("/chat/chatrooms/{chatroom}/ratings"), Guard::Token,
              rateChatroom);
    table.add(HttpMethod::Patch, QStringLiteral("/chat/ratings/{rating}"), Guard::Token,
              updateRating);
}

} // namespace popsell::sandbox
