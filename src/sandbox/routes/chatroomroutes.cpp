// The chat-scope chatroom routes: create, get, patch (established_dialogue) and the list of
// an ambassador's chatrooms. Each member's own state of a room is in chatroommemberroutes.cpp.
#include "core/timestamps.h"
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/listquery.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

namespace ts = popsell::timestamps;

constexpr int kTypeOneToOne = 0;
constexpr int kTypeBrandTag = 7;

// type_discussion from the members' statuses: 0 between members, 1 between external
// accounts (clients and temps, statuses 7 and 8), 2 when both kinds meet.
int typeDiscussion(RouteContext &ctx, const QList<qint64> &members)
{
    if (members.isEmpty())
        return 0;
    const qint64 external =
        ctx.db
            .integer(
                u"SELECT COUNT(*) FROM ambassadors WHERE status IN (7, 8) AND id_ambassador IN (" +
                    Database::placeholders(members.size()) + u')',
                Database::values(members))
            .value_or(0);
    if (external == 0)
        return 0;
    return external == members.size() ? 1 : 2;
}

// ---------------------------------------------------------------- POST /chat/chatrooms

// ids_ambassadors: an array of exactly two distinct ids of the brand's ambassadors.
// Element errors are keyed "ids_ambassadors.N", as Laravel does for array rules.
QList<qint64> readAmbassadorPair(const RouteContext &ctx, const QJsonValue &value,
                                 ValidationErrors &errors)
{
    const QString field = QStringLiteral("ids_ambassadors");
    if (!value.isArray()) {
        errors.add(field, QStringLiteral("The %1 must be an array.").arg(fieldLabel(field)));
        return {};
    }
    const QJsonArray array = value.toArray();
    if (array.size() != 2) {
        errors.add(field, QStringLiteral("The %1 must contain 2 items.").arg(fieldLabel(field)));
        return {};
    }
    QList<qint64> ids;
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QString key = field + u'.' + QString::number(i);
        BodyReader element(QJsonObject{{key, array.at(i)}}, errors);
        const std::optional<qint64> id = element.integer(key, Presence::Required);
        if (!id)
            continue;
        if (ids.contains(*id)) {
            errors.add(key,
                       QStringLiteral("The %1 field has a duplicate value.").arg(fieldLabel(key)));
        } else if (!ambassadorExists(ctx, *id)) {
            errors.add(key, QStringLiteral("The selected %1 is invalid.").arg(fieldLabel(key)));
        } else {
            ids.append(*id);
        }
    }
    return ids.size() == 2 ? ids : QList<qint64>();
}

QList<qint64> brandTagMembers(RouteContext &ctx, qint64 idBrandTag)
{
    QList<qint64> members;
    QSqlQuery q =
        ctx.db.run(QStringLiteral("SELECT m.id_ambassador FROM brand_tag_members m"
                                  " JOIN ambassadors a ON a.id_ambassador = m.id_ambassador"
                                  " WHERE m.id_brand_tag = ? AND a.id_brand = ?"
                                  " ORDER BY m.id_ambassador"),
                   {idBrandTag, ctx.caller.idBrand});
    while (q.next())
        members.append(q.value(0).toLongLong());
    return members;
}

// What a valid create request asks for.
struct NewChatroom
{
    std::optional<qint64> idBrandTag;
    QList<qint64> members;
    int source = 0;
};

std::optional<NewChatroom> readNewChatroom(RouteContext &ctx, const QJsonObject &body,
                                           ValidationErrors &errors)
{
    BodyReader reader(body, errors);
    const QString idsField = QStringLiteral("ids_ambassadors");
    const QString tagField = QStringLiteral("id_brand_tag");
    const bool hasIds = reader.has(idsField) && !reader.isNull(idsField);
    const bool hasTag = reader.has(tagField) && !reader.isNull(tagField);

    NewChatroom room;
    if (!hasIds && !hasTag) {
        errors.add(idsField,
                   QStringLiteral("The ids ambassadors field is required when id brand tag"
                                  " is not present."));
        errors.add(tagField,
                   QStringLiteral("The id brand tag field is required when ids ambassadors"
                                  " is not present."));
    } else if (hasIds && hasTag) {
        // The docs' own request example lands here: the rule is either/or.
        errors.add(idsField, QStringLiteral("The ids ambassadors field prohibits id brand tag from"
                                            " being present."));
        errors.add(tagField, QStringLiteral("The id brand tag field prohibits ids ambassadors from"
                                            " being present."));
    } else if (hasIds) {
        room.members = readAmbassadorPair(ctx, body.value(idsField), errors);
    } else if (const std::optional<qint64> tag = reader.integer(tagField, Presence::Required)) {
        if (ctx.db.exists(
                QStringLiteral("SELECT 1 FROM brand_tags WHERE id_brand_tag = ? AND id_brand = ?"),
                {*tag, ctx.caller.idBrand})) {
            room.idBrandTag = *tag;
            room.members = brandTagMembers(ctx, *tag);
        } else {
            errors.add(tagField, QStringLiteral("The selected id brand tag is invalid."));
        }
    }

    const std::optional<qint64> source =
        reader.integer(QStringLiteral("source"), Presence::Required);
    if (source && (*source < 0 || *source > 2))
        errors.add(QStringLiteral("source"), QStringLiteral("The selected source is invalid."));
    else if (source)
        room.source = int(*source);

    if (!errors.isEmpty())
        return std::nullopt;
    return room;
}

ApiReply createChatroom(RouteContext &ctx)
{
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    const std::optional<NewChatroom> room = readNewChatroom(ctx, body.object, errors);
    if (!room)
        return ApiReply::validation(errors);
    // An ambassador key speaks for its ambassador: it may only open rooms it is part of.
    if (!ctx.caller.isBrand() && !room->members.contains(ctx.caller.idAmbassador))
        return ApiReply::forbidden();

    const int typeChatroom = room->idBrandTag ? kTypeBrandTag : kTypeOneToOne;
    QSqlQuery insert = ctx.db.run(
        QStringLiteral(
            "INSERT INTO chatrooms (id_brand, id_brand_tag, type_chatroom, type_discussion,"
            " source, date_insert, last_message_date) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {ctx.caller.idBrand, nullable(room->idBrandTag), typeChatroom,
         typeDiscussion(ctx, room->members), room->source, ctx.nowMicros, ctx.nowMicros});
    const qint64 idChatroom = ctx.db.lastInsertId(insert);
    for (qint64 member : room->members) {
        ctx.db.run(QStringLiteral(
                       "INSERT INTO chatroom_members (id_chatroom, id_ambassador) VALUES (?, ?)"),
                   {idChatroom, member});
    }
    return ApiReply::json(201, ctx.resources.chatroom(idChatroom));
}

// ---------------------------------------------------------------- GET/PATCH /chat/chatrooms/{id}

ApiReply getChatroom(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("id"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return *failure;
    return ApiReply::json(200, ctx.resources.chatroom(idChatroom));
}

// The new established_dialogue: a time, or nullopt to clear it.
struct DialogueUpdate
{
    std::optional<qint64> micros;
};

// established_dialogue as sent: a timestamp in any documented shape, null or false to
// clear it, true for "now". Empty strings read as null (Laravel's ConvertEmptyStringsToNull).
std::optional<DialogueUpdate>
readEstablishedDialogue(const RouteContext &ctx, const QJsonObject &body, ValidationErrors &errors)
{
    const QString field = QStringLiteral("established_dialogue");
    if (!body.contains(field)) {
        errors.add(field, QStringLiteral("The established dialogue field must be present."));
        return std::nullopt;
    }
    const QJsonValue value = body.value(field);
    if (value.isNull() || (value.isString() && value.toString().trimmed().isEmpty()))
        return DialogueUpdate{};
    if (value.isBool())
        return value.toBool() ? DialogueUpdate{ctx.nowMicros} : DialogueUpdate{};
    if (value.isString()) {
        if (const std::optional<QDateTime> time = ts::parse(value.toString()))
            return DialogueUpdate{ts::toMicros(*time)};
    }
    errors.add(field, QStringLiteral("The established dialogue is not a valid date."));
    return std::nullopt;
}

ApiReply updateChatroom(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("id"));
    // Quirk 10: the reference's 404 text names the ambassador on this chatroom route.
    if (std::optional<ApiReply> failure =
            checkChatroom(ctx, idChatroom, QStringLiteral("The ambassador does not exist")))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    const std::optional<DialogueUpdate> dialogue =
        readEstablishedDialogue(ctx, body.object, errors);
    if (!dialogue)
        return ApiReply::validation(errors);
    ctx.db.run(
        QStringLiteral("UPDATE chatrooms SET established_dialogue = ? WHERE id_chatroom = ?"),
        {nullable(dialogue->micros), idChatroom});
    // Quirk 3: the reference answers an array holding the one updated chatroom.
    return ApiReply::json(200, QJsonArray{ctx.resources.chatroom(idChatroom)});
}

// ------------------------------------------------ GET /chat/ambassadors/{ambassador}/chatrooms

// The ambassador's own pivot row joined in: archive, flag and purge are per member.
Filters inboxFilters(const RouteContext &ctx, qint64 idAmbassador)
{
    Filters filters(ctx, {QStringLiteral("last_action_date_before"), QStringLiteral("archived"),
                          QStringLiteral("commented"), QStringLiteral("flag"),
                          QStringLiteral("type_chatroom")});
    filters.join(QStringLiteral("JOIN chatroom_members cm ON cm.id_chatroom = c.id_chatroom"
                                " AND cm.id_ambassador = ?"),
                 {idAmbassador});
    filters.where(QStringLiteral("c.id_brand = ?"), {ctx.caller.idBrand});
    // A purge hides the room from this ambassador until a newer message arrives.
    filters.where(QStringLiteral("(cm.purged_message_id IS NULL"
                                 " OR COALESCE(c.last_message_id, 0) > cm.purged_message_id)"));

    if (const auto before = filters.timestamp(QStringLiteral("last_action_date_before")))
        filters.where(QStringLiteral("c.last_message_date < ?"), {*before});
    // Archived rooms are listed only on request: the default is the inbox.
    filters.where(QStringLiteral("cm.archived = ?"),
                  {filters.boolean(QStringLiteral("archived")).value_or(false) ? 1 : 0});
    if (const auto commented =
            filters.choice(QStringLiteral("commented"),
                           {QStringLiteral("commented"), QStringLiteral("not_commented")})) {
        const QString hasComment = QStringLiteral(
            "(c.last_rating_comment IS NOT NULL AND TRIM(c.last_rating_comment) <> '')");
        filters.where(*commented == u"commented" ? hasComment : u"NOT " + hasComment);
    }
    if (const auto flag =
            filters.choice(QStringLiteral("flag"), {QStringLiteral("1"), QStringLiteral("2")}))
        filters.where(QStringLiteral("cm.flag = ?"), {flag->toInt()});
    // Filter values are strings even where the column is an integer (quirk 14).
    if (const auto type = filters.choice(QStringLiteral("type_chatroom"),
                                         {QStringLiteral("0"), QStringLiteral("7")}))
        filters.where(QStringLiteral("c.type_chatroom = ?"), {type->toInt()});
    return filters;
}

ApiReply listAmbassadorChatrooms(RouteContext &ctx)
{
    const qint64 idAmbassador = ctx.param(QStringLiteral("ambassador"));
    if (speaksForSomeoneElse(ctx, idAmbassador))
        return ApiReply::forbidden();
    if (std::optional<ApiReply> failure = checkAmbassador(ctx, idAmbassador))
        return *failure;
    const SortClause sort = sortClause(
        ctx, {{QStringLiteral("last_action_date"), QStringLiteral("c.last_message_date")}},
        QStringLiteral("-last_action_date"), QStringLiteral("c.id_chatroom"));
    return pagedList(ctx, QStringLiteral("chatrooms c"), inboxFilters(ctx, idAmbassador), sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.chatroomsWhere(sql, binds, PivotData::Included, true);
                     });
}

} // namespace

void registerChatroomRoutes(RouteTable &table)
{
    const Guards chat = Guard::Token | Guard::BrandHeader;
    table.add(HttpMethod::Post, QStringLiteral("/chat/chatrooms"), chat, createChatroom);
    table.add(HttpMethod::Get, QStringLiteral("/chat/chatrooms/{id}"), chat, getChatroom);
    table.add(HttpMethod::Patch, QStringLiteral("/chat/chatrooms/{id}"), chat, updateChatroom);
    table.add(HttpMethod::Get, QStringLiteral("/chat/ambassadors/{ambassador}/chatrooms"), chat,
              listAmbassadorChatrooms);
}

} // namespace popsell::sandbox
