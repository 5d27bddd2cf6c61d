// The client's request gate: a 401 in the middle of a session holds calls back until the
// token is renewed (none lost, none doubled), at most maxInFlight calls on the wire, user
// actions ahead of reads. Against a scripted FaultServer and the real sandbox, over loopback.
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "support/faultserver.h"
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <functional>
#include <memory>
#include <optional>

using namespace popsell::api;
using popsell::testing::FaultBehaviour;
using popsell::testing::FaultServer;
using popsell::testing::ReceivedRequest;
using popsell::testing::RequestOptions;
using popsell::testing::SandboxFixture;
using namespace Qt::StringLiterals;

namespace {

const QString kOldToken = QStringLiteral("old-token-7a21");
const QString kNewToken = QStringLiteral("renewed-token-93c0");
const QString kApi = QStringLiteral("/api/v2");

ApiConfig configFor(const FaultServer &server, int maxInFlight = 4)
{
    ApiConfig config;
    config.baseUrl = server.url(kApi);
    config.domain = QStringLiteral("demo.popsell.test");
    config.brandId = 3;
    config.inactivityTimeoutMs = 3000;
    config.deadlineMs = 8000;
    config.maxInFlight = maxInFlight;
    return config;
}

// What a callback received; shared with the callback so that a late delivery cannot touch
// a dead stack frame.
struct Delivery
{
    std::optional<Result<JsonReply>> result;
    int count = 0;
};
using DeliveryPtr = std::shared_ptr<Delivery>;

ApiClient::JsonCallback recorder(const DeliveryPtr &delivery)
{
    return [delivery](Result<JsonReply> result) {
        ++delivery->count;
        delivery->result = std::move(result);
    };
}

QString kindOf(const DeliveryPtr &delivery)
{
    if (!delivery->result)
        return QStringLiteral("(nothing)");
    return delivery->result->ok() ? QStringLiteral("ok")
                                  : ApiError::kindName(delivery->result->error().kind());
}

// Every delivery arrived, and a little later none has arrived twice.
bool allDelivered(const QList<DeliveryPtr> &deliveries, int timeoutMs = 10000)
{
    const bool arrived = QTest::qWaitFor(
        [&] {
            return std::all_of(deliveries.cbegin(), deliveries.cend(),
                               [](const DeliveryPtr &d) { return d->count > 0; });
        },
        timeoutMs);
    QTest::qWait(30);
    return arrived;
}

int deliveredCount(const QList<DeliveryPtr> &deliveries)
{
    return int(std::count_if(deliveries.cbegin(), deliveries.cend(),
                             [](const DeliveryPtr &d) { return d->count > 0; }));
}

QString apiPath(Endpoint endpoint, const QList<qint64> &ids)
{
    return kApi + expandPath(endpointSpec(endpoint), ids);
}

// 401 unless the request carries the renewed token; then `ok`.
FaultServer::Handler renewedTokenOnly(const FaultBehaviour &ok)
{
    return [ok](const ReceivedRequest &request) {
        if (request.header("authorization") == "Bearer " + kNewToken.toLatin1())
            return ok;
        return FaultBehaviour::json(401, R"({"message":"Unauthenticated."})");
    };
}

// A slow answer from SlowServer.
struct SlowAnswer
{
    int delayMs = 0;
    int status = 200;
    QByteArray body = "{}";
};

// Answers each request after a delay the test picks, one request at a time per keep-alive
// connection, recording what arrived and how many requests it was answering at once.
// FaultServer cannot be used for slow answers here: its connection stays busy for a moment
// after a dripped answer is complete, and a request reusing it then is never read.
class SlowServer : public QObject
{
public:
    using Answer = std::function<SlowAnswer(const ReceivedRequest &)>;

    explicit SlowServer(Answer answer)
        : m_answer(std::move(answer))
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                ++m_connections;
                connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
                connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            }
        });
    }

    bool listen() { return m_server.listen(QHostAddress::LocalHost, 0); }
    QUrl url(const QString &path) const
    {
        return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(m_server.serverPort()).arg(path));
    }
    const QList<ReceivedRequest> &requests() const { return m_requests; }
    QList<ReceivedRequest> requestsTo(const QString &path) const
    {
        QList<ReceivedRequest> matching;
        for (const ReceivedRequest &request : m_requests) {
            if (request.path == path)
                matching.append(request);
        }
        return matching;
    }
    int mostAtOnce() const { return m_mostAtOnce; }
    int connections() const { return m_connections; }
    int answered() const { return m_answered; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        socket->setProperty("buffer", buffer);
        if (socket->property("busy").toBool())
            return;
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        ReceivedRequest request;
        const QList<QByteArray> lines = buffer.left(end).split('\n');
        const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
        request.method = requestLine.value(0);
        request.target = requestLine.value(1);
        request.path = QString::fromLatin1(request.target.split('?').constFirst());
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const qsizetype colon = lines.at(i).indexOf(':');
            if (colon > 0)
                request.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                                       lines.at(i).mid(colon + 1).trimmed());
        }
        const qsizetype length = request.header("content-length").toLongLong();
        if (buffer.size() < end + 4 + length)
            return;
        request.body = buffer.mid(end + 4, length);
        socket->setProperty("buffer", buffer.mid(end + 4 + length));
        socket->setProperty("busy", true);
        m_requests.append(request);
        ++m_atOnce;
        m_mostAtOnce = std::max(m_mostAtOnce, m_atOnce);
        const SlowAnswer answer = m_answer(request);
        QTimer::singleShot(answer.delayMs, socket, [this, socket, answer] {
            socket->write("HTTP/1.1 " + QByteArray::number(answer.status) +
                          " Answer\r\nContent-Type: application/json\r\n"
                          "Connection: keep-alive\r\nContent-Length: " +
                          QByteArray::number(answer.body.size()) + "\r\n\r\n" + answer.body);
            --m_atOnce;
            ++m_answered;
            socket->setProperty("busy", false);
            serve(socket); // a request that arrived meanwhile
        });
    }

    QTcpServer m_server;
    Answer m_answer;
    QList<ReceivedRequest> m_requests;
    int m_atOnce = 0;
    int m_mostAtOnce = 0;
    int m_connections = 0;
    int m_answered = 0;
};

qint64 messageCount(SandboxFixture &sandbox, int room = 1)
{
    const auto r = sandbox.get(QStringLiteral("/chat/chatrooms/%1/messages?per_page=1").arg(room));
    return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger(-1) : -1;
}

} // namespace

class TestApiGate : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_api;
    std::unique_ptr<ApiClient> m_client;

    DeliveryPtr send(Endpoint endpoint, const QList<qint64> &ids = {},
                     const std::optional<QJsonObject> &body = std::nullopt,
                     QObject *context = nullptr, QPointer<ApiCall> *call = nullptr)
    {
        auto delivery = std::make_shared<Delivery>();
        ApiCall *started =
            m_client->send(endpoint, ids, {}, body, context ? context : this, recorder(delivery));
        if (call)
            *call = started;
        return delivery;
    }

    void useClient(const ApiConfig &config, bool hold)
    {
        m_client = std::make_unique<ApiClient>(config);
        m_client->setHoldOnUnauthorized(hold);
        m_client->setToken(kOldToken);
    }

    // Starts one call that answers 401 and waits until it has suspended the client.
    DeliveryPtr suspendWith(Endpoint endpoint, const QList<qint64> &ids,
                            const std::optional<QJsonObject> &body = std::nullopt,
                            QPointer<ApiCall> *call = nullptr)
    {
        const DeliveryPtr delivery = send(endpoint, ids, body, nullptr, call);
        if (!QTest::qWaitFor([&] { return m_client->isSuspended(); }, 5000))
            return nullptr;
        return delivery;
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<FaultServer>();
        QVERIFY(m_api->listen());
    }

    void cleanup()
    {
        m_client.reset();
        m_api.reset();
    }

    void holdOffDeliversThe401()
    {
        useClient(configFor(*m_api), false);
        QVERIFY(!m_client->holdsOnUnauthorized());
        m_api->script(apiPath(Endpoint::GetChatroom, {1}),
                      FaultBehaviour::json(401, R"({"message":"Unauthenticated."})"));
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedDuringSession);
        const DeliveryPtr delivery = send(Endpoint::GetChatroom, {1});
        QVERIFY(allDelivered({delivery}));
        QCOMPARE(delivery->count, 1);
        QCOMPARE(kindOf(delivery), QStringLiteral("unauthorized"));
        QVERIFY(!m_client->isSuspended());
        QCOMPARE(unauthorized.count(), 0);
        QCOMPARE(m_client->heldCount(), 0);
    }

    void parkedCallGoesAgainWithItsKeyThenWaitingWritesThenReads()
    {
        // One at a time, so that the server sees the exact order the client sends in.
        useClient(configFor(*m_api, 1), true);
        QVERIFY(m_client->holdsOnUnauthorized());
        const QString product = apiPath(Endpoint::PostProductMessage, {1});
        const QString rating = apiPath(Endpoint::RateChatroom, {1});
        const QString chatroom = apiPath(Endpoint::GetChatroom, {1});
        const QString messages = apiPath(Endpoint::ListMessages, {1});
        const QString edit = apiPath(Endpoint::UpdateMessage, {7});
        m_api->handle(product, renewedTokenOnly(FaultBehaviour::json(201, R"({"id_message":1})")));
        m_api->handle(rating, renewedTokenOnly(FaultBehaviour::json(201, R"({"id_message":2})")));
        m_api->handle(chatroom, renewedTokenOnly(FaultBehaviour::json(200, R"({"id":1})")));
        m_api->handle(messages, renewedTokenOnly(FaultBehaviour::json(200, R"({"data":[]})")));
        m_api->handle(edit, renewedTokenOnly(FaultBehaviour::json(200, R"({"id_message":7})")));

        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedDuringSession);
        QSignalSpy suspended(m_client.get(), &ApiClient::suspendedChanged);
        QSignalSpy held(m_client.get(), &ApiClient::heldCountChanged);
        const QJsonObject productBody{{QStringLiteral("id_ambassador"), 1},
                                      {QStringLiteral("id_product"), 5}};
        QPointer<ApiCall> parkedCall;
        const DeliveryPtr parked =
            suspendWith(Endpoint::PostProductMessage, {1}, productBody, &parkedCall);
        QVERIFY(parked);
        QVERIFY(parkedCall);
        const QByteArray key = parkedCall->idempotencyKey();
        QVERIFY(!key.isEmpty());
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(suspended.count(), 1);
        QCOMPARE(suspended.constFirst().constFirst().toBool(), true);
        QCOMPARE(m_client->heldCount(), 1);
        QCOMPARE(m_client->inFlightCount(), 0);

        // Started while suspended: they wait, reads and writes mixed.
        const QList<DeliveryPtr> waiting{
            send(Endpoint::GetChatroom, {1}),
            send(Endpoint::RateChatroom, {1}, QJsonObject{}),
            send(Endpoint::ListMessages, {1}),
            send(Endpoint::UpdateMessage, {7}, QJsonObject{{QStringLiteral("content"), u"x"_s}}),
        };
        QCOMPARE(m_client->heldCount(), 5);
        QCOMPARE(held.constLast().constFirst().toInt(), 5);
        QTest::qWait(200);
        QCOMPARE(m_api->requests().size(), 1); // only the first attempt went
        QCOMPARE(deliveredCount(waiting) + parked->count, 0);
        QCOMPARE(unauthorized.count(), 1);

        m_client->setToken(kNewToken);
        m_client->resume();
        QVERIFY(!m_client->isSuspended());
        QList<DeliveryPtr> all = waiting;
        all.prepend(parked);
        QVERIFY(allDelivered(all));
        for (const DeliveryPtr &delivery : std::as_const(all)) {
            QCOMPARE(delivery->count, 1);
            QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        }
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(suspended.count(), 2);
        QCOMPARE(suspended.constLast().constFirst().toBool(), false);
        QCOMPARE(m_client->heldCount(), 0);

        const QList<ReceivedRequest> seen = m_api->requests();
        QStringList order;
        for (const ReceivedRequest &request : seen)
            order.append(QString::fromLatin1(request.method) + u' ' + request.path);
        // The parked action first, then the user actions, then the reads, each in order.
        const QStringList expected{u"POST "_s + product, u"POST "_s + product,
                                   u"POST "_s + rating,  u"PATCH "_s + edit,
                                   u"GET "_s + chatroom, u"GET "_s + messages};
        QCOMPARE(order, expected);
        // The same action, not a new one: same key and body, the renewed token.
        QCOMPARE(seen.at(0).header("authorization"), "Bearer " + kOldToken.toLatin1());
        QCOMPARE(seen.at(1).header("authorization"), "Bearer " + kNewToken.toLatin1());
        QCOMPARE(seen.at(0).header("idempotency-key"), key);
        QCOMPARE(seen.at(1).header("idempotency-key"), key);
        QCOMPARE(seen.at(1).body, seen.at(0).body);
        QCOMPARE(seen.at(1).body, QByteArray(R"({"id_ambassador":1,"id_product":5})"));
    }

    void sessionEndpointsAreNeverHeld()
    {
        useClient(configFor(*m_api), true);
        const QByteArray unauthenticated = R"({"message":"Unauthenticated."})";
        m_api->script(apiPath(Endpoint::Logout, {}), FaultBehaviour::json(401, unauthenticated));
        m_api->script(apiPath(Endpoint::CreateToken, {}),
                      FaultBehaviour::json(401, unauthenticated));
        m_api->script(apiPath(Endpoint::GetBrand, {}), FaultBehaviour::json(200, R"({"id":3})"));
        m_api->script(apiPath(Endpoint::GetChatroom, {1}),
                      FaultBehaviour::json(401, unauthenticated));
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedDuringSession);

        // Not suspended: a 401 on logout is an answer, not a reason to hold anything.
        const DeliveryPtr logout = send(Endpoint::Logout, {}, QJsonObject{});
        QVERIFY(allDelivered({logout}));
        QCOMPARE(kindOf(logout), QStringLiteral("unauthorized"));
        QVERIFY(!m_client->isSuspended());
        QCOMPARE(unauthorized.count(), 0);

        QVERIFY(suspendWith(Endpoint::GetChatroom, {1}));
        QCOMPARE(m_client->heldCount(), 1);
        // Suspended: signing in (and its brand check) still goes, and its 401 is delivered.
        const DeliveryPtr signIn =
            send(Endpoint::CreateToken, {}, QJsonObject{{QStringLiteral("api_key"), u"wrong"_s}});
        const DeliveryPtr brand = send(Endpoint::GetBrand);
        const DeliveryPtr logoutAgain = send(Endpoint::Logout, {}, QJsonObject{});
        QVERIFY(allDelivered({signIn, brand, logoutAgain}));
        QCOMPARE(kindOf(signIn), QStringLiteral("unauthorized"));
        QCOMPARE(kindOf(brand), QStringLiteral("ok"));
        QCOMPARE(kindOf(logoutAgain), QStringLiteral("unauthorized"));
        QCOMPARE(m_client->heldCount(), 1);
        QVERIFY(m_client->isSuspended());
        QCOMPARE(unauthorized.count(), 1);
    }

    void redirectToALoginPageIsDeliveredNotHeld()
    {
        useClient(configFor(*m_api), true);
        m_api->script(apiPath(Endpoint::GetChatroom, {1}),
                      FaultBehaviour::redirect(302, m_api->url(QStringLiteral("/login"))));
        const DeliveryPtr delivery = send(Endpoint::GetChatroom, {1});
        QVERIFY(allDelivered({delivery}));
        QCOMPARE(kindOf(delivery), QStringLiteral("bad_response"));
        QVERIFY(!m_client->isSuspended());
    }

    void cancelingAHeldCallTakesItOutOfTheQueue()
    {
        useClient(configFor(*m_api, 1), true);
        for (const QString &path :
             {apiPath(Endpoint::PostMessage, {1}), apiPath(Endpoint::RateChatroom, {1}),
              apiPath(Endpoint::GetChatroom, {1})})
            m_api->handle(path, renewedTokenOnly(FaultBehaviour::json(201, "{}")));
        QPointer<ApiCall> parkedCall;
        const DeliveryPtr parked =
            suspendWith(Endpoint::PostMessage, {1}, QJsonObject{}, &parkedCall);
        QVERIFY(parked);
        QPointer<ApiCall> waitingCall;
        const DeliveryPtr waiting =
            send(Endpoint::RateChatroom, {1}, QJsonObject{}, nullptr, &waitingCall);
        auto context = std::make_unique<QObject>();
        const DeliveryPtr orphan = send(Endpoint::GetChatroom, {1}, std::nullopt, context.get());
        QCOMPARE(m_client->heldCount(), 3);

        QVERIFY(parkedCall && waitingCall);
        QVERIFY(!waitingCall->isFinished());
        QCOMPARE(waitingCall->attempts(), 0);
        parkedCall->cancel();
        QCOMPARE(parked->count, 0); // never inside cancel()
        QCOMPARE(m_client->heldCount(), 2);
        waitingCall->cancel();
        QCOMPARE(m_client->heldCount(), 1);
        context.reset(); // nobody left to hear it: it leaves the queue silently
        QCOMPARE(m_client->heldCount(), 0);
        QVERIFY(allDelivered({parked, waiting}));
        QCOMPARE(parked->count, 1);
        QCOMPARE(waiting->count, 1);
        QCOMPARE(kindOf(parked), QStringLiteral("canceled"));
        QCOMPARE(kindOf(waiting), QStringLiteral("canceled"));

        m_client->setToken(kNewToken);
        m_client->resume();
        QTest::qWait(200);
        QCOMPARE(orphan->count, 0);
        QCOMPARE(m_api->requests().size(), 1); // none of them went again
    }

    void abandonHeldDeliversTheErrorToEveryHeldCall()
    {
        useClient(configFor(*m_api, 2), true);
        const QString path = apiPath(Endpoint::PostMessage, {1});
        const QString chatroom = apiPath(Endpoint::GetChatroom, {1});
        m_api->handle(path, renewedTokenOnly(FaultBehaviour::json(201, "{}")));
        m_api->handle(chatroom, renewedTokenOnly(FaultBehaviour::json(200, "{}")));
        QSignalSpy suspended(m_client.get(), &ApiClient::suspendedChanged);
        // Two parked (both on the wire when the first 401 came) and two waiting.
        const QList<DeliveryPtr> heldCalls{
            send(Endpoint::PostMessage, {1}, QJsonObject{{QStringLiteral("n"), 1}}),
            send(Endpoint::PostMessage, {1}, QJsonObject{{QStringLiteral("n"), 2}}),
            send(Endpoint::PostMessage, {1}, QJsonObject{{QStringLiteral("n"), 3}}),
            send(Endpoint::GetChatroom, {1}),
        };
        QVERIFY(QTest::qWaitFor(
            [&] { return m_client->isSuspended() && m_client->inFlightCount() == 0; }, 5000));
        QCOMPARE(m_client->heldCount(), 4);
        QCOMPARE(m_api->requests().size(), 2);

        const ApiError signedOut(ApiError::Kind::Unauthorized, QStringLiteral("signed out"), 401);
        m_client->abandonHeld(signedOut);
        QVERIFY(!m_client->isSuspended());
        QCOMPARE(m_client->heldCount(), 0);
        QCOMPARE(suspended.count(), 2);
        QVERIFY(allDelivered(heldCalls));
        for (const DeliveryPtr &delivery : heldCalls) {
            QCOMPARE(delivery->count, 1);
            QCOMPARE(kindOf(delivery), QStringLiteral("unauthorized"));
            QCOMPARE(delivery->result->error().detail(), QStringLiteral("signed out"));
        }

        // Signed in again: new calls go, and the abandoned ones never do.
        m_client->setToken(kNewToken);
        const DeliveryPtr after = send(Endpoint::GetChatroom, {1});
        QVERIFY(allDelivered({after}));
        QCOMPARE(kindOf(after), QStringLiteral("ok"));
        QCOMPARE(m_api->requestsTo(path).size(), 2);
    }

    void resetCancelsEverythingAndTalksOnlyToTheNewServer()
    {
        useClient(configFor(*m_api, 4), true);
        m_api->script(apiPath(Endpoint::GetChatroom, {1}), FaultBehaviour::stallBeforeHeaders());
        m_api->handle(apiPath(Endpoint::GetChatroom, {2}),
                      renewedTokenOnly(FaultBehaviour::json(200, "{}")));
        const DeliveryPtr onWire = send(Endpoint::GetChatroom, {1});
        QVERIFY(QTest::qWaitFor([&] { return !m_api->requests().isEmpty(); }, 3000));
        const DeliveryPtr parked = suspendWith(Endpoint::GetChatroom, {2});
        QVERIFY(parked);
        const DeliveryPtr waiting = send(Endpoint::PostMessage, {1}, QJsonObject{});
        QCOMPARE(m_client->inFlightCount(), 1);
        QCOMPARE(m_client->heldCount(), 2);
        // Finished (refused) but not yet delivered: its result is replaced too.
        auto refused = std::make_shared<Delivery>();
        QPointer<ApiCall> refusedCall = m_client->sendUrl(
            Endpoint::ListMessages, QUrl(QStringLiteral("https://elsewhere.invalid/x")), this,
            recorder(refused));
        QVERIFY(refusedCall && refusedCall->isFinished());

        FaultServer other;
        QVERIFY(other.listen());
        other.setFallback(FaultBehaviour::json(200, R"({"other":true})"));
        const int oldRequests = int(m_api->requests().size());
        m_client->reset(configFor(other, 4));

        QVERIFY(!m_client->isSuspended());
        QVERIFY(!m_client->hasToken());
        QCOMPARE(m_client->heldCount(), 0);
        QCOMPARE(m_client->inFlightCount(), 0);
        QCOMPARE(m_client->config().baseUrl, other.url(kApi));
        const QList<DeliveryPtr> old{onWire, parked, waiting, refused};
        QCOMPARE(deliveredCount(old), 0); // later, never inside reset()
        QVERIFY(allDelivered(old));
        for (const DeliveryPtr &delivery : old) {
            QCOMPARE(delivery->count, 1);
            QCOMPARE(kindOf(delivery), QStringLiteral("canceled"));
        }

        m_client->setToken(kNewToken);
        const DeliveryPtr fresh = send(Endpoint::GetChatroom, {2});
        QVERIFY(allDelivered({fresh}));
        QCOMPARE(kindOf(fresh), QStringLiteral("ok"));
        QCOMPARE(fresh->result->value().json.toObject().value(u"other").toBool(), true);
        QCOMPARE(other.requests().size(), 1);
        QCOMPARE(m_api->requests().size(), oldRequests);
    }

    void answerToAnOlderTokenGoesAgainWithoutANewSuspension()
    {
        const QString slowPath = apiPath(Endpoint::GetChatroom, {1});
        // The old token's 401 on slowPath takes 0.6 s to arrive; everything else is quick.
        SlowServer server([slowPath](const ReceivedRequest &request) {
            if (request.header("authorization") == "Bearer " + kNewToken.toLatin1())
                return SlowAnswer{0, 200, R"({"id":1})"};
            return SlowAnswer{request.path == slowPath ? 600 : 0, 401,
                              R"({"message":"Unauthenticated."})"};
        });
        QVERIFY(server.listen());
        ApiConfig config;
        config.baseUrl = server.url(kApi);
        useClient(config, true);
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedDuringSession);
        const DeliveryPtr slowCall = send(Endpoint::GetChatroom, {1});
        const DeliveryPtr fast = suspendWith(Endpoint::GetChatroom, {2});
        QVERIFY(fast);
        QCOMPARE(m_client->inFlightCount(), 1); // the slow one, with the old token
        m_client->setToken(kNewToken);
        m_client->resume();
        QVERIFY(allDelivered({slowCall, fast}));
        QCOMPARE(kindOf(fast), QStringLiteral("ok"));
        QCOMPARE(kindOf(slowCall), QStringLiteral("ok"));
        QCOMPARE(slowCall->count, 1);
        QCOMPARE(unauthorized.count(), 1);
        QVERIFY(!m_client->isSuspended());
        const QList<ReceivedRequest> attempts = server.requestsTo(slowPath);
        QCOMPARE(attempts.size(), 2);
        QCOMPARE(attempts.at(0).header("authorization"), "Bearer " + kOldToken.toLatin1());
        QCOMPARE(attempts.at(1).header("authorization"), "Bearer " + kNewToken.toLatin1());
    }

    void atMostMaxInFlightOnTheWire_data()
    {
        QTest::addColumn<int>("cap");
        QTest::addColumn<int>("deadlineMs");
        // Ten answers of ~0.4 s, four at a time: three rounds (~1.2 s), longer than one
        // attempt's deadline, so the deadline must run per attempt, not from send().
        QTest::newRow("default cap") << ApiConfig().maxInFlight << 1000;
        QTest::newRow("control: a cap above Qt's six") << 16 << 8000;
    }

    void atMostMaxInFlightOnTheWire()
    {
        QFETCH(int, cap);
        QFETCH(int, deadlineMs);
        QCOMPARE(ApiConfig().maxInFlight, 4);
        SlowServer server([](const ReceivedRequest &) {
            return SlowAnswer{400, 200, R"({"data":[]})"};
        });
        QVERIFY(server.listen());
        ApiConfig config;
        config.baseUrl = server.url(kApi);
        config.maxInFlight = cap;
        config.deadlineMs = deadlineMs;
        m_client = std::make_unique<ApiClient>(config);
        m_client->setToken(kOldToken);

        int mostOnWire = 0;
        QTimer sampler;
        connect(&sampler, &QTimer::timeout, this,
                [&] { mostOnWire = std::max(mostOnWire, m_client->inFlightCount()); });
        sampler.start(5);
        QList<DeliveryPtr> calls;
        for (int i = 0; i < 10; ++i)
            calls.append(send(Endpoint::ManagerListChatrooms));
        mostOnWire = std::max(mostOnWire, m_client->inFlightCount());
        QCOMPARE(m_client->heldCount(), std::max(0, 10 - cap));
        QVERIFY(allDelivered(calls, 20000));
        for (const DeliveryPtr &delivery : std::as_const(calls))
            QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        QCOMPARE(server.answered(), 10);
        const QString seen = QStringLiteral("server saw %1 at once on %2 connections")
                                 .arg(server.mostAtOnce())
                                 .arg(server.connections());
        if (cap == 4) {
            QVERIFY2(server.mostAtOnce() == 4, qPrintable(seen));
            QVERIFY2(server.connections() <= 4, qPrintable(seen));
            QCOMPARE(mostOnWire, 4);
        } else {
            // Without the cap Qt opens its six connections: the check above can fail.
            QVERIFY2(server.mostAtOnce() > 4, qPrintable(seen));
        }
    }

    void userActionsGoAheadOfReadsInTheQueue()
    {
        const QString busy = apiPath(Endpoint::GetChatroom, {1});
        SlowServer server([busy](const ReceivedRequest &request) {
            return SlowAnswer{request.path == busy ? 300 : 0, 200, "{}"};
        });
        QVERIFY(server.listen());
        ApiConfig config;
        config.baseUrl = server.url(kApi);
        config.maxInFlight = 1;
        m_client = std::make_unique<ApiClient>(config);
        m_client->setToken(kOldToken);
        const QList<DeliveryPtr> calls{
            send(Endpoint::GetChatroom, {1}), // occupies the one slot
            send(Endpoint::GetMessage, {4}),      send(Endpoint::PostMessage, {1}, QJsonObject{}),
            send(Endpoint::ManagerListChatrooms), send(Endpoint::RateChatroom, {1}, QJsonObject{}),
        };
        QCOMPARE(m_client->heldCount(), 4);
        QVERIFY(allDelivered(calls));
        for (const DeliveryPtr &delivery : calls)
            QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        QStringList order;
        for (const ReceivedRequest &request : server.requests())
            order.append(request.path);
        const QStringList expected{
            busy, apiPath(Endpoint::PostMessage, {1}), apiPath(Endpoint::RateChatroom, {1}),
            apiPath(Endpoint::GetMessage, {4}), apiPath(Endpoint::ManagerListChatrooms, {})};
        QCOMPARE(order, expected);
    }

    // --- The whole story against the sandbox ---------------------------------------------

    void revokedTokenHoldsActionsAndResumesThemExactlyOnce()
    {
        SandboxFixture sandbox;
        QCOMPARE(sandbox.start(), QString());
        ApiConfig config;
        config.baseUrl = QUrl(sandbox.baseUrl());
        config.domain = sandbox.config().domain;
        config.brandId = sandbox.brandId();
        m_client = std::make_unique<ApiClient>(config);
        m_client->setHoldOnUnauthorized(true);
        const QString firstToken = sandbox.login(sandbox.config().apiKey);
        QVERIFY(!firstToken.isEmpty());
        m_client->setToken(firstToken);
        const DeliveryPtr working = send(Endpoint::GetChatroom, {1});
        QVERIFY(allDelivered({working}));
        QCOMPARE(kindOf(working), QStringLiteral("ok"));

        // The session ends elsewhere: the token is revoked on the server.
        RequestOptions revoke;
        revoke.tokenOverride = firstToken;
        revoke.brandHeader = false;
        revoke.domainHeader = true;
        QCOMPARE(sandbox.post(QStringLiteral("/auth/logout"), {}, revoke).status, 200);
        const qint64 before = messageCount(sandbox);
        QVERIFY(before > 0);

        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedDuringSession);
        const auto product = [](int id) {
            return QJsonObject{{QStringLiteral("id_ambassador"), 1},
                               {QStringLiteral("id_product"), id}};
        };
        QList<DeliveryPtr> actions{
            send(Endpoint::PostProductMessage, {1}, product(5)),
            send(Endpoint::PostProductMessage, {1}, product(6)),
            send(Endpoint::PostProductMessage, {1}, product(7)),
        };
        QList<DeliveryPtr> reads{send(Endpoint::ListMessages, {1}),
                                 send(Endpoint::GetChatroom, {1})};
        QVERIFY(QTest::qWaitFor(
            [&] { return m_client->isSuspended() && m_client->inFlightCount() == 0; }, 5000));
        // Started while suspended.
        actions.append(send(Endpoint::RateChatroom, {1}, QJsonObject{}));
        actions.append(send(Endpoint::RateChatroom, {1}, QJsonObject{}));
        QCOMPARE(m_client->heldCount(), 7);
        QTest::qWait(200);
        QCOMPARE(deliveredCount(actions) + deliveredCount(reads), 0);
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(messageCount(sandbox), before);

        // Sign in again on the same client: the key exchange is not held behind the others.
        const DeliveryPtr signIn =
            send(Endpoint::CreateToken, {},
                 QJsonObject{{QStringLiteral("api_key"), sandbox.config().apiKey}});
        QVERIFY(allDelivered({signIn}));
        QCOMPARE(kindOf(signIn), QStringLiteral("ok"));
        const QString renewed =
            signIn->result->value().json.toObject().value(QStringLiteral("token")).toString();
        QVERIFY(!renewed.isEmpty() && renewed != firstToken);
        QVERIFY(m_client->isSuspended());
        QCOMPARE(m_client->heldCount(), 7);

        m_client->setToken(renewed);
        m_client->resume();
        QVERIFY(allDelivered(actions + reads));
        QSet<qint64> messageIds;
        for (const DeliveryPtr &delivery : std::as_const(actions)) {
            QCOMPARE(delivery->count, 1);
            QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
            QCOMPARE(delivery->result->value().status, 201);
            messageIds.insert(delivery->result->value()
                                  .json.toObject()
                                  .value(QStringLiteral("id_message"))
                                  .toInteger());
        }
        QCOMPARE(messageIds.size(), 5);
        for (const DeliveryPtr &delivery : std::as_const(reads)) {
            QCOMPARE(delivery->count, 1);
            QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        }
        // Each action took effect exactly once.
        QCOMPARE(messageCount(sandbox), before + 5);
        QVERIFY(!m_client->isSuspended());
        QCOMPARE(m_client->heldCount(), 0);
        QCOMPARE(unauthorized.count(), 1);
    }
};

QTEST_GUILESS_MAIN(TestApiGate)
#include "tst_api_gate.moc"
