// The chat-scope chatroom routes: create, get, patch (established_dialogue), the list of an
// ambassador's chatrooms, and the per-ambassador state (read, archive, block, flag, purge).
#include "core/timestamps.h"
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <functional>

namespace popsell::sandbox {

namespace {

namespace ts = popsell::timestamps;

constexpr int kTypeOneToOne = 0;
constexpr int kTypeBrandTag = 7;

QVariantList toVariants(const QList<qint64> &ids)
{
    QVariantList list;
    list.reserve(ids.size());
    for (qint64 id : ids)
        list.append(id);
    return list;
}

// A bind value for a nullable INTEGER column.
QVariant nullable(const std::optional<qint64> &value)
{
    return value ? QVariant(*value) : QVariant(QMetaType(QMetaType::LongLong));
}

// An ambassador key speaks only for its own ambassador.
bool speaksForSomeoneElse(const RouteContext &ctx, qint64 idAmbassador)
{
    return !ctx.caller.isBrand() && idAmbassador != ctx.caller.idAmbassador;
}

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
                toVariants(members))
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

// SQL conditions for the list's filter[...] parameters. Empty values are ignored (as the
// Spatie query builder does); unreadable ones are 422s, never silently dropped.
struct ListFilters
{
    QStringList conditions;
    QVariantList binds;
    ValidationErrors errors;

    void add(const QString &condition, const QVariant &bind = {})
    {
        conditions.append(condition);
        if (bind.isValid())
            binds.append(bind);
    }
};

QString filterValue(const RouteContext &ctx, const QString &name)
{
    return ctx.request.queryValue(u"filter[" + name + u']').trimmed();
}

void invalidFilter(ListFilters &filters, const QString &name)
{
    filters.errors.add(u"filter." + name,
                       QStringLiteral("The selected filter.%1 is invalid.").arg(fieldLabel(name)));
}

ListFilters ambassadorChatroomFilters(const RouteContext &ctx)
{
    ListFilters filters;

    const QString before = filterValue(ctx, QStringLiteral("last_action_date_before"));
    if (!before.isEmpty()) {
        if (const std::optional<QDateTime> time = ts::parse(before)) {
            filters.add(QStringLiteral("c.last_message_date < ?"), ts::toMicros(*time));
        } else {
            filters.errors.add(
                QStringLiteral("filter.last_action_date_before"),
                QStringLiteral("The filter.last action date before is not a valid date."));
        }
    }

    // Archived rooms are listed only on request: the default is the inbox.
    const QString archived = filterValue(ctx, QStringLiteral("archived")).toLower();
    if (archived.isEmpty() || archived == u"false" || archived == u"0")
        filters.add(QStringLiteral("cm.archived = 0"));
    else if (archived == u"true" || archived == u"1")
        filters.add(QStringLiteral("cm.archived = 1"));
    else
        invalidFilter(filters, QStringLiteral("archived"));

    const QString commented = filterValue(ctx, QStringLiteral("commented"));
    const QString hasComment =
        QStringLiteral("(c.last_rating_comment IS NOT NULL AND TRIM(c.last_rating_comment) <> '')");
    if (commented == u"commented")
        filters.add(hasComment);
    else if (commented == u"not_commented")
        filters.add(u"NOT " + hasComment);
    else if (!commented.isEmpty())
        invalidFilter(filters, QStringLiteral("commented"));

    const QString flag = filterValue(ctx, QStringLiteral("flag"));
    if (flag == u"1" || flag == u"2")
        filters.add(QStringLiteral("cm.flag = ?"), flag.toInt());
    else if (!flag.isEmpty())
        invalidFilter(filters, QStringLiteral("flag"));

    const QString type = filterValue(ctx, QStringLiteral("type_chatroom"));
    if (type == u"0" || type == u"7")
        filters.add(QStringLiteral("c.type_chatroom = ?"), type.toInt());
    else if (!type.isEmpty())
        invalidFilter(filters, QStringLiteral("type_chatroom"));

    return filters;
}

ApiReply listAmbassadorChatrooms(RouteContext &ctx)
{
    const qint64 idAmbassador = ctx.param(QStringLiteral("ambassador"));
    if (speaksForSomeoneElse(ctx, idAmbassador))
        return ApiReply::forbidden();
    if (std::optional<ApiReply> failure = checkAmbassador(ctx, idAmbassador))
        return *failure;

    ListFilters filters = ambassadorChatroomFilters(ctx);
    if (!filters.errors.isEmpty())
        return ApiReply::validation(filters.errors);
    const SortClause sort = sortClause(
        ctx, {{QStringLiteral("last_action_date"), QStringLiteral("c.last_message_date")}},
        QStringLiteral("-last_action_date"), QStringLiteral("c.id_chatroom"));
    if (sort.failure)
        return *sort.failure;

    // A purge hides the room from this ambassador until a newer message arrives.
    QStringList conditions{
        QStringLiteral("c.id_brand = ?"),
        QStringLiteral("(cm.purged_message_id IS NULL"
                       " OR COALESCE(c.last_message_id, 0) > cm.purged_message_id)")};
    conditions += filters.conditions;
    // Applies to "chatrooms c", the table chatroomsWhere selects from.
    const QString joinWhere =
        QStringLiteral("JOIN chatroom_members cm ON cm.id_chatroom = c.id_chatroom"
                       " AND cm.id_ambassador = ? WHERE ") +
        conditions.join(QStringLiteral(" AND "));
    const QVariantList binds = QVariantList{idAmbassador, ctx.caller.idBrand} + filters.binds;
    return paginatedReply(
        ctx, u"SELECT COUNT(*) FROM chatrooms c " + joinWhere, binds, [&](const QString &limit) {
            return ctx.resources.chatroomsWhere(joinWhere + u' ' + sort.orderBy + limit, binds,
                                                PivotData::Included, true);
        });
}

// ---------------------------------------------------------------- per-ambassador state

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

// Both ids exist, but the pair has no pivot row to change: a 422, like Laravel's
// validation of a relation, rather than a 404 of the path.
void requireMembership(const RouteContext &ctx, const MemberPath &path, const QString &field,
                       ValidationErrors &errors)
{
    if (!isMember(ctx, path.chatroom, path.ambassador)) {
        errors.add(
            field,
            QStringLiteral("The %1 must be a member of the chatroom.").arg(fieldLabel(field)));
    }
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
    requireMembership(ctx, path, QStringLiteral("ambassador"), errors);
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
    const MemberPath path = memberPath(ctx);
    if (std::optional<ApiReply> failure = checkMemberPath(ctx, path))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    const std::optional<bool> value =
        BodyReader(body.object, errors).boolean(field, Presence::Required);
    requireMembership(ctx, path, QStringLiteral("ambassador"), errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    updatePivot(ctx, path, column, *value ? 1 : 0);
    return ApiReply::message(200, successText(*value, path));
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
    const MemberPath path = memberPath(ctx);
    if (std::optional<ApiReply> failure = checkMemberPath(ctx, path))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
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
    requireMembership(ctx, path, QStringLiteral("ambassador"), errors);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);
    updatePivot(ctx, path, field, nullable(flag));
    return ApiReply::message(200, flag ? QStringLiteral("Chatroom flagged successfully")
                                       : QStringLiteral("Chatroom flag removed"));
}

ApiReply purgeChatroom(RouteContext &ctx)
{
    const qint64 idChatroom = ctx.param(QStringLiteral("chatroom"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, idChatroom))
        return *failure;
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    const QString field = QStringLiteral("id_ambassador");
    const std::optional<qint64> idAmbassador =
        BodyReader(body.object, errors).integer(field, Presence::Required);
    if (idAmbassador && speaksForSomeoneElse(ctx, *idAmbassador))
        return ApiReply::forbidden();
    if (idAmbassador && !ambassadorExists(ctx, *idAmbassador))
        errors.add(field, QStringLiteral("The selected id ambassador is invalid."));
    else if (idAmbassador)
        requireMembership(ctx, {idChatroom, *idAmbassador}, field, errors);
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

void registerChatroomRoutes(RouteTable &table)
{
    const Guards chat = Guard::Token | Guard::BrandHeader;
    table.add(HttpMethod::Post, QStringLiteral("/chat/chatrooms"), chat, createChatroom);
    table.add(HttpMethod::Get, QStringLiteral("/chat/chatrooms/{id}"), chat, getChatroom);
    table.add(HttpMethod::Patch, QStringLiteral("/chat/chatrooms/{id}"), chat, updateChatroom);
    table.add(HttpMethod::Get, QStringLiteral("/chat/ambassadors/{ambassador}/chatrooms"), chat,
              listAmbassadorChatrooms);
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
