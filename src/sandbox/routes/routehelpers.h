#pragma once

#include "sandbox/apireply.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QJsonObject>
#include <QString>
#include <QVariant>

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

// A write on the chatroom of the path's {chatroom}: the chatroom's 404/403 come before
// any complaint about the body.
struct ChatroomWrite
{
    qint64 idChatroom = 0;
    QJsonObject body;
    std::optional<ApiReply> failure;
};
ChatroomWrite chatroomWrite(const RouteContext &ctx);

// PATCH bodies whose fields are all optional still have to change something: the 422s
// naming both fields.
void requireOneOf(const QString &first, const QString &second, ValidationErrors &errors);

// Existence and permission checks. Each returns the reply to send when the check fails:
// 404 for an unknown id (or one of another brand), 403 when an ambassador key asks for
// a chatroom it is not a member of.
std::optional<ApiReply>
checkChatroom(const RouteContext &ctx, qint64 idChatroom,
              const QString &notFoundText = QStringLiteral("The chatroom does not exist"));
std::optional<ApiReply>
checkAmbassador(const RouteContext &ctx, qint64 idAmbassador,
                const QString &notFoundText = QStringLiteral("The ambassador does not exist"));
bool ambassadorExists(const RouteContext &ctx, qint64 idAmbassador);
bool isMember(const RouteContext &ctx, qint64 idChatroom, qint64 idAmbassador);

// An ambassador named in a body or a path who must belong to the chatroom: 422s on
// `field`, Laravel's `exists` on the brand's ambassadors first, then the membership.
void requireRoomMember(const RouteContext &ctx, qint64 idChatroom, qint64 idAmbassador,
                       const QString &field, ValidationErrors &errors);

// An ambassador key speaks only for its own ambassador: true when it names another one
// (nullopt, nobody named, is never someone else).
bool speaksForSomeoneElse(const RouteContext &ctx, std::optional<qint64> idAmbassador);

// A bind value for a nullable column: the value, or an SQL NULL of the column's type.
template<typename T>
QVariant nullable(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// Where a message or a rating lives, for the permission checks.
struct Placement
{
    qint64 idChatroom = 0;
    qint64 idAuthor = 0;
};

// The body of an edit to what an author wrote (a message, a rating), or the reply instead:
// 404 with notFoundText when `written` is nullopt, 403 when an ambassador key edits another
// author's, else the body's own 422.
ParsedBody authorEditBody(const RouteContext &ctx, const std::optional<Placement> &written,
                          const QString &notFoundText);

// type_message values with a route of their own.
constexpr int kRatingMessage = 2;
constexpr int kProductMessage = 3;

// Inserts a message and updates the chatroom's last message, last_message_date and
// (when a second author speaks) established_dialogue. Returns the new id_message.
qint64 insertMessage(RouteContext &ctx, qint64 idChatroom, qint64 idAuthor, int typeMessage,
                     const QString &content);

} // namespace popsell::sandbox
