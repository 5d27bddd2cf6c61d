// The chat-scope chatroom routes: POST/GET/PATCH /chat/chatrooms, the chatrooms of an
// ambassador, and the per-ambassador state (read, archive, block, flag, purge).
// Written against the demo data contract: chatroom 1 is between ambassadors 1 and 2 and has
// messages, ambassador 1 is the identity of the ambassador API key, 57..64 are clients/temps.
#include "support/sandboxfixture.h"

#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUrl>

#include <cmath>
#include <functional>

using namespace popsell::testing;
using namespace Qt::StringLiterals;

namespace {

constexpr qint64 kRoomOfOneAndTwo = 1;
constexpr qint64 kKeyAmbassador = 1; // identity of the ambassador API key
constexpr qint64 kOtherMember = 2;   // the other member of room 1
constexpr qint64 kOutsider = 3;      // not a member of room 1 (a one-to-one room)
constexpr qint64 kUnknownId = 999999;

const QRegularExpression kLaravelDate(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$)"_s);
const QRegularExpression kSecondsDate(uR"(^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$)"_s);
const QRegularExpression kDialogueDate(uR"(^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}$)"_s);

QString roomPath(qint64 room)
{
    return u"/chat/chatrooms/%1"_s.arg(room);
}

QString memberPath(qint64 room, qint64 ambassador, const QString &action)
{
    return u"/chat/chatrooms/%1/ambassadors/%2/%3"_s.arg(room).arg(ambassador).arg(action);
}

QString listPath(qint64 ambassador, const QString &query = {})
{
    return u"/chat/ambassadors/%1/chatrooms"_s.arg(ambassador) +
           (query.isEmpty() ? QString() : u'?' + query);
}

qint64 idOf(const QJsonValue &value, const QString &key)
{
    return value[key].toInteger();
}

// ------------------------------------------------------------------ shape checks
// Each check returns the problems found ("where: what"), empty when the JSON matches the
// field types of the reference's seed examples.

bool isInteger(const QJsonValue &v)
{
    return v.isDouble() && std::floor(v.toDouble()) == v.toDouble();
}
bool isString(const QJsonValue &v)
{
    return v.isString();
}
bool isBool(const QJsonValue &v)
{
    return v.isBool();
}
bool isStringOrNull(const QJsonValue &v)
{
    return v.isString() || v.isNull();
}
bool isIntegerOrNull(const QJsonValue &v)
{
    return isInteger(v) || v.isNull();
}

class Shape
{
public:
    explicit Shape(QString where)
        : m_where(std::move(where))
    {}

    void field(const QJsonObject &object, const QString &key,
               const std::function<bool(const QJsonValue &)> &kind, const char *expected)
    {
        if (!object.contains(key))
            m_problems.append(m_where + u": missing " + key);
        else if (!kind(object.value(key)))
            m_problems.append(m_where + u": " + key + u" is not " + QString::fromLatin1(expected));
    }
    void date(const QJsonObject &object, const QString &key, const QRegularExpression &shape)
    {
        field(
            object, key, [&](const QJsonValue &v) { return shape.match(v.toString()).hasMatch(); },
            "a date in the documented shape");
    }
    void add(const QStringList &problems) { m_problems += problems; }
    QStringList problems() const { return m_problems; }

private:
    QString m_where;
    QStringList m_problems;
};

QStringList ambassadorProblems(const QJsonObject &a, const QString &where)
{
    Shape shape(where);
    shape.field(a, u"id_ambassador"_s, isInteger, "an integer");
    for (const QString &key : {u"image"_s, u"firstname"_s, u"lastname"_s, u"username"_s})
        shape.field(a, key, isString, "a string");
    for (const QString &key : {u"email"_s, u"email_tmp"_s, u"customer_id"_s})
        shape.field(a, key, isStringOrNull, "a string or null");
    shape.field(a, u"active"_s, isInteger, "an integer");
    shape.field(a, u"status"_s, isInteger, "an integer");
    shape.field(a, u"online"_s, isBool, "a boolean");
    shape.date(a, u"last_action_date"_s, kSecondsDate);
    shape.field(a, u"anonymized"_s, isBool, "a boolean");
    return shape.problems();
}

// ChatroomSeed: every field, and every embedded ambassador with its one pivot row.
QStringList chatroomProblems(const QJsonObject &room)
{
    const qint64 id = room.value(u"id_chatroom"_s).toInteger();
    Shape shape(u"chatroom %1"_s.arg(id));
    shape.field(room, u"id_chatroom"_s, isInteger, "an integer");
    shape.field(
        room, u"ambassadors"_s, [](const QJsonValue &v) { return v.isArray(); }, "an array");
    shape.date(room, u"date_insert"_s, kLaravelDate);
    shape.date(room, u"last_message_date"_s, kLaravelDate);
    shape.field(
        room, u"type_chatroom"_s, [](const QJsonValue &v) { return v == 0 || v == 7; }, "0 or 7");
    shape.field(
        room, u"type_discussion"_s,
        [](const QJsonValue &v) { return isInteger(v) && v.toInt() >= 0 && v.toInt() <= 2; },
        "0, 1 or 2");
    shape.field(
        room, u"source"_s,
        [](const QJsonValue &v) { return isInteger(v) && v.toInt() >= 0 && v.toInt() <= 2; },
        "the integer 0, 1 or 2");
    shape.field(
        room, u"established_dialogue"_s,
        [](const QJsonValue &v) {
            return v.isNull() || kDialogueDate.match(v.toString()).hasMatch();
        },
        "null or \"YYYY-MM-DD HH:MM:SS.mmm\"");
    shape.field(
        room, u"last_rating"_s,
        [](const QJsonValue &v) {
            return v.isNull() || (v.isObject() && isIntegerOrNull(v[u"value"_s]) &&
                                  isStringOrNull(v[u"comment"_s]));
        },
        "null or {value, comment}");
    shape.field(
        room, u"last_summary"_s,
        [](const QJsonValue &v) {
            return v.isNull() ||
                   (v.isObject() && v[u"date_insert"_s].isString() && v[u"summary"_s].isString() &&
                    isInteger(v[u"anomaly"_s]) && isIntegerOrNull(v[u"topic"_s]));
        },
        "null or {date_insert, summary, anomaly, topic}");
    for (const QJsonValue &value : room.value(u"ambassadors"_s).toArray()) {
        const QJsonObject ambassador = value.toObject();
        const qint64 idAmbassador = ambassador.value(u"id_ambassador"_s).toInteger();
        const QString where = u"chatroom %1 ambassador %2"_s.arg(id).arg(idAmbassador);
        shape.add(ambassadorProblems(ambassador, where));
        const QJsonArray pivots = ambassador.value(u"chatroom_pivot_data"_s).toArray();
        if (pivots.size() != 1) {
            shape.add({where + u": chatroom_pivot_data is not an array of one row"_s});
            continue;
        }
        const QJsonObject pivot = pivots.first().toObject();
        Shape pivotShape(where + u" pivot"_s);
        pivotShape.field(
            pivot, u"id_chatroom"_s, [id](const QJsonValue &v) { return v == id; },
            "the chatroom's id");
        pivotShape.field(
            pivot, u"id_ambassador"_s,
            [idAmbassador](const QJsonValue &v) { return v == idAmbassador; },
            "the ambassador's id");
        pivotShape.field(pivot, u"last_read_message"_s, isIntegerOrNull, "an integer or null");
        pivotShape.field(pivot, u"is_blocked"_s, isBool, "a boolean");
        pivotShape.field(pivot, u"archived"_s, isBool, "a boolean");
        shape.add(pivotShape.problems());
    }
    return shape.problems();
}

// MessageSeed (the read route's answer).
QStringList messageProblems(const QJsonObject &message)
{
    Shape shape(u"message %1"_s.arg(message.value(u"id_message"_s).toInteger()));
    shape.field(message, u"id_message"_s, isInteger, "an integer");
    shape.date(message, u"date_insert"_s, kLaravelDate);
    shape.field(
        message, u"author"_s, [](const QJsonValue &v) { return v.isObject(); }, "an object");
    shape.field(message, u"content"_s, isStringOrNull, "a string or null");
    shape.field(
        message, u"type_message"_s,
        [](const QJsonValue &v) { return isInteger(v) && v.toInt() >= 0 && v.toInt() <= 9; },
        "an integer 0..9");
    shape.field(message, u"status_moderation"_s, isInteger, "an integer");
    shape.add(ambassadorProblems(message.value(u"author"_s).toObject(), u"author"_s));
    return shape.problems();
}

QJsonObject ambassadorIn(const QJsonObject &room, qint64 idAmbassador)
{
    for (const QJsonValue &value : room.value(u"ambassadors"_s).toArray()) {
        if (idOf(value, u"id_ambassador"_s) == idAmbassador)
            return value.toObject();
    }
    return {};
}

// The pivot row of one member: the array element whose id_ambassador matches (quirk 12).
QJsonObject pivotOf(const QJsonObject &room, qint64 idAmbassador)
{
    const QJsonArray rows =
        ambassadorIn(room, idAmbassador).value(u"chatroom_pivot_data"_s).toArray();
    for (const QJsonValue &row : rows) {
        if (idOf(row, u"id_ambassador"_s) == idAmbassador)
            return row.toObject();
    }
    return {};
}

QList<qint64> ambassadorIds(const QJsonObject &room)
{
    QList<qint64> ids;
    for (const QJsonValue &value : room.value(u"ambassadors"_s).toArray())
        ids.append(idOf(value, u"id_ambassador"_s));
    return ids;
}

QList<qint64> roomIds(const QList<QJsonObject> &rooms)
{
    QList<qint64> ids;
    for (const QJsonObject &room : rooms)
        ids.append(room.value(u"id_chatroom"_s).toInteger());
    return ids;
}

int expectedTypeDiscussion(const QJsonObject &room)
{
    qsizetype external = 0;
    const QJsonArray ambassadors = room.value(u"ambassadors"_s).toArray();
    for (const QJsonValue &value : ambassadors)
        external += value[u"status"_s].toInt() >= 7 ? 1 : 0;
    if (external == 0)
        return 0;
    return external == ambassadors.size() ? 1 : 2;
}

QDateTime utcFromDialogue(const QString &text)
{
    QDateTime time = QDateTime::fromString(text, u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    time.setTimeZone(QTimeZone::utc());
    return time;
}

QDateTime utcFromLaravel(const QString &text)
{
    return QDateTime::fromString(text, Qt::ISODateWithMs);
}

} // namespace

class TestSandboxChatrooms : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    QString m_ambassadorToken;
    qint64 m_foreignRoom = 0; // between ambassadors 3 and 4: outside the ambassador key

    RequestOptions asAmbassadorKey() const
    {
        RequestOptions options;
        options.tokenOverride = m_ambassadorToken;
        return options;
    }

    HttpResult createRoom(const QJsonObject &body, const RequestOptions &options = {})
    {
        return m_sandbox.post(u"/chat/chatrooms"_s, body, options);
    }

    // A new, empty one-to-one room; 0 when the sandbox refused it.
    qint64 newRoom(qint64 first, qint64 second)
    {
        const HttpResult r =
            createRoom({{u"ids_ambassadors"_s, QJsonArray{first, second}}, {u"source"_s, 0}});
        return r.status == 201 ? idOf(r.object(), u"id_chatroom"_s) : 0;
    }

    QJsonObject room(qint64 id) { return m_sandbox.get(roomPath(id)).object(); }

    // Every chatroom of a list, following next_page_url to the end.
    QList<QJsonObject> allPages(const QString &firstPage)
    {
        QList<QJsonObject> rooms;
        QString url = firstPage;
        for (int page = 0; !url.isEmpty() && page < 1000; ++page) {
            const HttpResult r = m_sandbox.get(url);
            if (r.status != 200) {
                // Fail the calling test: an empty list would pass too many comparisons.
                QTest::qFail(qPrintable(u"GET %1 answered %2"_s.arg(url).arg(r.status)), __FILE__,
                             __LINE__);
                return {};
            }
            for (const QJsonValue &item : r.data())
                rooms.append(item.toObject());
            url = r.object().value(u"next_page_url"_s).toString();
        }
        return rooms;
    }

    QList<qint64> listedRooms(qint64 ambassador, const QString &query = {})
    {
        return roomIds(allPages(listPath(
            ambassador, query.isEmpty() ? u"per_page=500"_s : query + u"&per_page=500"_s)));
    }

    bool setArchived(qint64 room, qint64 ambassador, bool archived)
    {
        return m_sandbox
                   .patch(memberPath(room, ambassador, u"archive"_s), {{u"archive"_s, archived}})
                   .status == 200;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        m_ambassadorToken = m_sandbox.login(m_sandbox.config().ambassadorApiKey);
        QVERIFY(!m_ambassadorToken.isEmpty());
        m_foreignRoom = newRoom(3, 4);
        QVERIFY(m_foreignRoom > 0);
    }

    // ------------------------------------------------------------ POST /chat/chatrooms

    void createOneToOneMatchesTheSeed()
    {
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpResult r = createRoom(jsonObject(R"({"ids_ambassadors": [1, 2], "source": 2})"));
        QCOMPARE(r.status, 201);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QJsonObject created = r.object();
        const QStringList problems = chatroomProblems(created);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));

        const qint64 id = idOf(created, u"id_chatroom"_s);
        QVERIFY(id > 0);
        QCOMPARE(ambassadorIds(created), (QList<qint64>{1, 2}));
        QCOMPARE(created.value(u"type_chatroom"_s), QJsonValue(0));
        QCOMPARE(created.value(u"type_discussion"_s), QJsonValue(0));
        QCOMPARE(created.value(u"source"_s), QJsonValue(2));
        QCOMPARE(created.value(u"established_dialogue"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(created.value(u"last_rating"_s), QJsonValue(QJsonValue::Null));
        QCOMPARE(created.value(u"last_summary"_s), QJsonValue(QJsonValue::Null));
        const QDateTime inserted = utcFromLaravel(created.value(u"date_insert"_s).toString());
        QVERIFY(qAbs(inserted.secsTo(before)) < 60);
        QCOMPARE(created.value(u"last_message_date"_s), created.value(u"date_insert"_s));
        for (qint64 member : {1, 2}) {
            const QJsonObject pivot = pivotOf(created, member);
            QCOMPARE(pivot.value(u"id_chatroom"_s).toInteger(), id);
            QCOMPARE(pivot.value(u"last_read_message"_s), QJsonValue(QJsonValue::Null));
            QCOMPARE(pivot.value(u"is_blocked"_s), QJsonValue(false));
            QCOMPARE(pivot.value(u"archived"_s), QJsonValue(false));
        }

        // Stored: the same room comes back from GET and from both members' lists.
        const HttpResult fetched = m_sandbox.get(roomPath(id));
        QCOMPARE(fetched.status, 200);
        QCOMPARE(ambassadorIds(fetched.object()), (QList<qint64>{1, 2}));
        QCOMPARE(fetched.object().value(u"date_insert"_s), created.value(u"date_insert"_s));
        QCOMPARE(fetched.object().value(u"source"_s), QJsonValue(2));
        QVERIFY(listedRooms(1).contains(id));
        QVERIFY(listedRooms(2).contains(id));
    }

    void createDerivesTypeDiscussion_data()
    {
        QTest::addColumn<qint64>("first");
        QTest::addColumn<qint64>("second");
        QTest::addColumn<int>("typeDiscussion");
        QTest::newRow("two members") << qint64(1) << qint64(2) << 0;
        QTest::newRow("two external accounts") << qint64(57) << qint64(58) << 1;
        QTest::newRow("member and external") << qint64(2) << qint64(57) << 2;
        QTest::newRow("external and member") << qint64(64) << qint64(1) << 2;
    }

    void createDerivesTypeDiscussion()
    {
        QFETCH(qint64, first);
        QFETCH(qint64, second);
        QFETCH(int, typeDiscussion);
        const HttpResult r =
            createRoom({{u"ids_ambassadors"_s, QJsonArray{first, second}}, {u"source"_s, 1}});
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"type_discussion"_s).toInt(), typeDiscussion);
        QCOMPARE(expectedTypeDiscussion(r.object()), typeDiscussion); // statuses as contracted
        QCOMPARE(r.object().value(u"type_chatroom"_s), QJsonValue(0));
    }

    void createAcceptsANumericStringSource()
    {
        const HttpResult r =
            createRoom(jsonObject(R"({"ids_ambassadors": ["1", 5], "source": "1"})"));
        QCOMPARE(r.status, 201);
        QCOMPARE(r.object().value(u"source"_s), QJsonValue(1)); // an integer in the answer
        QCOMPARE(ambassadorIds(r.object()), (QList<qint64>{1, 5}));
    }

    void createForABrandTag()
    {
        const HttpResult r = createRoom(jsonObject(R"({"id_brand_tag": 1, "source": 0})"));
        QCOMPARE(r.status, 201);
        const QJsonObject created = r.object();
        const QStringList problems = chatroomProblems(created);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(created.value(u"type_chatroom"_s), QJsonValue(7));
        const QList<qint64> members = ambassadorIds(created);
        QVERIFY2(members.size() >= 3 && members.size() <= 10, r.body.constData());
        QCOMPARE(created.value(u"type_discussion"_s).toInt(), expectedTypeDiscussion(created));

        const qint64 id = idOf(created, u"id_chatroom"_s);
        QVERIFY(listedRooms(members.first(), u"filter[type_chatroom]=7"_s).contains(id));
        QVERIFY(listedRooms(members.last(), u"filter[type_chatroom]=7"_s).contains(id));
    }

    void createValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QStringList>("fields");
        const QStringList eitherOr{u"ids_ambassadors"_s, u"id_brand_tag"_s};
        QTest::newRow("both, as the docs' example")
            << QByteArray(R"({"ids_ambassadors": [1, 2], "id_brand_tag": 1, "source": 0})")
            << eitherOr;
        QTest::newRow("neither") << QByteArray(R"({"source": 0})") << eitherOr;
        QTest::newRow("empty body") << QByteArray() << (eitherOr + QStringList{u"source"_s});
        QTest::newRow("one id") << QByteArray(R"({"ids_ambassadors": [1], "source": 0})")
                                << QStringList{u"ids_ambassadors"_s};
        QTest::newRow("three ids") << QByteArray(R"({"ids_ambassadors": [1, 2, 3], "source": 0})")
                                   << QStringList{u"ids_ambassadors"_s};
        QTest::newRow("not an array") << QByteArray(R"({"ids_ambassadors": 12, "source": 0})")
                                      << QStringList{u"ids_ambassadors"_s};
        QTest::newRow("the same id twice")
            << QByteArray(R"({"ids_ambassadors": [1, 1], "source": 0})")
            << QStringList{u"ids_ambassadors.1"_s};
        QTest::newRow("an id that is no integer")
            << QByteArray(R"({"ids_ambassadors": [1, "two"], "source": 0})")
            << QStringList{u"ids_ambassadors.1"_s};
        QTest::newRow("an unknown ambassador")
            << QByteArray(R"({"ids_ambassadors": [1, 999999], "source": 0})")
            << QStringList{u"ids_ambassadors.1"_s};
        QTest::newRow("an unknown brand tag") << QByteArray(R"({"id_brand_tag": 999, "source": 0})")
                                              << QStringList{u"id_brand_tag"_s};
        QTest::newRow("a brand tag that is no integer")
            << QByteArray(R"({"id_brand_tag": "one", "source": 0})")
            << QStringList{u"id_brand_tag"_s};
        QTest::newRow("no source")
            << QByteArray(R"({"ids_ambassadors": [1, 2]})") << QStringList{u"source"_s};
        QTest::newRow("source out of range")
            << QByteArray(R"({"ids_ambassadors": [1, 2], "source": 3})")
            << QStringList{u"source"_s};
        QTest::newRow("source by name")
            << QByteArray(R"({"ids_ambassadors": [1, 2], "source": "direct"})")
            << QStringList{u"source"_s};
        QTest::newRow("malformed JSON")
            << QByteArray(R"({"ids_ambassadors": [1, 2)") << QStringList{u"body"_s};
    }

    void createValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QStringList, fields);
        const QList<qint64> roomsBefore = listedRooms(1);
        const HttpResult r = m_sandbox.send("POST", u"/chat/chatrooms"_s, body);
        QCOMPARE(r.status, 422);
        for (const QString &field : fields) {
            QVERIFY2(r.fieldErrors().value(field).toArray().first().isString(), r.body.constData());
        }
        QCOMPARE(r.fieldErrors().size(), fields.size());
        QVERIFY(r.message().endsWith(u'!') || r.message().endsWith(u" more error)"_s));
        QCOMPARE(listedRooms(1), roomsBefore); // nothing was created
    }

    void createAsAnAmbassadorKey()
    {
        // The key's ambassador (1) may open rooms it is part of, not rooms between others.
        HttpResult r = createRoom(jsonObject(R"({"ids_ambassadors": [2, 3], "source": 0})"),
                                  asAmbassadorKey());
        QCOMPARE(r.status, 403);
        r = createRoom(jsonObject(R"({"ids_ambassadors": [3, 1], "source": 0})"),
                       asAmbassadorKey());
        QCOMPARE(r.status, 201);
        QCOMPARE(ambassadorIds(r.object()), (QList<qint64>{1, 3}));
    }

    // ------------------------------------------------------------ guards of every route

    void guards_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<bool>("brandHeader");
        QTest::newRow("create") << QByteArray("POST") << u"/chat/chatrooms"_s
                                << QByteArray(R"({"ids_ambassadors": [3, 4], "source": 0})")
                                << true;
        QTest::newRow("get") << QByteArray("GET") << roomPath(1) << QByteArray() << true;
        QTest::newRow("patch") << QByteArray("PATCH") << roomPath(1)
                               << QByteArray(R"({"established_dialogue": null})") << true;
        QTest::newRow("list") << QByteArray("GET") << listPath(1) << QByteArray() << true;
        QTest::newRow("read") << QByteArray("POST") << memberPath(1, 2, u"read"_s) << QByteArray()
                              << true;
        QTest::newRow("archive") << QByteArray("PATCH") << memberPath(1, 2, u"archive"_s)
                                 << QByteArray(R"({"archive": true})") << true;
        QTest::newRow("block") << QByteArray("PATCH") << memberPath(1, 2, u"block"_s)
                               << QByteArray(R"({"is_blocked": true})") << true;
        QTest::newRow("flag") << QByteArray("PATCH") << memberPath(1, 2, u"flag"_s)
                              << QByteArray(R"({"flag": 1})") << true;
        QTest::newRow("purge") << QByteArray("PATCH") << u"/chat/chatrooms/1/purge"_s
                               << QByteArray(R"({"id_ambassador": 2})") << false;
    }

    void guards()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        QFETCH(bool, brandHeader);
        const QJsonObject roomBefore = room(1);

        RequestOptions noToken;
        noToken.token = false;
        HttpResult r = m_sandbox.send(method, path, body, noToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object(), jsonObject(R"({"message":"Unauthorized."})"));

        if (brandHeader) {
            RequestOptions missing;
            missing.brandHeader = false;
            QCOMPARE(m_sandbox.send(method, path, body, missing).status, 403);
            RequestOptions otherBrand;
            otherBrand.brandOverride = QByteArray::number(m_sandbox.brandId() + 1);
            QCOMPARE(m_sandbox.send(method, path, body, otherBrand).status, 403);
        }
        QCOMPARE(room(1), roomBefore); // refused requests change nothing
    }

    void ambassadorKeyOutsideTheRoomIs403_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        // m_foreignRoom is only known once initTestCase ran; "%1" stands for it.
        QTest::newRow("get") << QByteArray("GET") << u"/chat/chatrooms/%1"_s << QByteArray();
        QTest::newRow("patch") << QByteArray("PATCH") << u"/chat/chatrooms/%1"_s
                               << QByteArray(R"({"established_dialogue": true})");
        QTest::newRow("read") << QByteArray("POST") << u"/chat/chatrooms/%1/ambassadors/3/read"_s
                              << QByteArray();
        QTest::newRow("archive") << QByteArray("PATCH")
                                 << u"/chat/chatrooms/%1/ambassadors/3/archive"_s
                                 << QByteArray(R"({"archive": true})");
        QTest::newRow("block") << QByteArray("PATCH") << u"/chat/chatrooms/%1/ambassadors/3/block"_s
                               << QByteArray(R"({"is_blocked": true})");
        QTest::newRow("flag") << QByteArray("PATCH") << u"/chat/chatrooms/%1/ambassadors/3/flag"_s
                              << QByteArray(R"({"flag": 2})");
        QTest::newRow("purge") << QByteArray("PATCH") << u"/chat/chatrooms/%1/purge"_s
                               << QByteArray(R"({"id_ambassador": 3})");
        QTest::newRow("list of another ambassador")
            << QByteArray("GET") << u"/chat/ambassadors/2/chatrooms"_s << QByteArray();
    }

    void ambassadorKeyOutsideTheRoomIs403()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QString target = path.contains(u"%1"_s) ? path.arg(m_foreignRoom) : path;
        const HttpResult r = m_sandbox.send(method, target, body, asAmbassadorKey());
        QCOMPARE(r.status, 403);

        const QJsonObject foreign = room(m_foreignRoom);
        QCOMPARE(foreign.value(u"established_dialogue"_s), QJsonValue(QJsonValue::Null));
        const QJsonObject untouched{{u"id_chatroom"_s, m_foreignRoom},
                                    {u"id_ambassador"_s, 3},
                                    {u"last_read_message"_s, QJsonValue::Null},
                                    {u"is_blocked"_s, false},
                                    {u"archived"_s, false},
                                    {u"flag"_s, QJsonValue::Null}};
        QCOMPARE(pivotOf(foreign, 3), untouched);
        QVERIFY(listedRooms(3).contains(m_foreignRoom)); // not purged
    }

    void ambassadorKeySpeaksOnlyForItself_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("body");
        // Room 1 is the key's own room; ambassador 2 is the other member.
        QTest::newRow("read") << QByteArray("POST") << memberPath(1, 2, u"read"_s) << QByteArray();
        QTest::newRow("archive") << QByteArray("PATCH") << memberPath(1, 2, u"archive"_s)
                                 << QByteArray(R"({"archive": true})");
        QTest::newRow("block") << QByteArray("PATCH") << memberPath(1, 2, u"block"_s)
                               << QByteArray(R"({"is_blocked": true})");
        QTest::newRow("flag") << QByteArray("PATCH") << memberPath(1, 2, u"flag"_s)
                              << QByteArray(R"({"flag": 2})");
        QTest::newRow("purge") << QByteArray("PATCH") << u"/chat/chatrooms/1/purge"_s
                               << QByteArray(R"({"id_ambassador": 2})");
    }

    void ambassadorKeySpeaksOnlyForItself()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, body);
        const QJsonObject before = pivotOf(room(kRoomOfOneAndTwo), kOtherMember);
        const QList<qint64> listedBefore = listedRooms(kOtherMember);
        const HttpResult r = m_sandbox.send(method, path, body, asAmbassadorKey());
        QCOMPARE(r.status, 403);
        QCOMPARE(pivotOf(room(kRoomOfOneAndTwo), kOtherMember), before);
        QCOMPARE(listedRooms(kOtherMember), listedBefore);
    }

    void ambassadorKeyActsForItself()
    {
        const qint64 id = newRoom(kKeyAmbassador, 16);
        QVERIFY(id > 0);
        const RequestOptions key = asAmbassadorKey();
        QCOMPARE(
            m_sandbox
                .patch(memberPath(id, kKeyAmbassador, u"archive"_s), {{u"archive"_s, true}}, key)
                .status,
            200);
        QCOMPARE(m_sandbox.patch(memberPath(id, kKeyAmbassador, u"flag"_s), {{u"flag"_s, 1}}, key)
                     .status,
                 200);
        const QJsonObject pivot = pivotOf(room(id), kKeyAmbassador);
        QCOMPARE(pivot.value(u"archived"_s), QJsonValue(true));
        QCOMPARE(pivot.value(u"flag"_s), QJsonValue(1));
        QCOMPARE(
            m_sandbox.post(memberPath(kRoomOfOneAndTwo, kKeyAmbassador, u"read"_s), {}, key).status,
            200);
    }

    void ambassadorKeyInsideItsRooms()
    {
        QCOMPARE(m_sandbox.get(roomPath(kRoomOfOneAndTwo), asAmbassadorKey()).status, 200);
        const HttpResult list = m_sandbox.get(listPath(kKeyAmbassador), asAmbassadorKey());
        QCOMPARE(list.status, 200);
        QVERIFY(list.object().value(u"total"_s).toInteger() > 0);
    }

    // ------------------------------------------------------------ GET /chat/chatrooms/{id}

    void getTheRoomOfOneAndTwo()
    {
        const HttpResult r = m_sandbox.get(roomPath(kRoomOfOneAndTwo));
        QCOMPARE(r.status, 200);
        const QJsonObject fetched = r.object();
        const QStringList problems = chatroomProblems(fetched);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(idOf(fetched, u"id_chatroom"_s), kRoomOfOneAndTwo);
        QCOMPARE(ambassadorIds(fetched), (QList<qint64>{kKeyAmbassador, kOtherMember}));
        QCOMPARE(fetched.value(u"type_chatroom"_s), QJsonValue(0));
        QVERIFY(
            kDialogueDate.match(fetched.value(u"established_dialogue"_s).toString()).hasMatch());
        QVERIFY(fetched.value(u"last_message_date"_s).toString() >=
                fetched.value(u"date_insert"_s).toString());
    }

    void getAnUnknownChatroomIs404()
    {
        const HttpResult r = m_sandbox.get(roomPath(kUnknownId));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), u"The chatroom does not exist"_s);
    }

    void everyDemoRoomHasTheSeedShape()
    {
        bool rated = false;
        bool summarised = false;
        QSet<int> typesOfChatroom;
        for (int id = 1; id <= m_sandbox.config().rooms; ++id) {
            const HttpResult r = m_sandbox.get(roomPath(id));
            QCOMPARE(r.status, 200);
            const QJsonObject fetched = r.object();
            const QStringList problems = chatroomProblems(fetched);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY(!ambassadorIds(fetched).isEmpty());
            rated = rated || fetched.value(u"last_rating"_s).isObject();
            summarised = summarised || fetched.value(u"last_summary"_s).isObject();
            typesOfChatroom.insert(fetched.value(u"type_chatroom"_s).toInt());
        }
        QVERIFY(rated);
        QVERIFY(summarised);
        QCOMPARE(typesOfChatroom, (QSet<int>{0, 7}));
    }

    // ------------------------------------------------------------ PATCH /chat/chatrooms/{id}

    void patchEstablishedDialogue_data()
    {
        QTest::addColumn<QJsonValue>("sent");
        QTest::addColumn<QJsonValue>("stored"); // "now": within a minute of the request
        QTest::newRow("docs example")
            << QJsonValue(u"2023-10-06 13:41:09.123"_s) << QJsonValue(u"2023-10-06 13:41:09.123"_s);
        QTest::newRow("Laravel shape") << QJsonValue(u"2023-10-09T12:12:40.220000Z"_s)
                                       << QJsonValue(u"2023-10-09 12:12:40.220"_s);
        QTest::newRow("seconds and Z")
            << QJsonValue(u"2025-05-04T09:42:00Z"_s) << QJsonValue(u"2025-05-04 09:42:00.000"_s);
        QTest::newRow("numeric offset") << QJsonValue(u"2024-05-04T09:42:00+02:00"_s)
                                        << QJsonValue(u"2024-05-04 07:42:00.000"_s);
        QTest::newRow("date only")
            << QJsonValue(u"2023-10-06"_s) << QJsonValue(u"2023-10-06 00:00:00.000"_s);
        QTest::newRow("null clears")
            << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null);
        QTest::newRow("false clears") << QJsonValue(false) << QJsonValue(QJsonValue::Null);
        QTest::newRow("empty string clears") << QJsonValue(u""_s) << QJsonValue(QJsonValue::Null);
        QTest::newRow("true is now") << QJsonValue(true) << QJsonValue(u"now"_s);
    }

    void patchEstablishedDialogue()
    {
        QFETCH(QJsonValue, sent);
        QFETCH(QJsonValue, stored);
        const qint64 id = newRoom(1, 6);
        QVERIFY(id > 0);
        // Start from a known value, so that clearing is visible.
        const QString start = u"2020-01-01 00:00:00.000"_s;
        HttpResult r = m_sandbox.patch(roomPath(id), {{u"established_dialogue"_s, start}});
        QCOMPARE(r.status, 200);
        QCOMPARE(room(id).value(u"established_dialogue"_s).toString(), start);

        const QDateTime before = QDateTime::currentDateTimeUtc();
        r = m_sandbox.patch(roomPath(id), {{u"established_dialogue"_s, sent}});
        QCOMPARE(r.status, 200);
        // Quirk 3: an array holding the one updated chatroom.
        QVERIFY2(r.json().isArray(), r.body.constData());
        QCOMPARE(r.array().size(), 1);
        const QJsonObject answered = r.array().first().toObject();
        const QStringList problems = chatroomProblems(answered);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QCOMPARE(idOf(answered, u"id_chatroom"_s), id);
        const QJsonValue value = answered.value(u"established_dialogue"_s);
        if (stored == u"now"_s)
            QVERIFY(qAbs(utcFromDialogue(value.toString()).secsTo(before)) < 60);
        else
            QCOMPARE(value, stored);
        QCOMPARE(room(id).value(u"established_dialogue"_s), value);
    }

    void patchValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        const QString field = u"established_dialogue"_s;
        QTest::newRow("key missing") << QByteArray("{}") << field;
        QTest::newRow("empty body") << QByteArray() << field;
        QTest::newRow("a number") << QByteArray(R"({"established_dialogue": 12})") << field;
        QTest::newRow("an array") << QByteArray(R"({"established_dialogue": []})") << field;
        QTest::newRow("an object") << QByteArray(R"({"established_dialogue": {"at": 1}})") << field;
        QTest::newRow("words") << QByteArray(R"({"established_dialogue": "yesterday"})") << field;
        QTest::newRow("month 13") << QByteArray(
                                         R"({"established_dialogue": "2023-13-01 10:00:00"})")
                                  << field;
        QTest::newRow("hour 25") << QByteArray(R"({"established_dialogue": "2023-10-06 25:00:00"})")
                                 << field;
        QTest::newRow("malformed JSON") << QByteArray(R"({"established_dialogue": )") << u"body"_s;
    }

    void patchValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonValue before = room(kRoomOfOneAndTwo).value(u"established_dialogue"_s);
        const HttpResult r = m_sandbox.send("PATCH", roomPath(kRoomOfOneAndTwo), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().value(field).toArray().first().isString(), r.body.constData());
        QCOMPARE(room(kRoomOfOneAndTwo).value(u"established_dialogue"_s), before);
    }

    void patchAnUnknownChatroomIs404()
    {
        const HttpResult r =
            m_sandbox.patch(roomPath(kUnknownId), {{u"established_dialogue"_s, true}});
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), u"The ambassador does not exist"_s); // quirk 10
    }

    // ------------------------------------------------------------ GET
    // /chat/ambassadors/{id}/chatrooms

    void listPagesThroughEveryChatroom()
    {
        const QList<QJsonObject> whole = allPages(listPath(kKeyAmbassador, u"per_page=500"_s));
        QVERIFY(whole.size() >= 3);

        QList<qint64> seen;
        QString url = listPath(kKeyAmbassador, u"per_page=2"_s);
        qint64 expectedPage = 1;
        while (!url.isEmpty()) {
            const HttpResult r = m_sandbox.get(url);
            QCOMPARE(r.status, 200);
            const QJsonObject page = r.object();
            QCOMPARE(page.value(u"current_page"_s).toInteger(), expectedPage++);
            QCOMPARE(page.value(u"per_page"_s).toInteger(), 2);
            QCOMPARE(page.value(u"total"_s).toInteger(), whole.size());
            QVERIFY(r.data().size() <= 2);
            for (const QJsonValue &item : r.data())
                seen.append(idOf(item, u"id_chatroom"_s));
            url = page.value(u"next_page_url"_s).toString();
            QVERIFY(expectedPage < 1000);
        }
        QCOMPARE(seen.size(), whole.size());
        QCOMPARE(QSet<qint64>(seen.cbegin(), seen.cend()).size(), seen.size()); // no duplicates
        QCOMPARE(seen, roomIds(whole)); // same order as one big page
    }

    void listItemsAreChatroomsWithTheirLastMessage()
    {
        const QList<QJsonObject> rooms = allPages(listPath(kKeyAmbassador, u"per_page=500"_s));
        QVERIFY(!rooms.isEmpty());
        bool withMessage = false;
        for (const QJsonObject &item : rooms) {
            QStringList problems = chatroomProblems(item);
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QVERIFY(ambassadorIds(item).contains(kKeyAmbassador));
            QCOMPARE(pivotOf(item, kKeyAmbassador).value(u"archived"_s), QJsonValue(false));
            QVERIFY(item.contains(u"last_message"_s));
            const QJsonValue last = item.value(u"last_message"_s);
            if (last.isNull())
                continue;
            withMessage = true;
            problems = messageProblems(last.toObject());
            QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
            QCOMPARE(last[u"id_chatroom"_s], item.value(u"id_chatroom"_s));
            QCOMPARE(last[u"date_insert"_s], item.value(u"last_message_date"_s));
        }
        QVERIFY(withMessage);
    }

    void listSortsByLastAction_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<bool>("descending");
        QTest::newRow("default: newest first") << QString() << true;
        QTest::newRow("-last_action_date") << u"sort=-last_action_date"_s << true;
        QTest::newRow("last_action_date") << u"sort=last_action_date"_s << false;
    }

    void listSortsByLastAction()
    {
        QFETCH(QString, query);
        QFETCH(bool, descending);
        const QList<QJsonObject> rooms = allPages(
            listPath(kKeyAmbassador, query.isEmpty() ? u"per_page=4"_s : query + u"&per_page=4"_s));
        QVERIFY(rooms.size() >= 3);
        for (qsizetype i = 1; i < rooms.size(); ++i) {
            // Same fixed-width UTC shape: text order is time order.
            const QString previous = rooms.at(i - 1).value(u"last_message_date"_s).toString();
            const QString current = rooms.at(i).value(u"last_message_date"_s).toString();
            QVERIFY2(descending ? previous >= current : previous <= current,
                     qPrintable(previous + u" then "_s + current));
        }
    }

    void listRejectsAnUnknownSort()
    {
        const HttpResult r = m_sandbox.get(listPath(kKeyAmbassador, u"sort=id_chatroom"_s));
        QCOMPARE(r.status, 400);
        QVERIFY(r.message().contains(u"last_action_date"_s));
    }

    void listFilterArchived()
    {
        const qint64 id = newRoom(kKeyAmbassador, 8);
        QVERIFY(id > 0);
        QVERIFY(listedRooms(kKeyAmbassador).contains(id));
        QVERIFY(!listedRooms(kKeyAmbassador, u"filter[archived]=true"_s).contains(id));

        QVERIFY(setArchived(id, kKeyAmbassador, true));
        QVERIFY(!listedRooms(kKeyAmbassador).contains(id));
        QVERIFY(!listedRooms(kKeyAmbassador, u"filter[archived]=false"_s).contains(id));
        const QList<QJsonObject> archived =
            allPages(listPath(kKeyAmbassador, u"filter[archived]=true&per_page=500"_s));
        QVERIFY(roomIds(archived).contains(id));
        for (const QJsonObject &item : archived)
            QCOMPARE(pivotOf(item, kKeyAmbassador).value(u"archived"_s), QJsonValue(true));
        // Archiving is per member: the other one still has it in the inbox.
        QVERIFY(listedRooms(8).contains(id));

        QVERIFY(setArchived(id, kKeyAmbassador, false));
        QVERIFY(listedRooms(kKeyAmbassador).contains(id));
    }

    void listFilterFlag()
    {
        const qint64 id = newRoom(kKeyAmbassador, 9);
        QVERIFY(id > 0);
        QCOMPARE(
            m_sandbox.patch(memberPath(id, kKeyAmbassador, u"flag"_s), {{u"flag"_s, 2}}).status,
            200);
        for (int flag : {1, 2}) {
            const QList<QJsonObject> flagged =
                allPages(listPath(kKeyAmbassador, u"per_page=500&filter[flag]=%1"_s.arg(flag)));
            QCOMPARE(roomIds(flagged).contains(id), flag == 2);
            for (const QJsonObject &item : flagged)
                QCOMPARE(pivotOf(item, kKeyAmbassador).value(u"flag"_s).toInt(), flag);
        }
        QVERIFY(
            !listedRooms(9, u"filter[flag]=2"_s).contains(id)); // the other member's flag is unset
    }

    void listFilterTypeChatroom()
    {
        // A brand-tag room and a one-to-one room of the same member: both types occur.
        const HttpResult tagRoom = createRoom(jsonObject(R"({"id_brand_tag": 2, "source": 0})"));
        QCOMPARE(tagRoom.status, 201);
        const qint64 member = ambassadorIds(tagRoom.object()).first();
        QVERIFY(newRoom(member, member == 10 ? 11 : 10) > 0);

        const QList<qint64> all = listedRooms(member);
        qsizetype split = 0;
        for (int type : {0, 7}) {
            const QList<QJsonObject> typed =
                allPages(listPath(member, u"per_page=500&filter[type_chatroom]=%1"_s.arg(type)));
            for (const QJsonObject &item : typed)
                QCOMPARE(item.value(u"type_chatroom"_s).toInt(), type);
            split += typed.size();
            if (type == 7)
                QVERIFY(roomIds(typed).contains(idOf(tagRoom.object(), u"id_chatroom"_s)));
        }
        QCOMPARE(split, all.size());
        // Clients send the brackets percent-encoded as often as not.
        QCOMPARE(listedRooms(member, u"filter%5Btype_chatroom%5D=7"_s),
                 listedRooms(member, u"filter[type_chatroom]=7"_s));
    }

    void listFilterCommented()
    {
        // Inboxes in turn, until one holds a commented room.
        qsizetype commentedSeen = 0;
        for (qint64 ambassador = 1; ambassador <= 64 && commentedSeen == 0; ++ambassador) {
            const QList<qint64> all = listedRooms(ambassador);
            const QList<QJsonObject> commented =
                allPages(listPath(ambassador, u"per_page=500&filter[commented]=commented"_s));
            const QList<QJsonObject> notCommented =
                allPages(listPath(ambassador, u"per_page=500&filter[commented]=not_commented"_s));
            for (const QJsonObject &item : commented)
                QVERIFY(!item.value(u"last_rating"_s)[u"comment"_s].toString().isEmpty());
            for (const QJsonObject &item : notCommented)
                QVERIFY(item.value(u"last_rating"_s)[u"comment"_s].toString().isEmpty());
            QCOMPARE(commented.size() + notCommented.size(), all.size());
            commentedSeen += commented.size();
        }
        QVERIFY(commentedSeen > 0);
    }

    void listFilterLastActionDateBefore()
    {
        const QList<QJsonObject> all = allPages(listPath(kKeyAmbassador, u"per_page=500"_s));
        QVERIFY(all.size() >= 3);
        // Newest first: a cutoff in the middle leaves rooms on both sides.
        const QString cutoff = all.at(all.size() / 2).value(u"last_message_date"_s).toString();
        const auto roomsBefore = [&all](const QString &laravelCutoff) {
            QList<qint64> ids;
            for (const QJsonObject &item : all) {
                // One fixed-width UTC shape: text order is time order.
                if (item.value(u"last_message_date"_s).toString() < laravelCutoff)
                    ids.append(idOf(item, u"id_chatroom"_s));
            }
            return ids;
        };
        const auto filtered = [this](const QString &before) {
            return listedRooms(kKeyAmbassador,
                               u"filter[last_action_date_before]="_s +
                                   QString::fromLatin1(QUrl::toPercentEncoding(before)));
        };
        QVERIFY(!roomsBefore(cutoff).isEmpty());
        QCOMPARE(filtered(cutoff), roomsBefore(cutoff));

        // The docs' zone-less shape reads as UTC, to the millisecond.
        QString spaced = cutoff.left(23);
        spaced[10] = u' ';
        QCOMPARE(filtered(spaced), roomsBefore(cutoff.left(23) + u"000Z"_s));
    }

    void listFilterValidation_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("value");
        QTest::newRow("archived") << u"archived"_s << u"perhaps"_s;
        QTest::newRow("flag") << u"flag"_s << u"3"_s;
        QTest::newRow("type_chatroom") << u"type_chatroom"_s << u"1"_s;
        QTest::newRow("commented") << u"commented"_s << u"yes"_s;
        QTest::newRow("last_action_date_before") << u"last_action_date_before"_s << u"yesterday"_s;
    }

    void listFilterValidation()
    {
        QFETCH(QString, name);
        QFETCH(QString, value);
        const HttpResult r =
            m_sandbox.get(listPath(kKeyAmbassador, u"filter[%1]=%2"_s.arg(name, value)));
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(u"filter."_s + name), r.body.constData());
    }

    void listRejectsAnUnknownFilter()
    {
        // filter[source] belongs to the manager inbox, not to an ambassador's list.
        const HttpResult r = m_sandbox.get(listPath(kKeyAmbassador, u"filter[source]=direct"_s));
        QCOMPARE(r.status, 400);
        QVERIFY2(r.message().contains(u"source"_s), r.body.constData());
        QVERIFY2(r.message().contains(u"last_action_date_before"_s), r.body.constData());
    }

    void listOfAnUnknownAmbassadorIs404()
    {
        const HttpResult r = m_sandbox.get(listPath(kUnknownId));
        QCOMPARE(r.status, 404);
        QCOMPARE(r.message(), u"The ambassador does not exist"_s);
    }

    // ------------------------------------------------------------ POST .../read

    void readMarksTheLastMessage()
    {
        const QJsonObject before = room(kRoomOfOneAndTwo);
        const HttpResult r =
            m_sandbox.post(memberPath(kRoomOfOneAndTwo, kOtherMember, u"read"_s), {});
        QCOMPARE(r.status, 200);
        const QJsonObject message = r.object();
        const QStringList problems = messageProblems(message);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        // The room's last message: the one dated last_message_date.
        QCOMPARE(message.value(u"date_insert"_s), before.value(u"last_message_date"_s));

        const QJsonObject after = room(kRoomOfOneAndTwo);
        QCOMPARE(pivotOf(after, kOtherMember).value(u"last_read_message"_s),
                 message.value(u"id_message"_s));
        QCOMPARE(pivotOf(after, kKeyAmbassador), pivotOf(before, kKeyAmbassador));

        // Marking again is harmless and answers the same message.
        const HttpResult again =
            m_sandbox.post(memberPath(kRoomOfOneAndTwo, kOtherMember, u"read"_s), {});
        QCOMPARE(again.status, 200);
        QCOMPARE(again.object().value(u"id_message"_s), message.value(u"id_message"_s));
    }

    void readAnEmptyRoomIs422()
    {
        const qint64 id = newRoom(kKeyAmbassador, 11);
        QVERIFY(id > 0);
        const HttpResult r = m_sandbox.post(memberPath(id, kKeyAmbassador, u"read"_s), {});
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(u"chatroom"_s), r.body.constData());
        QCOMPARE(pivotOf(room(id), kKeyAmbassador).value(u"last_read_message"_s),
                 QJsonValue(QJsonValue::Null));
    }

    // ------------------------------------------------------------ errors shared by the member
    // routes

    void memberRouteErrors_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("chatroom");
        QTest::addColumn<qint64>("ambassador");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // 404 message or 422 field
        const QList<QPair<QString, QByteArray>> actions = {
            {u"read"_s, QByteArray()},
            {u"archive"_s, QByteArray(R"({"archive": true})")},
            {u"block"_s, QByteArray(R"({"is_blocked": true})")},
            {u"flag"_s, QByteArray(R"({"flag": 1})")},
        };
        for (const auto &[action, body] : actions) {
            QTest::addRow("%s: unknown chatroom", qPrintable(action))
                << action << body << kUnknownId << kKeyAmbassador << 404
                << u"The chatroom does not exist"_s;
            QTest::addRow("%s: unknown ambassador", qPrintable(action))
                << action << body << kRoomOfOneAndTwo << kUnknownId << 404
                << u"The ambassador does not exist"_s;
            QTest::addRow("%s: not a member", qPrintable(action))
                << action << body << kRoomOfOneAndTwo << kOutsider << 422 << u"ambassador"_s;
        }
    }

    void memberRouteErrors()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, body);
        QFETCH(qint64, chatroom);
        QFETCH(qint64, ambassador);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const QByteArray method = action == u"read"_s ? "POST" : "PATCH";
        const HttpResult r = m_sandbox.send(method, memberPath(chatroom, ambassador, action), body);
        QCOMPARE(r.status, status);
        if (status == 404)
            QCOMPARE(r.message(), expected);
        else
            QVERIFY2(r.fieldErrors().contains(expected), r.body.constData());
        QVERIFY(ambassadorIn(room(kRoomOfOneAndTwo), kOutsider).isEmpty()); // no row was added
    }

    void memberRouteBodyValidation_data()
    {
        QTest::addColumn<QString>("action");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("archive: missing") << u"archive"_s << QByteArray("{}") << u"archive"_s;
        QTest::newRow("archive: empty body") << u"archive"_s << QByteArray() << u"archive"_s;
        QTest::newRow("archive: not a boolean")
            << u"archive"_s << QByteArray(R"({"archive": "maybe"})") << u"archive"_s;
        QTest::newRow("archive: 2")
            << u"archive"_s << QByteArray(R"({"archive": 2})") << u"archive"_s;
        QTest::newRow("archive: null")
            << u"archive"_s << QByteArray(R"({"archive": null})") << u"archive"_s;
        QTest::newRow("archive: malformed")
            << u"archive"_s << QByteArray(R"({"archive": tru})") << u"body"_s;
        QTest::newRow("block: missing") << u"block"_s << QByteArray("{}") << u"is_blocked"_s;
        QTest::newRow("block: not a boolean")
            << u"block"_s << QByteArray(R"({"is_blocked": "no"})") << u"is_blocked"_s;
        QTest::newRow("block: an array")
            << u"block"_s << QByteArray(R"({"is_blocked": [true]})") << u"is_blocked"_s;
        QTest::newRow("flag: missing") << u"flag"_s << QByteArray("{}") << u"flag"_s;
        QTest::newRow("flag: 0") << u"flag"_s << QByteArray(R"({"flag": 0})") << u"flag"_s;
        QTest::newRow("flag: 3") << u"flag"_s << QByteArray(R"({"flag": 3})") << u"flag"_s;
        QTest::newRow("flag: a word")
            << u"flag"_s << QByteArray(R"({"flag": "todo"})") << u"flag"_s;
        QTest::newRow("flag: a boolean")
            << u"flag"_s << QByteArray(R"({"flag": true})") << u"flag"_s;
        QTest::newRow("flag: 1.5") << u"flag"_s << QByteArray(R"({"flag": 1.5})") << u"flag"_s;
    }

    void memberRouteBodyValidation()
    {
        QFETCH(QString, action);
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const QJsonObject before = pivotOf(room(kRoomOfOneAndTwo), kOtherMember);
        const HttpResult r =
            m_sandbox.send("PATCH", memberPath(kRoomOfOneAndTwo, kOtherMember, action), body);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().value(field).toArray().first().isString(), r.body.constData());
        QCOMPARE(pivotOf(room(kRoomOfOneAndTwo), kOtherMember), before);
    }

    // ------------------------------------------------------------ archive, block, flag

    void archiveAndUnarchive()
    {
        const qint64 id = newRoom(kKeyAmbassador, 12);
        QVERIFY(id > 0);
        HttpResult r = m_sandbox.patch(memberPath(id, 12, u"archive"_s), {{u"archive"_s, true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), jsonObject(R"({"message": "Chatroom archived successfully"})"));
        QJsonObject after = room(id);
        QCOMPARE(pivotOf(after, 12).value(u"archived"_s), QJsonValue(true));
        QCOMPARE(pivotOf(after, kKeyAmbassador).value(u"archived"_s), QJsonValue(false));

        // Laravel's boolean rule takes "0"/"1"/"true"/"false" too.
        r = m_sandbox.patch(memberPath(id, 12, u"archive"_s), {{u"archive"_s, u"false"_s}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), jsonObject(R"({"message": "Chatroom unarchived successfully"})"));
        QCOMPARE(pivotOf(room(id), 12).value(u"archived"_s), QJsonValue(false));
    }

    void blockAndUnblock()
    {
        const qint64 id = newRoom(kKeyAmbassador, 13);
        QVERIFY(id > 0);
        HttpResult r = m_sandbox.patch(memberPath(id, 13, u"block"_s), {{u"is_blocked"_s, true}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.message(), u"chatroom %1 blocked successfully for ambassador 13"_s.arg(id));
        QJsonObject after = room(id);
        QCOMPARE(pivotOf(after, 13).value(u"is_blocked"_s), QJsonValue(true));
        QCOMPARE(pivotOf(after, kKeyAmbassador).value(u"is_blocked"_s), QJsonValue(false));

        r = m_sandbox.patch(memberPath(id, 13, u"block"_s), {{u"is_blocked"_s, 0}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.message(), u"chatroom %1 unblocked successfully for ambassador 13"_s.arg(id));
        QCOMPARE(pivotOf(room(id), 13).value(u"is_blocked"_s), QJsonValue(false));
    }

    void flagValues_data()
    {
        QTest::addColumn<QJsonValue>("sent");
        QTest::addColumn<QJsonValue>("stored");
        QTest::newRow("todo") << QJsonValue(1) << QJsonValue(1);
        QTest::newRow("done") << QJsonValue(2) << QJsonValue(2);
        QTest::newRow("done as a string") << QJsonValue(u"2"_s) << QJsonValue(2);
        QTest::newRow("null clears")
            << QJsonValue(QJsonValue::Null) << QJsonValue(QJsonValue::Null);
    }

    void flagValues()
    {
        QFETCH(QJsonValue, sent);
        QFETCH(QJsonValue, stored);
        const qint64 id = newRoom(kKeyAmbassador, 14);
        QVERIFY(id > 0);
        // Start from the other value, so that every row changes something.
        const QJsonValue start = stored == 1 ? QJsonValue(2) : QJsonValue(1);
        QCOMPARE(m_sandbox.patch(memberPath(id, 14, u"flag"_s), {{u"flag"_s, start}}).status, 200);
        QCOMPARE(pivotOf(room(id), 14).value(u"flag"_s), start);

        const HttpResult r = m_sandbox.patch(memberPath(id, 14, u"flag"_s), {{u"flag"_s, sent}});
        QCOMPARE(r.status, 200);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(pivotOf(room(id), 14).value(u"flag"_s), stored);
        QCOMPARE(pivotOf(room(id), kKeyAmbassador).value(u"flag"_s), QJsonValue(QJsonValue::Null));
    }

    // ------------------------------------------------------------ PATCH .../purge

    void purgeHidesTheRoomFromOneMember()
    {
        QVERIFY(setArchived(kRoomOfOneAndTwo, kKeyAmbassador, false));
        QVERIFY(setArchived(kRoomOfOneAndTwo, kOtherMember, false));
        QVERIFY(listedRooms(kOtherMember).contains(kRoomOfOneAndTwo));

        RequestOptions noBrandHeader; // quirk 8: not required on this route
        noBrandHeader.brandHeader = false;
        const HttpResult r = m_sandbox.patch(u"/chat/chatrooms/1/purge"_s,
                                             {{u"id_ambassador"_s, kOtherMember}}, noBrandHeader);
        QCOMPARE(r.status, 200);
        QCOMPARE(r.object(), jsonObject(R"({"message": "Chatroom purged successfully"})"));

        QVERIFY(!listedRooms(kOtherMember).contains(kRoomOfOneAndTwo));
        QVERIFY(!listedRooms(kOtherMember, u"filter[archived]=true"_s).contains(kRoomOfOneAndTwo));
        QVERIFY(listedRooms(kKeyAmbassador).contains(kRoomOfOneAndTwo));
        const HttpResult stillThere = m_sandbox.get(roomPath(kRoomOfOneAndTwo));
        QCOMPARE(stillThere.status, 200);
        QCOMPARE(ambassadorIds(stillThere.object()), (QList<qint64>{kKeyAmbassador, kOtherMember}));
    }

    void aNewMessageBringsAPurgedRoomBack()
    {
        QVERIFY(!listedRooms(kOtherMember).contains(kRoomOfOneAndTwo)); // purged just above
        const HttpResult posted =
            m_sandbox.post(u"/chat/chatrooms/1/messages"_s, {{u"id_ambassador"_s, kKeyAmbassador},
                                                             {u"type_message"_s, 0},
                                                             {u"content"_s, u"Still there?"_s}});
        QCOMPARE(posted.status, 201);
        const QList<QJsonObject> inbox = allPages(listPath(kOtherMember, u"per_page=500"_s));
        QCOMPARE(roomIds(inbox).value(0), kRoomOfOneAndTwo); // newest activity first
        QCOMPARE(inbox.first().value(u"last_message"_s)[u"id_message"_s],
                 posted.object().value(u"id_message"_s));
    }

    void purgeAnEmptyRoom()
    {
        const qint64 id = newRoom(kKeyAmbassador, 15);
        QVERIFY(id > 0);
        QVERIFY(listedRooms(15).contains(id));
        const HttpResult r =
            m_sandbox.patch(u"/chat/chatrooms/%1/purge"_s.arg(id), {{u"id_ambassador"_s, 15}});
        QCOMPARE(r.status, 200);
        QVERIFY(!listedRooms(15).contains(id));
        QVERIFY(listedRooms(kKeyAmbassador).contains(id));
    }

    void purgeErrors_data()
    {
        QTest::addColumn<qint64>("chatroom");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("expected"); // 404 message or 422 field
        QTest::newRow("unknown chatroom") << kUnknownId << QByteArray(R"({"id_ambassador": 1})")
                                          << 404 << u"The chatroom does not exist"_s;
        QTest::newRow("no id_ambassador")
            << kRoomOfOneAndTwo << QByteArray("{}") << 422 << u"id_ambassador"_s;
        QTest::newRow("id_ambassador not an integer")
            << kRoomOfOneAndTwo << QByteArray(R"({"id_ambassador": "one"})") << 422
            << u"id_ambassador"_s;
        QTest::newRow("unknown ambassador")
            << kRoomOfOneAndTwo << QByteArray(R"({"id_ambassador": 999999})") << 422
            << u"id_ambassador"_s;
        QTest::newRow("not a member") << kRoomOfOneAndTwo << QByteArray(R"({"id_ambassador": 3})")
                                      << 422 << u"id_ambassador"_s;
        QTest::newRow("malformed JSON")
            << kRoomOfOneAndTwo << QByteArray(R"({"id_ambassador": )") << 422 << u"body"_s;
    }

    void purgeErrors()
    {
        QFETCH(qint64, chatroom);
        QFETCH(QByteArray, body);
        QFETCH(int, status);
        QFETCH(QString, expected);
        const QList<qint64> before = listedRooms(kKeyAmbassador);
        const HttpResult r =
            m_sandbox.send("PATCH", u"/chat/chatrooms/%1/purge"_s.arg(chatroom), body);
        QCOMPARE(r.status, status);
        if (status == 404)
            QCOMPARE(r.message(), expected);
        else
            QVERIFY2(r.fieldErrors().value(expected).toArray().first().isString(),
                     r.body.constData());
        QCOMPARE(listedRooms(kKeyAmbassador), before);
    }
};

QTEST_GUILESS_MAIN(TestSandboxChatrooms)
#include "tst_sandbox_chatrooms.moc"
