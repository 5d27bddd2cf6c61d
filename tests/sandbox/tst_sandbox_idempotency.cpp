// Idempotency-Key on POSTs (draft-ietf-httpapi-idempotency-key-header): a retried request
// is answered from the stored first answer without a second effect; a reused key with
// another request is a 422; a duplicate that arrives while the first is still running is a
// 409; stored answers survive restarts and belong to one API key.
#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;
using popsell::sandbox::SandboxConfig;

namespace {

const QString kProductPath = QStringLiteral("/chat/chatrooms/1/messages-product");

QByteArray productBody(int idProduct)
{
    return QByteArray(R"({"id_ambassador":1,"id_product":)") + QByteArray::number(idProduct) + '}';
}

RequestOptions withKey(const QByteArray &key)
{
    RequestOptions o;
    o.idempotencyKey = key;
    return o;
}

bool isReplay(const HttpResult &r)
{
    return r.headers.value("idempotent-replayed") == "true";
}

qint64 messageCount(SandboxFixture &sandbox, int room = 1)
{
    const HttpResult r =
        sandbox.get(QStringLiteral("/chat/chatrooms/%1/messages?per_page=1").arg(room));
    return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger(-1) : -1;
}

qint64 chatroomCount(SandboxFixture &sandbox)
{
    RequestOptions o;
    o.brandHeader = false;
    const HttpResult r = sandbox.get(QStringLiteral("/manager/chatrooms?per_page=1"), o);
    return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger(-1) : -1;
}

} // namespace

class TestSandboxIdempotency : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;

    HttpResult postProduct(const QByteArray &key, int idProduct)
    {
        return m_sandbox.send("POST", kProductPath, productBody(idProduct), withKey(key));
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_sandbox.start(), QString()); }

    void sameKeySameBodyReplaysTheStoredAnswer()
    {
        const qint64 before = messageCount(m_sandbox);
        const HttpResult first = postProduct("replay-1", 5);
        QCOMPARE(first.status, 201);
        QVERIFY(!isReplay(first));
        QCOMPARE(first.object().value(QStringLiteral("type_message")).toInt(), 3);

        const HttpResult again = postProduct("replay-1", 5);
        QCOMPARE(again.status, 201);
        QVERIFY(isReplay(again));
        QCOMPARE(again.body, first.body); // byte for byte, the same message id included
        QVERIFY(again.headers.value("content-type").startsWith("application/json"));
        QCOMPARE(messageCount(m_sandbox), before + 1);
    }

    void sameJsonSpelledDifferentlyReplays()
    {
        const qint64 before = messageCount(m_sandbox);
        const HttpResult first = m_sandbox.send(
            "POST", kProductPath, R"({"id_ambassador":1,"id_product":7})", withKey("spelling-1"));
        QCOMPARE(first.status, 201);
        const HttpResult again =
            m_sandbox.send("POST", kProductPath, "{ \"id_product\" : 7,\n  \"id_ambassador\": 1 }",
                           withKey("spelling-1"));
        QCOMPARE(again.status, 201);
        QVERIFY(isReplay(again));
        QCOMPARE(again.body, first.body);
        QCOMPARE(messageCount(m_sandbox), before + 1);
    }

    void quotedKeyIsTheSameKey()
    {
        // A Structured-Field string ("key") names the same key as the bare token.
        const HttpResult first = postProduct("\"quoted-1\"", 8);
        QCOMPARE(first.status, 201);
        const HttpResult again = postProduct("quoted-1", 8);
        QVERIFY(isReplay(again));
        QCOMPARE(again.body, first.body);
    }

    void sameKeyOtherBodyIs422()
    {
        QCOMPARE(postProduct("mismatch-1", 9).status, 201);
        const qint64 before = messageCount(m_sandbox);
        const HttpResult other = postProduct("mismatch-1", 10);
        QCOMPARE(other.status, 422);
        QVERIFY(!isReplay(other));
        QVERIFY2(other.fieldErrors().contains(QStringLiteral("idempotency_key")),
                 other.body.constData());
        QCOMPARE(messageCount(m_sandbox), before);
    }

    void sameKeyOnAnotherRouteIs422()
    {
        // The fingerprint covers method, path and body: another route is another request.
        QCOMPARE(postProduct("route-1", 11).status, 201);
        const qint64 before = messageCount(m_sandbox, 3);
        const HttpResult other =
            m_sandbox.send("POST", QStringLiteral("/chat/chatrooms/3/messages-product"),
                           productBody(11), withKey("route-1"));
        QCOMPARE(other.status, 422);
        QVERIFY2(other.fieldErrors().contains(QStringLiteral("idempotency_key")),
                 other.body.constData());
        QCOMPARE(messageCount(m_sandbox, 3), before);

        const HttpResult create = m_sandbox.post(
            QStringLiteral("/chat/chatrooms"),
            jsonObject(R"({"ids_ambassadors":[3,4],"source":0})"), withKey("route-1"));
        QCOMPARE(create.status, 422);
        QVERIFY(create.fieldErrors().contains(QStringLiteral("idempotency_key")));
    }

    void finalValidationFailureIsStoredAndReplayed()
    {
        const QByteArray incomplete = R"({"id_ambassador":1})";
        const HttpResult first =
            m_sandbox.send("POST", kProductPath, incomplete, withKey("invalid-1"));
        QCOMPARE(first.status, 422);
        QVERIFY(first.fieldErrors().contains(QStringLiteral("id_product")));
        QVERIFY(!isReplay(first));
        const HttpResult again =
            m_sandbox.send("POST", kProductPath, incomplete, withKey("invalid-1"));
        QCOMPARE(again.status, 422);
        QVERIFY(isReplay(again));
        QCOMPARE(again.body, first.body);
    }

    void unauthorizedIsNeverStored()
    {
        RequestOptions stale = withKey("after-401");
        stale.tokenOverride = QStringLiteral("expired-token");
        const HttpResult refused = m_sandbox.send("POST", kProductPath, productBody(12), stale);
        QCOMPARE(refused.status, 401);

        // The client re-logs in and retries with the same key: the action happens now.
        const qint64 before = messageCount(m_sandbox);
        const HttpResult retried = postProduct("after-401", 12);
        QCOMPARE(retried.status, 201);
        QVERIFY(!isReplay(retried));
        QCOMPARE(messageCount(m_sandbox), before + 1);
    }

    void createChatroomOnce()
    {
        const qint64 before = chatroomCount(m_sandbox);
        const QJsonObject body = jsonObject(R"({"ids_ambassadors":[5,6],"source":1})");
        const HttpResult first =
            m_sandbox.post(QStringLiteral("/chat/chatrooms"), body, withKey("room-1"));
        QCOMPARE(first.status, 201);
        const qint64 id = first.object().value(QStringLiteral("id_chatroom")).toInteger();
        QVERIFY(id > 60);
        const HttpResult again =
            m_sandbox.post(QStringLiteral("/chat/chatrooms"), body, withKey("room-1"));
        QCOMPARE(again.status, 201);
        QVERIFY(isReplay(again));
        QCOMPARE(again.body, first.body);
        QCOMPARE(chatroomCount(m_sandbox), before + 1);
    }

    void keysBelongToOneApiKey()
    {
        const QString ambassadorToken = m_sandbox.login(m_sandbox.config().ambassadorApiKey);
        QVERIFY(!ambassadorToken.isEmpty());
        const qint64 before = messageCount(m_sandbox);

        QCOMPARE(postProduct("shared-1", 13).status, 201);
        RequestOptions ambassador = withKey("shared-1");
        ambassador.tokenOverride = ambassadorToken;
        // Ambassador 1 posting in its own room: allowed, and not the brand key's request.
        const HttpResult own = m_sandbox.send("POST", kProductPath, productBody(13), ambassador);
        QCOMPARE(own.status, 201);
        QVERIFY(!isReplay(own));
        QCOMPARE(messageCount(m_sandbox), before + 2);

        // The ambassador key's own record replays for the ambassador key.
        const HttpResult ownAgain =
            m_sandbox.send("POST", kProductPath, productBody(13), ambassador);
        QVERIFY(isReplay(ownAgain));
        QCOMPARE(ownAgain.body, own.body);
        QCOMPARE(messageCount(m_sandbox), before + 2);
    }

    void invalidKeyHeaderIs422_data()
    {
        QTest::addColumn<QByteArray>("key");
        QTest::newRow("300 characters") << QByteArray(300, 'k');
        QTest::newRow("inner space") << QByteArray("two words");
        QTest::newRow("non-ASCII") << QByteArray("cl\xc3\xa9");
        QTest::newRow("empty quoted string") << QByteArray("\"\"");
    }

    void invalidKeyHeaderIs422()
    {
        QFETCH(QByteArray, key);
        const qint64 before = messageCount(m_sandbox);
        const HttpResult r = postProduct(key, 14);
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(QStringLiteral("idempotency_key")), r.body.constData());
        QCOMPARE(messageCount(m_sandbox), before);
    }

    void keyOf255CharactersIsAccepted()
    {
        const QByteArray key(255, 'x');
        const HttpResult first = postProduct(key, 15);
        QCOMPARE(first.status, 201);
        QVERIFY(isReplay(postProduct(key, 15)));
    }

    void concurrentDuplicateIs409()
    {
        SandboxConfig config = SandboxFixture::smallConfig();
        config.latencyMs = 400;
        SandboxFixture slow(config);
        QCOMPARE(slow.start(), QString());
        const qint64 before = messageCount(slow);

        QNetworkReply *a = slow.start("POST", kProductPath, productBody(16), withKey("race-1"));
        QNetworkReply *b = slow.start("POST", kProductPath, productBody(16), withKey("race-1"));
        const HttpResult first = SandboxFixture::wait(a);
        const HttpResult second = SandboxFixture::wait(b);
        QList<int> statuses = {first.status, second.status};
        std::sort(statuses.begin(), statuses.end());
        QCOMPARE(statuses, (QList<int>{201, 409}));
        const HttpResult &conflict = first.status == 409 ? first : second;
        QVERIFY(!conflict.headers.value("retry-after").isEmpty());
        QCOMPARE(messageCount(slow), before + 1);

        // Once the first one is done, the retry gets its stored answer.
        const HttpResult &created = first.status == 201 ? first : second;
        const HttpResult retry =
            slow.send("POST", kProductPath, productBody(16), withKey("race-1"));
        QCOMPARE(retry.status, 201);
        QVERIFY(isReplay(retry));
        QCOMPARE(retry.body, created.body);
        QCOMPARE(messageCount(slow), before + 1);
    }

    void keysAndDataSurviveARestart()
    {
        SandboxFixture sandbox;
        QCOMPARE(sandbox.start(), QString());
        const HttpResult posted =
            sandbox.send("POST", kProductPath, productBody(17), withKey("restart-1"));
        QCOMPARE(posted.status, 201);
        const HttpResult room = sandbox.post(QStringLiteral("/chat/chatrooms"),
                                             jsonObject(R"({"ids_ambassadors":[7,8],"source":2})"));
        QCOMPARE(room.status, 201);
        const qint64 idRoom = room.object().value(QStringLiteral("id_chatroom")).toInteger();
        const HttpResult text = sandbox.post(
            QStringLiteral("/chat/chatrooms/%1/messages").arg(idRoom),
            jsonObject(R"({"id_ambassador":7,"type_message":0,"content":"Bonjour, ça va ?"})"));
        QCOMPARE(text.status, 201);
        QCOMPARE(sandbox
                     .patch(QStringLiteral("/chat/chatrooms/1/ambassadors/1/archive"),
                            jsonObject(R"({"archive":true})"))
                     .status,
                 200);
        const qint64 messages = messageCount(sandbox);
        const qint64 rooms = chatroomCount(sandbox);

        sandbox.stop();
        QCOMPARE(sandbox.start(), QString()); // same data file, new token, new port

        const HttpResult replayed =
            sandbox.send("POST", kProductPath, productBody(17), withKey("restart-1"));
        QCOMPARE(replayed.status, 201);
        QVERIFY(isReplay(replayed));
        QCOMPARE(replayed.body, posted.body);
        QCOMPARE(messageCount(sandbox), messages);
        QCOMPARE(chatroomCount(sandbox), rooms);

        // What was created before the restart is still there, pivot state included.
        const HttpResult kept =
            sandbox.get(QStringLiteral("/chat/chatrooms/%1/messages").arg(idRoom));
        QCOMPARE(kept.status, 200);
        QCOMPARE(kept.data().size(), 1);
        QCOMPARE(kept.data().first().toObject().value(QStringLiteral("content")).toString(),
                 QStringLiteral("Bonjour, ça va ?"));
        const HttpResult one = sandbox.get(QStringLiteral("/chat/chatrooms/1"));
        bool archived = false;
        for (const QJsonValue &a : one.object().value(QStringLiteral("ambassadors")).toArray()) {
            const QJsonObject ambassador = a.toObject();
            if (ambassador.value(QStringLiteral("id_ambassador")).toInteger() != 1)
                continue;
            for (const QJsonValue &pivot :
                 ambassador.value(QStringLiteral("chatroom_pivot_data")).toArray())
                archived = archived || pivot.toObject().value(QStringLiteral("archived")).toBool();
        }
        QVERIFY(archived);
    }
};

QTEST_GUILESS_MAIN(TestSandboxIdempotency)
#include "tst_sandbox_idempotency.moc"
