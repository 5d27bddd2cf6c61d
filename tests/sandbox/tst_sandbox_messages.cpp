// Messages and ratings: GET/POST /chat/chatrooms/{chatroom}/messages, POST .../messages-product,
// GET/PATCH /chat/messages/{id}, POST /chat/chatrooms/{chatroom}/ratings, PATCH /chat/ratings/{id}.
// Guards shared by every route (401, X-Popsell-Brand 403) are covered by tst_sandbox_auth.
#include "support/sandboxchecks.h"
#include "support/sandboxfixture.h"

#include <QTest>
#include <QUrl>

using namespace popsell::testing;

namespace {

// Chatroom 1 is one-to-one between ambassadors 1 and 2 (demo data contract); ambassador 1
// is also the identity of the ambassador API key.
constexpr qint64 kRoom = 1;
constexpr qint64 kKeyAmbassador = 1;
constexpr qint64 kPartner = 2;
constexpr qint64 kProduct = 2;
constexpr qint64 kUnknownId = 999999;

QString messagesOf(qint64 room)
{
    return QStringLiteral("/chat/chatrooms/%1/messages").arg(room);
}

QString productMessagesOf(qint64 room)
{
    return QStringLiteral("/chat/chatrooms/%1/messages-product").arg(room);
}

QString ratingsOf(qint64 room)
{
    return QStringLiteral("/chat/chatrooms/%1/ratings").arg(room);
}

QString messagePath(qint64 id)
{
    return QStringLiteral("/chat/messages/%1").arg(id);
}

QString ratingPath(qint64 id)
{
    return QStringLiteral("/chat/ratings/%1").arg(id);
}

QString encoded(const QString &value)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(value));
}

qint64 idOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("id_message")).toInteger();
}

qint64 authorOf(const QJsonObject &message)
{
    return message.value(QStringLiteral("author"))
        .toObject()
        .value(QStringLiteral("id_ambassador"))
        .toInteger();
}

// ProductSeed of the reference, images included.
QString productMismatch(const QJsonObject &product)
{
    const QList<JsonKind> number{JsonKind::Number};
    const QList<JsonKind> optionalText{JsonKind::String, JsonKind::Null};
    QString mismatch = shapeMismatch(product, {{QStringLiteral("id_product"), {JsonKind::Integer}},
                                               {QStringLiteral("name"), optionalText},
                                               {QStringLiteral("type"), optionalText},
                                               {QStringLiteral("discount_percentage"), number},
                                               {QStringLiteral("price_catalog"), number},
                                               {QStringLiteral("reference_unit_price"), number},
                                               {QStringLiteral("sku"), optionalText},
                                               {QStringLiteral("youtube_id"), optionalText},
                                               {QStringLiteral("url"), optionalText},
                                               {QStringLiteral("description"), optionalText},
                                               {QStringLiteral("images"), {JsonKind::Array}},
                                               {QStringLiteral("price"), number},
                                               {QStringLiteral("stock"), number},
                                               {QStringLiteral("stock_available"), number},
                                               {QStringLiteral("old_image"), optionalText}});
    if (!mismatch.isEmpty())
        return u"product: " + mismatch;
    const QStringList langs{QStringLiteral("en_GB"), QStringLiteral("fr_FR"),
                            QStringLiteral("es_ES"), QStringLiteral("de_DE")};
    for (const QJsonValue &image : product.value(QStringLiteral("images")).toArray()) {
        mismatch = shapeMismatch(image.toObject(),
                                 {{QStringLiteral("id_i18n_content"), {JsonKind::Integer}},
                                  {QStringLiteral("lang"), {JsonKind::String}},
                                  {QStringLiteral("content"), {JsonKind::String}}});
        if (!mismatch.isEmpty())
            return u"product image: " + mismatch;
        if (!langs.contains(image.toObject().value(QStringLiteral("lang")).toString()))
            return QStringLiteral("product image: unknown lang");
    }
    return {};
}

// MessageWithRatingSeed.rating. A fresh rating has no value, content nor date_delete yet.
QString ratingMismatch(const QJsonObject &rating)
{
    const QList<JsonKind> optionalInteger{JsonKind::Integer, JsonKind::Null};
    const QString mismatch =
        shapeMismatch(rating, {{QStringLiteral("id_rating"), {JsonKind::Integer}},
                               {QStringLiteral("date_insert"), {JsonKind::String}},
                               {QStringLiteral("date_update"), {JsonKind::String}},
                               {QStringLiteral("date_delete"), {JsonKind::String, JsonKind::Null}},
                               {QStringLiteral("value"), optionalInteger},
                               {QStringLiteral("content"), {JsonKind::String, JsonKind::Null}},
                               {QStringLiteral("id_user_rater"), optionalInteger},
                               {QStringLiteral("id_user_rated"), optionalInteger}});
    if (!mismatch.isEmpty())
        return u"rating: " + mismatch;
    if (!isLaravelDate(rating.value(QStringLiteral("date_insert"))) ||
        !isLaravelDate(rating.value(QStringLiteral("date_update")))) {
        return QStringLiteral("rating: dates not in the 6-digit fraction shape");
    }
    return {};
}

} // namespace

class TestSandboxMessages : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    QString m_ambassadorToken;
    qint64 m_foreignRoom = 0;   // a chatroom the ambassador key is not a member of
    qint64 m_foreignMember = 0; // someone who spoke in it

    RequestOptions asAmbassador() const
    {
        RequestOptions o;
        o.tokenOverride = m_ambassadorToken;
        return o;
    }

    HttpResult postText(qint64 room, qint64 author, const QString &content,
                        const RequestOptions &options = {})
    {
        return m_sandbox.post(messagesOf(room),
                              {{QStringLiteral("id_ambassador"), author},
                               {QStringLiteral("type_message"), 0},
                               {QStringLiteral("content"), content}},
                              options);
    }

    // The rating message created in chatroom 1.
    QJsonObject rateRoom(qint64 rater, qint64 rated)
    {
        const HttpResult r =
            m_sandbox.post(ratingsOf(kRoom), {{QStringLiteral("id_user_rater"), rater},
                                              {QStringLiteral("id_user_rated"), rated}});
        if (r.status != 201)
            qWarning() << "rating not created:" << r.status << r.body;
        return r.object();
    }

    static qint64 ratingIdOf(const QJsonObject &message)
    {
        return message.value(QStringLiteral("rating"))
            .toObject()
            .value(QStringLiteral("id_rating"))
            .toInteger();
    }

    QJsonArray allMessagesOf(qint64 room, const QString &query = QString())
    {
        const PageWalk walk = walkPages(m_sandbox, messagesOf(room) + u"?per_page=500" + query);
        if (!walk.error.isEmpty())
            qWarning() << walk.error;
        return walk.items;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        m_ambassadorToken = m_sandbox.login(m_sandbox.config().ambassadorApiKey);
        QVERIFY(!m_ambassadorToken.isEmpty());
        for (qint64 room = 2; room <= m_sandbox.config().rooms && m_foreignRoom == 0; ++room) {
            if (m_sandbox.get(messagesOf(room) + u"?per_page=1", asAmbassador()).status == 403)
                m_foreignRoom = room;
        }
        QVERIFY2(m_foreignRoom != 0, "every chatroom has the key's ambassador as a member");
        const QJsonArray foreign = allMessagesOf(m_foreignRoom);
        QVERIFY(!foreign.isEmpty());
        m_foreignMember = authorOf(foreign.first().toObject());
    }

    // ------------------------------------------------------------ GET .../messages

    void listIsNewestFirstByDefault()
    {
        const HttpResult r = m_sandbox.get(messagesOf(kRoom));
        QCOMPARE(r.status, 200);
        const QJsonObject envelope = r.object();
        QCOMPARE(envelope.value(QStringLiteral("per_page")).toInteger(), 15);
        QVERIFY(envelope.value(QStringLiteral("total")).toInteger() >= 10);
        const QJsonArray data = r.data();
        QVERIFY(data.size() >= 10);
        QString previous;
        for (const QJsonValue &item : data) {
            const QJsonObject message = item.toObject();
            const QString mismatch = messageMismatch(message);
            QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
            QCOMPARE(message.value(QStringLiteral("id_chatroom")).toInteger(), kRoom);
            const QString date = message.value(QStringLiteral("date_insert")).toString();
            // Same shape everywhere, so the strings order like the instants.
            QVERIFY2(previous.isEmpty() || date <= previous,
                     qPrintable(date + u" after " + previous));
            previous = date;
        }
    }

    void listSorts_data()
    {
        QTest::addColumn<QString>("sort");
        QTest::addColumn<bool>("ascending");
        QTest::newRow("date_insert") << QStringLiteral("date_insert") << true;
        QTest::newRow("-date_insert") << QStringLiteral("-date_insert") << false;
    }

    void listSorts()
    {
        QFETCH(QString, sort);
        QFETCH(bool, ascending);
        const HttpResult r = m_sandbox.get(messagesOf(kRoom) + u"?per_page=500&sort=" + sort);
        QCOMPARE(r.status, 200);
        const QJsonArray data = r.data();
        QVERIFY(data.size() >= 10);
        for (qsizetype i = 1; i < data.size(); ++i) {
            const QString before =
                data.at(i - 1).toObject().value(QStringLiteral("date_insert")).toString();
            const QString after =
                data.at(i).toObject().value(QStringLiteral("date_insert")).toString();
            QVERIFY2(ascending ? before <= after : before >= after,
                     qPrintable(before + u' ' + after));
        }
    }

    void listRefusesAnUnknownSort()
    {
        const HttpResult r = m_sandbox.get(messagesOf(kRoom) + u"?sort=content");
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(QStringLiteral("date_insert")));
    }

    void paginationVisitsEveryMessageOnce_data()
    {
        QTest::addColumn<QString>("query");
        QTest::newRow("no filter") << QString();
        QTest::newRow("ascending") << QStringLiteral("&sort=date_insert");
        QTest::newRow("active only") << QStringLiteral("&filter%5Bactive%5D=true");
        QTest::newRow("text only") << QStringLiteral("&filter%5Btype_message%5D=0");
    }

    void paginationVisitsEveryMessageOnce()
    {
        QFETCH(QString, query);
        const PageWalk walk = walkPages(m_sandbox, messagesOf(kRoom) + u"?per_page=4" + query);
        QVERIFY2(walk.error.isEmpty(), qPrintable(walk.error));
        QVERIFY(walk.total > 0);
        QCOMPARE(walk.items.size(), walk.total);
        QVERIFY(!hasDuplicates(idsOf(walk.items, QStringLiteral("id_message"))));
        QCOMPARE(walk.pages, (walk.total + 3) / 4);
        for (const QString &next : walk.nextUrls) {
            QVERIFY2(next.contains(QStringLiteral("per_page=4")), qPrintable(next));
            const QString decoded = QUrl::fromPercentEncoding(next.toUtf8());
            QVERIFY2(decoded.contains(QUrl::fromPercentEncoding(query.mid(1).toUtf8())),
                     qPrintable(next));
        }
        // Every page kept the filters.
        for (const QJsonValue &item : walk.items) {
            const QJsonObject message = item.toObject();
            QCOMPARE(message.value(QStringLiteral("id_chatroom")).toInteger(), kRoom);
            if (query.contains(QStringLiteral("active")))
                QCOMPARE(message.value(QStringLiteral("active")).toBool(), true);
            if (query.contains(QStringLiteral("type_message")))
                QCOMPARE(message.value(QStringLiteral("type_message")).toInt(), 0);
        }
    }

    void sentBeforeIsStrict()
    {
        const QJsonArray all = allMessagesOf(kRoom);
        QVERIFY(all.size() >= 10);
        // The newest-first list: everything after index 2 is strictly older than item 2,
        // down to the microsecond of its date.
        const QString pivot = all.at(2).toObject().value(QStringLiteral("date_insert")).toString();
        qsizetype older = 0;
        for (const QJsonValue &item : all)
            older +=
                item.toObject().value(QStringLiteral("date_insert")).toString() < pivot ? 1 : 0;

        const HttpResult r = m_sandbox.get(
            messagesOf(kRoom) + u"?per_page=500&filter%5Bsent_before%5D=" + encoded(pivot));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("total")).toInteger(), older);
        for (const QJsonValue &item : r.data())
            QVERIFY(item.toObject().value(QStringLiteral("date_insert")).toString() < pivot);
        QVERIFY(
            !idsOf(r.data(), QStringLiteral("id_message")).contains(idOf(all.at(2).toObject())));

        // One microsecond later the pivot is included: the fraction is read in full, not
        // cut to milliseconds.
        QString later = pivot;
        const qint64 fraction = pivot.mid(20, 6).toLongLong();
        QVERIFY(fraction < 999999);
        later.replace(20, 6, QString::number(fraction + 1).rightJustified(6, u'0'));
        const HttpResult including = m_sandbox.get(
            messagesOf(kRoom) + u"?per_page=500&filter%5Bsent_before%5D=" + encoded(later));
        QCOMPARE(including.object().value(QStringLiteral("total")).toInteger(), older + 1);
    }

    void sentBeforeAcceptsTheDocumentedShapes_data()
    {
        QTest::addColumn<QString>("date");
        QTest::addColumn<bool>("everything");
        QTest::newRow("date only, past") << QStringLiteral("2000-01-01") << false;
        QTest::newRow("offset, future") << QStringLiteral("2999-01-01T00:00:00+00:00") << true;
        QTest::newRow("zone-less, future") << QStringLiteral("2999-01-01 10:00:00.123") << true;
    }

    void sentBeforeAcceptsTheDocumentedShapes()
    {
        QFETCH(QString, date);
        QFETCH(bool, everything);
        const qint64 total =
            m_sandbox.get(messagesOf(kRoom)).object().value(QStringLiteral("total")).toInteger();
        const HttpResult r =
            m_sandbox.get(messagesOf(kRoom) + u"?filter%5Bsent_before%5D=" + encoded(date));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("total")).toInteger(), everything ? total : 0);
    }

    void activeFilterSplitsTheRoom()
    {
        const qint64 total =
            m_sandbox.get(messagesOf(kRoom)).object().value(QStringLiteral("total")).toInteger();
        qint64 split = 0;
        for (const bool active : {true, false}) {
            const HttpResult r =
                m_sandbox.get(messagesOf(kRoom) + u"?per_page=500&filter%5Bactive%5D=" +
                              (active ? QStringLiteral("true") : QStringLiteral("false")));
            QCOMPARE(r.status, 200);
            for (const QJsonValue &item : r.data())
                QCOMPARE(item.toObject().value(QStringLiteral("active")).toBool(), active);
            split += r.object().value(QStringLiteral("total")).toInteger();
        }
        QCOMPARE(split, total);
    }

    void typeFilterPartitionsTheRoom()
    {
        for (const qint64 room : {kRoom, m_foreignRoom}) {
            const qint64 total =
                m_sandbox.get(messagesOf(room)).object().value(QStringLiteral("total")).toInteger();
            qint64 partition = 0;
            for (int type = 0; type <= 9; ++type) {
                const HttpResult r =
                    m_sandbox.get(messagesOf(room) + u"?per_page=500&filter%5Btype_message%5D=" +
                                  QString::number(type));
                QCOMPARE(r.status, 200);
                for (const QJsonValue &item : r.data()) {
                    const QJsonObject message = item.toObject();
                    QCOMPARE(message.value(QStringLiteral("type_message")).toInt(), type);
                    // Products and ratings come with their messages.
                    if (type == 3)
                        QVERIFY(message.value(QStringLiteral("products")).isArray());
                    if (type == 2)
                        QVERIFY(message.value(QStringLiteral("rating")).isObject());
                }
                partition += r.object().value(QStringLiteral("total")).toInteger();
            }
            QCOMPARE(partition, total);
        }
    }

    void badFiltersAre422_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("field");
        QTest::newRow("sent_before garbage") << QStringLiteral("filter%5Bsent_before%5D=yesterday")
                                             << QStringLiteral("filter.sent_before");
        QTest::newRow("active garbage")
            << QStringLiteral("filter%5Bactive%5D=maybe") << QStringLiteral("filter.active");
        QTest::newRow("type 10") << QStringLiteral("filter%5Btype_message%5D=10")
                                 << QStringLiteral("filter.type_message");
        QTest::newRow("type letter") << QStringLiteral("filter%5Btype_message%5D=text")
                                     << QStringLiteral("filter.type_message");
    }

    void badFiltersAre422()
    {
        QFETCH(QString, query);
        QFETCH(QString, field);
        const HttpResult r = m_sandbox.get(messagesOf(kRoom) + u'?' + query);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
    }

    void unknownFilterIs400()
    {
        const HttpResult r = m_sandbox.get(messagesOf(kRoom) + u"?filter%5Bid_author%5D=1");
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(QStringLiteral("id_author")), r.body.constData());
        QVERIFY2(r.message().contains(QStringLiteral("sent_before")), r.body.constData());
    }

    void listUnknownChatroomIs404()
    {
        const HttpResult r = m_sandbox.get(messagesOf(kUnknownId));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The chatroom does not exist"));
    }

    void listNeedsMembershipForAmbassadorKeys()
    {
        QCOMPARE(m_sandbox.get(messagesOf(kRoom), asAmbassador()).status, 200);
        QCOMPARE(m_sandbox.get(messagesOf(m_foreignRoom), asAmbassador()).status, 403);
    }

    void purgeDoesNotHideMessagesHere()
    {
        const qint64 before = m_sandbox.get(messagesOf(m_foreignRoom))
                                  .object()
                                  .value(QStringLiteral("total"))
                                  .toInteger();
        const HttpResult purge =
            m_sandbox.patch(QStringLiteral("/chat/chatrooms/%1/purge").arg(m_foreignRoom),
                            {{QStringLiteral("id_ambassador"), m_foreignMember}});
        QCOMPARE(purge.status, 200);
        const HttpResult after = m_sandbox.get(messagesOf(m_foreignRoom));
        QCOMPARE(after.object().value(QStringLiteral("total")).toInteger(), before);
    }

    // ------------------------------------------------------------ POST .../messages

    void postTextMessage()
    {
        const HttpResult r = postText(kRoom, kPartner, QStringLiteral("Bonjour, ça va ?"));
        QCOMPARE(r.status, 201);
        const QJsonObject message = r.object();
        const QString mismatch = messageMismatch(message);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(message.value(QStringLiteral("type_message")).toInt(), 0);
        QCOMPARE(message.value(QStringLiteral("content")).toString(),
                 QStringLiteral("Bonjour, ça va ?"));
        QCOMPARE(authorOf(message), kPartner);
        QCOMPARE(message.value(QStringLiteral("active")).toBool(), true);

        const QJsonObject newest = m_sandbox.get(messagesOf(kRoom)).data().first().toObject();
        QCOMPARE(idOf(newest), idOf(message));
        QCOMPARE(m_sandbox.get(messagePath(idOf(message))).object(), message);
    }

    void postEveryAllowedType_data()
    {
        QTest::addColumn<int>("type");
        for (int type : {0, 1, 3, 4, 5, 6, 7, 8, 9})
            QTest::newRow(qPrintable(QString::number(type))) << type;
    }

    void postEveryAllowedType()
    {
        QFETCH(int, type);
        const HttpResult r =
            m_sandbox.post(messagesOf(kRoom), {{QStringLiteral("id_ambassador"), kKeyAmbassador},
                                               {QStringLiteral("type_message"), type}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(QStringLiteral("type_message")).toInt(), type);
        QVERIFY(r.object().value(QStringLiteral("content")).isNull());
    }

    void postMessageValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::newRow("no author")
            << QByteArray(R"({"type_message": 0})") << QStringLiteral("id_ambassador")
            << QStringLiteral("The id ambassador field is required.");
        QTest::newRow("no type") << QByteArray(R"({"id_ambassador": 1})")
                                 << QStringLiteral("type_message")
                                 << QStringLiteral("The type message field is required.");
        QTest::newRow("rating type") << QByteArray(R"({"id_ambassador": 1, "type_message": 2})")
                                     << QStringLiteral("type_message")
                                     << QStringLiteral("The selected type message is invalid.");
        QTest::newRow("type 10") << QByteArray(R"({"id_ambassador": 1, "type_message": 10})")
                                 << QStringLiteral("type_message")
                                 << QStringLiteral("The selected type message is invalid.");
        QTest::newRow("type text") << QByteArray(R"({"id_ambassador": 1, "type_message": "text"})")
                                   << QStringLiteral("type_message") << QString();
        QTest::newRow("unknown author")
            << QByteArray(R"({"id_ambassador": 999999, "type_message": 0})")
            << QStringLiteral("id_ambassador")
            << QStringLiteral("The selected id ambassador is invalid.");
        QTest::newRow("author not a member")
            << QByteArray(R"({"id_ambassador": 3, "type_message": 0})")
            << QStringLiteral("id_ambassador") << QString();
        QTest::newRow("content not a string")
            << QByteArray(R"({"id_ambassador": 1, "type_message": 0, "content": 12})")
            << QStringLiteral("content") << QString();
        QTest::newRow("malformed JSON")
            << QByteArray(R"({"id_ambassador": )") << QStringLiteral("body") << QString();
    }

    void postMessageValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        QFETCH(QString, text);
        const qint64 before =
            m_sandbox.get(messagesOf(kRoom)).object().value(QStringLiteral("total")).toInteger();
        const HttpResult r = m_sandbox.send("POST", messagesOf(kRoom), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
        if (!text.isEmpty())
            QCOMPARE(r.fieldErrors().value(field).toArray().first().toString(), text);
        QCOMPARE(
            m_sandbox.get(messagesOf(kRoom)).object().value(QStringLiteral("total")).toInteger(),
            before);
    }

    void postMessageUnknownChatroomIs404()
    {
        const HttpResult r = postText(kUnknownId, kKeyAmbassador, QStringLiteral("hello"));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The chatroom does not exist"));
    }

    void ambassadorKeysPostOnlyAsThemselves()
    {
        QCOMPARE(postText(kRoom, kKeyAmbassador, QStringLiteral("mine"), asAmbassador()).status,
                 201);
        QCOMPARE(postText(kRoom, kPartner, QStringLiteral("not mine"), asAmbassador()).status, 403);
        QCOMPARE(
            postText(m_foreignRoom, kKeyAmbassador, QStringLiteral("not my room"), asAmbassador())
                .status,
            403);
    }

    // ------------------------------------------------------------ POST .../messages-product

    void productMessageMatchesTheSeed()
    {
        const HttpResult r = m_sandbox.post(productMessagesOf(kRoom),
                                            {{QStringLiteral("id_ambassador"), kKeyAmbassador},
                                             {QStringLiteral("id_product"), kProduct}});
        QCOMPARE(r.status, 201);
        const QJsonObject message = r.object();
        const QString mismatch = messageMismatch(message);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        // A product message is type 3, not the seed example's 2 (quirk 5).
        QCOMPARE(message.value(QStringLiteral("type_message")).toInt(), 3);
        QCOMPARE(message.value(QStringLiteral("status_moderation")).toInt(), 0);
        QCOMPARE(authorOf(message), kKeyAmbassador);

        const QJsonArray products = message.value(QStringLiteral("products")).toArray();
        QCOMPARE(products.size(), 1);
        const QJsonObject product = products.first().toObject();
        const QString productShape = productMismatch(product);
        QVERIFY2(productShape.isEmpty(), qPrintable(productShape));
        QCOMPARE(product.value(QStringLiteral("id_product")).toInteger(), kProduct);
        QVERIFY(!product.value(QStringLiteral("images")).toArray().isEmpty());
        QCOMPARE(message.value(QStringLiteral("content")), product.value(QStringLiteral("name")));
        // The full product, as the catalogue shows it.
        QCOMPARE(product,
                 m_sandbox.get(QStringLiteral("/manager/products/%1").arg(kProduct)).object());

        const QJsonObject newest = m_sandbox.get(messagesOf(kRoom)).data().first().toObject();
        QCOMPARE(newest, message);
        QCOMPARE(m_sandbox.get(messagePath(idOf(message))).object(), message);
    }

    void productMessageValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no author")
            << QByteArray(R"({"id_product": 2})") << QStringLiteral("id_ambassador");
        QTest::newRow("no product")
            << QByteArray(R"({"id_ambassador": 1})") << QStringLiteral("id_product");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("id_product");
        QTest::newRow("unknown product")
            << QByteArray(R"({"id_ambassador": 1, "id_product": 999999})")
            << QStringLiteral("id_product");
        QTest::newRow("product not an integer")
            << QByteArray(R"({"id_ambassador": 1, "id_product": "two"})")
            << QStringLiteral("id_product");
        QTest::newRow("unknown author")
            << QByteArray(R"({"id_ambassador": 999999, "id_product": 2})")
            << QStringLiteral("id_ambassador");
        QTest::newRow("author not a member")
            << QByteArray(R"({"id_ambassador": 3, "id_product": 2})")
            << QStringLiteral("id_ambassador");
        QTest::newRow("malformed JSON") << QByteArray("{") << QStringLiteral("body");
    }

    void productMessageValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResult r = m_sandbox.send("POST", productMessagesOf(kRoom), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
        QVERIFY(r.message().endsWith(u'!') || r.message().endsWith(QStringLiteral("error)")));
    }

    void productMessageErrors()
    {
        const QJsonObject body{{QStringLiteral("id_ambassador"), kKeyAmbassador},
                               {QStringLiteral("id_product"), kProduct}};
        HttpResult r = m_sandbox.post(productMessagesOf(kUnknownId), body);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The chatroom does not exist"));

        QCOMPARE(m_sandbox.post(productMessagesOf(kRoom), body, asAmbassador()).status, 201);
        QCOMPARE(m_sandbox.post(productMessagesOf(m_foreignRoom), body, asAmbassador()).status,
                 403);
        const QJsonObject asPartner{{QStringLiteral("id_ambassador"), kPartner},
                                    {QStringLiteral("id_product"), kProduct}};
        QCOMPARE(m_sandbox.post(productMessagesOf(kRoom), asPartner, asAmbassador()).status, 403);
    }

    // ------------------------------------------------------------ GET /chat/messages/{id}

    void getMessageAsListed()
    {
        const QJsonObject listed =
            m_sandbox.get(messagesOf(m_foreignRoom)).data().first().toObject();
        const HttpResult r = m_sandbox.get(messagePath(idOf(listed)));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), listed);
    }

    void getMessageErrors()
    {
        HttpResult r = m_sandbox.get(messagePath(kUnknownId));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The message does not exist"));

        const qint64 foreign =
            idOf(m_sandbox.get(messagesOf(m_foreignRoom)).data().first().toObject());
        QCOMPARE(m_sandbox.get(messagePath(foreign), asAmbassador()).status, 403);
        const qint64 own = idOf(m_sandbox.get(messagesOf(kRoom)).data().first().toObject());
        QCOMPARE(m_sandbox.get(messagePath(own), asAmbassador()).status, 200);
    }

    // ------------------------------------------------------------ PATCH /chat/messages/{id}

    void hidingAMessage()
    {
        const qint64 id =
            idOf(postText(kRoom, kPartner, QStringLiteral("something rude")).object());
        QVERIFY(id > 0);
        HttpResult r = m_sandbox.patch(messagePath(id), {{QStringLiteral("active"), false}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("active")), QJsonValue(false));
        QCOMPARE(r.object().value(QStringLiteral("content")).toString(),
                 QStringLiteral("something rude"));

        QCOMPARE(m_sandbox.get(messagePath(id)).object().value(QStringLiteral("active")),
                 QJsonValue(false));
        QVERIFY(!idsOf(allMessagesOf(kRoom, QStringLiteral("&filter%5Bactive%5D=true")),
                       QStringLiteral("id_message"))
                     .contains(id));
        QVERIFY(idsOf(allMessagesOf(kRoom, QStringLiteral("&filter%5Bactive%5D=false")),
                      QStringLiteral("id_message"))
                    .contains(id));
        // Without the filter the moderator still sees it, marked inactive.
        const QJsonObject listed = m_sandbox.get(messagesOf(kRoom)).data().first().toObject();
        QCOMPARE(idOf(listed), id);
        QCOMPARE(listed.value(QStringLiteral("active")), QJsonValue(false));

        r = m_sandbox.patch(messagePath(id), {{QStringLiteral("active"), true}});
        QCOMPARE(r.status, 200);
        QVERIFY(idsOf(allMessagesOf(kRoom, QStringLiteral("&filter%5Bactive%5D=true")),
                      QStringLiteral("id_message"))
                    .contains(id));
    }

    void editingAMessage()
    {
        const qint64 id = idOf(postText(kRoom, kPartner, QStringLiteral("typo")).object());
        const HttpResult r = m_sandbox.patch(
            messagePath(id), {{QStringLiteral("content"), QStringLiteral("fixed")}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("content")).toString(), QStringLiteral("fixed"));
        QCOMPARE(r.object().value(QStringLiteral("active")), QJsonValue(true));
        QCOMPARE(
            m_sandbox.get(messagePath(id)).object().value(QStringLiteral("content")).toString(),
            QStringLiteral("fixed"));
    }

    void patchMessageValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("nothing to change") << QByteArray("{}") << QStringLiteral("active");
        QTest::newRow("active not a boolean")
            << QByteArray(R"({"active": "maybe"})") << QStringLiteral("active");
        QTest::newRow("content not a string")
            << QByteArray(R"({"content": 5})") << QStringLiteral("content");
        QTest::newRow("malformed JSON") << QByteArray("[") << QStringLiteral("body");
    }

    void patchMessageValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 id = idOf(m_sandbox.get(messagesOf(kRoom)).data().first().toObject());
        const HttpResult r = m_sandbox.send("PATCH", messagePath(id), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
    }

    void patchMessageErrors()
    {
        HttpResult r =
            m_sandbox.patch(messagePath(kUnknownId), {{QStringLiteral("active"), false}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The message does not exist"));

        const qint64 partners =
            idOf(postText(kRoom, kPartner, QStringLiteral("partner's")).object());
        const qint64 own = idOf(postText(kRoom, kKeyAmbassador, QStringLiteral("own")).object());
        const QJsonObject edit{{QStringLiteral("content"), QStringLiteral("edited")}};
        QCOMPARE(m_sandbox.patch(messagePath(partners), edit, asAmbassador()).status, 403);
        QCOMPARE(m_sandbox.get(messagePath(partners))
                     .object()
                     .value(QStringLiteral("content"))
                     .toString(),
                 QStringLiteral("partner's"));
        QCOMPARE(m_sandbox.patch(messagePath(own), edit, asAmbassador()).status, 200);
    }

    // ------------------------------------------------------------ POST .../ratings

    void ratingMatchesTheSeed()
    {
        const HttpResult r =
            m_sandbox.post(ratingsOf(kRoom), {{QStringLiteral("id_user_rated"), kPartner},
                                              {QStringLiteral("id_user_rater"), kKeyAmbassador}});
        QCOMPARE(r.status, 201);
        const QJsonObject message = r.object();
        const QString mismatch = messageMismatch(message);
        QVERIFY2(mismatch.isEmpty(), qPrintable(mismatch));
        QCOMPARE(message.value(QStringLiteral("type_message")).toInt(), 2);
        QCOMPARE(authorOf(message), kKeyAmbassador);
        QVERIFY(message.value(QStringLiteral("rating")).isObject());

        const QJsonObject rating = message.value(QStringLiteral("rating")).toObject();
        const QString ratingShape = ratingMismatch(rating);
        QVERIFY2(ratingShape.isEmpty(), qPrintable(ratingShape));
        QCOMPARE(rating.value(QStringLiteral("id_user_rater")).toInteger(), kKeyAmbassador);
        QCOMPARE(rating.value(QStringLiteral("id_user_rated")).toInteger(), kPartner);
        // Score and comment come later, through PATCH /chat/ratings/{rating} (quirk 15).
        QVERIFY(rating.value(QStringLiteral("value")).isNull());
        QVERIFY(rating.value(QStringLiteral("content")).isNull());
        QVERIFY(rating.value(QStringLiteral("date_delete")).isNull());
        QCOMPARE(rating.value(QStringLiteral("date_update")),
                 rating.value(QStringLiteral("date_insert")));

        const QJsonObject newest = m_sandbox.get(messagesOf(kRoom)).data().first().toObject();
        QCOMPARE(newest, message);
    }

    void ratingWithoutBodyIsAuthoredByTheFirstMember()
    {
        const HttpResult r = m_sandbox.post(ratingsOf(kRoom), {});
        QCOMPARE(r.status, 201);
        QCOMPARE(authorOf(r.object()), kKeyAmbassador);
        const QJsonObject rating = r.object().value(QStringLiteral("rating")).toObject();
        QVERIFY(rating.value(QStringLiteral("id_user_rater")).isNull());
        QVERIFY(rating.value(QStringLiteral("id_user_rated")).isNull());
    }

    void ratingValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("unknown rater")
            << QByteArray(R"({"id_user_rater": 999999})") << QStringLiteral("id_user_rater");
        QTest::newRow("rated not a member")
            << QByteArray(R"({"id_user_rated": 3})") << QStringLiteral("id_user_rated");
        QTest::newRow("rating oneself") << QByteArray(R"({"id_user_rater": 1, "id_user_rated": 1})")
                                        << QStringLiteral("id_user_rated");
        QTest::newRow("rater not an integer")
            << QByteArray(R"({"id_user_rater": "me"})") << QStringLiteral("id_user_rater");
        QTest::newRow("malformed JSON") << QByteArray("{]") << QStringLiteral("body");
    }

    void ratingValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResult r = m_sandbox.send("POST", ratingsOf(kRoom), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
    }

    void ratingErrors()
    {
        HttpResult r = m_sandbox.post(ratingsOf(kUnknownId), {});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The chatroom does not exist"));

        QCOMPARE(m_sandbox.post(ratingsOf(m_foreignRoom), {}, asAmbassador()).status, 403);
        QCOMPARE(m_sandbox
                     .post(ratingsOf(kRoom), {{QStringLiteral("id_user_rater"), kPartner}},
                           asAmbassador())
                     .status,
                 403);
        r = m_sandbox.post(ratingsOf(kRoom), {{QStringLiteral("id_user_rated"), kPartner}},
                           asAmbassador());
        QCOMPARE(r.status, 201);
        QCOMPARE(authorOf(r.object()), kKeyAmbassador);
    }

    // ------------------------------------------------------------ PATCH /chat/ratings/{rating}

    void scoringARating()
    {
        const QJsonObject ratingMessage = rateRoom(kKeyAmbassador, kPartner);
        const QJsonObject created = ratingMessage.value(QStringLiteral("rating")).toObject();
        const qint64 id = ratingIdOf(ratingMessage);
        QVERIFY(id > 0);
        QTest::qWait(2); // date_update must move
        HttpResult r = m_sandbox.patch(ratingPath(id),
                                       {{QStringLiteral("value"), 4},
                                        {QStringLiteral("content"), QStringLiteral("Très bien")}});
        QCOMPARE(r.status, 200);
        QJsonObject rating = r.object();
        const QString shape = ratingMismatch(rating);
        QVERIFY2(shape.isEmpty(), qPrintable(shape));
        QCOMPARE(rating.value(QStringLiteral("id_rating")).toInteger(), id);
        QCOMPARE(rating.value(QStringLiteral("value")).toInt(), 4);
        QCOMPARE(rating.value(QStringLiteral("content")).toString(), QStringLiteral("Très bien"));
        QCOMPARE(rating.value(QStringLiteral("date_insert")),
                 created.value(QStringLiteral("date_insert")));
        QVERIFY(rating.value(QStringLiteral("date_update")).toString() >
                created.value(QStringLiteral("date_update")).toString());

        QJsonObject room = m_sandbox.get(QStringLiteral("/chat/chatrooms/%1").arg(kRoom)).object();
        QCOMPARE(room.value(QStringLiteral("last_rating")).toObject(),
                 jsonObject(R"({"value": 4, "comment": "Très bien"})"));

        // One field at a time keeps the other.
        r = m_sandbox.patch(ratingPath(id), {{QStringLiteral("value"), 5}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Très bien"));
        room = m_sandbox.get(QStringLiteral("/chat/chatrooms/%1").arg(kRoom)).object();
        QCOMPARE(room.value(QStringLiteral("last_rating")).toObject(),
                 jsonObject(R"({"value": 5, "comment": "Très bien"})"));

        // The rating message carries the score too.
        const QJsonObject message = m_sandbox.get(messagePath(idOf(ratingMessage))).object();
        QCOMPARE(message.value(QStringLiteral("rating"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInt(),
                 5);
    }

    void updateRatingValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("nothing to change") << QByteArray("{}") << QStringLiteral("value");
        QTest::newRow("value above 5") << QByteArray(R"({"value": 6})") << QStringLiteral("value");
        QTest::newRow("negative value")
            << QByteArray(R"({"value": -1})") << QStringLiteral("value");
        QTest::newRow("value not an integer")
            << QByteArray(R"({"value": 4.5})") << QStringLiteral("value");
        QTest::newRow("content not a string")
            << QByteArray(R"({"content": ["great"]})") << QStringLiteral("content");
        QTest::newRow("malformed JSON") << QByteArray("value=4") << QStringLiteral("body");
    }

    void updateRatingValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const qint64 id = ratingIdOf(rateRoom(kKeyAmbassador, kPartner));
        const HttpResult r = m_sandbox.send("PATCH", ratingPath(id), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
    }

    void updateRatingErrors()
    {
        const QJsonObject score{{QStringLiteral("value"), 3}};
        HttpResult r = m_sandbox.patch(ratingPath(kUnknownId), score);
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), QStringLiteral("The rating does not exist"));

        const qint64 partners = ratingIdOf(rateRoom(kPartner, kKeyAmbassador));
        const qint64 own = ratingIdOf(rateRoom(kKeyAmbassador, kPartner));
        QCOMPARE(m_sandbox.patch(ratingPath(partners), score, asAmbassador()).status, 403);
        QCOMPARE(m_sandbox.patch(ratingPath(own), score, asAmbassador()).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandbox_messages.moc"
