// The domain decoders against the reference: every seed example of the OpenAPI file
// (tests/fixtures/api, copied from components/examples) decodes field by field; every quirk
// of section 7 has hostile variants; broken items cost one item, never a page; garbage never
// crashes; and the sandbox's real answers decode without a skipped item.
#include "core/domain/brand.h"
#include "core/domain/brandtag.h"
#include "core/domain/chatroom.h"
#include "core/domain/chattopic.h"
#include "core/domain/jsonread.h"
#include "core/domain/message.h"
#include "core/domain/page.h"
#include "core/domain/product.h"
#include "support/sandboxfixture.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

#include <functional>

using namespace popsell::domain;
using popsell::testing::HttpResult;
using popsell::testing::RequestOptions;
using popsell::testing::SandboxFixture;

Q_DECLARE_METATYPE(std::optional<qint64>)
Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(std::optional<bool>)
Q_DECLARE_METATYPE(popsell::domain::MessageType)

namespace {

QDateTime utc(int y, int mo, int d, int h, int mi, int s, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
}

// Any JSON value, scalars included (QJsonDocument only parses objects and arrays).
QJsonValue json(QByteArrayView text)
{
    QJsonParseError error;
    const QByteArray wrapped = QByteArray("[") + text.toByteArray() + ']';
    const QJsonDocument doc = QJsonDocument::fromJson(wrapped, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad JSON in a test: %s", wrapped.constData());
    return doc.array().at(0);
}

QJsonValue documentValue(const QJsonDocument &doc)
{
    return doc.isArray() ? QJsonValue(doc.array()) : QJsonValue(doc.object());
}

QJsonValue fixture(const char *name)
{
    QFile file(QStringLiteral(POPSELL_FIXTURES_DIR "/api/") + QString::fromLatin1(name) +
               QStringLiteral(".json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing fixture %s", name);
    return documentValue(QJsonDocument::fromJson(file.readAll()));
}

// The author / member object every seed prints.
void verifySeedAmbassador(const Ambassador &a)
{
    QCOMPARE(a.id, 42);
    QCOMPARE(a.image, QStringLiteral("string"));
    QCOMPARE(a.firstname, QStringLiteral("string"));
    QCOMPARE(a.lastname, QStringLiteral("string"));
    QCOMPARE(a.username, QStringLiteral("string"));
    QCOMPARE(a.email, QStringLiteral("string"));
    QCOMPARE(a.emailTmp, QStringLiteral("string"));
    QCOMPARE(a.active, 42);
    QCOMPARE(a.status, 42);
    QCOMPARE(a.online, true);
    QCOMPARE(a.lastActionDate, utc(2025, 5, 4, 9, 42, 0));
    QCOMPARE(a.customerId, QStringLiteral("string"));
    QCOMPARE(a.anonymized, true);
}

void verifySeedProduct(const Product &p)
{
    QCOMPARE(p.id, 42);
    QCOMPARE(p.name, QStringLiteral("string"));
    QCOMPARE(p.type, QStringLiteral("string"));
    QCOMPARE(p.discountPercentage, 42.0);
    QCOMPARE(p.priceCatalog, 42.0);
    QCOMPARE(p.referenceUnitPrice, 42.0);
    QCOMPARE(p.sku, QStringLiteral("string"));
    QCOMPARE(p.youtubeId, QStringLiteral("string"));
    QCOMPARE(p.url, QStringLiteral("string"));
    QCOMPARE(p.description, QStringLiteral("string"));
    QCOMPARE(p.images.size(), 1);
    QCOMPARE(p.images.at(0).id, 42);
    QCOMPARE(p.images.at(0).lang, QStringLiteral("en_GB"));
    QCOMPARE(p.images.at(0).url, QStringLiteral("Hello"));
    QCOMPARE(p.price, 42.0);
    QCOMPARE(p.stock, 42.0);
    QCOMPARE(p.stockAvailable, 42.0);
    QCOMPARE(p.oldImage, QStringLiteral("string"));
}

// id 16, the read seed's message fields shared by the three message examples.
void verifySeedMessageHead(const Message &m)
{
    QCOMPARE(m.id, 16);
    QCOMPARE(m.idChatroom, std::nullopt);
    QCOMPARE(m.dateInsert, utc(2023, 10, 9, 12, 12, 40, 220));
    verifySeedAmbassador(*m.author);
    QCOMPARE(m.content, QStringLiteral("super"));
    QCOMPARE(m.typeMessage, 2);
    QCOMPARE(m.statusModeration, 0);
    QCOMPARE(m.active, true);
}

void verifySeedChatroom(const Chatroom &room)
{
    QCOMPARE(room.id, 8);
    QCOMPARE(room.ambassadors.size(), 1);
    verifySeedAmbassador(*room.ambassadors.at(0).ambassador);
    const std::optional<ChatroomPivot> pivot = room.ambassadors.at(0).pivot;
    QVERIFY(pivot.has_value());
    QCOMPARE(pivot->idChatroom, 42);
    QCOMPARE(pivot->idAmbassador, 42);
    QCOMPARE(pivot->lastReadMessage, 42);
    QCOMPARE(pivot->isBlocked, true);
    QCOMPARE(pivot->archived, true);
    QCOMPARE(pivot->flag, std::nullopt);
    QCOMPARE(room.member(42), &room.ambassadors.at(0));
    QCOMPARE(room.member(43), nullptr);
    QCOMPARE(room.dateInsert, utc(2023, 10, 6, 13, 41, 9, 123));
    QCOMPARE(room.lastMessageDate, utc(2023, 10, 6, 13, 41, 9, 123));
    QCOMPARE(room.typeChatroom, 0);
    QCOMPARE(room.typeDiscussion, 2);
    QCOMPARE(room.source, int(Chatroom::HotList));
    QCOMPARE(room.established, true);
    QCOMPARE(room.establishedAt, utc(2023, 10, 6, 13, 41, 9, 123));
    QVERIFY(room.lastRating.has_value());
    QCOMPARE(room.lastRating->value, 5);
    QCOMPARE(room.lastRating->comment, QStringLiteral("Great ambassador"));
    QVERIFY(room.lastSummary.has_value());
    QCOMPARE(room.lastSummary->dateInsert, QStringLiteral("string"));
    QCOMPARE(room.lastSummary->summary, QStringLiteral("string"));
    QCOMPARE(room.lastSummary->anomaly, 42);
    QCOMPARE(room.lastSummary->topic, 42);
    QCOMPARE(room.idBrandTag, std::nullopt);
    QVERIFY(!room.lastMessage.has_value());
    QVERIFY(room.messages.isEmpty());
}

// A minimal chatroom with one member, `extra` (one or more "key": value) spliced in.
QJsonValue roomWith(QByteArrayView extra)
{
    QByteArray text = R"({"id_chatroom": 5, "ambassadors": [{"id_ambassador": 1}])";
    if (!extra.isEmpty()) {
        text.append(", ");
        text.append(extra);
    }
    text.append('}');
    return json(text);
}

} // namespace

class TestDomainDecoders : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        // Zone-less values must read as UTC whatever the machine's zone: run far from UTC.
        qputenv("TZ", "America/New_York");
        QCOMPARE(m_sandbox.start(), QString());
    }

    // ------------------------------------------------------------ seed examples

    void ambassadorSeed()
    {
        const std::optional<Ambassador> a = Ambassador::fromJson(fixture("ambassador_seed"));
        QVERIFY(a.has_value());
        verifySeedAmbassador(*a);
        QCOMPARE(a->displayName(), QStringLiteral("string string"));
    }

    void productSeed()
    {
        const std::optional<Product> p = Product::fromJson(fixture("product_seed"));
        QVERIFY(p.has_value());
        verifySeedProduct(*p);
    }

    void messageSeed()
    {
        const std::optional<Message> m = Message::fromJson(fixture("message_seed"));
        QVERIFY(m.has_value());
        verifySeedMessageHead(*m);
        QVERIFY(m->products.isEmpty());
        QVERIFY(!m->rating.has_value());
    }

    void messageWithProductsSeed()
    {
        const std::optional<Message> m = Message::fromJson(fixture("message_with_products_seed"));
        QVERIFY(m.has_value());
        verifySeedMessageHead(*m);
        QCOMPARE(m->products.size(), 1);
        verifySeedProduct(m->products.at(0));
        // Quirk 5: the seed says type 2 (rating); the products make it a product message.
        QCOMPARE(m->typeMessage, 2);
        QCOMPARE(m->kind(), MessageType::Product);
    }

    void messageWithRatingSeed()
    {
        const std::optional<Message> m = Message::fromJson(fixture("message_with_rating_seed"));
        QVERIFY(m.has_value());
        verifySeedMessageHead(*m);
        QCOMPARE(m->kind(), MessageType::Rating);
        QVERIFY(m->rating.has_value());
        const Rating &r = *m->rating;
        QCOMPARE(r.id, 1);
        QCOMPARE(r.dateInsert, utc(2023, 10, 9, 12, 12, 40, 220));
        QCOMPARE(r.dateUpdate, utc(2023, 10, 9, 12, 12, 40, 220));
        // Quirk 15: filled in although the rating is live; kept as data.
        QCOMPARE(r.dateDelete, utc(2023, 10, 9, 12, 12, 40, 220));
        QCOMPARE(r.value, 5);
        QCOMPARE(r.content, QStringLiteral("bien"));
        QCOMPARE(r.idUserRater, 1);
        QCOMPARE(r.idUserRated, 2);
    }

    void chatroomSeed()
    {
        const std::optional<Chatroom> room = Chatroom::fromJson(fixture("chatroom_seed"));
        QVERIFY(room.has_value());
        verifySeedChatroom(*room);
    }

    void chatroomArraySeedIsThePatchAnswer()
    {
        const QJsonValue seed = fixture("chatroom_array_seed");
        QVERIFY(seed.isArray());
        const std::optional<Chatroom> room = Chatroom::fromPatchResponse(seed);
        QVERIFY(room.has_value());
        verifySeedChatroom(*room);
        QCOMPARE(*room, *Chatroom::fromJson(fixture("chatroom_seed")));
        // An array is not a chatroom where an object is expected.
        QVERIFY(!Chatroom::fromJson(seed).has_value());
    }

    // ------------------------------------------------------------ normalised shape

    void normalisedShapeOfTheChatroomSeed()
    {
        const QJsonObject o = Chatroom::fromJson(fixture("chatroom_seed"))->toJson();
        QCOMPARE(o.value(u"id_chatroom").toInteger(), 8);
        QCOMPARE(o.value(u"date_insert").toString(), QStringLiteral("2023-10-06T13:41:09.123Z"));
        QCOMPARE(o.value(u"source").toInt(), 2);
        QVERIFY(!o.contains(u"established_dialogue"));
        QCOMPARE(o.value(u"established").toBool(), true);
        QCOMPARE(o.value(u"established_at").toString(), QStringLiteral("2023-10-06T13:41:09.123Z"));
        const QJsonObject member = o.value(u"ambassadors").toArray().at(0).toObject();
        QCOMPARE(member.value(u"last_action_date").toString(),
                 QStringLiteral("2025-05-04T09:42:00.000Z"));
        QVERIFY(member.value(u"chatroom_pivot_data").isArray());
        QVERIFY(o.value(u"last_message").isNull());
        QVERIFY(o.value(u"id_brand_tag").isNull());

        Chatroom open = *Chatroom::fromJson(roomWith(R"("established_dialogue": null)"));
        QCOMPARE(open.toJson().value(u"established").toBool(true), false);
        QVERIFY(open.toJson().value(u"established_at").isNull());
    }

    void normalisedShapeReadsBack_data()
    {
        QTest::addColumn<QString>("name");
        for (const char *name : {"chatroom_seed", "message_seed", "message_with_products_seed",
                                 "message_with_rating_seed", "product_seed", "ambassador_seed"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    // popsellctl --json output is our shape; reading it back must give the same values.
    void normalisedShapeReadsBack()
    {
        QFETCH(QString, name);
        const QJsonValue seed = fixture(name.toLatin1().constData());
        if (name.startsWith(u"chatroom")) {
            const Chatroom room = *Chatroom::fromJson(seed);
            QCOMPARE(Chatroom::fromJson(room.toJson()), room);
        } else if (name.startsWith(u"message")) {
            const Message message = *Message::fromJson(seed);
            QCOMPARE(Message::fromJson(message.toJson()), message);
        } else if (name.startsWith(u"product")) {
            const Product product = *Product::fromJson(seed);
            QCOMPARE(Product::fromJson(product.toJson()), product);
        } else {
            const Ambassador ambassador = *Ambassador::fromJson(seed);
            QCOMPARE(Ambassador::fromJson(ambassador.toJson()), ambassador);
        }
    }

    // ------------------------------------------------------------ tolerant readers

    void integers_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<std::optional<qint64>>("expected");
        const std::optional<qint64> none;
        QTest::newRow("number") << QStringLiteral("12") << std::optional<qint64>(12);
        QTest::newRow("whole double") << QStringLiteral("12.0") << std::optional<qint64>(12);
        QTest::newRow("negative") << QStringLiteral("-3") << std::optional<qint64>(-3);
        QTest::newRow("numeric string") << QStringLiteral("\"12\"") << std::optional<qint64>(12);
        QTest::newRow("padded string") << QStringLiteral("\" 7 \"") << std::optional<qint64>(7);
        QTest::newRow("string 12.0") << QStringLiteral("\"12.0\"") << std::optional<qint64>(12);
        QTest::newRow("beyond 2^53")
            << QStringLiteral("9007199254740993") << std::optional<qint64>(9007199254740993LL);
        QTest::newRow("fraction") << QStringLiteral("12.5") << none;
        QTest::newRow("string fraction") << QStringLiteral("\"12.5\"") << none;
        QTest::newRow("beyond int64") << QStringLiteral("1e30") << none;
        QTest::newRow("words") << QStringLiteral("\"twelve\"") << none;
        QTest::newRow("empty string") << QStringLiteral("\"\"") << none;
        QTest::newRow("nan text") << QStringLiteral("\"nan\"") << none;
        QTest::newRow("inf text") << QStringLiteral("\"inf\"") << none;
        QTest::newRow("null") << QStringLiteral("null") << none;
        QTest::newRow("true") << QStringLiteral("true") << none;
        QTest::newRow("object") << QStringLiteral("{}") << none;
    }

    void integers()
    {
        QFETCH(QString, value);
        QFETCH(std::optional<qint64>, expected);
        QCOMPARE(jsonread::toInteger(json(value.toUtf8())), expected);
    }

    void int32Range()
    {
        QCOMPARE(jsonread::toInt(json("2147483647")), 2147483647);
        QCOMPARE(jsonread::toInt(json("2147483648")), std::nullopt);
        QCOMPARE(jsonread::toInt(json("\"-2147483649\"")), std::nullopt);
    }

    void doubles_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<std::optional<double>>("expected");
        QTest::newRow("integer") << QStringLiteral("42") << std::optional<double>(42);
        QTest::newRow("float") << QStringLiteral("42.5") << std::optional<double>(42.5);
        QTest::newRow("string") << QStringLiteral("\"19.99\"") << std::optional<double>(19.99);
        QTest::newRow("exponent") << QStringLiteral("\"1e2\"") << std::optional<double>(100);
        QTest::newRow("words") << QStringLiteral("\"cheap\"") << std::optional<double>();
        QTest::newRow("inf text") << QStringLiteral("\"inf\"") << std::optional<double>();
        QTest::newRow("null") << QStringLiteral("null") << std::optional<double>();
    }

    void doubles()
    {
        QFETCH(QString, value);
        QFETCH(std::optional<double>, expected);
        QCOMPARE(jsonread::toDouble(json(value.toUtf8())), expected);
    }

    void booleans_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<std::optional<bool>>("expected");
        const std::optional<bool> yes(true), no(false), none;
        QTest::newRow("true") << QStringLiteral("true") << yes;
        QTest::newRow("false") << QStringLiteral("false") << no;
        QTest::newRow("1") << QStringLiteral("1") << yes;
        QTest::newRow("0") << QStringLiteral("0") << no;
        QTest::newRow("\"1\"") << QStringLiteral("\"1\"") << yes;
        QTest::newRow("\"0\"") << QStringLiteral("\"0\"") << no;
        QTest::newRow("\"true\"") << QStringLiteral("\"true\"") << yes;
        QTest::newRow("\"FALSE\"") << QStringLiteral("\"FALSE\"") << no;
        QTest::newRow("2") << QStringLiteral("2") << none;
        QTest::newRow("\"yes\"") << QStringLiteral("\"yes\"") << none;
        QTest::newRow("null") << QStringLiteral("null") << none;
    }

    void booleans()
    {
        QFETCH(QString, value);
        QFETCH(std::optional<bool>, expected);
        QCOMPARE(jsonread::toBool(json(value.toUtf8())), expected);
    }

    void strings()
    {
        QCOMPARE(jsonread::toString(json("\"abc\"")), QStringLiteral("abc"));
        QCOMPARE(jsonread::toString(json("null")), QString());
        QCOMPARE(jsonread::toString(json("12345678901")), QStringLiteral("12345678901"));
        QCOMPARE(jsonread::toString(json("2.5")), QStringLiteral("2.5"));
        QCOMPARE(jsonread::toString(json("true")), QString());
        QCOMPARE(jsonread::toString(json("[\"a\"]")), QString());
    }

    // ------------------------------------------------------------ quirks, hostile variants

    void numbersAsStrings()
    {
        const std::optional<Ambassador> a = Ambassador::fromJson(json(
            R"({"id_ambassador": "42", "active": "-1", "status": "7", "online": "1",
                "anonymized": 0, "customer_id": 1234})"));
        QVERIFY(a.has_value());
        QCOMPARE(a->id, 42);
        QCOMPARE(a->active, -1);
        QCOMPARE(a->status, 7);
        QCOMPARE(a->online, true);
        QCOMPARE(a->anonymized, false);
        QCOMPARE(a->customerId, QStringLiteral("1234"));

        const std::optional<Message> m =
            Message::fromJson(json(R"({"id_message": "16", "id_chatroom": "3", "type_message": "3",
                     "status_moderation": "1", "active": "0"})"));
        QVERIFY(m.has_value());
        QCOMPARE(m->id, 16);
        QCOMPARE(m->idChatroom, 3);
        QCOMPARE(m->typeMessage, 3);
        QCOMPARE(m->statusModeration, 1);
        QCOMPARE(m->active, false);
    }

    // Quirk 4: integer(float) fields come as 42, 42.0 or, defensively, "42.5".
    void pricesAreDoubles()
    {
        const std::optional<Product> p = Product::fromJson(
            json(R"({"id_product": 7, "price_catalog": 42, "reference_unit_price": 12.75,
                     "stock": "3", "price": "19.99", "discount_percentage": null,
                     "stock_available": 2.5})"));
        QVERIFY(p.has_value());
        QCOMPARE(p->priceCatalog, 42.0);
        QCOMPARE(p->referenceUnitPrice, 12.75);
        QCOMPARE(p->stock, 3.0);
        QCOMPARE(p->price, 19.99);
        QCOMPARE(p->discountPercentage, 0.0);
        QCOMPARE(p->stockAvailable, 2.5);
    }

    void source_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("expected");
        QTest::newRow("int") << QStringLiteral(R"("source": 2)") << 2;
        QTest::newRow("string") << QStringLiteral(R"("source": "2")") << 2;
        QTest::newRow("string 1") << QStringLiteral(R"("source": "1")") << 1;
        QTest::newRow("name") << QStringLiteral(R"("source": "waiting_list")") << 1;
        QTest::newRow("null") << QStringLiteral(R"("source": null)") << 0;
        QTest::newRow("missing") << QString() << 0;
    }

    void source()
    {
        QFETCH(QString, field);
        QFETCH(int, expected);
        const std::optional<Chatroom> room = Chatroom::fromJson(roomWith(field.toUtf8()));
        QVERIFY(room.has_value());
        QCOMPARE(room->source, expected);
    }

    void establishedDialogue_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<bool>("established");
        QTest::addColumn<QDateTime>("at");
        const QDateTime none;
        const QDateTime seedTime = utc(2023, 10, 6, 13, 41, 9, 123);
        QTest::newRow("true") << QStringLiteral(R"("established_dialogue": true)") << true << none;
        QTest::newRow("false") << QStringLiteral(R"("established_dialogue": false)") << false
                               << none;
        QTest::newRow("null") << QStringLiteral(R"("established_dialogue": null)") << false << none;
        QTest::newRow("missing") << QString() << false << none;
        QTest::newRow("empty string")
            << QStringLiteral(R"("established_dialogue": "")") << false << none;
        QTest::newRow("space, ms, no zone")
            << QStringLiteral(R"("established_dialogue": "2023-10-06 13:41:09.123")") << true
            << seedTime;
        QTest::newRow("laravel micros Z")
            << QStringLiteral(R"("established_dialogue": "2023-10-06T13:41:09.123000Z")") << true
            << seedTime;
        QTest::newRow("offset +02:00")
            << QStringLiteral(R"("established_dialogue": "2023-10-06T15:41:09.123+02:00")") << true
            << seedTime;
        QTest::newRow("unparsable text")
            << QStringLiteral(R"("established_dialogue": "yes indeed")") << true << none;
        QTest::newRow("string false")
            << QStringLiteral(R"("established_dialogue": "false")") << false << none;
        QTest::newRow("number 1") << QStringLiteral(R"("established_dialogue": 1)") << true << none;
    }

    void establishedDialogue()
    {
        QFETCH(QString, field);
        QFETCH(bool, established);
        QFETCH(QDateTime, at);
        const std::optional<Chatroom> room = Chatroom::fromJson(roomWith(field.toUtf8()));
        QVERIFY(room.has_value());
        QCOMPARE(room->established, established);
        QCOMPARE(room->establishedAt.isValid(), at.isValid());
        if (at.isValid()) {
            QCOMPARE(room->establishedAt.toMSecsSinceEpoch(), at.toMSecsSinceEpoch());
            QCOMPARE(room->establishedAt.timeSpec(), Qt::UTC);
        }
    }

    void patchResponse_data()
    {
        QTest::addColumn<QString>("body");
        QTest::addColumn<bool>("decodes");
        QTest::newRow("object") << QStringLiteral(R"({"id_chatroom": 8})") << true;
        QTest::newRow("array of one") << QStringLiteral(R"([{"id_chatroom": 8}])") << true;
        QTest::newRow("array, first broken")
            << QStringLiteral(R"([{"id_chatroom": null}, {"id_chatroom": 8}])") << true;
        QTest::newRow("empty array") << QStringLiteral("[]") << false;
        QTest::newRow("empty object") << QStringLiteral("{}") << false;
        QTest::newRow("array of garbage") << QStringLiteral(R"([1, "a", null])") << false;
        QTest::newRow("null") << QStringLiteral("null") << false;
        QTest::newRow("number") << QStringLiteral("8") << false;
        QTest::newRow("message body") << QStringLiteral(R"({"message": "ok"})") << false;
    }

    // Quirk 3: object, array of one, or [] (nullopt: the caller GETs the room again).
    void patchResponse()
    {
        QFETCH(QString, body);
        QFETCH(bool, decodes);
        const std::optional<Chatroom> room = Chatroom::fromPatchResponse(json(body.toUtf8()));
        QCOMPARE(room.has_value(), decodes);
        if (decodes)
            QCOMPARE(room->id, 8);
    }

    // Quirk 12: an array of rows; the member's row is the one with his id_ambassador.
    void pivotRowIsPickedByAmbassador()
    {
        const std::optional<Chatroom> room = Chatroom::fromJson(json(R"({"id_chatroom": 5,
            "ambassadors": [
              {"id_ambassador": 1, "chatroom_pivot_data": [
                 {"id_chatroom": 5, "id_ambassador": 2, "archived": true},
                 {"id_chatroom": 5, "id_ambassador": 1, "last_read_message": "77",
                  "is_blocked": 1, "flag": 2}]},
              {"id_ambassador": 2, "chatroom_pivot_data": [
                 {"id_chatroom": 5, "id_ambassador": 3, "archived": true}]}]})"));
        QVERIFY(room.has_value());
        QCOMPARE(room->ambassadors.size(), 2);
        const std::optional<ChatroomPivot> first = room->member(1)->pivot;
        QVERIFY(first.has_value());
        QCOMPARE(first->idAmbassador, 1);
        QCOMPARE(first->idChatroom, 5);
        QCOMPARE(first->lastReadMessage, 77);
        QCOMPARE(first->isBlocked, true);
        QCOMPARE(first->archived, false);
        QCOMPARE(first->flag, 2);
        // No row of his own: no pivot, rather than somebody else's.
        QVERIFY(!room->member(2)->pivot.has_value());
    }

    void pivotAsSingleObjectOrAbsent()
    {
        const std::optional<Chatroom> room = Chatroom::fromJson(json(R"({"id_chatroom": 5,
            "ambassadors": [
              {"id_ambassador": 1, "chatroom_pivot_data":
                 {"id_chatroom": 5, "id_ambassador": 1, "archived": true, "flag": null}},
              {"id_ambassador": 2},
              {"id_ambassador": 3, "chatroom_pivot_data": {"archived": "1"}},
              {"id_ambassador": 4, "chatroom_pivot_data": null}]})"));
        QVERIFY(room.has_value());
        QCOMPARE(room->ambassadors.size(), 4);
        QVERIFY(room->member(1)->pivot.has_value());
        QCOMPARE(room->member(1)->pivot->archived, true);
        QCOMPARE(room->member(1)->pivot->flag, std::nullopt);
        // Manager inbox items: no chatroom_pivot_data at all.
        QVERIFY(!room->member(2)->pivot.has_value());
        // A row without id_ambassador sits under its member: it is his.
        QVERIFY(room->member(3)->pivot.has_value());
        QCOMPARE(room->member(3)->pivot->idAmbassador, 3);
        QCOMPARE(room->member(3)->pivot->idChatroom, 5);
        QCOMPARE(room->member(3)->pivot->archived, true);
        QVERIFY(!room->member(4)->pivot.has_value());
    }

    void brokenMembersAreLeftOut()
    {
        const std::optional<Chatroom> room = Chatroom::fromJson(json(
            R"({"id_chatroom": 5, "ambassadors": [{"id_ambassador": 1}, {"firstname": "x"},
                null, 3, {"id_ambassador": "2"}]})"));
        QVERIFY(room.has_value());
        QCOMPARE(room->ambassadors.size(), 2);
        QCOMPARE(room->ambassadors.at(1).ambassador->id, 2);
    }

    // Quirk 16: members is ONE object in the docs; arrays are accepted too.
    void brandTagMembers_data()
    {
        QTest::addColumn<QString>("members");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::newRow("object") << QStringLiteral(R"({"id_ambassador": 9, "firstname": "A"})")
                                << QList<qint64>{9};
        QTest::newRow("array") << QStringLiteral(
                                      R"([{"id_ambassador": 9}, {"id_ambassador": "10"}])")
                               << QList<qint64>{9, 10};
        QTest::newRow("array with a broken one")
            << QStringLiteral(R"([{"id_ambassador": 9}, {}, 4])") << QList<qint64>{9};
        QTest::newRow("empty array") << QStringLiteral("[]") << QList<qint64>{};
        QTest::newRow("null") << QStringLiteral("null") << QList<qint64>{};
        QTest::newRow("empty object") << QStringLiteral("{}") << QList<qint64>{};
    }

    void brandTagMembers()
    {
        QFETCH(QString, members);
        QFETCH(QList<qint64>, ids);
        const QByteArray body = QByteArray(R"({"id_brand_tag": 7, "visibility_chat": 0,
            "name": "VIP", "names": [{"id_i18n_content": 1, "lang": "fr_FR",
            "content": "Clients VIP"}], "members": )") +
                                members.toUtf8() + '}';
        const std::optional<BrandTag> tag = BrandTag::fromJson(json(body));
        QVERIFY(tag.has_value());
        QCOMPARE(tag->id, 7);
        QCOMPARE(tag->visibilityChat, 0);
        QList<qint64> decoded;
        for (const Ambassador &a : tag->members)
            decoded.append(a.id);
        QCOMPARE(decoded, ids);
        QCOMPARE(tag->displayName(QStringLiteral("fr_FR")), QStringLiteral("Clients VIP"));
        QCOMPARE(tag->displayName(QStringLiteral("de_DE")), QStringLiteral("VIP"));
        QVERIFY(tag->toJson().value(u"members").isArray());
    }

    // Quirk 7: 6- and 9-digit fractions, Z and offsets; zone-less is UTC, not local time
    // (the suite runs in America/New_York).
    void timestampShapes_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        QTest::newRow("6 digits Z")
            << QStringLiteral("2023-10-09T12:12:40.220000Z") << utc(2023, 10, 9, 12, 12, 40, 220);
        // Rounded to the millisecond as Qt rounds (half up), not cut.
        QTest::newRow("9 digits Z") << QStringLiteral("2023-10-09T12:12:40.220999999Z")
                                    << utc(2023, 10, 9, 12, 12, 40, 221);
        QTest::newRow("+00:00") << QStringLiteral("2024-05-04T09:42:00+00:00")
                                << utc(2024, 5, 4, 9, 42, 0);
        QTest::newRow("+02:00") << QStringLiteral("2024-05-04T11:42:00.5+02:00")
                                << utc(2024, 5, 4, 9, 42, 0, 500);
        QTest::newRow("zone-less")
            << QStringLiteral("2023-10-06 13:41:09.123") << utc(2023, 10, 6, 13, 41, 9, 123);
    }

    void timestampShapes()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<Message> m = Message::fromJson(
            QJsonObject{{QStringLiteral("id_message"), 1}, {QStringLiteral("date_insert"), text}});
        QVERIFY(m.has_value());
        QCOMPARE(m->dateInsert.toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(m->dateInsert.timeSpec(), Qt::UTC);
        const QJsonObject out = m->toJson();
        QCOMPARE(out.value(u"date_insert").toString(),
                 QString(expected.toString(u"yyyy-MM-ddTHH:mm:ss.zzz") + u'Z'));
    }

    void unparsableTimestampsAreInvalid()
    {
        const std::optional<Ambassador> a =
            Ambassador::fromJson(json(R"({"id_ambassador": 1, "last_action_date": "yesterday"})"));
        QVERIFY(a.has_value());
        QVERIFY(!a->lastActionDate.isValid());
        QVERIFY(a->toJson().value(u"last_action_date").isNull());
        // Past the four-digit years once the offset is applied: not a date the API means.
        const std::optional<Ambassador> b = Ambassador::fromJson(
            json(R"({"id_ambassador": 1, "last_action_date": "9999-12-31T23:00:00-05:00"})"));
        QVERIFY(!b->lastActionDate.isValid());
    }

    void nullsAndMissingFieldsAreDefaulted()
    {
        const std::optional<Message> m = Message::fromJson(
            json(R"({"id_message": 3, "author": {"id_ambassador": 2, "firstname": null,
                     "lastname": null, "username": "bob", "email": null, "online": null},
                     "content": null, "type_message": null, "rating": null, "products": null})"));
        QVERIFY(m.has_value());
        QCOMPARE(m->author->firstname, QString());
        QCOMPARE(m->author->email, QString());
        QCOMPARE(m->author->online, false);
        QCOMPARE(m->author->displayName(), QStringLiteral("bob"));
        QCOMPARE(m->content, QString());
        QCOMPARE(m->typeMessage, 0);
        QVERIFY(!m->dateInsert.isValid());
        QVERIFY(!m->rating.has_value());
        QVERIFY(m->products.isEmpty());
        QCOMPARE(m->active, true);

        const std::optional<Chatroom> room = Chatroom::fromJson(json(R"({"id_chatroom": 9})"));
        QVERIFY(room.has_value());
        QVERIFY(room->ambassadors.isEmpty());
        QVERIFY(!room->dateInsert.isValid());
        QCOMPARE(room->established, false);
        QVERIFY(!room->lastRating.has_value());
        QVERIFY(!room->lastSummary.has_value());
        QVERIFY(!room->lastMessage.has_value());

        const std::optional<Message> orphan =
            Message::fromJson(json(R"({"id_message": 4, "author": null})"));
        QCOMPARE(orphan->author->id, 0);
        QCOMPARE(Ambassador{}.displayName(), QStringLiteral("#0"));
    }

    void unknownFieldsAreIgnored()
    {
        const std::optional<Chatroom> room = Chatroom::fromJson(json(
            R"({"id_chatroom": 5, "brand_new_field": {"deep": [1, 2]}, "source": 1,
                "ambassadors": [{"id_ambassador": 1, "shoe_size": 44,
                                 "chatroom_pivot_data": [{"id_ambassador": 1, "muted": true}]}],
                "last_rating": {"value": 4, "comment": null, "emoji": "x"}})"));
        QVERIFY(room.has_value());
        QCOMPARE(room->source, 1);
        QCOMPARE(room->ambassadors.size(), 1);
        QVERIFY(room->ambassadors.at(0).pivot.has_value());
        QCOMPARE(room->lastRating->value, 4);
        QCOMPARE(room->lastRating->comment, QString());
    }

    // Members no decoder reads change nothing, wherever their names sort among the real ones
    // (first, between, last; near misses; other cases; non-ASCII), at every depth; and a
    // real name written with escapes is still that name.
    void extraMembersChangeNothing()
    {
        const QStringList extras = {
            QString(),
            QStringLiteral("a"),
            QStringLiteral("active_"),
            QStringLiteral("id_chatroo"),
            QStringLiteral("id_chatroomx"),
            QStringLiteral("ID_MESSAGE"),
            QStringLiteral("last_action_dat"),
            QStringLiteral("summary "),
            QStringLiteral("\u00efd_chatroom"),
            QStringLiteral("\u00e9moji"),
            QStringLiteral("zzz"),
        };
        const std::function<QJsonValue(const QJsonValue &)> withExtras =
            [&](const QJsonValue &value) -> QJsonValue {
            if (value.isArray()) {
                QJsonArray array;
                for (const QJsonValue &item : value.toArray())
                    array.append(withExtras(item));
                return array;
            }
            if (!value.isObject())
                return value;
            QJsonObject object;
            for (const QString &extra : extras)
                object.insert(extra, QStringLiteral("2023-10-09T12:12:40Z"));
            const QJsonObject original = value.toObject();
            for (auto it = original.begin(); it != original.end(); ++it)
                object.insert(it.key(), withExtras(it.value()));
            return object;
        };
        for (const char *name :
             {"chatroom_seed", "chatroom_array_seed", "message_seed", "message_with_products_seed",
              "message_with_rating_seed", "ambassador_seed", "product_seed"}) {
            const QJsonValue plain = fixture(name);
            const QJsonValue extra = withExtras(plain);
            QVERIFY(plain != extra);
            QCOMPARE(Chatroom::fromPatchResponse(extra), Chatroom::fromPatchResponse(plain));
            QCOMPARE(Message::fromJson(extra), Message::fromJson(plain));
            QCOMPARE(Ambassador::fromJson(extra), Ambassador::fromJson(plain));
            QCOMPARE(Product::fromJson(extra), Product::fromJson(plain));
        }
        for (const char *name : {"page_of_chatrooms", "page_of_messages"}) {
            const QJsonValue plain = fixture(name);
            const QJsonValue extra = withExtras(plain);
            QCOMPARE(decodePage<Chatroom>(extra)->items, decodePage<Chatroom>(plain)->items);
            QCOMPARE(decodePage<Message>(extra)->items, decodePage<Message>(plain)->items);
        }
        const std::optional<Chatroom> escaped = Chatroom::fromJson(
            json(R"({"\u0069d_chatroom": 5, "sourc\u0065": 2, "ambassadors": [{"id_ambassador": 3,
                    "firstn\u0061me": "Ana"}]})"));
        QVERIFY(escaped.has_value());
        QCOMPARE(escaped->id, 5);
        QCOMPARE(escaped->source, 2);
        QCOMPARE(escaped->ambassadors.at(0).ambassador->firstname, QStringLiteral("Ana"));
    }

    void requiredIdMakesTheItemUndecodable_data()
    {
        QTest::addColumn<QString>("id");
        QTest::newRow("missing") << QString();
        QTest::newRow("null") << QStringLiteral("null");
        QTest::newRow("zero") << QStringLiteral("0");
        QTest::newRow("negative") << QStringLiteral("-4");
        QTest::newRow("fraction") << QStringLiteral("4.5");
        QTest::newRow("words") << QStringLiteral("\"four\"");
        QTest::newRow("bool") << QStringLiteral("true");
        QTest::newRow("object") << QStringLiteral("{\"id\": 4}");
    }

    void requiredIdMakesTheItemUndecodable()
    {
        QFETCH(QString, id);
        const auto body = [&](const char *key) {
            QByteArray text = "{\"other\": 1";
            if (!id.isNull())
                text.append(", \"").append(key).append("\": ").append(id.toUtf8());
            text.append('}');
            return json(text);
        };
        QVERIFY(!Ambassador::fromJson(body("id_ambassador")));
        QVERIFY(!Chatroom::fromJson(body("id_chatroom")));
        QVERIFY(!Message::fromJson(body("id_message")));
        QVERIFY(!Rating::fromJson(body("id_rating")));
        QVERIFY(!Product::fromJson(body("id_product")));
        QVERIFY(!BrandTag::fromJson(body("id_brand_tag")));
        QVERIFY(!ChatTopic::fromJson(body("id_chat_topic")));
        QVERIFY(!BrandInfo::fromJson(body("id_brand")));
    }

    void messageKindFollowsThePayload_data()
    {
        QTest::addColumn<QString>("extra");
        QTest::addColumn<int>("typeMessage");
        QTest::addColumn<MessageType>("kind");
        QTest::newRow("text") << QStringLiteral(R"("type_message": 0)") << 0 << MessageType::Text;
        QTest::newRow("video") << QStringLiteral(R"("type_message": "7")") << 7
                               << MessageType::Video;
        QTest::newRow("type 2 with products")
            << QStringLiteral(R"("type_message": 2, "products": [{"id_product": 1}])") << 2
            << MessageType::Product;
        QTest::newRow("type 0 with a rating")
            << QStringLiteral(R"("type_message": 0, "rating": {"id_rating": 3})") << 0
            << MessageType::Rating;
        QTest::newRow("type 3, products unreadable")
            << QStringLiteral(R"("type_message": 3, "products": [{"name": "?"}])") << 3
            << MessageType::Product;
        QTest::newRow("unknown type kept")
            << QStringLiteral(R"("type_message": 42)") << 42 << MessageType::Text;
    }

    void messageKindFollowsThePayload()
    {
        QFETCH(QString, extra);
        QFETCH(int, typeMessage);
        QFETCH(MessageType, kind);
        const QByteArray body = QByteArray(R"({"id_message": 1, )") + extra.toUtf8() + '}';
        const std::optional<Message> m = Message::fromJson(json(body));
        QVERIFY(m.has_value());
        QCOMPARE(m->typeMessage, typeMessage);
        QCOMPARE(m->kind(), kind);
    }

    // ------------------------------------------------------------ pages

    // A page repeats its people; each distinct object is decoded once and shared, and what a
    // row shows is still what was sent for it.
    void pageSharesItsRepeatedPeople()
    {
        const std::optional<Page<Message>> messages = decodePage<Message>(json(R"({"data": [
            {"id_message": 1, "author": {"id_ambassador": 7, "firstname": "Ana", "online": 1}},
            {"id_message": 2, "author": {"id_ambassador": 7, "firstname": "Ana", "online": 1}},
            {"id_message": 3, "author": {"id_ambassador": 7, "firstname": "Anna", "online": 1}},
            {"id_message": 4, "author": {"id_ambassador": 8, "firstname": "Ana", "online": 1}},
            {"id_message": 5, "author": {"id_ambassador": 7, "firstname": "Anna", "online": 1}},
            {"id_message": 6, "author": {"id_message": 7}}]})"));
        QVERIFY(messages.has_value());
        const QList<Message> &m = messages->items;
        QCOMPARE(m.size(), 6);
        QVERIFY(m[0].author.sharesWith(m[1].author));
        QCOMPARE(m[2].author->firstname, QStringLiteral("Anna"));
        QVERIFY(!m[2].author.sharesWith(m[0].author));
        QCOMPARE(m[1].author->firstname, QStringLiteral("Ana"));
        QCOMPARE(m[3].author->id, 8);
        QVERIFY(m[4].author.sharesWith(m[2].author));
        QCOMPARE(m[5].author->id, 0);    // no ambassador: nobody, not the last one seen
        for (const Message &message : m) // as decoded one by one
            QCOMPARE(message, *Message::fromJson(message.toJson()));

        // A room's embedded messages share their authors too.
        const std::optional<Chatroom> room = Chatroom::fromJson(json(R"({"id_chatroom": 5,
            "messages": [
              {"id_message": 1, "author": {"id_ambassador": 7, "firstname": "Ana"}},
              {"id_message": 2, "author": {"id_ambassador": 7, "firstname": "Ana"}}]})"));
        QVERIFY(room.has_value());
        QCOMPARE(room->messages.size(), 2);
        QVERIFY(room->messages[0].author.sharesWith(room->messages[1].author));
        QCOMPARE(room->messages[1].author->firstname, QStringLiteral("Ana"));
    }

    // The URL's slashes are escaped the way PHP's json_encode writes them (also: moc reads
    // "//" inside a raw string as a comment).
    void pageSkipsAndCountsABrokenItem()
    {
        const std::optional<Page<Message>> page = decodePage<Message>(
            json(R"({"current_page": 2, "last_page": 3, "per_page": 3, "total": 9,
                     "next_page_url": "https:\/\/demo.popsell.test\/api\/v2\/x?page=3",
                     "links": [{"url": null, "label": "&laquo; Previous", "active": false}],
                     "data": [{"id_message": 1}, {"id_message": "oops"}, {"id_message": 3}]})"));
        QVERIFY(page.has_value());
        QCOMPARE(page->items.size(), 2);
        QCOMPARE(page->items.at(1).id, 3);
        QCOMPARE(page->skipped, 1);
        QCOMPARE(page->currentPage, 2);
        QCOMPARE(page->lastPage, 3);
        QCOMPARE(page->perPage, 3);
        QCOMPARE(page->total, 9);
        QVERIFY(page->hasMore());
        QCOMPARE(page->nextPageUrl,
                 QUrl(QStringLiteral("https://demo.popsell.test/api/v2/x?page=3")));
    }

    // Hand-made pages around the seeds (tests/fixtures/api/README.md): a manager inbox item
    // without pivot rows, a broken item, a string-typed envelope, a null next_page_url.
    void pageFixtures()
    {
        const std::optional<Page<Chatroom>> rooms =
            decodePage<Chatroom>(fixture("page_of_chatrooms"));
        QVERIFY(rooms.has_value());
        QCOMPARE(rooms->items.size(), 2);
        QCOMPARE(rooms->skipped, 1);
        QCOMPARE(rooms->lastPage, 2);
        QCOMPARE(rooms->total, 6);
        QVERIFY(rooms->hasMore());
        verifySeedChatroom(rooms->items.at(0));
        const Chatroom &inboxItem = rooms->items.at(1);
        QCOMPARE(inboxItem.id, 9);
        QCOMPARE(inboxItem.source, int(Chatroom::WaitingList));
        QCOMPARE(inboxItem.established, true);
        QVERIFY(!inboxItem.establishedAt.isValid());
        QCOMPARE(inboxItem.lastMessageDate, utc(2024, 5, 4, 9, 42, 0));
        QVERIFY(!inboxItem.member(42)->pivot.has_value());

        const std::optional<Page<Message>> messages =
            decodePage<Message>(fixture("page_of_messages"));
        QVERIFY(messages.has_value());
        QCOMPARE(messages->skipped, 0);
        QCOMPARE(messages->currentPage, 2);
        QCOMPARE(messages->perPage, 3);
        QCOMPARE(messages->total, 6);
        QVERIFY(!messages->hasMore());
        QList<MessageType> kinds;
        for (const Message &m : messages->items)
            kinds.append(m.kind());
        QCOMPARE(kinds, (QList<MessageType>{MessageType::Rating, MessageType::Product,
                                            MessageType::Rating}));
    }

    // Quirk 13: next_page_url null on the last page; links missing from some lists.
    void lastPageWithoutLinks_data()
    {
        QTest::addColumn<QString>("next");
        QTest::newRow("null") << QStringLiteral(R"(, "next_page_url": null)");
        QTest::newRow("missing") << QString();
        QTest::newRow("empty") << QStringLiteral(R"(, "next_page_url": "")");
    }

    void lastPageWithoutLinks()
    {
        QFETCH(QString, next);
        const QByteArray body =
            QByteArray(R"({"current_page": "1", "last_page": "1", "per_page": "15",
                          "total": "1", "data": [{"id_chatroom": 4}])") +
            next.toUtf8() + '}';
        const std::optional<Page<Chatroom>> page = decodePage<Chatroom>(json(body));
        QVERIFY(page.has_value());
        QCOMPARE(page->items.size(), 1);
        QCOMPARE(page->skipped, 0);
        QCOMPARE(page->perPage, 15);
        QCOMPARE(page->total, 1);
        QVERIFY(!page->hasMore());
    }

    void thinEnvelopeStillReadsAsAPage()
    {
        const std::optional<Page<Product>> page =
            decodePage<Product>(json(R"({"data": [{"id_product": 1}, {"id_product": 2}]})"));
        QVERIFY(page.has_value());
        QCOMPARE(page->currentPage, 1);
        QCOMPARE(page->lastPage, 1);
        QCOMPARE(page->total, 2);
        QVERIFY(!page->hasMore());
    }

    void notAPage_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("no data") << QStringLiteral(R"({"current_page": 1})");
        QTest::newRow("data object") << QStringLiteral(R"({"data": {"id_chatroom": 1}})");
        QTest::newRow("data null") << QStringLiteral(R"({"data": null})");
        QTest::newRow("array") << QStringLiteral(R"([{"id_chatroom": 1}])");
        QTest::newRow("number") << QStringLiteral("12");
        QTest::newRow("string") << QStringLiteral("\"page\"");
        QTest::newRow("null") << QStringLiteral("null");
    }

    void notAPage()
    {
        QFETCH(QString, body);
        QVERIFY(!decodePage<Chatroom>(json(body.toUtf8())));
    }

    void garbageNeverCrashes_data()
    {
        QTest::addColumn<QString>("body");
        QTest::newRow("number") << QStringLiteral("42");
        QTest::newRow("string") << QStringLiteral("\"chatroom\"");
        QTest::newRow("null") << QStringLiteral("null");
        QTest::newRow("bool") << QStringLiteral("true");
        QTest::newRow("empty array") << QStringLiteral("[]");
        QTest::newRow("array of numbers") << QStringLiteral("[1, 2, 3]");
        QTest::newRow("empty object") << QStringLiteral("{}");
    }

    void garbageNeverCrashes()
    {
        QFETCH(QString, body);
        const QJsonValue v = json(body.toUtf8());
        QVERIFY(!Ambassador::fromJson(v));
        QVERIFY(!Chatroom::fromJson(v));
        QVERIFY(!Chatroom::fromPatchResponse(v));
        QVERIFY(!Message::fromJson(v));
        QVERIFY(!Rating::fromJson(v));
        QVERIFY(!Product::fromJson(v));
        QVERIFY(!BrandTag::fromJson(v));
        QVERIFY(!ChatTopic::fromJson(v));
        QVERIFY(!BrandInfo::fromJson(v));
        QVERIFY(!decodePage<Message>(v));
        // The wrong kinds of values inside a good item cost only those fields.
        QJsonObject room{{QStringLiteral("id_chatroom"), 1}};
        for (const char *key :
             {"ambassadors", "date_insert", "source", "established_dialogue", "last_rating",
              "last_summary", "last_message", "messages", "type_chatroom", "id_brand_tag"})
            room.insert(QString::fromLatin1(key), v);
        QVERIFY(Chatroom::fromJson(room).has_value());
    }

    // ------------------------------------------------------------ the sandbox's answers

    void sandboxManagerInbox()
    {
        const HttpResult r = m_sandbox.get(QStringLiteral("/manager/chatrooms?per_page=25"));
        QCOMPARE(r.status, 200);
        const std::optional<Page<Chatroom>> page = decodePage<Chatroom>(documentValue(r.json()));
        QVERIFY(page.has_value());
        QCOMPARE(page->skipped, 0);
        QCOMPARE(page->items.size(), r.data().size());
        QCOMPARE(page->perPage, 25);
        QCOMPARE(page->total, r.object().value(u"total").toInteger());
        QCOMPARE(page->hasMore(), !r.object().value(u"next_page_url").isNull());
        for (const Chatroom &room : page->items) {
            QVERIFY(room.dateInsert.isValid());
            QVERIFY(!room.ambassadors.isEmpty());
            for (const ChatroomMember &member : room.ambassadors)
                QVERIFY(!member.pivot.has_value()); // quirk 12: absent in this list
        }
    }

    void sandboxChatroomAndItsMessages()
    {
        const HttpResult r = m_sandbox.get(QStringLiteral("/chat/chatrooms/1"));
        QCOMPARE(r.status, 200);
        const std::optional<Chatroom> room = Chatroom::fromJson(documentValue(r.json()));
        QVERIFY(room.has_value());
        QCOMPARE(room->id, 1);
        QVERIFY(room->member(1) && room->member(2));
        QVERIFY(room->member(1)->pivot.has_value());
        QCOMPARE(room->member(1)->pivot->idAmbassador, 1);
        QCOMPARE(room->member(2)->pivot->idChatroom, 1);
        QCOMPARE(room->source, r.object().value(u"source").toInt());

        const HttpResult list = m_sandbox.get(QStringLiteral("/chat/chatrooms/1/messages"));
        QCOMPARE(list.status, 200);
        const std::optional<Page<Message>> page = decodePage<Message>(documentValue(list.json()));
        QVERIFY(page.has_value());
        QCOMPARE(page->skipped, 0);
        QVERIFY(!page->items.isEmpty());
        for (const Message &m : page->items) {
            QCOMPARE(m.idChatroom, 1);
            QVERIFY(m.author->id > 0);
            QVERIFY(m.dateInsert.isValid());
        }
    }

    void sandboxPatchAnswer()
    {
        const HttpResult r = m_sandbox.patch(
            QStringLiteral("/chat/chatrooms/1"),
            {{QStringLiteral("established_dialogue"), QStringLiteral("2023-10-06 13:41:09.123")}});
        QCOMPARE(r.status, 200);
        const std::optional<Chatroom> room = Chatroom::fromPatchResponse(documentValue(r.json()));
        QVERIFY(room.has_value());
        QCOMPARE(room->id, 1);
        QCOMPARE(room->established, true);
        QCOMPARE(room->establishedAt, utc(2023, 10, 6, 13, 41, 9, 123));
    }

    void sandboxLookups()
    {
        const HttpResult tags = m_sandbox.get(QStringLiteral("/manager/brand-tags"));
        const std::optional<Page<BrandTag>> tagPage =
            decodePage<BrandTag>(documentValue(tags.json()));
        QVERIFY(tagPage.has_value());
        QCOMPARE(tagPage->skipped, 0);
        QVERIFY(!tagPage->items.isEmpty());
        QVERIFY(std::any_of(tagPage->items.cbegin(), tagPage->items.cend(),
                            [](const BrandTag &t) { return t.members.size() == 1; }));

        const HttpResult topics = m_sandbox.get(QStringLiteral("/manager/chat-topics"));
        const std::optional<Page<ChatTopic>> topicPage =
            decodePage<ChatTopic>(documentValue(topics.json()));
        QVERIFY(topicPage.has_value());
        QCOMPARE(topicPage->skipped, 0);
        QVERIFY(!topicPage->items.isEmpty());
        QVERIFY(topicPage->items.at(0).dateInsert.isValid());

        const HttpResult products = m_sandbox.get(QStringLiteral("/manager/products?per_page=50"));
        const std::optional<Page<Product>> productPage =
            decodePage<Product>(documentValue(products.json()));
        QVERIFY(productPage.has_value());
        QCOMPARE(productPage->skipped, 0);
        QCOMPARE(productPage->items.size(), 50);
        QVERIFY(productPage->hasMore());

        RequestOptions publicRoute;
        publicRoute.token = false;
        publicRoute.brandHeader = false;
        publicRoute.domainHeader = true;
        const HttpResult brand = m_sandbox.get(QStringLiteral("/brand"), publicRoute);
        QCOMPARE(brand.status, 200);
        const std::optional<BrandInfo> info = BrandInfo::fromJson(documentValue(brand.json()));
        QVERIFY(info.has_value());
        QCOMPARE(info->id, m_sandbox.brandId());
        QVERIFY(!info->timezone.isEmpty());
        QCOMPARE(info->availableContentLanguages.size(), 4);
    }
};

QTEST_GUILESS_MAIN(TestDomainDecoders)
#include "tst_domain_decoders.moc"
