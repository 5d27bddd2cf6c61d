// The demo data contract: what a fresh sandbox holds, seen through the HTTP API where a
// client can see it and through the data file for the rest; determinism of the generator
// (same seed, same rows; only dates follow "now"); sizes following --rooms/--messages.
#include "sandbox/database.h"
#include "sandbox/demodata.h"
#include "support/sandboxfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <memory>

using namespace popsell::testing;
using popsell::sandbox::Database;
using popsell::sandbox::DemoDataOptions;
using popsell::sandbox::SandboxConfig;

namespace {

constexpr qint64 kMinuteMicros = 60LL * 1'000'000;
constexpr qint64 kDayMicros = 24LL * 60 * kMinuteMicros;

const QStringList kTables = {QStringLiteral("brands"),
                             QStringLiteral("ambassadors"),
                             QStringLiteral("products"),
                             QStringLiteral("brand_tags"),
                             QStringLiteral("brand_tag_members"),
                             QStringLiteral("chat_topics"),
                             QStringLiteral("chatrooms"),
                             QStringLiteral("chatroom_members"),
                             QStringLiteral("messages"),
                             QStringLiteral("message_products"),
                             QStringLiteral("ratings")};

// Every row of a table as text, in primary-key order, without the named columns.
QStringList dumpTable(Database &db, const QString &table, const QStringList &skipped = {})
{
    QSqlQuery q = db.run(u"SELECT * FROM " + table + u" ORDER BY 1, 2");
    QStringList rows;
    while (q.next()) {
        const QSqlRecord record = q.record();
        QStringList cells;
        for (int i = 0; i < record.count(); ++i) {
            if (skipped.contains(record.fieldName(i)))
                continue;
            const QVariant v = record.value(i);
            cells << (v.isNull() ? QStringLiteral("NULL") : v.toString());
        }
        rows << cells.join(u'|');
    }
    return rows;
}

// The columns holding dates, which move with DemoDataOptions::nowMicros.
QStringList dateColumns(const QString &table)
{
    static const QHash<QString, QStringList> columns = {
        {QStringLiteral("ambassadors"),
         {QStringLiteral("last_action_date"), QStringLiteral("date_insert"),
          QStringLiteral("suspicious_date")}},
        {QStringLiteral("chat_topics"),
         {QStringLiteral("date_insert"), QStringLiteral("date_update")}},
        {QStringLiteral("chatrooms"),
         {QStringLiteral("date_insert"), QStringLiteral("last_message_date"),
          QStringLiteral("established_dialogue"), QStringLiteral("summary_date")}},
        {QStringLiteral("messages"), {QStringLiteral("date_insert")}},
        {QStringLiteral("ratings"), {QStringLiteral("date_insert"), QStringLiteral("date_update")}},
    };
    return columns.value(table);
}

std::unique_ptr<Database> generated(const DemoDataOptions &options)
{
    auto db = std::make_unique<Database>(QString()); // in memory
    QString error;
    if (!db->open(&error) || !popsell::sandbox::generateDemoData(*db, options, &error)) {
        qWarning().noquote() << "demo data generation failed:" << error;
        return nullptr;
    }
    return db;
}

DemoDataOptions smallOptions(quint64 seed)
{
    DemoDataOptions options;
    options.seed = seed;
    options.rooms = 40;
    options.messages = 700;
    options.domain = QStringLiteral("demo.popsell.test");
    options.nowMicros = 1'790'000'000'000'000LL; // 2026-09-21, fixed
    return options;
}

qint64 nowMicros()
{
    return QDateTime::currentMSecsSinceEpoch() * 1000;
}

} // namespace

class TestSandboxDemodata : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<Database> m_file; // a second connection to the fixture's data file

    qint64 count(const QString &sql, const QVariantList &binds = {})
    {
        return m_file->integer(sql, binds).value_or(-1);
    }

    qint64 total(const QString &path, const RequestOptions &options = {})
    {
        const HttpResult r = m_sandbox.get(path, options);
        if (r.status != 200) {
            qWarning().noquote() << path << r.status << r.body.left(300);
            return -1;
        }
        return r.object().value(QStringLiteral("total")).toInteger(-1);
    }

    static RequestOptions managerOptions()
    {
        RequestOptions o;
        o.brandHeader = false;
        return o;
    }

    QJsonArray allManagerAmbassadors()
    {
        const HttpResult r =
            m_sandbox.get(QStringLiteral("/manager/ambassadors?per_page=100&sort=id_ambassador"),
                          managerOptions());
        return r.data();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        m_file = std::make_unique<Database>(m_sandbox.dataFile());
        QString error;
        QVERIFY2(m_file->open(&error), qPrintable(error));
        QVERIFY(!m_file->isNew());
    }

    void cleanupTestCase() { m_file.reset(); }

    // ------------------------------------------------------------ through the API

    void brandIsMaisonLumiere()
    {
        RequestOptions o;
        o.token = false;
        o.brandHeader = false;
        o.domainHeader = true;
        const HttpResult r = m_sandbox.get(QStringLiteral("/brand"), o);
        QCOMPARE(r.status, 200);
        const QJsonObject brand = r.object();
        QCOMPARE(brand.value(QStringLiteral("id_brand")).toInteger(), 3);
        QCOMPARE(brand.value(QStringLiteral("label")).toString(), QStringLiteral("Maison Lumière"));
        QCOMPARE(brand.value(QStringLiteral("timezone")).toString(),
                 QStringLiteral("Europe/Paris"));
        QCOMPARE(brand.value(QStringLiteral("default_language")).toString(),
                 QStringLiteral("fr_FR"));
        QCOMPARE(m_sandbox.brandId(), 3);
    }

    void listTotals_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<qint64>("expected");
        QTest::newRow("chatrooms = --rooms") << QStringLiteral("/manager/chatrooms") << qint64(60);
        QTest::newRow("320 products") << QStringLiteral("/manager/products") << qint64(320);
        QTest::newRow("64 ambassadors") << QStringLiteral("/manager/ambassadors") << qint64(64);
        QTest::newRow("8 brand tags") << QStringLiteral("/manager/brand-tags") << qint64(8);
        QTest::newRow("6 chat topics") << QStringLiteral("/manager/chat-topics") << qint64(6);
    }

    void listTotals()
    {
        QFETCH(QString, path);
        QFETCH(qint64, expected);
        QCOMPARE(total(path, managerOptions()), expected);
    }

    void ambassadorsCoverEveryStatusAndActiveValue()
    {
        const QJsonArray list = allManagerAmbassadors();
        QCOMPARE(list.size(), 64);
        QSet<int> statuses;
        QSet<int> actives;
        int withEmailTmp = 0;
        int online = 0;
        int accented = 0;
        for (int i = 0; i < list.size(); ++i) {
            const QJsonObject a = list.at(i).toObject();
            const qint64 id = a.value(QStringLiteral("id_ambassador")).toInteger();
            QCOMPARE(id, qint64(i + 1));
            QCOMPARE(a.value(QStringLiteral("id_brand")).toInteger(), 3);
            const int status = a.value(QStringLiteral("status")).toInt();
            statuses.insert(status);
            actives.insert(a.value(QStringLiteral("active")).toInt());
            QVERIFY2(!a.value(QStringLiteral("email")).toString().isEmpty(),
                     qPrintable(QString::number(id)));
            QVERIFY(!a.value(QStringLiteral("username")).toString().isEmpty());
            withEmailTmp += a.value(QStringLiteral("email_tmp")).isString() ? 1 : 0;
            online += a.value(QStringLiteral("online")).toBool() ? 1 : 0;
            const QString name = a.value(QStringLiteral("firstname")).toString() +
                                 a.value(QStringLiteral("lastname")).toString();
            accented += name.toLatin1() != name.toUtf8() ? 1 : 0;
            if (id >= 57)
                QVERIFY2(status == 7 || status == 8, qPrintable(QString::number(id)));
            if (id <= 2) {
                QCOMPARE(status, 0);
                QCOMPARE(a.value(QStringLiteral("active")).toInt(), 1);
            }
        }
        QCOMPARE(statuses, (QSet<int>{0, 1, 2, 3, 4, 5, 6, 7, 8}));
        QCOMPARE(actives, (QSet<int>{-3, -2, -1, 0, 1}));
        QVERIFY(withEmailTmp > 0 && withEmailTmp < 64);
        QVERIFY2(online > 0 && online < 64, qPrintable(QString::number(online)));
        QVERIFY(accented > 0);
        // The ambassador API key's identity is online, so the console shows a green dot.
        QVERIFY(list.first().toObject().value(QStringLiteral("online")).toBool());
    }

    void productsHaveNumbersAndSomeNulls()
    {
        const HttpResult r = m_sandbox.get(
            QStringLiteral("/manager/products?per_page=500&sort=id_product"), managerOptions());
        QCOMPARE(r.status, 200);
        const QJsonArray products = r.data();
        QCOMPARE(products.size(), 320);
        int nullSku = 0;
        int nullDescription = 0;
        QSet<QString> names;
        for (int i = 0; i < products.size(); ++i) {
            const QJsonObject p = products.at(i).toObject();
            QCOMPARE(p.value(QStringLiteral("id_product")).toInteger(), qint64(i + 1));
            names.insert(p.value(QStringLiteral("name")).toString());
            nullSku += p.value(QStringLiteral("sku")).isNull() ? 1 : 0;
            nullDescription += p.value(QStringLiteral("description")).isNull() ? 1 : 0;
            for (const char *field : {"price", "price_catalog", "reference_unit_price",
                                      "discount_percentage", "stock", "stock_available"}) {
                QVERIFY2(p.value(QLatin1StringView(field)).isDouble(), field);
            }
            QVERIFY(p.value(QStringLiteral("price")).toDouble() > 0);
            QVERIFY(p.value(QStringLiteral("price")).toDouble() <=
                    p.value(QStringLiteral("price_catalog")).toDouble());
            QVERIFY(p.value(QStringLiteral("stock_available")).toDouble() <=
                    p.value(QStringLiteral("stock")).toDouble());
            QVERIFY(p.value(QStringLiteral("url")).toString().startsWith(u"https://"));
        }
        QCOMPARE(names.size(), 320); // every product is told apart by its name
        QVERIFY(nullSku > 0 && nullSku < 320);
        QVERIFY(nullDescription > 0 && nullDescription < 320);
    }

    void brandTagsAndChatTopics()
    {
        const HttpResult tags =
            m_sandbox.get(QStringLiteral("/manager/brand-tags?per_page=50"), managerOptions());
        QCOMPARE(tags.status, 200);
        QCOMPARE(tags.data().size(), 8);
        for (const QJsonValue &v : tags.data()) {
            const QJsonObject tag = v.toObject();
            const int visibility = tag.value(QStringLiteral("visibility_chat")).toInt();
            QVERIFY(visibility == 1 || visibility == 2);
            const qint64 members = count(
                QStringLiteral("SELECT COUNT(*) FROM brand_tag_members WHERE id_brand_tag = ?"),
                {tag.value(QStringLiteral("id_brand_tag")).toInteger()});
            QVERIFY2(members >= 3 && members <= 10, qPrintable(QString::number(members)));
        }

        const HttpResult topics =
            m_sandbox.get(QStringLiteral("/manager/chat-topics?sort=position"), managerOptions());
        QCOMPARE(topics.status, 200);
        QCOMPARE(topics.data().size(), 6);
        for (int i = 0; i < 6; ++i) {
            const QJsonObject topic = topics.data().at(i).toObject();
            QCOMPARE(topic.value(QStringLiteral("id_chat_topic")).toInteger(), qint64(i + 1));
            QCOMPARE(topic.value(QStringLiteral("position")).toInt(), i + 1);
            QSet<QString> langs;
            for (const QJsonValue &content : topic.value(QStringLiteral("contents")).toArray()) {
                langs.insert(content.toObject().value(QStringLiteral("lang")).toString());
                QVERIFY(!content.toObject().value(QStringLiteral("content")).toString().isEmpty());
            }
            QCOMPARE(langs, (QSet<QString>{QStringLiteral("en_GB"), QStringLiteral("fr_FR"),
                                           QStringLiteral("es_ES"), QStringLiteral("de_DE")}));
        }
    }

    void chatroomOneIsADialogueBetweenAmbassadorsOneAndTwo()
    {
        const HttpResult room = m_sandbox.get(QStringLiteral("/chat/chatrooms/1"));
        QCOMPARE(room.status, 200);
        const QJsonObject o = room.object();
        QCOMPARE(o.value(QStringLiteral("type_chatroom")).toInt(), 0);
        QSet<qint64> members;
        for (const QJsonValue &a : o.value(QStringLiteral("ambassadors")).toArray())
            members.insert(a.toObject().value(QStringLiteral("id_ambassador")).toInteger());
        QCOMPARE(members, (QSet<qint64>{1, 2}));
        QVERIFY(o.value(QStringLiteral("established_dialogue")).isString());

        const HttpResult messages =
            m_sandbox.get(QStringLiteral("/chat/chatrooms/1/messages?per_page=100"));
        QCOMPARE(messages.status, 200);
        QHash<qint64, int> byAuthor;
        for (const QJsonValue &m : messages.data()) {
            const qint64 author = m.toObject()
                                      .value(QStringLiteral("author"))
                                      .toObject()
                                      .value(QStringLiteral("id_ambassador"))
                                      .toInteger();
            ++byAuthor[author];
        }
        QCOMPARE(QSet<qint64>(byAuthor.keyBegin(), byAuthor.keyEnd()), (QSet<qint64>{1, 2}));
        QVERIFY2(
            byAuthor.value(1) >= 10 && byAuthor.value(2) >= 10,
            qPrintable(QStringLiteral("%1 / %2").arg(byAuthor.value(1)).arg(byAuthor.value(2))));
    }

    void ambassadorOneIsInSeveralRooms()
    {
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM chatroom_members WHERE id_ambassador = 1")) >= 5);
        QVERIFY(total(QStringLiteral("/chat/ambassadors/1/chatrooms")) >= 5);
    }

    void everyMessageTypeOccurs_data()
    {
        QTest::addColumn<int>("type");
        for (int type = 0; type <= 9; ++type)
            QTest::addRow("type %d", type) << type;
    }

    void everyMessageTypeOccurs()
    {
        QFETCH(int, type);
        const HttpResult r = m_sandbox.get(
            QStringLiteral("/chat/chatrooms/1/messages?filter[type_message]=%1").arg(type));
        QCOMPARE(r.status, 200);
        QVERIFY2(!r.data().isEmpty(), "chatroom 1 shows every message type");
        const QJsonObject message = r.data().first().toObject();
        QCOMPARE(message.value(QStringLiteral("type_message")).toInt(), type);
        if (type == 3) {
            const QJsonArray products = message.value(QStringLiteral("products")).toArray();
            QVERIFY(products.size() == 1 || products.size() == 2);
            // The message text is the name of the product it shows.
            QStringList names;
            for (const QJsonValue &product : products)
                names << product.toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(names.contains(message.value(QStringLiteral("content")).toString()),
                     r.body.constData());
        } else if (type == 2) {
            QVERIFY(message.value(QStringLiteral("rating")).isObject());
        } else {
            QVERIFY(!message.value(QStringLiteral("content")).toString().isEmpty());
        }
    }

    void inboxFiltersFindEveryKindOfRoom_data()
    {
        QTest::addColumn<QString>("filter");
        for (const char *source : {"direct", "waiting_list", "hot_list"})
            QTest::addRow("source %s", source)
                << QStringLiteral("filter[source]=%1").arg(QLatin1StringView(source));
        for (int type = 0; type <= 2; ++type)
            QTest::addRow("type_discussion %d", type)
                << QStringLiteral("filter[type_discussion]=%1").arg(type);
        QTest::newRow("one to one") << QStringLiteral("filter[type_chatroom]=0");
        QTest::newRow("brand tag") << QStringLiteral("filter[type_chatroom]=7");
        QTest::newRow("established") << QStringLiteral("filter[dialogue]=established");
        QTest::newRow("not established") << QStringLiteral("filter[dialogue]=not_established");
        QTest::newRow("rated 5") << QStringLiteral("filter[last_rating]=5");
        QTest::newRow("not rated") << QStringLiteral("filter[last_rating]=not_rated");
    }

    void inboxFiltersFindEveryKindOfRoom()
    {
        QFETCH(QString, filter);
        const qint64 found = total(u"/manager/chatrooms?" + filter, managerOptions());
        QVERIFY2(found > 0 && found < 60, qPrintable(QString::number(found)));
    }

    void someRoomsHaveASummary()
    {
        const HttpResult r = m_sandbox.get(QStringLiteral("/chat/chatrooms/1"));
        const QJsonObject summary = r.object().value(QStringLiteral("last_summary")).toObject();
        QVERIFY(!summary.value(QStringLiteral("summary")).toString().isEmpty());
        static const QRegularExpression plain(
            QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d$"));
        QVERIFY2(plain.match(summary.value(QStringLiteral("date_insert")).toString()).hasMatch(),
                 qPrintable(summary.value(QStringLiteral("date_insert")).toString()));
        const qint64 topic = summary.value(QStringLiteral("topic")).toInteger();
        QVERIFY(topic >= 1 && topic <= 6);
        const qint64 withSummary =
            count(QStringLiteral("SELECT COUNT(*) FROM chatrooms WHERE summary_text IS NOT NULL"));
        QVERIFY(withSummary > 1 && withSummary < 60);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM chatrooms WHERE summary_text IS NOT NULL"
                     " AND (summary_anomaly NOT IN (0, 1) OR summary_topic NOT BETWEEN 1 AND 6)")),
                 0);
    }

    // ------------------------------------------------------------ through the data file

    void roomsAndMembers()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chatrooms WHERE id_brand = 3")), 60);
        QCOMPARE(count(QStringLiteral("SELECT MIN(id_chatroom) FROM chatrooms")), 1);
        QCOMPARE(count(QStringLiteral("SELECT MAX(id_chatroom) FROM chatrooms")), 60);
        // One-to-one rooms: exactly two members, no brand tag.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chatrooms c WHERE type_chatroom = 0 "
                                      "AND (id_brand_tag IS NOT NULL"
                                      " OR (SELECT COUNT(*) FROM chatroom_members m WHERE "
                                      "m.id_chatroom = c.id_chatroom) != 2)")),
                 0);
        // Brand-tag rooms: the members are exactly the tag's members.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chatrooms c WHERE type_chatroom = 7 "
                                      "AND (id_brand_tag IS NULL OR"
                                      " (SELECT group_concat(id_ambassador) FROM (SELECT "
                                      "id_ambassador FROM chatroom_members m"
                                      "   WHERE m.id_chatroom = c.id_chatroom ORDER BY 1)) IS NOT"
                                      " (SELECT group_concat(id_ambassador) FROM (SELECT "
                                      "id_ambassador FROM brand_tag_members t"
                                      "   WHERE t.id_brand_tag = c.id_brand_tag ORDER BY 1)))")),
                 0);
        const qint64 oneToOne =
            count(QStringLiteral("SELECT COUNT(*) FROM chatrooms WHERE type_chatroom = 0"));
        QVERIFY2(oneToOne >= 48 && oneToOne < 60, qPrintable(QString::number(oneToOne)));
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM chatrooms WHERE type_chatroom NOT IN (0, 7)")),
                 0);
    }

    void messagesAreSpreadOverEveryRoom()
    {
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM messages")), 1200);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM chatrooms c WHERE NOT EXISTS"
                     " (SELECT 1 FROM messages m WHERE m.id_chatroom = c.id_chatroom)")),
                 0);
        // Authors are members of the room they write in.
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM messages m WHERE NOT EXISTS (SELECT 1 FROM"
                                 " chatroom_members c WHERE c.id_chatroom = m.id_chatroom"
                                 " AND c.id_ambassador = m.id_author)")),
            0);
        const qint64 hidden =
            count(QStringLiteral("SELECT COUNT(*) FROM messages WHERE active = 0"));
        QVERIFY2(hidden >= 12 && hidden <= 72, qPrintable(QString::number(hidden))); // ~3 %
    }

    void datesFormAPlausibleTimeline()
    {
        const qint64 now = nowMicros();
        // Strictly increasing within a room, and ids follow the dates.
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM messages a JOIN messages b ON b.id_chatroom = a.id_chatroom"
                " AND b.id_message > a.id_message AND b.date_insert <= a.date_insert")),
            0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM messages m JOIN chatrooms c USING (id_chatroom)"
                     " WHERE m.date_insert <= c.date_insert")),
                 0);
        const qint64 newest = count(QStringLiteral("SELECT MAX(date_insert) FROM messages"));
        const qint64 oldest = count(QStringLiteral("SELECT MIN(date_insert) FROM messages"));
        QVERIFY(newest < now - 5 * kMinuteMicros);
        QVERIFY(newest > now - 30 * kMinuteMicros); // chatroom 1 is lively
        QVERIFY(oldest > now - 91 * kDayMicros);
        QVERIFY(oldest < now - 60 * kDayMicros);
        // Someone is online (last action within 5 minutes), most are not.
        const qint64 online =
            count(QStringLiteral("SELECT COUNT(*) FROM ambassadors WHERE last_action_date > ?"),
                  {now - 5 * kMinuteMicros});
        QVERIFY(online >= 1 && online < 40);
    }

    void chatroomSummaryColumnsMatchTheMessages()
    {
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM chatrooms c WHERE last_message_id IS NOT (SELECT id_message "
                "FROM"
                " messages m WHERE m.id_chatroom = c.id_chatroom ORDER BY date_insert DESC LIMIT 1)"
                " OR last_message_date != (SELECT MAX(date_insert) FROM messages m"
                " WHERE m.id_chatroom = c.id_chatroom)")),
            0);
        // established_dialogue: the first message of the second distinct author.
        QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM chatrooms c WHERE established_dialogue "
                                      "IS NOT (SELECT MIN(date_insert)"
                                      " FROM messages m WHERE m.id_chatroom = c.id_chatroom AND "
                                      "m.id_author != (SELECT id_author"
                                      " FROM messages f WHERE f.id_chatroom = c.id_chatroom ORDER "
                                      "BY date_insert LIMIT 1))")),
                 0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM chatrooms WHERE established_dialogue IS NULL")) > 0);
        // last_rating: the newest rating that has a score or a comment.
        QCOMPARE(
            count(QStringLiteral(
                "SELECT COUNT(*) FROM chatrooms c WHERE last_rating_value IS NOT (SELECT value "
                "FROM ratings r"
                " WHERE r.id_chatroom = c.id_chatroom AND (value IS NOT NULL OR content IS NOT "
                "NULL)"
                " ORDER BY date_insert DESC LIMIT 1) OR last_rating_comment IS NOT (SELECT content"
                " FROM ratings r WHERE r.id_chatroom = c.id_chatroom AND (value IS NOT NULL OR"
                " content IS NOT NULL) ORDER BY date_insert DESC LIMIT 1)")),
            0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM chatrooms WHERE last_rating_value IS NOT NULL")) > 0);
    }

    void productAndRatingMessagesCarryTheirRows()
    {
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM messages m WHERE type_message = 3 AND (SELECT COUNT(*)"
                     " FROM message_products p WHERE p.id_message = m.id_message) NOT IN (1, 2)")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM message_products p JOIN messages m USING (id_message)"
                     " WHERE m.type_message != 3 OR p.id_product NOT BETWEEN 1 AND 320")),
                 0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM messages m WHERE type_message = 2 AND NOT EXISTS"
                     " (SELECT 1 FROM ratings r WHERE r.id_message = m.id_message"
                     " AND r.id_chatroom = m.id_chatroom)")),
                 0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE value NOT BETWEEN 0 AND 5")),
            0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE value IS NULL")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE content IS NULL")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM ratings WHERE content IS NOT NULL")) >
                0);
    }

    void pivotRowsVary()
    {
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM chatroom_members WHERE archived = 1")) >
                0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM chatroom_members WHERE is_blocked = 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM chatroom_members WHERE flag = 1")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM chatroom_members WHERE flag = 2")) > 0);
        QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM chatroom_members WHERE flag IS NULL")) >
                0);
        QCOMPARE(
            count(QStringLiteral("SELECT COUNT(*) FROM chatroom_members WHERE flag NOT IN (1, 2)")),
            0);
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM chatroom_members WHERE last_read_message IS NULL")) > 0);
        // A read marker always points at a message of that room.
        QVERIFY(count(QStringLiteral(
                    "SELECT COUNT(*) FROM chatroom_members WHERE last_read_message IS NOT NULL")) >
                0);
        QCOMPARE(count(QStringLiteral(
                     "SELECT COUNT(*) FROM chatroom_members c WHERE last_read_message IS NOT NULL"
                     " AND NOT EXISTS (SELECT 1 FROM messages m WHERE m.id_message ="
                     " c.last_read_message AND m.id_chatroom = c.id_chatroom)")),
                 0);
    }

    // ------------------------------------------------------------ determinism and sizes

    void sameSeedSameRows()
    {
        const auto first = generated(smallOptions(7));
        const auto second = generated(smallOptions(7));
        QVERIFY(first && second);
        for (const QString &table : kTables) {
            const QStringList rows = dumpTable(*first, table);
            QVERIFY2(!rows.isEmpty(), qPrintable(table));
            QCOMPARE(dumpTable(*second, table), rows);
        }
    }

    void onlyDatesFollowNow()
    {
        DemoDataOptions later = smallOptions(7);
        later.nowMicros += 3 * kDayMicros + 12345;
        const auto first = generated(smallOptions(7));
        const auto second = generated(later);
        QVERIFY(first && second);
        for (const QString &table : kTables)
            QCOMPARE(dumpTable(*second, table, dateColumns(table)),
                     dumpTable(*first, table, dateColumns(table)));
        // ...and the dates do move, by exactly the shift.
        QCOMPARE(
            second->integer(QStringLiteral("SELECT MAX(date_insert) FROM messages")).value_or(0) -
                first->integer(QStringLiteral("SELECT MAX(date_insert) FROM messages")).value_or(0),
            3 * kDayMicros + 12345);
    }

    void anotherSeedOtherRows()
    {
        const auto first = generated(smallOptions(7));
        const auto other = generated(smallOptions(8));
        QVERIFY(first && other);
        for (const QString &table : {QStringLiteral("ambassadors"), QStringLiteral("products"),
                                     QStringLiteral("chatrooms"), QStringLiteral("messages")}) {
            QVERIFY2(dumpTable(*other, table) != dumpTable(*first, table), qPrintable(table));
        }
        // The contract's fixed points hold for every seed.
        QCOMPARE(dumpTable(*other, QStringLiteral("brands")),
                 dumpTable(*first, QStringLiteral("brands")));
        QCOMPARE(other->integer(
                     QStringLiteral("SELECT COUNT(*) FROM chatroom_members WHERE id_chatroom = 1"
                                    " AND id_ambassador IN (1, 2)")),
                 std::optional<qint64>(2));
    }

    void sizesFollowTheOptions_data()
    {
        QTest::addColumn<int>("rooms");
        QTest::addColumn<int>("messages");
        QTest::newRow("7 rooms, 50 messages") << 7 << 50;
        QTest::newRow("1 room, no message") << 1 << 0;
        QTest::newRow("fewer messages than rooms") << 12 << 5;
    }

    void sizesFollowTheOptions()
    {
        QFETCH(int, rooms);
        QFETCH(int, messages);
        DemoDataOptions options = smallOptions(3);
        options.rooms = rooms;
        options.messages = messages;
        const auto db = generated(options);
        QVERIFY(db);
        QCOMPARE(db->integer(QStringLiteral("SELECT COUNT(*) FROM chatrooms")),
                 std::optional<qint64>(rooms));
        QCOMPARE(db->integer(QStringLiteral("SELECT COUNT(*) FROM messages")),
                 std::optional<qint64>(messages));
        QCOMPARE(db->integer(QStringLiteral("SELECT COUNT(*) FROM ambassadors")),
                 std::optional<qint64>(64));
        QCOMPARE(db->integer(QStringLiteral("SELECT COUNT(*) FROM products")),
                 std::optional<qint64>(320));
        QCOMPARE(db->integer(
                     QStringLiteral("SELECT COUNT(*) FROM chatrooms WHERE last_message_id IS NULL"
                                    " AND last_message_date != date_insert")),
                 std::optional<qint64>(0));
    }

    void aSmallSandboxFollowsRoomsAndMessages()
    {
        SandboxConfig config = SandboxFixture::smallConfig();
        config.rooms = 7;
        config.messages = 50;
        SandboxFixture small(config);
        QCOMPARE(small.start(), QString());
        QCOMPARE(small.get(QStringLiteral("/manager/chatrooms"), managerOptions())
                     .object()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 7);
        QCOMPARE(
            small.get(QStringLiteral("/chat/chatrooms/1/messages?per_page=1"))
                    .object()
                    .value(QStringLiteral("total"))
                    .toInteger() +
                [&small] {
                    qint64 sum = 0;
                    for (int room = 2; room <= 7; ++room) {
                        sum += small
                                   .get(QStringLiteral("/chat/chatrooms/%1/messages?per_page=1")
                                            .arg(room))
                                   .object()
                                   .value(QStringLiteral("total"))
                                   .toInteger();
                    }
                    return sum;
                }(),
            50);
        // Every type still occurs, every room still has a message, ambassador 1 still has rooms.
        for (int type = 0; type <= 9; ++type) {
            QVERIFY2(small.get(QStringLiteral("/chat/chatrooms/1/messages?filter[type_message]=%1")
                                   .arg(type))
                             .object()
                             .value(QStringLiteral("total"))
                             .toInteger() > 0,
                     qPrintable(QString::number(type)));
        }
        QVERIFY(small.get(QStringLiteral("/chat/ambassadors/1/chatrooms"))
                    .object()
                    .value(QStringLiteral("total"))
                    .toInteger() >= 5);
        QCOMPARE(small.get(QStringLiteral("/manager/products"), managerOptions())
                     .object()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 320);
    }

    void theDefaultSizeIsQuick()
    {
        // 500 rooms and 20,000 messages: what every CLI start without a data file pays.
        DemoDataOptions options;
        options.domain = QStringLiteral("demo.popsell.test");
        options.nowMicros = nowMicros();
        QElapsedTimer timer;
        timer.start();
        const auto db = generated(options);
        const qint64 elapsed = timer.elapsed();
        QVERIFY(db);
        QCOMPARE(db->integer(QStringLiteral("SELECT COUNT(*) FROM messages")),
                 std::optional<qint64>(20000));
        QCOMPARE(db->integer(QStringLiteral("SELECT COUNT(*) FROM chatrooms")),
                 std::optional<qint64>(500));
        qInfo("default demo data generated in %lld ms", elapsed);
        QVERIFY2(elapsed < 5000, qPrintable(QString::number(elapsed)));
    }
};

QTEST_GUILESS_MAIN(TestSandboxDemodata)
#include "tst_sandbox_demodata.moc"
