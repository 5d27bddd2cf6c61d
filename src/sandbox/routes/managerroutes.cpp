// Manager scope: the brand-wide moderator inbox and the lookup lists a console needs
// (ambassadors, products, brand tags, chat topics). The brand comes from the token; an
// ambassador key gets 403 from the BrandKey guard.
#include "sandbox/resources.h"
#include "sandbox/routes/listquery.h"
#include "sandbox/routes/routehelpers.h"

namespace popsell::sandbox {

namespace {

constexpr Guards kManagerGuards = Guard::Token | Guard::BrandKey;

// Chatroom sources as the inbox filter names them; the index is the stored value.
const QStringList kSourceNames = {QStringLiteral("direct"), QStringLiteral("waiting_list"),
                                  QStringLiteral("hot_list")};

// Ambassador statuses of the people who run the brand: administrator, shop manager, manager.
const QString kManagerStatuses = QStringLiteral("2, 4, 5");

const QString kNbConversations = QStringLiteral(
    "(SELECT COUNT(*) FROM chatroom_members cm WHERE cm.id_ambassador = a.id_ambassador)");

// A GLOB pattern matching `text` anywhere, whatever the letter case. SQLite's LIKE folds
// ASCII letters only, so "élodie" would miss "Élodie"; GLOB with a [xX] set per cased
// character folds every script Qt knows about.
QString containsAnyCase(const QString &text)
{
    QString pattern = QStringLiteral("*");
    for (const QChar c : text) {
        const QChar lower = c.toLower();
        const QChar upper = c.toUpper();
        if (lower != upper)
            pattern += u'[' + QString(lower) + upper + u']';
        else if (c == u'*' || c == u'?' || c == u'[')
            pattern += u'[' + QString(c) + u']'; // a set of one: the character itself
        else
            pattern += c;
    }
    return pattern + u'*';
}

// ---------------------------------------------------------------- chatrooms

ApiReply listChatrooms(RouteContext &ctx)
{
    Filters filters(ctx, {QStringLiteral("type_chatroom"), QStringLiteral("type_discussion"),
                          QStringLiteral("source"), QStringLiteral("dialogue"),
                          QStringLiteral("last_rating"), QStringLiteral("ambassador")});
    filters.where(QStringLiteral("c.id_brand = ?"), {ctx.caller.idBrand});
    // Filter values are strings even where the column is an integer (quirk 14).
    if (const auto type = filters.choice(QStringLiteral("type_chatroom"),
                                         {QStringLiteral("0"), QStringLiteral("7")}))
        filters.where(QStringLiteral("c.type_chatroom = ?"), {type->toInt()});
    if (const auto discussion =
            filters.choice(QStringLiteral("type_discussion"),
                           {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2")}))
        filters.where(QStringLiteral("c.type_discussion = ?"), {discussion->toInt()});
    if (const auto source = filters.choice(QStringLiteral("source"), kSourceNames))
        filters.where(QStringLiteral("c.source = ?"), {kSourceNames.indexOf(*source)});
    if (const auto dialogue =
            filters.choice(QStringLiteral("dialogue"),
                           {QStringLiteral("established"), QStringLiteral("not_established")})) {
        filters.where(*dialogue == u"established"
                          ? QStringLiteral("c.established_dialogue IS NOT NULL")
                          : QStringLiteral("c.established_dialogue IS NULL"));
    }
    if (const auto rating = filters.choice(
            QStringLiteral("last_rating"),
            {QStringLiteral("not_rated"), QStringLiteral("0"), QStringLiteral("1"),
             QStringLiteral("2"), QStringLiteral("3"), QStringLiteral("4"), QStringLiteral("5")})) {
        if (*rating == u"not_rated")
            filters.where(QStringLiteral("c.last_rating_value IS NULL"));
        else
            filters.where(QStringLiteral("c.last_rating_value = ?"), {rating->toInt()});
    }
    if (const auto author = filters.integer(QStringLiteral("ambassador"), 1)) {
        // "Rooms in which the ambassador posted": the author index answers it directly.
        filters.where(QStringLiteral("c.id_chatroom IN (SELECT m.id_chatroom FROM messages m"
                                     " WHERE m.id_author = ?)"),
                      {*author});
    }
    const SortClause sort =
        sortClause(ctx,
                   {{QStringLiteral("id_chatroom"), QStringLiteral("c.id_chatroom")},
                    {QStringLiteral("date_insert"), QStringLiteral("c.date_insert")},
                    {QStringLiteral("last_message_date"), QStringLiteral("c.last_message_date")},
                    {QStringLiteral("last_rating"), QStringLiteral("c.last_rating_value")}},
                   QStringLiteral("-last_message_date"), QStringLiteral("c.id_chatroom"));
    return pagedList(ctx, QStringLiteral("chatrooms c"), filters, sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         // The inbox leaves chatroom_pivot_data out (quirk 12).
                         return ctx.resources.chatroomsWhere(sql, binds, PivotData::Omitted);
                     });
}

ApiReply chatroomWithMessages(RouteContext &ctx)
{
    const qint64 id = ctx.param(QStringLiteral("id"));
    if (std::optional<ApiReply> failure = checkChatroom(ctx, id))
        return *failure;
    QJsonObject room = ctx.resources.chatroom(id);
    room.insert(
        QStringLiteral("messages"),
        ctx.resources.messagesWhere(
            QStringLiteral("WHERE m.id_chatroom = ? ORDER BY m.date_insert, m.id_message"), {id}));
    return ApiReply::json(200, room);
}

// ---------------------------------------------------------------- ambassadors

ApiReply listAmbassadors(RouteContext &ctx)
{
    Filters filters(ctx, {QStringLiteral("ambassador_search"), QStringLiteral("has_role"),
                          QStringLiteral("active"), QStringLiteral("status"),
                          QStringLiteral("suspicious"), QStringLiteral("quarantine"),
                          QStringLiteral("manager_users_only")});
    filters.where(QStringLiteral("a.id_brand = ?"), {ctx.caller.idBrand});
    if (const auto search = filters.text(QStringLiteral("ambassador_search"))) {
        filters.where(
            QStringLiteral("(a.firstname GLOB ? OR a.lastname GLOB ?"
                           " OR (a.firstname || ' ' || a.lastname) GLOB ? OR a.email GLOB ?"
                           " OR a.email_tmp GLOB ? OR a.customer_id GLOB ?)"),
            QVariantList(6, containsAnyCase(*search)));
    }
    if (const auto role = filters.text(QStringLiteral("has_role")))
        filters.where(QStringLiteral("a.role = ?"), {*role});
    if (const auto active = filters.integer(QStringLiteral("active"), -5, 1))
        filters.where(QStringLiteral("a.active = ?"), {*active});
    if (const auto statuses = filters.integerList(QStringLiteral("status"), 0, 8))
        filters.whereIn(QStringLiteral("a.status"), *statuses);
    if (const auto suspicious = filters.boolean(QStringLiteral("suspicious")))
        filters.where(QStringLiteral("a.suspicious = ?"), {*suspicious ? 1 : 0});
    if (const auto quarantine = filters.boolean(QStringLiteral("quarantine")))
        filters.where(QStringLiteral("a.suspicious_quarantine = ?"), {*quarantine ? 1 : 0});
    if (filters.boolean(QStringLiteral("manager_users_only")).value_or(false))
        filters.where(u"a.status IN (" + kManagerStatuses + u')');

    QMap<QString, QString> sorts;
    for (const char *column :
         {"id_ambassador", "firstname", "lastname", "customer_id", "email", "active", "status",
          "date_insert", "gamification_score", "sell_token_amount", "nb_diffused_publications",
          "nb_sales", "nb_chat_sales", "nb_purchases"}) {
        sorts.insert(QString::fromLatin1(column), u"a." + QString::fromLatin1(column));
    }
    sorts.insert(QStringLiteral("nb_conversations"), kNbConversations);
    sorts.insert(QStringLiteral("pertinence"), QStringLiteral("a.gamification_score"));
    const SortClause sort =
        sortClause(ctx, sorts, QStringLiteral("id_ambassador"), QStringLiteral("a.id_ambassador"));
    return pagedList(ctx, QStringLiteral("ambassadors a"), filters, sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.managerAmbassadorsWhere(sql, binds);
                     });
}

ApiReply listAmbassadorMicroResources(RouteContext &ctx)
{
    Filters filters(ctx, {QStringLiteral("status")});
    filters.where(QStringLiteral("a.id_brand = ?"), {ctx.caller.idBrand});
    if (const auto statuses = filters.integerList(QStringLiteral("status"), 0, 8))
        filters.whereIn(QStringLiteral("a.status"), *statuses);
    const SortClause sort =
        sortClause(ctx, {{QStringLiteral("id_ambassador"), QStringLiteral("a.id_ambassador")}},
                   QStringLiteral("id_ambassador"), QStringLiteral("a.id_ambassador"));
    return pagedList(ctx, QStringLiteral("ambassadors a"), filters, sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.ambassadorsWhere(sql, binds);
                     });
}

// ---------------------------------------------------------------- products

ApiReply listProducts(RouteContext &ctx)
{
    Filters filters(ctx, {QStringLiteral("name"), QStringLiteral("description"),
                          QStringLiteral("sku"), QStringLiteral("price"), QStringLiteral("stock")});
    filters.where(QStringLiteral("p.id_brand = ?"), {ctx.caller.idBrand});
    for (const QString &column :
         {QStringLiteral("name"), QStringLiteral("description"), QStringLiteral("sku")}) {
        if (const auto text = filters.text(column))
            filters.where(u"p." + column + u" GLOB ?", {containsAnyCase(*text)});
    }
    for (const QString &column : {QStringLiteral("price"), QStringLiteral("stock")}) {
        if (const auto range = filters.numberRange(column))
            filters.where(u"p." + column + u" BETWEEN ? AND ?", {range->first, range->second});
    }
    const SortClause sort =
        sortClause(ctx, {{QStringLiteral("id_product"), QStringLiteral("p.id_product")}},
                   QStringLiteral("id_product"), QStringLiteral("p.id_product"));
    return pagedList(ctx, QStringLiteral("products p"), filters, sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.productsWhere(sql, binds);
                     });
}

ApiReply getProduct(RouteContext &ctx)
{
    const QJsonArray products =
        ctx.resources.productsWhere(QStringLiteral("WHERE p.id_product = ? AND p.id_brand = ?"),
                                    {ctx.param(QStringLiteral("id")), ctx.caller.idBrand});
    if (products.isEmpty())
        return ApiReply::notFound(QStringLiteral("Product not found"));
    return ApiReply::json(200, products.first().toObject());
}

// ---------------------------------------------------------------- brand tags, chat topics

ApiReply listBrandTags(RouteContext &ctx)
{
    Filters filters(ctx, {QStringLiteral("visibility_chat")});
    filters.where(QStringLiteral("t.id_brand = ?"), {ctx.caller.idBrand});
    if (const auto visibility = filters.integer(QStringLiteral("visibility_chat"), 1, 2))
        filters.where(QStringLiteral("t.visibility_chat = ?"), {*visibility});
    const SortClause sort =
        sortClause(ctx,
                   {{QStringLiteral("id_brand_tag"), QStringLiteral("t.id_brand_tag")},
                    {QStringLiteral("visibility_chat"), QStringLiteral("t.visibility_chat")}},
                   QStringLiteral("id_brand_tag"), QStringLiteral("t.id_brand_tag"));
    return pagedList(ctx, QStringLiteral("brand_tags t"), filters, sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.brandTagsWhere(sql, binds);
                     });
}

ApiReply listChatTopics(RouteContext &ctx)
{
    Filters filters(ctx, {QStringLiteral("chat_topic_search"), QStringLiteral("active")});
    filters.where(QStringLiteral("t.id_brand = ?"), {ctx.caller.idBrand});
    if (const auto search = filters.text(QStringLiteral("chat_topic_search"))) {
        // Only the localised texts, not the JSON keys ("lang", "content") around them.
        filters.where(QStringLiteral("EXISTS (SELECT 1 FROM json_each(t.contents) j"
                                     " WHERE json_extract(j.value, '$.content') GLOB ?)"),
                      {containsAnyCase(*search)});
    }
    if (const auto active = filters.boolean(QStringLiteral("active")))
        filters.where(QStringLiteral("t.active = ?"), {*active ? 1 : 0});
    const SortClause sort =
        sortClause(ctx,
                   {{QStringLiteral("id_chat_topic"), QStringLiteral("t.id_chat_topic")},
                    {QStringLiteral("position"), QStringLiteral("t.position")}},
                   QStringLiteral("position"), QStringLiteral("t.id_chat_topic"));
    return pagedList(ctx, QStringLiteral("chat_topics t"), filters, sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.chatTopicsWhere(sql, binds);
                     });
}

ApiReply getChatTopic(RouteContext &ctx)
{
    const QJsonArray topics = ctx.resources.chatTopicsWhere(
        QStringLiteral("WHERE t.id_chat_topic = ? AND t.id_brand = ?"),
        {ctx.param(QStringLiteral("id")), ctx.caller.idBrand});
    if (topics.isEmpty())
        return ApiReply::notFound(QStringLiteral("The chat topic does not exist"));
    return ApiReply::json(200, topics.first().toObject());
}

} // namespace

void registerManagerRoutes(RouteTable &table)
{
    const auto get = [&table](const char *path, Handler handler) {
        table.add(HttpMethod::Get, QString::fromLatin1(path), kManagerGuards, std::move(handler));
    };
    get("/manager/chatrooms", listChatrooms);
    get("/manager/chatrooms/{id}", chatroomWithMessages);
    get("/manager/ambassadors", listAmbassadors);
    get("/manager/ambassadors/micro-resource", listAmbassadorMicroResources);
    get("/manager/products", listProducts);
    get("/manager/products/{id}", getProduct);
    get("/manager/brand-tags", listBrandTags);
    get("/manager/chat-topics", listChatTopics);
    get("/manager/chat-topics/{id}", getChatTopic);
}

} // namespace popsell::sandbox
