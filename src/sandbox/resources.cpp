#include "sandbox/resources.h"

#include "core/timestamps.h"
#include "sandbox/database.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QSqlRecord>

namespace popsell::sandbox {

namespace ts = popsell::timestamps;

namespace {

constexpr qint64 kOnlineWindowMicros = 5LL * 60 * 1'000'000;

QJsonValue nullableString(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toString());
}

QJsonValue nullableInt(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(v.toLongLong());
}

QJsonValue microsOrNull(const QVariant &v)
{
    return v.isNull() ? QJsonValue(QJsonValue::Null) : QJsonValue(ts::formatMicros(v.toLongLong()));
}

const QString kAmbassadorColumns = QStringLiteral(
    "a.id_ambassador, a.firstname, a.lastname, a.username, a.email, a.email_tmp, a.active,"
    " a.status, a.last_action_date, a.customer_id, a.anonymized");

} // namespace

Resources::Resources(Database &db, QString mediaOrigin, qint64 nowMicros)
    : m_db(db)
    , m_mediaOrigin(std::move(mediaOrigin))
    , m_nowMicros(nowMicros)
{}

QString Resources::mediaUrl(const QString &kind, qint64 id) const
{
    return m_mediaOrigin + u"/media/" + kind + u'/' + QString::number(id) + u".svg";
}

// ---------------------------------------------------------------- ambassadors

QJsonArray Resources::ambassadorsWhere(const QString &whereOrderLimit, const QVariantList &binds)
{
    QJsonArray result;
    QSqlQuery q = m_db.run(
        u"SELECT " + kAmbassadorColumns + u" FROM ambassadors a " + whereOrderLimit, binds);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 lastAction = q.value(8).toLongLong();
        result.append(QJsonObject{
            {QStringLiteral("id_ambassador"), id},
            {QStringLiteral("image"), mediaUrl(QStringLiteral("ambassadors"), id)},
            {QStringLiteral("firstname"), q.value(1).toString()},
            {QStringLiteral("lastname"), q.value(2).toString()},
            {QStringLiteral("username"), q.value(3).toString()},
            {QStringLiteral("email"), nullableString(q.value(4))},
            {QStringLiteral("email_tmp"), nullableString(q.value(5))},
            {QStringLiteral("active"), q.value(6).toInt()},
            {QStringLiteral("status"), q.value(7).toInt()},
            {QStringLiteral("online"), m_nowMicros - lastAction < kOnlineWindowMicros},
            {QStringLiteral("last_action_date"), ts::formatSeconds(ts::fromMicros(lastAction))},
            {QStringLiteral("customer_id"), nullableString(q.value(9))},
            {QStringLiteral("anonymized"), q.value(10).toBool()},
        });
    }
    return result;
}

QHash<qint64, QJsonObject> Resources::ambassadors(const QList<qint64> &ids)
{
    QHash<qint64, QJsonObject> result;
    if (ids.isEmpty())
        return result;
    const QJsonArray rows =
        ambassadorsWhere(u"WHERE a.id_ambassador IN (" + Database::placeholders(ids.size()) + u')',
                         Database::values(ids));
    for (const QJsonValue &row : rows) {
        const QJsonObject o = row.toObject();
        result.insert(o.value(QStringLiteral("id_ambassador")).toInteger(), o);
    }
    return result;
}

QJsonObject Resources::ambassador(qint64 id)
{
    return ambassadors({id}).value(id);
}

QJsonArray Resources::managerAmbassadorsWhere(const QString &whereOrderLimit,
                                              const QVariantList &binds)
{
    QJsonArray result;
    QSqlQuery q = m_db.run(
        QStringLiteral(
            "SELECT a.id_ambassador, a.id_brand, a.date_insert, a.customer_id, a.gender,"
            " a.firstname, a.lastname, a.username, a.email, a.email_tmp, a.gamification_score,"
            " a.suspicious, a.suspicious_date, a.ignore_suspicious, a.suspicious_quarantine,"
            " a.active, a.status, a.sell_token_amount, a.nb_diffused_publications,"
            " a.last_action_date, a.sponsor, a.nb_sales, a.nb_chat_sales, a.nb_purchases,"
            " a.anonymized, a.role,"
            " (SELECT COUNT(*) FROM chatroom_members cm WHERE cm.id_ambassador = a.id_ambassador)"
            " FROM ambassadors a ") +
            whereOrderLimit,
        binds);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        result.append(QJsonObject{
            {QStringLiteral("id_ambassador"), id},
            {QStringLiteral("id_brand"), q.value(1).toLongLong()},
            {QStringLiteral("date_insert"),
             ts::fromMicros(q.value(2).toLongLong()).toString(u"yyyy-MM-dd HH:mm:ss")},
            {QStringLiteral("customer_id"), nullableString(q.value(3))},
            {QStringLiteral("image"), mediaUrl(QStringLiteral("ambassadors"), id)},
            {QStringLiteral("gender"), nullableString(q.value(4))},
            {QStringLiteral("firstname"), q.value(5).toString()},
            {QStringLiteral("lastname"), q.value(6).toString()},
            {QStringLiteral("username"), q.value(7).toString()},
            {QStringLiteral("email"), nullableString(q.value(8))},
            {QStringLiteral("email_tmp"), nullableString(q.value(9))},
            {QStringLiteral("gamification_score"), q.value(10).toLongLong()},
            {QStringLiteral("suspicious"), q.value(11).toBool()},
            {QStringLiteral("suspicious_date"),
             q.value(12).isNull()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(
                       ts::fromMicros(q.value(12).toLongLong()).toString(u"yyyy-MM-dd HH:mm:ss"))},
            {QStringLiteral("ignore_suspicious"), q.value(13).toBool()},
            {QStringLiteral("suspicious_quarantine"), q.value(14).toBool()},
            {QStringLiteral("active"), q.value(15).toInt()},
            {QStringLiteral("status"), q.value(16).toInt()},
            {QStringLiteral("sell_token_amount"), q.value(17).toLongLong()},
            {QStringLiteral("nb_conversations"), q.value(26).toLongLong()},
            {QStringLiteral("nb_diffused_publications"), q.value(18).toLongLong()},
            {QStringLiteral("online"),
             m_nowMicros - q.value(19).toLongLong() < kOnlineWindowMicros},
            {QStringLiteral("sponsor"), nullableInt(q.value(20))},
            {QStringLiteral("nb_sales"), q.value(21).toLongLong()},
            {QStringLiteral("nb_chat_sales"), q.value(22).toLongLong()},
            {QStringLiteral("nb_purchases"), q.value(23).toLongLong()},
            {QStringLiteral("anonymized"), q.value(24).toBool()},
            {QStringLiteral("role"), nullableString(q.value(25))},
        });
    }
    return result;
}

// ---------------------------------------------------------------- chatrooms

QJsonArray Resources::chatroomsWhere(const QString &whereOrderLimit, const QVariantList &binds,
                                     PivotData pivot, bool withLastMessage)
{
    QSqlQuery q = m_db.run(
        QStringLiteral("SELECT c.id_chatroom, c.date_insert, c.last_message_date, c.type_chatroom,"
                       " c.type_discussion, c.source, c.established_dialogue, c.last_rating_value,"
                       " c.last_rating_comment, c.summary_date, c.summary_text, c.summary_anomaly,"
                       " c.summary_topic, c.id_brand_tag, c.last_message_id FROM chatrooms c ") +
            whereOrderLimit,
        binds);
    QList<QJsonObject> rooms;
    QList<qint64> roomIds;
    QList<qint64> lastMessageIds;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QJsonObject room{
            {QStringLiteral("id_chatroom"), id},
            {QStringLiteral("date_insert"), ts::formatMicros(q.value(1).toLongLong())},
            {QStringLiteral("last_message_date"), ts::formatMicros(q.value(2).toLongLong())},
            {QStringLiteral("type_chatroom"), q.value(3).toInt()},
            {QStringLiteral("type_discussion"), q.value(4).toInt()},
            {QStringLiteral("source"), q.value(5).toInt()},
            {QStringLiteral("established_dialogue"),
             q.value(6).isNull()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(ts::formatDialogue(ts::fromMicros(q.value(6).toLongLong())))},
            {QStringLiteral("last_rating"),
             q.value(7).isNull() && q.value(8).isNull()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(
                       QJsonObject{{QStringLiteral("value"), nullableInt(q.value(7))},
                                   {QStringLiteral("comment"), nullableString(q.value(8))}})},
            {QStringLiteral("last_summary"),
             q.value(10).isNull()
                 ? QJsonValue(QJsonValue::Null)
                 : QJsonValue(QJsonObject{{QStringLiteral("date_insert"), q.value(9).toString()},
                                          {QStringLiteral("summary"), q.value(10).toString()},
                                          {QStringLiteral("anomaly"), q.value(11).toInt()},
                                          {QStringLiteral("topic"), nullableInt(q.value(12))}})},
            {QStringLiteral("id_brand_tag"), nullableInt(q.value(13))},
        };
        rooms.append(room);
        roomIds.append(id);
        if (withLastMessage && !q.value(14).isNull())
            lastMessageIds.append(q.value(14).toLongLong());
    }
    if (rooms.isEmpty())
        return {};

    // Members and their pivot rows, for all rooms at once.
    struct Member
    {
        qint64 ambassador;
        QJsonObject pivot;
    };
    QHash<qint64, QList<Member>> members;
    QList<qint64> ambassadorIds;
    QSqlQuery m = m_db.run(u"SELECT id_chatroom, id_ambassador, last_read_message, is_blocked,"
                           u" archived, flag FROM chatroom_members WHERE id_chatroom IN (" +
                               Database::placeholders(roomIds.size()) +
                               u") ORDER BY id_chatroom, id_ambassador",
                           Database::values(roomIds));
    while (m.next()) {
        const qint64 ambassadorId = m.value(1).toLongLong();
        members[m.value(0).toLongLong()].append(
            {ambassadorId,
             QJsonObject{{QStringLiteral("id_chatroom"), m.value(0).toLongLong()},
                         {QStringLiteral("id_ambassador"), ambassadorId},
                         {QStringLiteral("last_read_message"), nullableInt(m.value(2))},
                         {QStringLiteral("is_blocked"), m.value(3).toBool()},
                         {QStringLiteral("archived"), m.value(4).toBool()},
                         {QStringLiteral("flag"), nullableInt(m.value(5))}}});
        if (!ambassadorIds.contains(ambassadorId))
            ambassadorIds.append(ambassadorId);
    }
    const QHash<qint64, QJsonObject> people = ambassadors(ambassadorIds);

    QHash<qint64, QJsonObject> lastMessages;
    if (!lastMessageIds.isEmpty()) {
        const QJsonArray messages = messagesWhere(
            u"WHERE m.id_message IN (" + Database::placeholders(lastMessageIds.size()) + u')',
            Database::values(lastMessageIds));
        for (const QJsonValue &v : messages) {
            const QJsonObject o = v.toObject();
            lastMessages.insert(o.value(QStringLiteral("id_chatroom")).toInteger(), o);
        }
    }

    QJsonArray result;
    for (QJsonObject &room : rooms) {
        const qint64 id = room.value(QStringLiteral("id_chatroom")).toInteger();
        QJsonArray list;
        for (const Member &member : members.value(id)) {
            QJsonObject person = people.value(member.ambassador);
            if (pivot == PivotData::Included)
                person.insert(QStringLiteral("chatroom_pivot_data"), QJsonArray{member.pivot});
            list.append(person);
        }
        room.insert(QStringLiteral("ambassadors"), list);
        if (withLastMessage) {
            room.insert(QStringLiteral("last_message"), lastMessages.contains(id)
                                                            ? QJsonValue(lastMessages.value(id))
                                                            : QJsonValue(QJsonValue::Null));
        }
        result.append(room);
    }
    return result;
}

QJsonObject Resources::chatroom(qint64 id, PivotData pivot)
{
    const QJsonArray rooms = chatroomsWhere(QStringLiteral("WHERE c.id_chatroom = ?"), {id}, pivot);
    return rooms.isEmpty() ? QJsonObject() : rooms.first().toObject();
}

// ---------------------------------------------------------------- messages

QJsonArray Resources::messagesWhere(const QString &whereOrderLimit, const QVariantList &binds)
{
    QSqlQuery q = m_db.run(u"SELECT m.id_message, m.id_chatroom, m.id_author, m.type_message,"
                           u" m.content, m.date_insert, m.status_moderation, m.active"
                           u" FROM messages m " +
                               whereOrderLimit,
                           binds);
    QList<QJsonObject> messages;
    QList<qint64> authorIds;
    QList<qint64> productMessages;
    QList<qint64> ratingMessages;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const qint64 author = q.value(2).toLongLong();
        const int type = q.value(3).toInt();
        messages.append(QJsonObject{
            {QStringLiteral("id_message"), id},
            {QStringLiteral("id_chatroom"), q.value(1).toLongLong()},
            {QStringLiteral("date_insert"), ts::formatMicros(q.value(5).toLongLong())},
            {QStringLiteral("author"), author}, // replaced by the ambassador object below
            {QStringLiteral("content"), nullableString(q.value(4))},
            {QStringLiteral("type_message"), type},
            {QStringLiteral("status_moderation"), q.value(6).toInt()},
            {QStringLiteral("active"), q.value(7).toBool()},
        });
        if (!authorIds.contains(author))
            authorIds.append(author);
        if (type == 3)
            productMessages.append(id);
        else if (type == 2)
            ratingMessages.append(id);
    }
    const QHash<qint64, QJsonObject> authors = ambassadors(authorIds);
    const QHash<qint64, QJsonArray> products = productsOfMessages(productMessages);
    const QHash<qint64, QJsonObject> ratings = ratingsOfMessages(ratingMessages);

    QJsonArray result;
    for (QJsonObject &message : messages) {
        const qint64 id = message.value(QStringLiteral("id_message")).toInteger();
        message.insert(QStringLiteral("author"),
                       authors.value(message.value(QStringLiteral("author")).toInteger()));
        const int type = message.value(QStringLiteral("type_message")).toInt();
        if (type == 3)
            message.insert(QStringLiteral("products"), products.value(id));
        else if (type == 2 && ratings.contains(id))
            message.insert(QStringLiteral("rating"), ratings.value(id));
        result.append(message);
    }
    return result;
}

QJsonObject Resources::message(qint64 id)
{
    const QJsonArray list = messagesWhere(QStringLiteral("WHERE m.id_message = ?"), {id});
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

QHash<qint64, QJsonArray> Resources::productsOfMessages(const QList<qint64> &messageIds)
{
    QHash<qint64, QJsonArray> result;
    if (messageIds.isEmpty())
        return result;
    QSqlQuery q =
        m_db.run(u"SELECT id_message, id_product FROM message_products WHERE id_message IN (" +
                     Database::placeholders(messageIds.size()) + u')',
                 Database::values(messageIds));
    QList<QPair<qint64, qint64>> links;
    QList<qint64> productIds;
    while (q.next()) {
        links.append({q.value(0).toLongLong(), q.value(1).toLongLong()});
        productIds.append(q.value(1).toLongLong());
    }
    QHash<qint64, QJsonObject> products;
    if (!productIds.isEmpty()) {
        const QJsonArray rows = productsWhere(u"WHERE p.id_product IN (" +
                                                  Database::placeholders(productIds.size()) + u')',
                                              Database::values(productIds));
        for (const QJsonValue &v : rows)
            products.insert(v.toObject().value(QStringLiteral("id_product")).toInteger(),
                            v.toObject());
    }
    for (const auto &[messageId, productId] : links)
        result[messageId].append(products.value(productId));
    return result;
}

QHash<qint64, QJsonObject> Resources::ratingsOfMessages(const QList<qint64> &messageIds)
{
    QHash<qint64, QJsonObject> result;
    if (messageIds.isEmpty())
        return result;
    QSqlQuery q =
        m_db.run(u"SELECT id_rating, date_insert, date_update, date_delete, value, content,"
                 u" id_user_rater, id_user_rated, id_message FROM ratings WHERE id_message IN (" +
                     Database::placeholders(messageIds.size()) + u')',
                 Database::values(messageIds));
    while (q.next()) {
        result.insert(
            q.value(8).toLongLong(),
            QJsonObject{{QStringLiteral("id_rating"), q.value(0).toLongLong()},
                        {QStringLiteral("date_insert"), ts::formatMicros(q.value(1).toLongLong())},
                        {QStringLiteral("date_update"), ts::formatMicros(q.value(2).toLongLong())},
                        {QStringLiteral("date_delete"), microsOrNull(q.value(3))},
                        {QStringLiteral("value"), nullableInt(q.value(4))},
                        {QStringLiteral("content"), nullableString(q.value(5))},
                        {QStringLiteral("id_user_rater"), nullableInt(q.value(6))},
                        {QStringLiteral("id_user_rated"), nullableInt(q.value(7))}});
    }
    return result;
}

QJsonObject Resources::rating(qint64 idRating)
{
    const std::optional<qint64> messageId = m_db.integer(
        QStringLiteral("SELECT id_message FROM ratings WHERE id_rating = ?"), {idRating});
    if (!messageId)
        return {};
    return ratingsOfMessages({*messageId}).value(*messageId);
}

// ---------------------------------------------------------------- products

QJsonArray Resources::productImages(qint64 idProduct) const
{
    // One image per product, shared by every language; ids are derived so that they
    // stay stable across runs.
    return QJsonArray{
        QJsonObject{{QStringLiteral("id_i18n_content"), idProduct * 10 + 1},
                    {QStringLiteral("lang"), QStringLiteral("en_GB")},
                    {QStringLiteral("content"), mediaUrl(QStringLiteral("products"), idProduct)}}};
}

QJsonArray Resources::productsWhere(const QString &whereOrderLimit, const QVariantList &binds)
{
    QJsonArray result;
    QSqlQuery q =
        m_db.run(u"SELECT p.id_product, p.name, p.type, p.discount_percentage, p.price_catalog,"
                 u" p.reference_unit_price, p.sku, p.youtube_id, p.url, p.description,"
                 u" p.price, p.stock, p.stock_available FROM products p " +
                     whereOrderLimit,
                 binds);
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        result.append(QJsonObject{
            {QStringLiteral("id_product"), id},
            {QStringLiteral("name"), nullableString(q.value(1))},
            {QStringLiteral("type"), nullableString(q.value(2))},
            {QStringLiteral("discount_percentage"), q.value(3).toDouble()},
            {QStringLiteral("price_catalog"), q.value(4).toDouble()},
            {QStringLiteral("reference_unit_price"), q.value(5).toDouble()},
            {QStringLiteral("sku"), nullableString(q.value(6))},
            {QStringLiteral("youtube_id"), nullableString(q.value(7))},
            {QStringLiteral("url"), nullableString(q.value(8))},
            {QStringLiteral("description"), nullableString(q.value(9))},
            {QStringLiteral("images"), productImages(id)},
            {QStringLiteral("price"), q.value(10).toDouble()},
            {QStringLiteral("stock"), q.value(11).toDouble()},
            {QStringLiteral("stock_available"), q.value(12).toDouble()},
            {QStringLiteral("old_image"), QJsonValue(QJsonValue::Null)},
        });
    }
    return result;
}

QJsonObject Resources::product(qint64 id)
{
    const QJsonArray list = productsWhere(QStringLiteral("WHERE p.id_product = ?"), {id});
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

// ---------------------------------------------------------------- brand tags, topics, brand

QJsonArray Resources::brandTagsWhere(const QString &whereOrderLimit, const QVariantList &binds)
{
    QSqlQuery q = m_db.run(u"SELECT t.id_brand_tag, t.visibility_chat, t.name,"
                           u" (SELECT MIN(id_ambassador) FROM brand_tag_members m WHERE "
                           u"m.id_brand_tag = t.id_brand_tag)"
                           u" FROM brand_tags t " +
                               whereOrderLimit,
                           binds);
    QList<QJsonObject> tags;
    QList<qint64> memberIds;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        const QString name = q.value(2).toString();
        const QString image = mediaUrl(QStringLiteral("brand-tags"), id);
        QJsonArray names;
        QJsonArray images;
        qint64 i18n = id * 100;
        for (const char *lang : {"en_GB", "fr_FR", "es_ES", "de_DE"}) {
            names.append(QJsonObject{{QStringLiteral("id_i18n_content"), ++i18n},
                                     {QStringLiteral("lang"), QString::fromLatin1(lang)},
                                     {QStringLiteral("content"), name}});
            images.append(QJsonObject{{QStringLiteral("id_i18n_content"), ++i18n},
                                      {QStringLiteral("lang"), QString::fromLatin1(lang)},
                                      {QStringLiteral("content"), image}});
        }
        QJsonObject tag{{QStringLiteral("id_brand_tag"), id},
                        {QStringLiteral("visibility_chat"), q.value(1).toInt()},
                        {QStringLiteral("name"), name},
                        {QStringLiteral("image"), image},
                        {QStringLiteral("images"), images},
                        {QStringLiteral("names"), names},
                        {QStringLiteral("members"), q.value(3).isNull()
                                                        ? QJsonValue(QJsonValue::Null)
                                                        : QJsonValue(q.value(3).toLongLong())}};
        if (!q.value(3).isNull())
            memberIds.append(q.value(3).toLongLong());
        tags.append(tag);
    }
    // "members" is documented as a single Ambassador object (quirk 16): the first member.
    const QHash<qint64, QJsonObject> people = ambassadors(memberIds);
    QJsonArray result;
    for (QJsonObject &tag : tags) {
        const QJsonValue member = tag.value(QStringLiteral("members"));
        if (!member.isNull())
            tag.insert(QStringLiteral("members"), people.value(member.toInteger()));
        result.append(tag);
    }
    return result;
}

QJsonArray Resources::chatTopicsWhere(const QString &whereOrderLimit, const QVariantList &binds)
{
    QJsonArray result;
    QSqlQuery q =
        m_db.run(u"SELECT t.id_chat_topic, t.color, t.contents, t.position, t.date_insert,"
                 u" t.roles, t.date_update, t.active FROM chat_topics t " +
                     whereOrderLimit,
                 binds);
    while (q.next()) {
        result.append(QJsonObject{
            {QStringLiteral("id_chat_topic"), q.value(0).toLongLong()},
            {QStringLiteral("color"), q.value(1).toString()},
            {QStringLiteral("contents"), QJsonDocument::fromJson(q.value(2).toByteArray()).array()},
            {QStringLiteral("position"), q.value(3).toInt()},
            {QStringLiteral("date_insert"),
             ts::formatSeconds(ts::fromMicros(q.value(4).toLongLong()))},
            {QStringLiteral("roles"), QJsonDocument::fromJson(q.value(5).toByteArray()).array()},
            {QStringLiteral("date_update"),
             ts::formatSeconds(ts::fromMicros(q.value(6).toLongLong()))},
            {QStringLiteral("active"), q.value(7).toBool()},
        });
    }
    return result;
}

QJsonObject Resources::chatTopic(qint64 id)
{
    const QJsonArray list = chatTopicsWhere(QStringLiteral("WHERE t.id_chat_topic = ?"), {id});
    return list.isEmpty() ? QJsonObject() : list.first().toObject();
}

QJsonObject Resources::brand(qint64 idBrand)
{
    QSqlQuery q =
        m_db.run(QStringLiteral("SELECT id_brand, label, default_language, url, program_label,"
                                " domain, timezone FROM brands WHERE id_brand = ?"),
                 {idBrand});
    if (!q.next())
        return {};
    return QJsonObject{
        {QStringLiteral("id_brand"), q.value(0).toLongLong()},
        {QStringLiteral("label"), q.value(1).toString()},
        {QStringLiteral("default_language"), q.value(2).toString()},
        {QStringLiteral("url"), q.value(3).toString()},
        {QStringLiteral("program_label"), q.value(4).toString()},
        {QStringLiteral("front_office_domain"), q.value(5).toString()},
        {QStringLiteral("register_restriction"), QStringLiteral("MANUALLY")},
        {QStringLiteral("product_price_display_limit"), 0},
        {QStringLiteral("widget_wl_cta_chat_topic"), 1},
        {QStringLiteral("widget_community_default_sort_amb_by"), 0},
        {QStringLiteral("brand_config"), QJsonObject{{QStringLiteral("chat_enabled"), true}}},
        {QStringLiteral("available_content_language"),
         QJsonArray{QStringLiteral("en_GB"), QStringLiteral("fr_FR"), QStringLiteral("es_ES"),
                    QStringLiteral("de_DE")}},
        {QStringLiteral("timezone"), q.value(6).toString()},
    };
}

} // namespace popsell::sandbox
