// Messages of the chat scope: list, post (text and product cards), get and edit. Ratings,
// which are type 2 messages, have their own routes in ratingroutes.cpp.
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/listquery.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

std::optional<Placement> findMessage(const RouteContext &ctx, qint64 idMessage)
{
    QSqlQuery q = ctx.db.run(QStringLiteral("SELECT m.id_chatroom, m.id_author FROM messages m"
                                            " JOIN chatrooms c ON c.id_chatroom = m.id_chatroom"
                                            " WHERE m.id_message = ? AND c.id_brand = ?"),
                             {idMessage, ctx.caller.idBrand});
    if (!q.next())
        return std::nullopt;
    return Placement{q.value(0).toLongLong(), q.value(1).toLongLong()};
}

// The author of a post: an ambassador key posts as its own ambassador (403 otherwise), and
// the author must be a member of the room (a 422 on id_ambassador).
std::optional<ApiReply> checkAuthor(const RouteContext &ctx, qint64 idChatroom,
                                    std::optional<qint64> author, ValidationErrors &errors)
{
    if (speaksForSomeoneElse(ctx, author))
        return ApiReply::forbidden();
    if (author)
        requireRoomMember(ctx, idChatroom, *author, QStringLiteral("id_ambassador"), errors);
    return std::nullopt;
}

// The name of one of the brand's products (itself possibly null); nullopt for an unknown id
// or another brand's product.
std::optional<QString> productName(const RouteContext &ctx, qint64 idProduct)
{
    QSqlQuery q = ctx.db.run(
        QStringLiteral("SELECT name FROM products WHERE id_product = ? AND id_brand = ?"),
        {idProduct, ctx.caller.idBrand});
    if (!q.next())
        return std::nullopt;
    return q.value(0).toString();
}

// Filters of GET /chat/chatrooms/{chatroom}/messages, on "messages m" of one room.
Filters messageFilters(const RouteContext &ctx, qint64 idChatroom)
{
    Filters filters(ctx, {QStringLiteral("sent_before"), QStringLiteral("active"),
                          QStringLiteral("type_message")});
    filters.where(QStringLiteral("m.id_chatroom = ?"), {idChatroom});
    if (const auto before = filters.timestamp(QStringLiteral("sent_before")))
        filters.where(QStringLiteral("m.date_insert < ?"), {*before});
    if (const auto active = filters.boolean(QStringLiteral("active")))
        filters.where(QStringLiteral("m.active = ?"), {*active ? 1 : 0});
    // Documented as a string (quirk 14): one digit, "0" to "9".
    if (const auto type = filters.choice(
            QStringLiteral("type_message"),
            {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("3"),
             QStringLiteral("4"), QStringLiteral("5"), QStringLiteral("6"), QStringLiteral("7"),
             QStringLiteral("8"), QStringLiteral("9")}))
        filters.where(QStringLiteral("m.type_message = ?"), {type->toInt()});
    return filters;
}

// ---------------------------------------------------------------- handlers

ApiReply listMessages(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("chatroom"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return *failure;
    // Newest first by default: a chat client shows the latest page and pages backwards
    // into the history (next_page_url, or filter[sent_before] with its oldest date).
    const SortClause sort =
        sortClause(ctx, {{QStringLiteral("date_insert"), QStringLiteral("m.date_insert")}},
                   QStringLiteral("-date_insert"), QStringLiteral("m.id_message"));
    // Messages an ambassador purged stay listed here: purge only affects the room lists.
    return pagedList(ctx, QStringLiteral("messages m"), messageFilters(ctx, idChatroom), sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.messagesWhere(sql, binds);
                     });
}

ApiReply postMessage(RouteContext &ctx)
{
    const ChatroomWrite write = chatroomWrite(ctx);
    if (write.failure)
        return *write.failure;
    const qint64 idChatroom = write.idChatroom;
    ValidationErrors errors;
    BodyReader reader(write.body, errors);
    const std::optional<qint64> author =
        reader.integer(QStringLiteral("id_ambassador"), Presence::Required);
    const std::optional<qint64> type =
        reader.integer(QStringLiteral("type_message"), Presence::Required);
    const std::optional<QString> content =
        reader.string(QStringLiteral("content"), Presence::Optional);
    // Ratings have their own route; 2 is refused here.
    if (type && (*type < 0 || *type > 9 || *type == kRatingMessage)) {
        errors.add(QStringLiteral("type_message"),
                   QStringLiteral("The selected type message is invalid."));
    }
    if (std::optional<ApiReply> failure = checkAuthor(ctx, idChatroom, author, errors))
        return *failure;
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    const qint64 idMessage =
        insertMessage(ctx, idChatroom, *author, int(*type), content.value_or(QString()));
    return ApiReply::json(201, ctx.resources.message(idMessage));
}

ApiReply postProductMessage(RouteContext &ctx)
{
    const ChatroomWrite write = chatroomWrite(ctx);
    if (write.failure)
        return *write.failure;
    const qint64 idChatroom = write.idChatroom;
    ValidationErrors errors;
    BodyReader reader(write.body, errors);
    const std::optional<qint64> author =
        reader.integer(QStringLiteral("id_ambassador"), Presence::Required);
    const std::optional<qint64> idProduct =
        reader.integer(QStringLiteral("id_product"), Presence::Required);
    if (std::optional<ApiReply> failure = checkAuthor(ctx, idChatroom, author, errors))
        return *failure;
    const std::optional<QString> name = idProduct ? productName(ctx, *idProduct) : std::nullopt;
    if (idProduct && !name)
        errors.add(QStringLiteral("id_product"),
                   QStringLiteral("The selected id product is invalid."));
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    // A product card is type 3 whatever the reference's example shows (quirk 5); its text
    // is the product name, for clients that only render content.
    const qint64 idMessage = insertMessage(ctx, idChatroom, *author, kProductMessage, *name);
    ctx.db.run(
        QStringLiteral("INSERT INTO message_products (id_message, id_product) VALUES (?, ?)"),
        {idMessage, *idProduct});
    return ApiReply::json(201, ctx.resources.message(idMessage));
}

ApiReply getMessage(RouteContext &ctx)
{
    const qint64 idMessage = ctx.param(QStringLiteral("id"));
    const std::optional<Placement> message = findMessage(ctx, idMessage);
    if (!message)
        return ApiReply::notFound(QStringLiteral("The message does not exist"));
    // The message's chatroom exists: only its 403 for a non-member key can come out.
    if (std::optional<ApiReply> failure = checkChatroom(ctx, message->idChatroom))
        return *failure;
    return ApiReply::json(200, ctx.resources.message(idMessage));
}

ApiReply updateMessage(RouteContext &ctx)
{
    const qint64 idMessage = ctx.param(QStringLiteral("id"));
    const ParsedBody body = authorEditBody(ctx, findMessage(ctx, idMessage),
                                           QStringLiteral("The message does not exist"));
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    const std::optional<QString> content =
        reader.string(QStringLiteral("content"), Presence::Optional);
    const std::optional<bool> active = reader.boolean(QStringLiteral("active"), Presence::Optional);
    if (errors.isEmpty() && !content && !active)
        requireOneOf(QStringLiteral("content"), QStringLiteral("active"), errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    // active = false is how a moderator hides a message.
    ctx.db.run(QStringLiteral("UPDATE messages SET content = COALESCE(?, content),"
                              " active = COALESCE(?, active) WHERE id_message = ?"),
               {nullable(content), nullable(active), idMessage});
    return ApiReply::json(200, ctx.resources.message(idMessage));
}

} // namespace

void registerMessageRoutes(RouteTable &table)
{
    const Guards read = Guard::Token | Guard::BrandHeader;
    const Guards write = Guard::Token;
    table.add(HttpMethod::Get, QStringLiteral("/chat/chatrooms/{chatroom}/messages"), read,
              listMessages);
    table.add(HttpMethod::Post, QStringLiteral("/chat/chatrooms/{chatroom}/messages"), write,
              postMessage);
    table.add(HttpMethod::Post, QStringLiteral("/chat/chatrooms/{chatroom}/messages-product"),
              write, postProductMessage);
    table.add(HttpMethod::Get, QStringLiteral("/chat/messages/{id}"), read, getMessage);
    table.add(HttpMethod::Patch, QStringLiteral("/chat/messages/{id}"), write, updateMessage);
}

} // namespace popsell::sandbox
