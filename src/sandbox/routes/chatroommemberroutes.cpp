// Each member's own state of a chatroom (its chatroom_members row): read, archive, block,
// flag and purge. One member archiving or purging a room changes nothing for the others.
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <functional>

namespace popsell::sandbox {

namespace {

// {chatroom} and {ambassador} of the routes acting on one member's state.
struct MemberPath
{
    qint64 chatroom = 0;
    qint64 ambassador = 0;
};

MemberPath memberPath(const RouteContext &ctx)
{
    return {ctx.param(QStringLiteral("chatroom")), ctx.param(QStringLiteral("ambassador"))};
}

// 404 for an unknown chatroom or ambassador; 403 for an ambassador key outside the room or
// acting for another ambassador.
std::optional<ApiReply> checkMemberPath(const RouteContext &ctx, const MemberPath &path)
{
    if (std::optional<ApiReply> failure = checkChatroom(ctx, path.chatroom))
        return failure;
    if (std::optional<ApiReply> failure = checkAmbassador(ctx, path.ambassador))
        return failure;
    if (speaksForSomeoneElse(ctx, path.ambassador))
        return ApiReply::forbidden();
    return std::nullopt;
}

// A PATCH of one member's state: its path, checked before the body is read, and its body.
struct MemberPatch
{
    MemberPath path;
    QJsonObject body;
    std::optional<ApiReply> failure;
};

MemberPatch memberPatch(const RouteContext &ctx)
{
    const MemberPath path = memberPath(ctx);
    if (std::optional<ApiReply> failure = checkMemberPath(ctx, path))
        return {path, {}, failure};
    const ParsedBody body = parseBody(ctx);
    return {path, body.object, body.failure};
}

// Both ids exist, but the pair may have no pivot row to change: a 422, like Laravel's
// validation of a relation, rather than a 404 of the path.
void requirePivotRow(const RouteContext &ctx, const MemberPath &path, ValidationErrors &errors)
{
    requireRoomMember(ctx, path.chatroom, path.ambassador, QStringLiteral("ambassador"), errors);
}

// column is one of the pivot's column names, never client input.
void updatePivot(RouteContext &ctx, const MemberPath &path, const QString &column,
                 const QVariant &value)
{
    ctx.db.run(u"UPDATE chatroom_members SET " + column +
                   u" = ? WHERE id_chatroom = ? AND id_ambassador = ?",
               {value, path.chatroom, path.ambassador});
}

ApiReply markRead(RouteContext &ctx)
{
    const MemberPath path = memberPath(ctx);
    if (std::optional<ApiReply> failure = checkMemberPath(ctx, path))
        return *failure;
    ValidationErrors errors;
    requirePivotRow(ctx, path, errors);
    const std::optional<qint64> lastMessage = ctx.db.integer(
        QStringLiteral("SELECT last_message_id FROM chatrooms WHERE id_chatroom = ?"),
        {path.chatroom});
    if (!lastMessage)
        errors.add(QStringLiteral("chatroom"), QStringLiteral("The chatroom has no message."));
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    updatePivot(ctx, path, QStringLiteral("last_read_message"), *lastMessage);
    return ApiReply::json(200, ctx.resources.message(*lastMessage));
}

// archive and block: one required boolean written to one pivot column.
ApiReply setPivotBoolean(RouteContext &ctx, const QString &field, const QString &column,
                         const std::function<QString(bool, const MemberPath &)> &successText)
{
    const MemberPatch patch = memberPatch(ctx);
    if (patch.failure)
        return *patch.failure;
    ValidationErrors errors;
    const std::optional<bool> value =
        BodyReader(patch.body, errors).boolean(field, Presence::Required);
    requirePivotRow(ctx, patch.path, errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    updatePivot(ctx, patch.path, column, *value ? 1 : 0);
    return ApiReply::message(200, successText(*value, patch.path));
}

ApiReply setArchived(RouteContext &ctx)
{
    return setPivotBoolean(ctx, QStringLiteral("archive"), QStringLiteral("archived"),
                           [](bool archived, const MemberPath &) {
                               return archived ? QStringLiteral("Chatroom archived successfully")
                                               : QStringLiteral("Chatroom unarchived successfully");
                           });
}

ApiReply setBlocked(RouteContext &ctx)
{
    return setPivotBoolean(
        ctx, QStringLiteral("is_blocked"), QStringLiteral("is_blocked"),
        [](bool blocked, const MemberPath &path) {
            return QStringLiteral("chatroom %1 %2 successfully for ambassador %3")
                .arg(path.chatroom)
                .arg(blocked ? QStringLiteral("blocked") : QStringLiteral("unblocked"))
                .arg(path.ambassador);
        });
}

ApiReply setFlag(RouteContext &ctx)
{
    const MemberPatch patch = memberPatch(ctx);
    if (patch.failure)
        return *patch.failure;
    ValidationErrors errors;
    BodyReader reader(patch.body, errors);
    const QString field = QStringLiteral("flag");
    // The key is required, its value may be null (which clears the flag).
    std::optional<qint64> flag;
    if (!reader.has(field)) {
        errors.add(field, QStringLiteral("The flag field must be present."));
    } else if (!reader.isNull(field)) {
        flag = reader.integer(field, Presence::Required);
        if (flag && *flag != 1 && *flag != 2)
            errors.add(field, QStringLiteral("The selected flag is invalid."));
    }
    requirePivotRow(ctx, patch.path, errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    updatePivot(ctx, patch.path, field, nullable(flag));
    return ApiReply::message(200, flag ? QStringLiteral("Chatroom flagged successfully")
                                       : QStringLiteral("Chatroom flag removed"));
}

// The ambassador is named in the body here, not in the path.
ApiReply purgeChatroom(RouteContext &ctx)
{
    const ChatroomWrite write = chatroomWrite(ctx);
    if (write.failure)
        return *write.failure;
    const qint64 idChatroom = write.idChatroom;
    ValidationErrors errors;
    const QString field = QStringLiteral("id_ambassador");
    const std::optional<qint64> idAmbassador =
        BodyReader(write.body, errors).integer(field, Presence::Required);
    if (speaksForSomeoneElse(ctx, idAmbassador))
        return ApiReply::forbidden();
    if (idAmbassador)
        requireRoomMember(ctx, idChatroom, *idAmbassador, field, errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    // Everything up to the current last message is purged; 0 stands for "before the
    // first message" in a room that has none yet.
    ctx.db.run(
        QStringLiteral("UPDATE chatroom_members SET purged_message_id ="
                       " (SELECT COALESCE(last_message_id, 0) FROM chatrooms WHERE id_chatroom = ?)"
                       " WHERE id_chatroom = ? AND id_ambassador = ?"),
        {idChatroom, idChatroom, *idAmbassador});
    return ApiReply::message(200, QStringLiteral("Chatroom purged successfully"));
}

} // namespace

void registerChatroomMemberRoutes(RouteTable &table)
{
    const Guards chat = Guard::Token | Guard::BrandHeader;
    table.add(HttpMethod::Post,
              QStringLiteral("/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/read"), chat,
              markRead);
    table.add(HttpMethod::Patch,
              QStringLiteral("/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/archive"), chat,
              setArchived);
    table.add(HttpMethod::Patch,
              QStringLiteral("/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/block"), chat,
              setBlocked);
    table.add(HttpMethod::Patch,
              QStringLiteral("/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/flag"), chat,
              setFlag);
    // Quirk 8: purge is documented without X-Popsell-Brand.
    table.add(HttpMethod::Patch, QStringLiteral("/chat/chatrooms/{chatroom}/purge"), Guard::Token,
              purgeChatroom);
}

} // namespace popsell::sandbox
