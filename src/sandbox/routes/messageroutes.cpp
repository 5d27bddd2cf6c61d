// Messages and ratings of the chat scope: list/post/get/edit messages, product messages,
// rating messages and rating updates.
#include "core/timestamps.h"
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

namespace ts = popsell::timestamps;

constexpr int kRatingMessage = 2;
constexpr int kProductMessage = 3;
constexpr qint64 kMicrosPerSecond = 1'000'000;

// A bind value: the optional's value, or SQL NULL.
template<typename T>
QVariant orNull(const std::optional<T> &value)
{
    return value ? QVariant::fromValue(*value) : QVariant(QMetaType::fromType<T>());
}

// Where a message or a rating lives, for the permission checks.
struct Placement
{
    qint64 idChatroom = 0;
    qint64 idAuthor = 0;
};

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

// An ambassador key speaks only for its own ambassador.
bool speaksForSomeoneElse(const RouteContext &ctx, const std::optional<qint64> &idAmbassador)
{
    return !ctx.caller.isBrand() && idAmbassador && *idAmbassador != ctx.caller.idAmbassador;
}

// Laravel `exists` on the brand's ambassadors, then membership of the chatroom.
void requireRoomMember(const RouteContext &ctx, qint64 idChatroom, const QString &field,
                       qint64 idAmbassador, ValidationErrors &errors)
{
    if (!ambassadorExists(ctx, idAmbassador)) {
        errors.add(field, QStringLiteral("The selected %1 is invalid.").arg(fieldLabel(field)));
    } else if (!isMember(ctx, idChatroom, idAmbassador)) {
        errors.add(
            field,
            QStringLiteral("The %1 must be a member of the chatroom.").arg(fieldLabel(field)));
    }
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

// PATCH bodies whose fields are all optional still have to change something.
void requireOneOf(const QString &first, const QString &second, ValidationErrors &errors)
{
    errors.add(first, QStringLiteral("The %1 field is required when %2 is not present.")
                          .arg(fieldLabel(first), fieldLabel(second)));
    errors.add(second, QStringLiteral("The %1 field is required when %2 is not present.")
                           .arg(fieldLabel(second), fieldLabel(first)));
}

// A timestamp with its full fraction. Clients page backwards by sending the date_insert of
// the oldest message they hold, which has 6 fractional digits; timestamps::parse keeps
// milliseconds only, so the sub-millisecond digits are added back here.
std::optional<qint64> parseMicros(const QString &text)
{
    const std::optional<QDateTime> parsed = ts::parse(text);
    if (!parsed)
        return std::nullopt;
    const qint64 wholeSeconds = parsed->toSecsSinceEpoch() * kMicrosPerSecond;
    static const QRegularExpression fraction(QStringLiteral(R"(:\d{2}[.,](\d+))"));
    const QRegularExpressionMatch match = fraction.match(text);
    if (!match.hasMatch())
        return wholeSeconds;
    return wholeSeconds + match.captured(1).left(6).leftJustified(6, u'0').toLongLong();
}

// Filters of GET /chat/chatrooms/{chatroom}/messages, as SQL conditions on "messages m".
struct MessageFilters
{
    QString where;
    QVariantList binds;
};

// A filter's value; an empty one counts as absent, as in Spatie's query builder.
std::optional<QString> filterValue(const RouteContext &ctx, const QString &name)
{
    const QString value = ctx.request.queryValue(name).trimmed();
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

MessageFilters messageFilters(const RouteContext &ctx, qint64 idChatroom, ValidationErrors &errors)
{
    MessageFilters filters{QStringLiteral("WHERE m.id_chatroom = ?"), {idChatroom}};

    if (const std::optional<QString> sentBefore =
            filterValue(ctx, QStringLiteral("filter[sent_before]"))) {
        if (const std::optional<qint64> before = parseMicros(*sentBefore)) {
            filters.where += QStringLiteral(" AND m.date_insert < ?");
            filters.binds.append(*before);
        } else {
            errors.add(QStringLiteral("filter.sent_before"),
                       QStringLiteral("The filter.sent before is not a valid date."));
        }
    }

    const QString active = QStringLiteral("filter[active]");
    if (filterValue(ctx, active)) {
        if (const std::optional<bool> wanted = queryBool(ctx, active)) {
            filters.where += QStringLiteral(" AND m.active = ?");
            filters.binds.append(*wanted ? 1 : 0);
        } else {
            errors.add(QStringLiteral("filter.active"),
                       QStringLiteral("The filter.active field must be true or false."));
        }
    }

    // Documented as a string (quirk 14): one digit, "0" to "9".
    if (const std::optional<QString> type =
            filterValue(ctx, QStringLiteral("filter[type_message]"))) {
        static const QRegularExpression oneDigit(QStringLiteral("^[0-9]$"));
        if (oneDigit.match(*type).hasMatch()) {
            filters.where += QStringLiteral(" AND m.type_message = ?");
            filters.binds.append(type->toInt());
        } else {
            errors.add(QStringLiteral("filter.type_message"),
                       QStringLiteral("The selected filter.type message is invalid."));
        }
    }
    return filters;
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
    QVariant value(QMetaType(QMetaType::LongLong));
    QVariant comment(QMetaType(QMetaType::QString));
    if (newest.next()) {
        value = newest.value(0);
        comment = newest.value(1);
    }
    ctx.db.run(QStringLiteral("UPDATE chatrooms SET last_rating_value = ?, last_rating_comment = ?"
                              " WHERE id_chatroom = ?"),
               {value, comment, idChatroom});
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
    if (sort.failure)
        return *sort.failure;
    ValidationErrors errors;
    const MessageFilters filters = messageFilters(ctx, idChatroom, errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    // Messages an ambassador purged stay listed here: purge only affects the room lists.
    return paginatedReply(ctx, u"SELECT COUNT(*) FROM messages m " + filters.where, filters.binds,
                          [&](const QString &limit) {
                              return ctx.resources.messagesWhere(
                                  filters.where + u' ' + sort.orderBy + limit, filters.binds);
                          });
}

ApiReply postMessage(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("chatroom"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    const std::optional<qint64> author =
        reader.integer(QStringLiteral("id_ambassador"), Presence::Required);
    const std::optional<qint64> type =
        reader.integer(QStringLiteral("type_message"), Presence::Required);
    const std::optional<QString> content =
        reader.string(QStringLiteral("content"), Presence::Optional);
    if (speaksForSomeoneElse(ctx, author))
        return ApiReply::forbidden();
    // Ratings have their own route; 2 is refused here.
    if (type && (*type < 0 || *type > 9 || *type == kRatingMessage)) {
        errors.add(QStringLiteral("type_message"),
                   QStringLiteral("The selected type message is invalid."));
    }
    if (author)
        requireRoomMember(ctx, idChatroom, QStringLiteral("id_ambassador"), *author, errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    const qint64 idMessage =
        insertMessage(ctx, idChatroom, *author, int(*type), content.value_or(QString()));
    return ApiReply::json(201, ctx.resources.message(idMessage));
}

ApiReply postProductMessage(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("chatroom"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    const std::optional<qint64> author =
        reader.integer(QStringLiteral("id_ambassador"), Presence::Required);
    const std::optional<qint64> idProduct =
        reader.integer(QStringLiteral("id_product"), Presence::Required);
    if (speaksForSomeoneElse(ctx, author))
        return ApiReply::forbidden();
    if (author)
        requireRoomMember(ctx, idChatroom, QStringLiteral("id_ambassador"), *author, errors);
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
    if (!ctx.caller.isBrand() && !isMember(ctx, message->idChatroom, ctx.caller.idAmbassador))
        return ApiReply::forbidden();
    return ApiReply::json(200, ctx.resources.message(idMessage));
}

ApiReply updateMessage(RouteContext &ctx)
{
    const qint64 idMessage = ctx.param(QStringLiteral("id"));
    const std::optional<Placement> message = findMessage(ctx, idMessage);
    if (!message)
        return ApiReply::notFound(QStringLiteral("The message does not exist"));
    if (speaksForSomeoneElse(ctx, message->idAuthor))
        return ApiReply::forbidden();
    const ParsedBody body = parseBody(ctx);
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
               {orNull(content), orNull(active), idMessage});
    return ApiReply::json(200, ctx.resources.message(idMessage));
}

ApiReply rateChatroom(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("chatroom"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    // Neither field is required (quirk 15).
    const std::optional<qint64> rater =
        reader.integer(QStringLiteral("id_user_rater"), Presence::Optional);
    const std::optional<qint64> rated =
        reader.integer(QStringLiteral("id_user_rated"), Presence::Optional);
    if (speaksForSomeoneElse(ctx, rater))
        return ApiReply::forbidden();
    if (rater)
        requireRoomMember(ctx, idChatroom, QStringLiteral("id_user_rater"), *rater, errors);
    if (rated)
        requireRoomMember(ctx, idChatroom, QStringLiteral("id_user_rated"), *rated, errors);
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
        {idMessage, idChatroom, ctx.nowMicros, ctx.nowMicros, orNull(rater), orNull(rated)});
    return ApiReply::json(201, ctx.resources.message(idMessage));
}

ApiReply updateRating(RouteContext &ctx)
{
    const qint64 idRating = ctx.param(QStringLiteral("rating"));
    const std::optional<Placement> rating = findRating(ctx, idRating);
    if (!rating)
        return ApiReply::notFound(QStringLiteral("The rating does not exist"));
    if (speaksForSomeoneElse(ctx, rating->idAuthor))
        return ApiReply::forbidden();
    const ParsedBody body = parseBody(ctx);
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
        {orNull(value), orNull(content), ctx.nowMicros, idRating});
    refreshLastRating(ctx, rating->idChatroom);
    return ApiReply::json(200, ctx.resources.rating(idRating));
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
    table.add(HttpMethod::Post, QStringLiteral("/chat/chatrooms/{chatroom}/ratings"), write,
              rateChatroom);
    table.add(HttpMethod::Patch, QStringLiteral("/chat/ratings/{rating}"), write, updateRating);
}

} // namespace popsell::sandbox
