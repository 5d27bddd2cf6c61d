// The API client's automatic retries of idempotent calls, and the rule that keeps Qt's
// silent resend from doubling a non-idempotent POST on a stale keep-alive connection.
// Against FaultServer, and a small server below that closes reused connections the way a
// server's keep-alive timeout does, over loopback.
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "support/faultserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QPointer>
#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <memory>
#include <optional>

using namespace popsell::api;
using popsell::testing::FaultBehaviour;
using popsell::testing::FaultServer;
using popsell::testing::ReceivedRequest;
using Headers = QList<QPair<QByteArray, QByteArray>>;

namespace {

const QString kToken = QStringLiteral("retry-token-41aa");
const QString kNewToken = QStringLiteral("retry-token-renewed-77c2");
const QString kApi = QStringLiteral("/api/v2");

ApiConfig configFor(const QUrl &base)
{
    ApiConfig config;
    config.baseUrl = base;
    config.domain = QStringLiteral("demo.popsell.test");
    config.brandId = 3;
    config.inactivityTimeoutMs = 2000;
    config.deadlineMs = 4000;
    return config;
}

QString apiPath(Endpoint endpoint, const QList<qint64> &ids)
{
    return kApi + expandPath(endpointSpec(endpoint), ids);
}

// A policy whose jitter is always `value` (0: no backoff at all, only Retry-After).
RetryPolicy interactiveWith(double value)
{
    return RetryPolicy(RetryLimits::interactive(), [value] { return value; });
}

// What a callback received, and how many attempts its call had made by then.
struct Delivery
{
    std::optional<Result<JsonReply>> result;
    int count = 0;
    int attempts = -1;
    QPointer<ApiCall> call;
    QElapsedTimer clock; // from send()
    qint64 elapsedMs = -1;
};
using DeliveryPtr = std::shared_ptr<Delivery>;

QString kindOf(const DeliveryPtr &delivery)
{
    if (!delivery->result)
        return QStringLiteral("(nothing)");
    return delivery->result->ok() ? QStringLiteral("ok")
                                  : ApiError::kindName(delivery->result->error().kind());
}

// Waits for the delivery, then a little longer to catch a second one.
bool delivered(const DeliveryPtr &delivery, int timeoutMs = 10000)
{
    if (!QTest::qWaitFor([&] { return delivery->count > 0; }, timeoutMs))
        return false;
    QTest::qWait(30);
    return true;
}

// Arrival times of the requests a FaultServer received, from one clock.
struct Arrivals
{
    QElapsedTimer clock;
    QList<qint64> at;
    void follow(FaultServer &server)
    {
        clock.start();
        QObject::connect(&server, &FaultServer::requestReceived, &server,
                         [this](const ReceivedRequest &) { at.append(clock.elapsed()); });
    }
};

// A keep-alive HTTP/1.1 server with a short idle timeout that fires just as the next
// request arrives: the first request on a connection is answered; a later one that is not
// a GET is read (and recorded) and the connection is closed without an answer, the race a
// server's or a proxy's keep-alive timeout runs against a client reusing the connection.
class StaleServer : public QObject
{
public:
    struct Seen
    {
        QByteArray method;
        QString path;
        int connection = 0;
        int indexOnConnection = 0;
        QByteArray idempotencyKey;
    };

    StaleServer()
    {
        connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *socket = m_server.nextPendingConnection()) {
                socket->setProperty("id", ++m_connections);
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
    QList<Seen> seen(const QByteArray &method) const
    {
        QList<Seen> matching;
        for (const Seen &request : m_seen) {
            if (request.method == method)
                matching.append(request);
        }
        return matching;
    }
    int connections() const { return m_connections; }

private:
    void serve(QTcpSocket *socket)
    {
        QByteArray buffer = socket->property("buffer").toByteArray() + socket->readAll();
        for (;;) {
            const qsizetype end = buffer.indexOf("\r\n\r\n");
            if (end < 0)
                break;
            const QList<QByteArray> lines = buffer.left(end).split('\n');
            const QList<QByteArray> requestLine = lines.constFirst().trimmed().split(' ');
            Seen request;
            request.method = requestLine.value(0);
            request.path = QString::fromLatin1(requestLine.value(1).split('?').constFirst());
            qsizetype length = 0;
            for (const QByteArray &line : lines) {
                const QByteArray lower = line.trimmed().toLower();
                if (lower.startsWith("content-length:"))
                    length = lower.mid(15).trimmed().toLongLong();
                if (lower.startsWith("idempotency-key:"))
                    request.idempotencyKey = line.trimmed().mid(16).trimmed();
            }
            if (buffer.size() < end + 4 + length)
                break;
            buffer.remove(0, end + 4 + length);
            const int index = socket->property("served").toInt() + 1;
            socket->setProperty("served", index);
            request.connection = socket->property("id").toInt();
            request.indexOnConnection = index;
            m_seen.append(request);
            if (request.method != "GET" && index > 1) {
                socket->setProperty("buffer", QByteArray());
                socket->disconnectFromHost();
                return;
            }
            const QByteArray body =
                request.method == "POST" ? R"({"id_message":5})" : R"({"id":1})";
            socket->write("HTTP/1.1 " +
                          QByteArray(request.method == "POST" ? "201 Created" : "200 OK") +
                          "\r\nContent-Type: application/json\r\nConnection: keep-alive\r\n"
                          "Content-Length: " +
                          QByteArray::number(body.size()) + "\r\n\r\n" + body);
        }
        socket->setProperty("buffer", buffer);
    }

    QTcpServer m_server;
    QList<Seen> m_seen;
    int m_connections = 0;
};

} // namespace

class TestApiRetries : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_api;
    std::unique_ptr<ApiClient> m_client;

    DeliveryPtr send(Endpoint endpoint, const QList<qint64> &ids = {},
                     const std::optional<QJsonObject> &body = std::nullopt)
    {
        auto delivery = std::make_shared<Delivery>();
        delivery->clock.start();
        delivery->call =
            m_client->send(endpoint, ids, {}, body, this, [delivery](Result<JsonReply> result) {
                ++delivery->count;
                delivery->result = std::move(result);
                delivery->elapsedMs = delivery->clock.elapsed();
                if (delivery->call)
                    delivery->attempts = delivery->call->attempts();
            });
        return delivery;
    }

    void useClient(const QUrl &base, std::optional<RetryPolicy> policy)
    {
        m_client = std::make_unique<ApiClient>(configFor(base));
        m_client->setToken(kToken);
        m_client->setRetryPolicy(std::move(policy));
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<FaultServer>();
        QVERIFY(m_api->listen());
        useClient(m_api->url(kApi), interactiveWith(0.5));
    }

    void cleanup()
    {
        m_client.reset();
        m_api.reset();
    }

    void getFailingTwiceWith503IsDeliveredOnceAsSuccess()
    {
        const QString path = apiPath(Endpoint::GetChatroom, {1});
        const QByteArray unavailable = R"({"message":"Service Unavailable"})";
        m_api->scriptSequence(path, {FaultBehaviour::json(503, unavailable),
                                     FaultBehaviour::json(503, unavailable),
                                     FaultBehaviour::json(200, R"({"id":1})")});
        Arrivals arrivals;
        arrivals.follow(*m_api);
        QSignalSpy waiting(m_client.get(), &ApiClient::waitingForServer);
        const DeliveryPtr delivery = send(Endpoint::GetChatroom, {1});
        QVERIFY(QTest::qWaitFor([&] { return m_client->retryingCount() == 1; }, 3000));
        QCOMPARE(delivery->count, 0); // the failure is not delivered
        QCOMPARE(m_client->inFlightCount(), 0);
        QCOMPARE(m_client->heldCount(), 0);
        QVERIFY(delivered(delivery));

        QCOMPARE(delivery->count, 1);
        QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        QCOMPARE(delivery->result->value().json.toObject().value(u"id").toInt(), 1);
        QCOMPARE(delivery->attempts, 3);
        QCOMPARE(m_api->requestsTo(path).size(), 3);
        // Full jitter with the random number fixed at 0.5: 0.5 * 1 s, then 0.5 * 2 s.
        QCOMPARE(arrivals.at.size(), 3);
        const qint64 firstWait = arrivals.at.at(1) - arrivals.at.at(0);
        const qint64 secondWait = arrivals.at.at(2) - arrivals.at.at(1);
        QVERIFY2(firstWait >= 500 && firstWait < 1500, qPrintable(QString::number(firstWait)));
        QVERIFY2(secondWait >= 1000 && secondWait < 2000, qPrintable(QString::number(secondWait)));
        // Our own backoff is not the server asking to wait.
        QCOMPARE(waiting.count(), 0);
        QCOMPARE(m_client->retryingCount(), 0);
        // Every attempt carried the token and the brand, as the first did.
        for (const ReceivedRequest &request : m_api->requestsTo(path)) {
            QCOMPARE(request.header("authorization"), "Bearer " + kToken.toLatin1());
            QCOMPARE(request.header("x-popsell-brand"), QByteArray("3"));
        }
    }

    void rateLimitedGetWaitsForRetryAfterAndAnnouncesIt()
    {
        useClient(m_api->url(kApi), interactiveWith(0.0)); // no backoff: only the server's wait
        const QString path = apiPath(Endpoint::ListMessages, {1});
        m_api->scriptSequence(
            path, {FaultBehaviour::json(429, R"({"message":"Too Many Attempts."})",
                                        {{"Retry-After", "1"}, {"X-RateLimit-Remaining", "0"}}),
                   FaultBehaviour::json(200, R"({"data":[]})")});
        Arrivals arrivals;
        arrivals.follow(*m_api);
        QSignalSpy waiting(m_client.get(), &ApiClient::waitingForServer);
        QSignalSpy ended(m_client.get(), &ApiClient::waitingForServerEnded);
        const DeliveryPtr delivery = send(Endpoint::ListMessages, {1});
        QVERIFY(waiting.wait(3000));
        const QDateTime announcedAt = QDateTime::currentDateTimeUtc();
        const QDateTime until = waiting.constFirst().constFirst().toDateTime();
        QVERIFY(m_client->isWaitingForServer());
        QCOMPARE(m_client->waitingForServerUntil(), until);
        QCOMPARE(until.timeSpec(), Qt::UTC);
        const qint64 countdown = announcedAt.msecsTo(until);
        QVERIFY2(countdown > 800 && countdown <= 1000, qPrintable(QString::number(countdown)));
        QCOMPARE(ended.count(), 0);

        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        QCOMPARE(delivery->attempts, 2);
        QCOMPARE(arrivals.at.size(), 2);
        const qint64 waited = arrivals.at.at(1) - arrivals.at.at(0);
        QVERIFY2(waited >= 1000 && waited < 1600, qPrintable(QString::number(waited)));
        QCOMPARE(waiting.count(), 1);
        QCOMPARE(ended.count(), 1);
        QVERIFY(!m_client->isWaitingForServer());
        QVERIFY(!m_client->waitingForServerUntil().isValid());
    }

    void idempotentWritesAreRetried_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<int>("failure");
        QTest::newRow("PATCH chatroom after 502")
            << Endpoint::UpdateChatroom << QList<qint64>{1} << 502;
        QTest::newRow("PATCH message after 500")
            << Endpoint::UpdateMessage << QList<qint64>{7} << 500;
        QTest::newRow("mark read (POST) after 504")
            << Endpoint::MarkRead << QList<qint64>{1, 2} << 504;
    }

    void idempotentWritesAreRetried()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QList<qint64>, ids);
        QFETCH(int, failure);
        useClient(m_api->url(kApi), interactiveWith(0.1));
        const QString path = apiPath(endpoint, ids);
        m_api->scriptSequence(path,
                              {FaultBehaviour::respond(failure, "text/html", "<html>x</html>"),
                               FaultBehaviour::json(200, R"([{"id_chatroom":1}])")});
        const QJsonObject body{{QStringLiteral("content"), QStringLiteral("edited")}};
        const DeliveryPtr delivery = send(endpoint, ids, body);
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        QCOMPARE(delivery->attempts, 2);
        const QList<ReceivedRequest> seen = m_api->requestsTo(path);
        QCOMPARE(seen.size(), 2);
        QCOMPARE(seen.at(1).method, seen.at(0).method);
        QCOMPARE(seen.at(1).body, seen.at(0).body);
        QCOMPARE(seen.at(0).body, QByteArray(R"({"content":"edited"})"));
        QVERIFY(!seen.at(1).hasHeader("idempotency-key"));
    }

    void nonIdempotentPostIsNeverRetried_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<int>("status");
        QTest::addColumn<Headers>("headers");
        QTest::newRow("product message, 503") << Endpoint::PostProductMessage << QList<qint64>{1}
                                              << 503 << Headers{{"Retry-After", "0"}};
        QTest::newRow("product message, 500")
            << Endpoint::PostProductMessage << QList<qint64>{1} << 500 << Headers{};
        QTest::newRow("product message, 429") << Endpoint::PostProductMessage << QList<qint64>{1}
                                              << 429 << Headers{{"Retry-After", "0"}};
        QTest::newRow("message, 502")
            << Endpoint::PostMessage << QList<qint64>{1} << 502 << Headers{};
        QTest::newRow("create chatroom, 408")
            << Endpoint::CreateChatroom << QList<qint64>{} << 408 << Headers{};
    }

    void nonIdempotentPostIsNeverRetried()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QList<qint64>, ids);
        QFETCH(int, status);
        QFETCH(Headers, headers);
        useClient(m_api->url(kApi), interactiveWith(0.0));
        const QString path = apiPath(endpoint, ids);
        m_api->scriptSequence(path, {FaultBehaviour::json(status, R"({"message":"no"})", headers),
                                     FaultBehaviour::json(201, R"({"id_message":5})")});
        const DeliveryPtr delivery = send(endpoint, ids, QJsonObject{{QStringLiteral("n"), 1}});
        QVERIFY(delivered(delivery));
        QCOMPARE(delivery->count, 1);
        QVERIFY(delivery->result && !delivery->result->ok());
        QCOMPARE(delivery->result->error().httpStatus(), status);
        QCOMPARE(delivery->attempts, 1);
        QTest::qWait(600); // a retry with zero backoff would have gone by now
        QCOMPARE(m_api->requestsTo(path).size(), 1);
        QCOMPARE(m_client->retryingCount(), 0);
    }

    void finalAnswersAreDeliveredAtOnce_data()
    {
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("kind");
        QTest::newRow("GET 404") << Endpoint::GetChatroom << 404 << QStringLiteral("not_found");
        QTest::newRow("GET 403") << Endpoint::GetChatroom << 403 << QStringLiteral("forbidden");
        QTest::newRow("PATCH 422")
            << Endpoint::UpdateChatroom << 422 << QStringLiteral("validation");
        QTest::newRow("GET 401, hold off")
            << Endpoint::GetChatroom << 401 << QStringLiteral("unauthorized");
    }

    void finalAnswersAreDeliveredAtOnce()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(int, status);
        QFETCH(QString, kind);
        const QString path = apiPath(endpoint, {1});
        m_api->scriptSequence(
            path, {FaultBehaviour::json(status, R"({"message":"The chatroom does not exist"})"),
                   FaultBehaviour::json(200, R"({"id":1})")});
        const DeliveryPtr delivery = send(
            endpoint, {1},
            endpointSpec(endpoint).method == "GET" ? std::nullopt : std::optional(QJsonObject{}));
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), kind);
        QCOMPARE(delivery->attempts, 1);
        QVERIFY2(delivery->elapsedMs < 400, qPrintable(QString::number(delivery->elapsedMs)));
        QTest::qWait(200);
        QCOMPARE(m_api->requestsTo(path).size(), 1);
    }

    void outOfAttemptsDeliversTheLastFailure()
    {
        useClient(m_api->url(kApi), interactiveWith(0.0));
        const QString path = apiPath(Endpoint::ManagerListChatrooms, {});
        m_api->script(path, FaultBehaviour::json(503, R"({"message":"Service Unavailable"})"));
        const DeliveryPtr delivery = send(Endpoint::ManagerListChatrooms);
        QVERIFY(delivered(delivery));
        QCOMPARE(delivery->count, 1);
        QCOMPARE(kindOf(delivery), QStringLiteral("server"));
        QCOMPARE(delivery->result->error().httpStatus(), 503);
        QCOMPARE(delivery->attempts, RetryLimits::interactive().maxAttempts);
        QCOMPARE(m_api->requestsTo(path).size(), 4);
    }

    void withoutAPolicyEveryFailureIsDelivered()
    {
        useClient(m_api->url(kApi), std::nullopt);
        QVERIFY(!m_client->retryPolicy());
        const QString path = apiPath(Endpoint::GetChatroom, {1});
        m_api->scriptSequence(
            path, {FaultBehaviour::json(503, "{}"), FaultBehaviour::json(200, R"({"id":1})")});
        const DeliveryPtr delivery = send(Endpoint::GetChatroom, {1});
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("server"));
        QCOMPARE(delivery->attempts, 1);
        QTest::qWait(300);
        QCOMPARE(m_api->requestsTo(path).size(), 1);
    }

    void cancelWhileWaitingForTheServer()
    {
        const QString path = apiPath(Endpoint::GetChatroom, {1});
        m_api->script(path, FaultBehaviour::json(429, "{}", {{"Retry-After", "5"}}));
        QSignalSpy waiting(m_client.get(), &ApiClient::waitingForServer);
        QSignalSpy ended(m_client.get(), &ApiClient::waitingForServerEnded);
        const DeliveryPtr delivery = send(Endpoint::GetChatroom, {1});
        QVERIFY(waiting.wait(3000));
        QVERIFY(delivery->call);
        QVERIFY(delivery->call->isWaitingToRetry());
        QCOMPARE(m_client->retryingCount(), 1);
        delivery->call->cancel();
        QCOMPARE(ended.count(), 1);
        QVERIFY(!m_client->isWaitingForServer());
        QCOMPARE(m_client->retryingCount(), 0);
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("canceled"));
        // Canceled after an attempt that the server answered: nothing was applied.
        QVERIFY(!delivery->result->error().mayHaveBeenApplied());
        QTest::qWait(200);
        QCOMPARE(m_api->requestsTo(path).size(), 1);
    }

    void theLatestServerWaitIsAnnounced()
    {
        const QString one = apiPath(Endpoint::GetChatroom, {1});
        const QString two = apiPath(Endpoint::GetChatroom, {2});
        m_api->script(one, FaultBehaviour::json(503, "{}", {{"Retry-After", "2"}}));
        m_api->script(two, FaultBehaviour::json(503, "{}", {{"Retry-After", "4"}}));
        QSignalSpy waiting(m_client.get(), &ApiClient::waitingForServer);
        QSignalSpy ended(m_client.get(), &ApiClient::waitingForServerEnded);
        const DeliveryPtr first = send(Endpoint::GetChatroom, {1});
        const DeliveryPtr second = send(Endpoint::GetChatroom, {2});
        QVERIFY(QTest::qWaitFor([&] { return m_client->retryingCount() == 2; }, 3000));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(waiting.count() >= 1);
        const qint64 latest = now.msecsTo(m_client->waitingForServerUntil());
        QVERIFY2(latest > 3000 && latest <= 4000, qPrintable(QString::number(latest)));
        QCOMPARE(waiting.constLast().constFirst().toDateTime(), m_client->waitingForServerUntil());
        // The later one leaves: the countdown moves back to the earlier one.
        second->call->cancel();
        QCOMPARE(ended.count(), 0);
        const qint64 earlier = now.msecsTo(m_client->waitingForServerUntil());
        QVERIFY2(earlier > 1000 && earlier <= 2000, qPrintable(QString::number(earlier)));
        QCOMPARE(waiting.constLast().constFirst().toDateTime(), m_client->waitingForServerUntil());
        first->call->cancel();
        QCOMPARE(ended.count(), 1);
        QVERIFY(delivered(first) && delivered(second));
    }

    void abandonHeldAndResetEndCallsWaitingToRetry()
    {
        const QString path = apiPath(Endpoint::GetChatroom, {1});
        m_api->script(path, FaultBehaviour::json(503, "{}", {{"Retry-After", "5"}}));
        QSignalSpy ended(m_client.get(), &ApiClient::waitingForServerEnded);
        const DeliveryPtr abandoned = send(Endpoint::GetChatroom, {1});
        QVERIFY(QTest::qWaitFor([&] { return m_client->retryingCount() == 1; }, 3000));
        m_client->abandonHeld(
            ApiError(ApiError::Kind::Unauthorized, QStringLiteral("signed out"), 401));
        QCOMPARE(m_client->retryingCount(), 0);
        QCOMPARE(ended.count(), 1);
        QVERIFY(delivered(abandoned));
        QCOMPARE(kindOf(abandoned), QStringLiteral("unauthorized"));

        const DeliveryPtr reset = send(Endpoint::GetChatroom, {1});
        QVERIFY(QTest::qWaitFor([&] { return m_client->retryingCount() == 1; }, 3000));
        m_client->reset(configFor(m_api->url(kApi)));
        QCOMPARE(m_client->retryingCount(), 0);
        QCOMPARE(ended.count(), 2);
        QVERIFY(delivered(reset));
        QCOMPARE(kindOf(reset), QStringLiteral("canceled"));
        QVERIFY(m_client->retryPolicy().has_value()); // reset keeps the policy
        QTest::qWait(200);
        QCOMPARE(m_api->requestsTo(path).size(), 2);
    }

    void a401OnARetryIsHeldAsAlways()
    {
        useClient(m_api->url(kApi), interactiveWith(0.0));
        m_client->setHoldOnUnauthorized(true);
        const QString path = apiPath(Endpoint::GetChatroom, {1});
        auto seen = std::make_shared<int>(0);
        m_api->handle(path, [seen](const ReceivedRequest &request) {
            if (++*seen == 1)
                return FaultBehaviour::json(503, "{}");
            if (request.header("authorization") != "Bearer " + kNewToken.toLatin1())
                return FaultBehaviour::json(401, R"({"message":"Unauthenticated."})");
            return FaultBehaviour::json(200, R"({"id":1})");
        });
        QSignalSpy unauthorized(m_client.get(), &ApiClient::unauthorizedDuringSession);
        const DeliveryPtr delivery = send(Endpoint::GetChatroom, {1});
        QVERIFY(QTest::qWaitFor([&] { return m_client->isSuspended(); }, 3000));
        QCOMPARE(unauthorized.count(), 1);
        QCOMPARE(m_client->heldCount(), 1);
        QCOMPARE(m_client->retryingCount(), 0);
        QCOMPARE(delivery->count, 0);
        m_client->setToken(kNewToken);
        m_client->resume();
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        QCOMPARE(delivery->attempts, 3);
        QCOMPARE(*seen, 3);
        QCOMPARE(unauthorized.count(), 1);
    }

    // --- What the transport tells the retry table, on this Qt -----------------------------

    void refusedConnectionSentNothing()
    {
        FaultServer gone;
        QVERIFY(gone.listen());
        const QUrl base = gone.url(kApi);
        gone.close();
        useClient(base, std::nullopt);
        const DeliveryPtr delivery =
            send(Endpoint::PostProductMessage, {1}, QJsonObject{{QStringLiteral("n"), 1}});
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("network"));
        QCOMPARE(delivery->result->error().transport(), ApiError::Transport::NotSent);
        QVERIFY(!delivery->result->error().mayHaveBeenApplied());
        // The outbox may send it again, as the table says.
        QCOMPARE(RetryPolicy(RetryLimits::outbox())
                     .decide(endpointSpec(Endpoint::PostProductMessage), delivery->result->error(),
                             1, false)
                     .action,
                 RetryDecision::Action::Retry);
    }

    void postClosedAfterSendingMayHaveBeenApplied()
    {
        useClient(m_api->url(kApi), std::nullopt);
        const QString path = apiPath(Endpoint::PostProductMessage, {1});
        m_api->script(path, FaultBehaviour::closeWithoutResponse());
        const DeliveryPtr delivery =
            send(Endpoint::PostProductMessage, {1}, QJsonObject{{QStringLiteral("n"), 1}});
        QVERIFY(delivered(delivery));
        QCOMPARE(kindOf(delivery), QStringLiteral("network"));
        QCOMPARE(delivery->result->error().transport(), ApiError::Transport::Sent);
        QVERIFY(delivery->result->error().mayHaveBeenApplied());
        QCOMPARE(RetryPolicy(RetryLimits::outbox())
                     .decide(endpointSpec(Endpoint::PostProductMessage), delivery->result->error(),
                             1, false)
                     .action,
                 RetryDecision::Action::Reconcile);
        // Qt's own resend on a connection that closes before any answer, even a fresh one:
        // the reason non-idempotent POSTs carry an Idempotency-Key (docs/reliability.md).
        const QList<ReceivedRequest> copies = m_api->requestsTo(path);
        QVERIFY(!copies.isEmpty());
        for (const ReceivedRequest &copy : copies)
            QCOMPARE(copy.header("idempotency-key"), copies.constFirst().header("idempotency-key"));
    }

    void drippedAnswerLeavesTheConnectionReusable()
    {
        // The retry tests reuse FaultServer's keep-alive connections right after an answer.
        // One call at a time: the second goes the moment the first has its answer, on the
        // same connection.
        ApiConfig config = configFor(m_api->url(kApi));
        config.maxInFlight = 1;
        m_client = std::make_unique<ApiClient>(config);
        m_client->setToken(kToken);
        m_api->script(apiPath(Endpoint::ManagerListChatrooms, {}),
                      FaultBehaviour::drip(R"({"data":[]})", 40));
        m_api->script(apiPath(Endpoint::GetChatroom, {1}), FaultBehaviour::json(200, "{}"));
        const DeliveryPtr dripped = send(Endpoint::ManagerListChatrooms);
        const DeliveryPtr next = send(Endpoint::GetChatroom, {1});
        QVERIFY(delivered(dripped) && delivered(next));
        QCOMPARE(kindOf(dripped), QStringLiteral("ok"));
        QCOMPARE(kindOf(next), QStringLiteral("ok"));
        const qint64 after = next->elapsedMs - dripped->elapsedMs;
        QVERIFY2(after < 500, qPrintable(QString::number(after)));
        QCOMPARE(m_api->connectionCount(), 1);
    }

    // --- Stale keep-alive connections ------------------------------------------------------

    void staleConnectionNeverDoublesANonIdempotentPost()
    {
        StaleServer server;
        QVERIFY(server.listen());
        useClient(server.url(kApi), interactiveWith(0.5));
        const QJsonObject product{{QStringLiteral("id_ambassador"), 1},
                                  {QStringLiteral("id_product"), 5}};

        // Control: an idempotent PATCH may ride the idle connection a GET left, and the
        // server's close makes Qt send it twice. The scenario is real on this Qt.
        QCOMPARE(kindOf(runOne(Endpoint::GetChatroom, {1})), QStringLiteral("ok"));
        QCOMPARE(kindOf(runOne(Endpoint::UpdateChatroom, {1}, QJsonObject{})),
                 QStringLiteral("ok"));
        if (server.seen("PATCH").size() < 2)
            QSKIP("this Qt did not resend on the closed keep-alive connection");
        QCOMPARE(server.seen("PATCH").size(), 2);

        // A GET leaves an idle keep-alive connection; the POST does not use it.
        QCOMPARE(kindOf(runOne(Endpoint::GetChatroom, {1})), QStringLiteral("ok"));
        const DeliveryPtr first = runOne(Endpoint::PostProductMessage, {1}, product);
        QCOMPARE(kindOf(first), QStringLiteral("ok"));
        QCOMPARE(first->attempts, 1);
        QCOMPARE(server.seen("POST").size(), 1);
        QCOMPARE(server.seen("POST").constLast().indexOnConnection, 1);

        // Idle for a moment: the next POST does not reuse the first one's connection either.
        QTest::qWait(300);
        const DeliveryPtr second =
            runOne(Endpoint::PostMessage, {1},
                   QJsonObject{{QStringLiteral("content"), QStringLiteral("hi")}});
        QCOMPARE(kindOf(second), QStringLiteral("ok"));
        QCOMPARE(server.seen("POST").size(), 2);

        // Several at once, after another GET.
        QCOMPARE(kindOf(runOne(Endpoint::GetChatroom, {1})), QStringLiteral("ok"));
        QList<DeliveryPtr> burst;
        for (int i = 0; i < 3; ++i)
            burst.append(send(Endpoint::RateChatroom, {1}, QJsonObject{}));
        for (const DeliveryPtr &delivery : std::as_const(burst)) {
            QVERIFY(delivered(delivery));
            QCOMPARE(kindOf(delivery), QStringLiteral("ok"));
        }
        const QList<StaleServer::Seen> posts = server.seen("POST");
        QCOMPARE(posts.size(), 5);
        QSet<QByteArray> keys;
        for (const StaleServer::Seen &post : posts) {
            QCOMPARE(post.indexOnConnection, 1);
            keys.insert(post.idempotencyKey);
        }
        QCOMPARE(keys.size(), 5); // five actions, each seen once
    }

private:
    DeliveryPtr runOne(Endpoint endpoint, const QList<qint64> &ids,
                       const std::optional<QJsonObject> &body = std::nullopt)
    {
        const DeliveryPtr delivery = send(endpoint, ids, body);
        delivered(delivery);
        return delivery;
    }
};

QTEST_GUILESS_MAIN(TestApiRetries)
#include "tst_api_retries.moc"
