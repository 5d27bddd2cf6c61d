// The transport rules of the API client, each against a real loopback server: a
// misbehaving FaultServer for the failure cases, the sandbox for the endpoint table.
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/api/requestbuilder.h"
#include "support/faultserver.h"
#include "support/sandboxfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>
#include <QTimeZone>
#include <QVersionNumber>

#include <algorithm>
#include <memory>
#include <optional>

using namespace popsell::api;
using popsell::testing::FaultBehaviour;
using popsell::testing::FaultServer;
using popsell::testing::ReceivedRequest;
using popsell::testing::SandboxFixture;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

constexpr int kInactivityMs = 300;
constexpr int kDeadlineMs = 1500;
constexpr qint64 kSmallCap = 1024 * 1024;
const QString kToken = QStringLiteral("test-token-5d1c");
const QString kApi = QStringLiteral("/api/v2");

ApiConfig configFor(const FaultServer &server)
{
    ApiConfig config;
    config.baseUrl = server.url(kApi);
    config.domain = QStringLiteral("demo.popsell.test");
    config.brandId = 3;
    config.inactivityTimeoutMs = kInactivityMs;
    config.deadlineMs = kDeadlineMs;
    config.maxBodyBytes = kSmallCap;
    return config;
}

// What a callback received; shared with the callback so that a late delivery after a
// failed wait cannot touch a dead stack frame.
struct Delivery
{
    std::optional<Result<JsonReply>> result;
    int count = 0;
};

ApiClient::JsonCallback recorder(const std::shared_ptr<Delivery> &delivery)
{
    return [delivery](Result<JsonReply> result) {
        ++delivery->count;
        delivery->result = std::move(result);
    };
}

// Waits for the delivery, then a little longer to catch a second one.
bool waitFor(const std::shared_ptr<Delivery> &delivery, int timeoutMs = 8000)
{
    if (!QTest::qWaitFor([&] { return delivery->count > 0; }, timeoutMs))
        return false;
    QTest::qWait(20);
    return true;
}

QString kindOf(const std::optional<Result<JsonReply>> &result)
{
    if (!result)
        return QStringLiteral("(nothing)");
    return result->ok() ? QStringLiteral("ok") : ApiError::kindName(result->error().kind());
}

QString errorTexts(const ApiError &error)
{
    QStringList texts{error.detail(), error.userMessage(), error.serverMessage()};
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it)
        texts << it.key() << it.value();
    return texts.join(u'\n');
}

QString httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
}

const QRegularExpression &uuidV4()
{
    static const QRegularExpression shape(
        QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
    return shape;
}

int placeholderCount(const EndpointSpec &spec)
{
    return int(QByteArray(spec.pathTemplate).count('{'));
}

// A body the sandbox will at least route and validate; 422s are fine for these tests.
std::optional<QJsonObject> plausibleBody(Endpoint endpoint, const QString &apiKey)
{
    const auto object = [](const char *json) {
        return popsell::testing::jsonObject(json);
    };
    switch (endpoint) {
    case Endpoint::CreateToken:
        return QJsonObject{{QStringLiteral("api_key"), apiKey}};
    case Endpoint::CreateChatroom:
        return object(R"({"ids_ambassadors":[3,4],"source":0})");
    case Endpoint::UpdateChatroom:
        return object(R"({"established_dialogue":null})");
    case Endpoint::SetArchived:
        return object(R"({"archive":true})");
    case Endpoint::SetBlocked:
        return object(R"({"is_blocked":false})");
    case Endpoint::SetFlag:
        return object(R"({"flag":1})");
    case Endpoint::PurgeChatroom:
        return object(R"({"id_ambassador":1})");
    case Endpoint::PostMessage:
        return object(R"({"id_ambassador":1,"type_message":0,"content":"hello"})");
    case Endpoint::PostProductMessage:
        return object(R"({"id_ambassador":1,"id_product":1})");
    case Endpoint::UpdateMessage:
        return object(R"({"content":"edited"})");
    case Endpoint::RateChatroom:
        return object(R"({"id_user_rater":1,"id_user_rated":2})");
    case Endpoint::UpdateRating:
        return object(R"({"value":4,"comment":"fine"})");
    case Endpoint::UpdateChatAmbassador:
        return object(R"({"email_tmp":"someone@example.test"})");
    case Endpoint::CreateShopCustomer:
        return object(R"({"email_tmp":"shop@example.test"})");
    default:
        return std::nullopt;
    }
}

} // namespace

class TestApiTransport : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<FaultServer> m_api;   // the configured API origin
    std::unique_ptr<FaultServer> m_other; // a foreign origin that must hear nothing
    std::unique_ptr<ApiClient> m_client;

    std::shared_ptr<Delivery> send(Endpoint endpoint, const QList<qint64> &ids = {},
                                   const std::optional<QJsonObject> &body = std::nullopt,
                                   QPointer<ApiCall> *call = nullptr)
    {
        auto delivery = std::make_shared<Delivery>();
        ApiCall *started = m_client->send(endpoint, ids, {}, body, this, recorder(delivery));
        if (call)
            *call = started;
        return delivery;
    }

    std::optional<Result<JsonReply>> run(Endpoint endpoint, const QList<qint64> &ids = {},
                                         const std::optional<QJsonObject> &body = std::nullopt)
    {
        const auto delivery = send(endpoint, ids, body);
        if (!waitFor(delivery) || delivery->count != 1)
            return std::nullopt;
        return delivery->result;
    }

private Q_SLOTS:
    void init()
    {
        m_api = std::make_unique<FaultServer>();
        m_other = std::make_unique<FaultServer>();
        QVERIFY(m_api->listen());
        QVERIFY(m_other->listen());
        m_client = std::make_unique<ApiClient>(configFor(*m_api));
        m_client->setToken(kToken);
    }

    void cleanup()
    {
        m_client.reset();
        m_api.reset();
        m_other.reset();
    }

    // --- Redirects and origins -------------------------------------------------------------

    void crossOriginRedirectIsAnErrorAndForwardsNothing_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QList<qint64>>("ids");
        QTest::addColumn<bool>("withBody");
        QTest::newRow("302 GET") << 302 << Endpoint::GetChatroom << QList<qint64>{1} << false;
        QTest::newRow("307 POST with body")
            << 307 << Endpoint::CreateChatroom << QList<qint64>{} << true;
        QTest::newRow("301 GET") << 301 << Endpoint::ManagerListChatrooms << QList<qint64>{}
                                 << false;
        QTest::newRow("308 PATCH with body")
            << 308 << Endpoint::UpdateChatroom << QList<qint64>{1} << true;
    }

    void crossOriginRedirectIsAnErrorAndForwardsNothing()
    {
        QFETCH(int, status);
        QFETCH(Endpoint, endpoint);
        QFETCH(QList<qint64>, ids);
        QFETCH(bool, withBody);
        const EndpointSpec &spec = endpointSpec(endpoint);
        const QString path = kApi + expandPath(spec, ids);
        m_api->script(path, FaultBehaviour::redirect(status, m_other->url(QStringLiteral("/x"))));
        m_other->setFallback(FaultBehaviour::json(200, "{}"));

        const std::optional<QJsonObject> body =
            withBody ? std::optional(QJsonObject{{QStringLiteral("secret"), 1}}) : std::nullopt;
        const auto result = run(endpoint, ids, body);
        QCOMPARE(kindOf(result), QStringLiteral("bad_response"));
        QCOMPARE(result->error().httpStatus(), status);
        QTest::qWait(200);
        QCOMPARE(m_other->connectionCount(), 0);
        QVERIFY(m_other->requests().isEmpty());
        // The first origin did get the request, token included: the rule is about where it goes.
        QCOMPARE(m_api->requestsTo(path).size(), 1);
        QCOMPARE(m_api->requestsTo(path).constFirst().header("authorization"),
                 "Bearer " + kToken.toLatin1());
    }

    void sendUrlToForeignOriginIsRefusedUnsent_data()
    {
        QTest::addColumn<QString>("url");
        // {api}: the API server's port, {other}: the other server's port.
        QTest::newRow("other port")
            << QStringLiteral("http://127.0.0.1:{other}/api/v2/chat/ambassadors");
        QTest::newRow("other host name")
            << QStringLiteral("http://localhost:{api}/api/v2/chat/ambassadors");
        QTest::newRow("other scheme")
            << QStringLiteral("https://127.0.0.1:{api}/api/v2/chat/ambassadors");
        QTest::newRow("foreign https") << QStringLiteral("https://api.example.invalid/api/v2/x");
        QTest::newRow("user info")
            << QStringLiteral("http://user:pw@127.0.0.1:{api}/api/v2/chat/ambassadors");
        QTest::newRow("relative") << QStringLiteral("/api/v2/chat/ambassadors?page=2");
    }

    void sendUrlToForeignOriginIsRefusedUnsent()
    {
        QFETCH(QString, url);
        m_api->setFallback(FaultBehaviour::json(200, R"({"data":[]})"));
        m_other->setFallback(FaultBehaviour::json(200, R"({"data":[]})"));
        const QUrl target(
            QString(url)
                .replace(QStringLiteral("{api}"), QString::number(m_api->port()))
                .replace(QStringLiteral("{other}"), QString::number(m_other->port())));

        auto delivery = std::make_shared<Delivery>();
        m_client->sendUrl(Endpoint::ListChatAmbassadors, target, this, recorder(delivery));
        QCOMPARE(delivery->count, 0); // never synchronously inside sendUrl()
        QVERIFY(waitFor(delivery));
        QCOMPARE(delivery->count, 1);
        QCOMPARE(kindOf(delivery->result), QStringLiteral("insecure_url"));
        QTest::qWait(100);
        QCOMPARE(m_api->connectionCount(), 0);
        QCOMPARE(m_other->connectionCount(), 0);
    }

    void sendUrlOnTheApiOriginCarriesTheToken()
    {
        m_api->setFallback(FaultBehaviour::json(200, R"({"data":[],"current_page":2})"));
        auto delivery = std::make_shared<Delivery>();
        m_client->sendUrl(Endpoint::ListMessages,
                          m_api->url(QStringLiteral("/api/v2/chat/chatrooms/1/messages?page=2")),
                          this, recorder(delivery));
        QVERIFY(waitFor(delivery));
        QCOMPARE(kindOf(delivery->result), QStringLiteral("ok"));
        QCOMPARE(m_api->requests().size(), 1);
        const ReceivedRequest request = m_api->requests().constFirst();
        QCOMPARE(request.target, QByteArray("/api/v2/chat/chatrooms/1/messages?page=2"));
        QCOMPARE(request.header("authorization"), "Bearer " + kToken.toLatin1());
        QCOMPARE(request.header("x-popsell-brand"), QByteArray("3"));
    }

    void plainHttpOnlyOnLoopback_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("127.0.0.1") << QStringLiteral("http://127.0.0.1:8765/api/v2") << true;
        QTest::newRow("127.5.6.7") << QStringLiteral("http://127.5.6.7/api/v2") << true;
        QTest::newRow("::1") << QStringLiteral("http://[::1]:8765/api/v2") << true;
        QTest::newRow("localhost") << QStringLiteral("http://localhost:8765/api/v2") << true;
        QTest::newRow("LocalHost") << QStringLiteral("http://LocalHost/api/v2") << true;
        QTest::newRow("https anywhere")
            << QStringLiteral("https://demo.popsell.test/api/v2") << true;
        QTest::newRow("http off loopback")
            << QStringLiteral("http://example.invalid/api/v2") << false;
        QTest::newRow("http private LAN") << QStringLiteral("http://192.168.1.10/api/v2") << false;
        QTest::newRow("http 128.0.0.1") << QStringLiteral("http://128.0.0.1/api/v2") << false;
        QTest::newRow("localhost lookalike")
            << QStringLiteral("http://localhost.example.invalid/api/v2") << false;
        QTest::newRow("ftp loopback") << QStringLiteral("ftp://127.0.0.1/api/v2") << false;
        QTest::newRow("no scheme") << QStringLiteral("127.0.0.1/api/v2") << false;
    }

    void plainHttpOnlyOnLoopback()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        ApiConfig config;
        config.baseUrl = QUrl(url);
        const std::optional<ApiError> refusal =
            RequestBuilder(config).refusal(config.baseUrl, true);
        QCOMPARE(!refusal.has_value(), allowed);
        if (refusal)
            QCOMPARE(refusal->kind(), ApiError::Kind::InsecureUrl);
    }

    void plainHttpOffLoopbackIsNeverAttempted()
    {
        // Any attempt would go through this proxy: the trap records it.
        FaultServer proxy;
        QVERIFY(proxy.listen());
        ApiConfig config = configFor(*m_api);
        config.baseUrl = QUrl(QStringLiteral("http://example.invalid/api/v2"));
        ApiClient client(config);
        client.setToken(kToken);
        client.network()->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, QStringLiteral("127.0.0.1"), proxy.port()));

        auto refused = std::make_shared<Delivery>();
        client.send(Endpoint::GetChatroom, {1}, {}, std::nullopt, this, recorder(refused));
        QVERIFY(waitFor(refused));
        QCOMPARE(kindOf(refused->result), QStringLiteral("insecure_url"));
        QTest::qWait(200);
        QCOMPARE(proxy.connectionCount(), 0);

        // Control: the same trap does catch an allowed https:// attempt.
        config.baseUrl = QUrl(QStringLiteral("https://example.invalid/api/v2"));
        ApiClient httpsClient(config);
        httpsClient.network()->setProxy(client.network()->proxy());
        auto attempted = std::make_shared<Delivery>();
        httpsClient.send(Endpoint::GetChatroom, {1}, {}, std::nullopt, this, recorder(attempted));
        QVERIFY(waitFor(attempted));
        QVERIFY(proxy.connectionCount() > 0);
        QCOMPARE(kindOf(attempted->result), QStringLiteral("network"));
    }

    // --- Timeouts, deadline, cancel --------------------------------------------------------

    void stallBeforeHeadersHitsTheInactivityTimeout()
    {
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      FaultBehaviour::stallBeforeHeaders());
        QElapsedTimer clock;
        clock.start();
        const auto result = run(Endpoint::GetChatroom, {1});
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(kindOf(result), QStringLiteral("timeout"));
        QVERIFY2(elapsed >= kInactivityMs - 50, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < kDeadlineMs, qPrintable(QString::number(elapsed)));
        QVERIFY(result->error().isTransient());
    }

    void stallMidBodyHitsTheInactivityTimeout()
    {
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1/messages"),
                      FaultBehaviour::stallMidBody(R"({"data":[1,2,3,4,5,6,7,8,9]})", 10));
        QElapsedTimer clock;
        clock.start();
        const auto result = run(Endpoint::ListMessages, {1});
        QCOMPARE(kindOf(result), QStringLiteral("timeout"));
        QVERIFY(clock.elapsed() < kDeadlineMs);
    }

    void cancelIsNotATimeout()
    {
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      FaultBehaviour::stallBeforeHeaders());
        QPointer<ApiCall> call;
        const auto delivery = send(Endpoint::GetChatroom, {1}, std::nullopt, &call);
        QVERIFY(QTest::qWaitFor([&] { return !m_api->requests().isEmpty(); }, 2000));
        QVERIFY(call);
        call->cancel();
        call->cancel();               // twice: still one delivery
        QCOMPARE(delivery->count, 0); // delivered later, never inside cancel()
        QVERIFY(waitFor(delivery));
        QCOMPARE(delivery->count, 1);
        QCOMPARE(kindOf(delivery->result), QStringLiteral("canceled"));
        QVERIFY(!delivery->result->error().isTransient());
        QVERIFY(QTest::qWaitFor([&] { return call.isNull(); }, 1000));
    }

    void cancelAfterFinishIsANoOp()
    {
        // A refused call is finished from the start; its answer is delivered unchanged.
        auto delivery = std::make_shared<Delivery>();
        QPointer<ApiCall> call = m_client->sendUrl(
            Endpoint::ListMessages, QUrl(QStringLiteral("https://elsewhere.invalid/x")), this,
            recorder(delivery));
        QVERIFY(call && call->isFinished());
        call->cancel();
        QVERIFY(waitFor(delivery));
        QCOMPARE(delivery->count, 1);
        QCOMPARE(kindOf(delivery->result), QStringLiteral("insecure_url"));

        // A call that answered: cancel() between finish and delivery changes nothing.
        m_api->setFallback(FaultBehaviour::json(200, R"({"id":1})"));
        auto answered = std::make_shared<Delivery>();
        QPointer<ApiCall> second =
            m_client->send(Endpoint::GetChatroom, {1}, {}, std::nullopt, this, recorder(answered));
        QVERIFY(QTest::qWaitFor([&] { return !second || second->isFinished(); }, 3000));
        if (second)
            second->cancel();
        QVERIFY(waitFor(answered));
        QCOMPARE(answered->count, 1);
        QCOMPARE(kindOf(answered->result), QStringLiteral("ok"));
    }

    void destroyedContextNeverHearsBack()
    {
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      FaultBehaviour::stallBeforeHeaders());
        auto context = std::make_unique<QObject>();
        auto delivery = std::make_shared<Delivery>();
        QPointer<ApiCall> call = m_client->send(Endpoint::GetChatroom, {1}, {}, std::nullopt,
                                                context.get(), recorder(delivery));
        QVERIFY(QTest::qWaitFor([&] { return !m_api->requests().isEmpty(); }, 2000));
        context.reset();
        QVERIFY(QTest::qWaitFor([&] { return call.isNull(); }, 2000));
        QTest::qWait(kInactivityMs + 100);
        QCOMPARE(delivery->count, 0);

        // Also when the answer is already on its way.
        m_api->setFallback(FaultBehaviour::json(200, "{}"));
        auto late = std::make_unique<QObject>();
        auto lateDelivery = std::make_shared<Delivery>();
        QPointer<ApiCall> lateCall = m_client->send(Endpoint::GetMessage, {1}, {}, std::nullopt,
                                                    late.get(), recorder(lateDelivery));
        QVERIFY(QTest::qWaitFor([&] { return !lateCall || lateCall->isFinished(); }, 3000));
        late.reset();
        QTest::qWait(100);
        QCOMPARE(lateDelivery->count, 0);
    }

    void clientDestroyedMidCallIsQuiet()
    {
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      FaultBehaviour::stallBeforeHeaders());
        auto delivery = std::make_shared<Delivery>();
        QPointer<ApiCall> call =
            m_client->send(Endpoint::GetChatroom, {1}, {}, std::nullopt, this, recorder(delivery));
        QVERIFY(QTest::qWaitFor([&] { return !m_api->requests().isEmpty(); }, 2000));
        m_client.reset();
        QVERIFY(call.isNull());
        QTest::qWait(kInactivityMs + 100);
        QCOMPARE(delivery->count, 0);
    }

    void dripDefeatsInactivityButNotTheDeadline()
    {
        // One byte every 50 ms keeps the inactivity timer (300 ms) quiet for 10 s.
        m_api->script(QStringLiteral("/api/v2/manager/chatrooms"),
                      FaultBehaviour::drip(QByteArray(200, ' ') + "{}", 50));
        QElapsedTimer clock;
        clock.start();
        const auto result = run(Endpoint::ManagerListChatrooms);
        const qint64 elapsed = clock.elapsed();
        QCOMPARE(kindOf(result), QStringLiteral("timeout"));
        QVERIFY2(elapsed >= kDeadlineMs - 50, qPrintable(QString::number(elapsed)));
        QVERIFY2(elapsed < kDeadlineMs + 1500, qPrintable(QString::number(elapsed)));
    }

    // --- Bodies ----------------------------------------------------------------------------

    void oversizedBodyIsRefused_data()
    {
        QTest::addColumn<qint64>("cap");
        QTest::addColumn<bool>("withLength");
        QTest::newRow("Content-Length over a 1 MiB cap") << kSmallCap << true;
        QTest::newRow("no Content-Length, 1 MiB cap") << kSmallCap << false;
        QTest::newRow("default 8 MiB cap") << ApiConfig().maxBodyBytes << false;
    }

    void oversizedBodyIsRefused()
    {
        QFETCH(qint64, cap);
        QFETCH(bool, withLength);
        QCOMPARE(ApiConfig().maxBodyBytes, qint64(8 * 1024 * 1024));
        ApiConfig config = configFor(*m_api);
        config.maxBodyBytes = cap;
        config.deadlineMs = 10000;
        m_client = std::make_unique<ApiClient>(config);
        m_api->script(QStringLiteral("/api/v2/manager/products"),
                      FaultBehaviour::huge(10 * 1024 * 1024, withLength));
        const auto result = run(Endpoint::ManagerListProducts);
        QCOMPARE(kindOf(result), QStringLiteral("bad_response"));
        QVERIFY(result->error().detail().contains(u"too large"));
    }

    void bodyUnderTheCapIsAccepted()
    {
        QJsonArray items;
        for (int i = 0; i < 20000; ++i)
            items.append(QStringLiteral("item-%1").arg(i));
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("data"), items}}).toJson();
        QVERIFY(body.size() > 256 * 1024 && body.size() < kSmallCap);
        m_api->script(QStringLiteral("/api/v2/manager/products"), FaultBehaviour::json(200, body));
        const auto result = run(Endpoint::ManagerListProducts);
        QCOMPARE(kindOf(result), QStringLiteral("ok"));
        QCOMPARE(result->value().json.toObject().value(u"data").toArray().size(), 20000);
    }

    void truncatedJsonIsANetworkError()
    {
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      FaultBehaviour::truncated(R"({"data": [1,2)", 100));
        const auto result = run(Endpoint::GetChatroom, {1});
        QCOMPARE(kindOf(result), QStringLiteral("network"));
        QCOMPARE(result->error().httpStatus(), 200);
        QVERIFY(result->error().isTransient());
    }

    void successBodies_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("jsonType");
        QTest::newRow("object") << 200 << QByteArray("application/json") << QByteArray(R"({"a":1})")
                                << QStringLiteral("ok") << int(QJsonValue::Object);
        QTest::newRow("array (PATCH chatroom)")
            << 200 << QByteArray("application/json") << QByteArray(R"([{"id_chatroom":1}])")
            << QStringLiteral("ok") << int(QJsonValue::Array);
        QTest::newRow("charset") << 201 << QByteArray("application/json; charset=UTF-8")
                                 << QByteArray(R"({"a":1})") << QStringLiteral("ok")
                                 << int(QJsonValue::Object);
        QTest::newRow("+json") << 200 << QByteArray("application/problem+json")
                               << QByteArray(R"({"a":1})") << QStringLiteral("ok")
                               << int(QJsonValue::Object);
        QTest::newRow("empty 200") << 200 << QByteArray("application/json") << QByteArray()
                                   << QStringLiteral("ok") << int(QJsonValue::Undefined);
        QTest::newRow("204 without type") << 204 << QByteArray() << QByteArray()
                                          << QStringLiteral("ok") << int(QJsonValue::Undefined);
        QTest::newRow("invalid JSON")
            << 200 << QByteArray("application/json") << QByteArray(R"({"a":1,})")
            << QStringLiteral("bad_response") << 0;
        QTest::newRow("1e400") << 200 << QByteArray("application/json")
                               << QByteArray(R"({"f":1e400})") << QStringLiteral("bad_response")
                               << 0;
        QTest::newRow("trailing garbage")
            << 200 << QByteArray("application/json") << QByteArray(R"({"a":1} x)")
            << QStringLiteral("bad_response") << 0;
        QTest::newRow("text/html portal")
            << 200 << QByteArray("text/html") << QByteArray("<html><body>Log in</body></html>")
            << QStringLiteral("bad_response") << 0;
        QTest::newRow("JSON as text/plain")
            << 200 << QByteArray("text/plain") << QByteArray(R"({"a":1})")
            << QStringLiteral("bad_response") << 0;
        QTest::newRow("JSON without type") << 200 << QByteArray() << QByteArray(R"({"a":1})")
                                           << QStringLiteral("bad_response") << 0;
    }

    void successBodies()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        QFETCH(QByteArray, body);
        QFETCH(QString, kind);
        QFETCH(int, jsonType);
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      FaultBehaviour::respond(status, contentType, body));
        const auto result = run(Endpoint::GetChatroom, {1});
        QCOMPARE(kindOf(result), kind);
        if (result->ok()) {
            QCOMPARE(result->value().status, status);
            QCOMPARE(int(result->value().json.type()), jsonType);
            QCOMPARE(result->value().headers.value("content-type"), contentType);
        } else {
            QCOMPARE(result->error().httpStatus(), status);
        }
    }

    // --- Error statuses --------------------------------------------------------------------

    void errorStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Headers>("headers");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("serverMessage");
        QTest::addColumn<int>("retryAfter"); // -1: none
        QTest::addColumn<bool>("transient");
        QTest::addColumn<QString>("shown"); // a text userMessage() must contain

        const QByteArray validation =
            R"json({"message":"The source field is required! (and 1 more error)","errors":{)json"
            R"json("source":["The source field is required."],)json"
            R"json("ids_ambassadors":["Exactly one of ids ambassadors and id brand tag is required."]}})json";
        QTest::newRow("401") << 401 << QByteArray(R"({"message":"Unauthorized."})") << Headers{}
                             << QStringLiteral("unauthorized") << QStringLiteral("Unauthorized.")
                             << -1 << false << QString();
        QTest::newRow("403 empty")
            << 403 << QByteArray() << Headers{} << QStringLiteral("forbidden") << QString() << -1
            << false << QString();
        QTest::newRow("404") << 404 << QByteArray(R"({"message":"The chatroom does not exist"})")
                             << Headers{} << QStringLiteral("not_found")
                             << QStringLiteral("The chatroom does not exist") << -1 << false
                             << QStringLiteral("The chatroom does not exist");
        QTest::newRow("409") << 409 << QByteArray(R"({"message":"In flight."})") << Headers{}
                             << QStringLiteral("conflict") << QStringLiteral("In flight.") << -1
                             << true << QString();
        QTest::newRow("422") << 422 << validation << Headers{} << QStringLiteral("validation")
                             << QStringLiteral("The source field is required! (and 1 more error)")
                             << -1 << false << QStringLiteral("The source field is required.");
        QTest::newRow("429 seconds")
            << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
            << Headers{{"Retry-After", "7"}, {"X-RateLimit-Remaining", "0"}}
            << QStringLiteral("rate_limited") << QStringLiteral("Too Many Attempts.") << 7 << true
            << QStringLiteral("7");
        QTest::newRow("429 HTTP-date")
            << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
            << Headers{{"Retry-After",
                        httpDate(QDateTime::currentDateTimeUtc().addSecs(120)).toLatin1()}}
            << QStringLiteral("rate_limited") << QStringLiteral("Too Many Attempts.") << 120 << true
            << QString();
        QTest::newRow("429 garbage")
            << 429 << QByteArray(R"({"message":"Too Many Attempts."})")
            << Headers{{"Retry-After", "soon"}} << QStringLiteral("rate_limited")
            << QStringLiteral("Too Many Attempts.") << -1 << true << QString();
        QTest::newRow("500") << 500 << QByteArray(R"({"message":"Server Error"})") << Headers{}
                             << QStringLiteral("server") << QStringLiteral("Server Error") << -1
                             << true << QStringLiteral("500");
        QTest::newRow("502 html") << 502 << QByteArray("<html>Bad Gateway</html>") << Headers{}
                                  << QStringLiteral("server") << QString() << -1 << true
                                  << QStringLiteral("502");
        QTest::newRow("503 maintenance")
            << 503 << QByteArray(R"({"message":"Service Unavailable"})")
            << Headers{{"Retry-After", "30"}} << QStringLiteral("server")
            << QStringLiteral("Service Unavailable") << 30 << true << QString();
        QTest::newRow("503 empty Retry-After")
            << 503 << QByteArray() << Headers{{"Retry-After", ""}} << QStringLiteral("server")
            << QString() << -1 << true << QString();
        QTest::newRow("400") << 400 << QByteArray(R"({"message":"Bad request."})") << Headers{}
                             << QStringLiteral("client") << QStringLiteral("Bad request.") << -1
                             << false << QStringLiteral("Bad request.");
        QTest::newRow("405") << 405 << QByteArray(R"({"message":"Method not allowed."})")
                             << Headers{} << QStringLiteral("client")
                             << QStringLiteral("Method not allowed.") << -1 << false
                             << QStringLiteral("405");
    }

    void errorStatuses()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Headers, headers);
        QFETCH(QString, kind);
        QFETCH(QString, serverMessage);
        QFETCH(int, retryAfter);
        QFETCH(bool, transient);
        QFETCH(QString, shown);
        m_api->script(QStringLiteral("/api/v2/chat/chatrooms"),
                      FaultBehaviour::json(status, body, headers));
        const auto result = run(Endpoint::CreateChatroom, {}, QJsonObject{});
        QCOMPARE(kindOf(result), kind);
        const ApiError &error = result->error();
        QCOMPARE(error.httpStatus(), status);
        QCOMPARE(error.serverMessage(), serverMessage);
        QCOMPARE(error.isTransient(), transient);
        if (retryAfter < 0) {
            QVERIFY(!error.retryAfterSeconds().has_value());
        } else {
            QVERIFY(error.retryAfterSeconds().has_value());
            // An HTTP-date has one-second resolution and the clock moved on.
            QVERIFY2(*error.retryAfterSeconds() <= retryAfter &&
                         *error.retryAfterSeconds() >= retryAfter - 2,
                     qPrintable(QString::number(*error.retryAfterSeconds())));
        }
        QVERIFY(!error.userMessage().isEmpty());
        if (!shown.isEmpty())
            QVERIFY2(error.userMessage().contains(shown), qPrintable(error.userMessage()));
        if (status == 422) {
            QCOMPARE(error.fieldErrors().size(), 2);
            QCOMPARE(error.fieldErrors().value(QStringLiteral("source")),
                     QStringList{QStringLiteral("The source field is required.")});
        }
    }

    void retryAfterForms_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<int>("seconds"); // -1: unreadable
        QTest::newRow("seconds") << QByteArray("12") << 12;
        QTest::newRow("padded") << QByteArray(" 12 ") << 12;
        QTest::newRow("zero") << QByteArray("0") << 0;
        QTest::newRow("huge clamped to a day") << QByteArray("99999999999999") << 86400;
        QTest::newRow("IMF-fixdate") << QByteArray("Sun, 06 Nov 1994 08:49:37 GMT") << 60;
        QTest::newRow("RFC 850") << QByteArray("Sunday, 06-Nov-94 08:49:37 GMT") << 60;
        QTest::newRow("asctime") << QByteArray("Sun Nov  6 08:49:37 1994") << 60;
        QTest::newRow("date in the past") << QByteArray("Sun, 06 Nov 1994 08:00:00 GMT") << 0;
        QTest::newRow("negative") << QByteArray("-5") << -1;
        QTest::newRow("fraction") << QByteArray("1.5") << -1;
        QTest::newRow("empty") << QByteArray("") << -1;
        QTest::newRow("word") << QByteArray("soon") << -1;
    }

    void retryAfterForms()
    {
        QFETCH(QByteArray, value);
        QFETCH(int, seconds);
        const QDateTime now(QDate(1994, 11, 6), QTime(8, 48, 37), QTimeZone::utc());
        const std::optional<int> parsed = parseRetryAfter(value, now);
        QCOMPARE(parsed.value_or(-1), seconds);
    }

    void transportFailures()
    {
        FaultServer gone;
        QVERIFY(gone.listen());
        const quint16 port = gone.port();
        gone.close();
        ApiConfig config = configFor(*m_api);
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(port));
        m_client = std::make_unique<ApiClient>(config);
        const auto refused = run(Endpoint::ManagerListChatrooms);
        QCOMPARE(kindOf(refused), QStringLiteral("network"));
        QVERIFY(refused->error().isTransient());

        m_client = std::make_unique<ApiClient>(configFor(*m_api));
        m_api->script(QStringLiteral("/api/v2/manager/chatrooms"),
                      FaultBehaviour::closeWithoutResponse());
        const auto closed = run(Endpoint::ManagerListChatrooms);
        QCOMPARE(kindOf(closed), QStringLiteral("network"));
    }

    // --- Headers ---------------------------------------------------------------------------

    void headersFollowTheReference_data()
    {
        // Expectations written from the reference (section 2 and quirk 8), not read from
        // the endpoint table, so that a wrong table row fails here.
        QTest::addColumn<Endpoint>("endpoint");
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("body");
        QTest::addColumn<bool>("bearer");
        QTest::addColumn<bool>("brand");
        QTest::addColumn<bool>("domain");
        QTest::addColumn<bool>("idempotencyKey");
        const auto row = [](const char *name, Endpoint endpoint, const char *path, bool body,
                            bool bearer, bool brand, bool domain, bool key) {
            QTest::newRow(name) << endpoint << QString::fromLatin1(path) << body << bearer << brand
                                << domain << key;
        };
        row("token", Endpoint::CreateToken, "/api/v2/auth/token", true, false, false, true, false);
        row("brand info", Endpoint::GetBrand, "/api/v2/brand", false, false, false, true, false);
        row("logout", Endpoint::Logout, "/api/v2/auth/logout", false, true, false, true, false);
        row("create chatroom", Endpoint::CreateChatroom, "/api/v2/chat/chatrooms", true, true, true,
            false, true);
        row("get chatroom", Endpoint::GetChatroom, "/api/v2/chat/chatrooms/1", false, true, true,
            false, false);
        row("patch chatroom", Endpoint::UpdateChatroom, "/api/v2/chat/chatrooms/1", true, true,
            true, false, false);
        row("mark read", Endpoint::MarkRead, "/api/v2/chat/chatrooms/1/ambassadors/1/read", false,
            true, true, false, false);
        row("list messages", Endpoint::ListMessages, "/api/v2/chat/chatrooms/1/messages", false,
            true, true, false, false);
        row("shop customer", Endpoint::CreateShopCustomer, "/api/v2/chat/ambassadors/shop-customer",
            true, true, true, false, true);
        row("product message", Endpoint::PostProductMessage,
            "/api/v2/chat/chatrooms/1/messages-product", true, true, false, false, true);
        row("rate", Endpoint::RateChatroom, "/api/v2/chat/chatrooms/1/ratings", true, true, false,
            false, true);
        row("post message", Endpoint::PostMessage, "/api/v2/chat/chatrooms/1/messages", true, true,
            false, false, true);
        row("patch message", Endpoint::UpdateMessage, "/api/v2/chat/messages/1", true, true, false,
            false, false);
        row("purge", Endpoint::PurgeChatroom, "/api/v2/chat/chatrooms/1/purge", true, true, false,
            false, false);
        row("manager chatrooms", Endpoint::ManagerListChatrooms, "/api/v2/manager/chatrooms", false,
            true, false, false, false);
        row("manager product", Endpoint::ManagerGetProduct, "/api/v2/manager/products/1", false,
            true, false, false, false);
    }

    void headersFollowTheReference()
    {
        QFETCH(Endpoint, endpoint);
        QFETCH(QString, path);
        QFETCH(bool, body);
        QFETCH(bool, bearer);
        QFETCH(bool, brand);
        QFETCH(bool, domain);
        QFETCH(bool, idempotencyKey);
        m_api->setFallback(FaultBehaviour::json(200, "{}"));
        const QList<qint64> ids(placeholderCount(endpointSpec(endpoint)), 1);
        const auto result =
            run(endpoint, ids,
                body ? std::optional(QJsonObject{{QStringLiteral("k"), 1}}) : std::nullopt);
        QCOMPARE(kindOf(result), QStringLiteral("ok"));
        QCOMPARE(m_api->requests().size(), 1);
        const ReceivedRequest request = m_api->requests().constFirst();

        QCOMPARE(request.path, path);
        QCOMPARE(request.method, endpointSpec(endpoint).method);
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
        QCOMPARE(request.header("user-agent"), defaultUserAgent());
        QVERIFY(request.header("user-agent").startsWith("PopsellModerator/"));
        QCOMPARE(request.header("content-type"),
                 body ? QByteArray("application/json") : QByteArray());
        if (body)
            QCOMPARE(request.body, QByteArray(R"({"k":1})"));
        QCOMPARE(request.header("authorization"),
                 bearer ? "Bearer " + kToken.toLatin1() : QByteArray());
        QCOMPARE(request.hasHeader("x-popsell-brand"), brand);
        if (brand)
            QCOMPARE(request.header("x-popsell-brand"), QByteArray("3"));
        QCOMPARE(request.header("x-popsell-domain"),
                 domain ? QByteArray("demo.popsell.test") : QByteArray());
        QCOMPARE(request.hasHeader("idempotency-key"), idempotencyKey);
        if (idempotencyKey) {
            const QString key = QString::fromLatin1(request.header("idempotency-key"));
            QVERIFY2(uuidV4().match(key).hasMatch(), qPrintable(key));
        }
    }

    void idempotencyKeysAreFreshPerCallAndKeptOnResend()
    {
        m_api->setFallback(FaultBehaviour::json(201, "{}"));
        const QJsonObject body{{QStringLiteral("id_ambassador"), 1}};
        QPointer<ApiCall> first;
        const auto a = send(Endpoint::PostProductMessage, {1}, body, &first);
        QVERIFY(first);
        const QByteArray firstKey = first->idempotencyKey();
        QVERIFY(waitFor(a));
        QVERIFY(waitFor(send(Endpoint::PostProductMessage, {1}, body)));
        QCOMPARE(m_api->requests().size(), 2);
        const QByteArray key1 = m_api->requests().at(0).header("idempotency-key");
        const QByteArray key2 = m_api->requests().at(1).header("idempotency-key");
        QCOMPARE(key1, firstKey);
        QVERIFY(key1 != key2);

        auto again = std::make_shared<Delivery>();
        m_client->resend(key1, Endpoint::PostProductMessage, {1}, {}, body, this, recorder(again));
        QVERIFY(waitFor(again));
        QCOMPARE(m_api->requests().size(), 3);
        QCOMPARE(m_api->requests().at(2).header("idempotency-key"), key1);
    }

    void qtSilentResendCarriesTheSameKey()
    {
        // Qt 6.4 re-sends a POST once when a reused keep-alive connection closes before
        // any answer (reliability notes, 2.4): the copy must carry the same key.
        m_api->setFallback(FaultBehaviour::json(200, "{}"));
        QVERIFY(run(Endpoint::GetChatroom, {1}).has_value()); // opens the keep-alive connection
        const QString path = QStringLiteral("/api/v2/chat/chatrooms/1/ratings");
        m_api->scriptSequence(path, {FaultBehaviour::closeWithoutResponse(),
                                     FaultBehaviour::json(201, R"({"id_message":5})")});
        const auto result = run(Endpoint::RateChatroom, {1}, QJsonObject{});
        const QList<ReceivedRequest> copies = m_api->requestsTo(path);
        if (copies.size() < 2)
            QSKIP("this Qt did not resend on the closed keep-alive connection");
        QCOMPARE(kindOf(result), QStringLiteral("ok"));
        QCOMPARE(copies.size(), 2);
        QVERIFY(!copies.at(0).header("idempotency-key").isEmpty());
        QCOMPARE(copies.at(1).header("idempotency-key"), copies.at(0).header("idempotency-key"));
    }

    void requestAttributes()
    {
        const RequestBuilder builder(configFor(*m_api));
        const EndpointSpec &read = endpointSpec(Endpoint::ListMessages);
        const QNetworkRequest get =
            builder.build(read, builder.endpointUrl(read, {1}), kToken, {}, false);
        const bool newQt =
            QVersionNumber::fromString(QString::fromLatin1(qVersion())) >= QVersionNumber(6, 5, 1);
        QCOMPARE(get.attribute(QNetworkRequest::Http2AllowedAttribute).toBool(), newQt);
        if (!newQt)
            QVERIFY(!get.attribute(QNetworkRequest::Http2AllowedAttribute).toBool());
        QCOMPARE(get.attribute(QNetworkRequest::RedirectPolicyAttribute).toInt(),
                 int(QNetworkRequest::ManualRedirectPolicy));
        QCOMPARE(get.attribute(QNetworkRequest::CacheLoadControlAttribute).toInt(),
                 int(QNetworkRequest::AlwaysNetwork));
        QCOMPARE(get.attribute(QNetworkRequest::CacheSaveControlAttribute).toBool(), false);
        QCOMPARE(get.transferTimeout(), kInactivityMs);
        QCOMPARE(get.priority(), QNetworkRequest::NormalPriority);

        const EndpointSpec &write = endpointSpec(Endpoint::CreateChatroom);
        const QNetworkRequest post =
            builder.build(write, builder.endpointUrl(write, {}), kToken, "k", true);
        QCOMPARE(post.priority(), QNetworkRequest::HighPriority);

        // The diagnosis switch, both ways.
        const QByteArray saved = qgetenv("POPSELL_HTTP2");
        qputenv("POPSELL_HTTP2", "1");
        const bool forcedOn = RequestBuilder(configFor(*m_api))
                                  .build(read, get.url(), kToken, {}, false)
                                  .attribute(QNetworkRequest::Http2AllowedAttribute)
                                  .toBool();
        qputenv("POPSELL_HTTP2", "0");
        const bool forcedOff = RequestBuilder(configFor(*m_api))
                                   .build(read, get.url(), kToken, {}, false)
                                   .attribute(QNetworkRequest::Http2AllowedAttribute)
                                   .toBool();
        if (saved.isNull())
            qunsetenv("POPSELL_HTTP2");
        else
            qputenv("POPSELL_HTTP2", saved);
        QVERIFY(forcedOn);
        QVERIFY(!forcedOff);

        // The API manager has no cache to leak one user's answers to another.
        QVERIFY(m_client->network()->cache() == nullptr);
        QCOMPARE(int(m_client->network()->redirectPolicy()),
                 int(QNetworkRequest::ManualRedirectPolicy));
    }

    void tokenGoesOnlyToTheApiOrigin()
    {
        const RequestBuilder builder(configFor(*m_api));
        const EndpointSpec &read = endpointSpec(Endpoint::ListMessages);
        const QNetworkRequest foreign =
            builder.build(read, m_other->url(QStringLiteral("/api/v2/x")), kToken, {}, false);
        QVERIFY(!foreign.hasRawHeader("Authorization"));
        const QNetworkRequest own =
            builder.build(read, m_api->url(QStringLiteral("/api/v2/x")), kToken, {}, false);
        QCOMPARE(own.rawHeader("Authorization"), "Bearer " + kToken.toLatin1());
    }

    // --- The token never leaks into error texts or logs -------------------------------------

    void canaryTokenNeverAppearsInErrors()
    {
        const QString canary = QStringLiteral("CANARY-9f2e61c4-secret-token");
        m_client->setToken(canary);
        static QStringList logged;
        logged.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &,
                                      const QString &message) { logged.append(message); });

        // Servers that echo what they were sent, in every place an error text is built from.
        const auto echo = [](int status, const char *shape) {
            return [status, shape](const ReceivedRequest &request) {
                const QByteArray token = request.header("authorization").mid(7);
                return FaultBehaviour::json(
                    status, QByteArray(shape).replace("TOKEN", token),
                    {{"Location", "https://evil.example/?t=" + token}, {"Retry-After", "1"}});
            };
        };
        m_api->handle(QStringLiteral("/api/v2/chat/chatrooms/1"),
                      echo(401, R"({"message":"Token TOKEN is not valid"})"));
        m_api->handle(QStringLiteral("/api/v2/chat/chatrooms"),
                      echo(422, R"({"message":"bad TOKEN","errors":{"TOKEN":["TOKEN is bad"]}})"));
        m_api->handle(QStringLiteral("/api/v2/chat/messages/1"),
                      echo(302, R"({"message":"moved TOKEN"})"));
        m_api->handle(QStringLiteral("/api/v2/manager/chatrooms"),
                      echo(429, R"({"message":"slow down TOKEN"})"));
        m_api->handle(QStringLiteral("/api/v2/manager/products"),
                      echo(500, R"({"message":"crash TOKEN"})"));
        m_api->script(QStringLiteral("/api/v2/manager/brand-tags"),
                      FaultBehaviour::stallBeforeHeaders());
        m_api->script(QStringLiteral("/api/v2/manager/chat-topics"),
                      FaultBehaviour::truncated("{", 10));
        m_api->script(QStringLiteral("/api/v2/manager/ambassadors"),
                      FaultBehaviour::respond(200, "text/html", "<html>x</html>"));

        QList<ApiError> errors;
        const QList<QPair<Endpoint, QList<qint64>>> calls{
            {Endpoint::GetChatroom, {1}},          {Endpoint::CreateChatroom, {}},
            {Endpoint::GetMessage, {1}},           {Endpoint::ManagerListChatrooms, {}},
            {Endpoint::ManagerListProducts, {}},   {Endpoint::ManagerListBrandTags, {}},
            {Endpoint::ManagerListChatTopics, {}}, {Endpoint::ManagerListAmbassadors, {}}};
        for (const auto &[endpoint, ids] : calls) {
            const auto result = run(endpoint, ids);
            if (result && !result->ok())
                errors.append(result->error());
        }
        auto refused = std::make_shared<Delivery>();
        m_client->sendUrl(Endpoint::ListMessages, m_other->url(QStringLiteral("/x")), this,
                          recorder(refused));
        QVERIFY(waitFor(refused));
        errors.append(refused->result->error());
        qInstallMessageHandler(previous);

        QCOMPARE(errors.size(), calls.size() + 1);
        // The servers really had the token to echo: the check below could fail.
        QCOMPARE(m_api->requestsTo(QStringLiteral("/api/v2/chat/chatrooms/1"))
                     .constFirst()
                     .header("authorization"),
                 "Bearer " + canary.toLatin1());
        for (const ApiError &error : errors) {
            const QString texts = errorTexts(error);
            QVERIFY2(!texts.contains(canary), qPrintable(texts));
        }
        // The echoed message survives, without the token.
        QVERIFY(errors.constFirst().serverMessage().startsWith(u"Token "));
        for (const QString &line : logged)
            QVERIFY2(!line.contains(canary), qPrintable(line));
    }

    // --- The endpoint table against the sandbox ---------------------------------------------

    void everyEndpointIsARouteOfTheSandbox()
    {
        SandboxFixture sandbox;
        const QString started = sandbox.start();
        QVERIFY2(started.isEmpty(), qPrintable(started));
        ApiConfig config;
        config.baseUrl = QUrl(sandbox.baseUrl());
        config.domain = sandbox.config().domain;
        config.brandId = sandbox.brandId();
        ApiClient client(config);
        client.setToken(sandbox.token());
        ApiConfig noBrand = config;
        noBrand.brandId = 0;
        ApiClient clientWithoutBrand(noBrand);
        clientWithoutBrand.setToken(sandbox.token());

        QList<EndpointSpec> specs = allEndpoints();
        // Logging out ends the token the other calls use: last.
        std::stable_partition(specs.begin(), specs.end(), [](const EndpointSpec &spec) {
            return spec.endpoint != Endpoint::Logout;
        });
        const auto answer = [this](ApiClient &with, const EndpointSpec &spec,
                                   const QString &apiKey) {
            auto delivery = std::make_shared<Delivery>();
            with.send(spec.endpoint, QList<qint64>(placeholderCount(spec), 1), {},
                      plausibleBody(spec.endpoint, apiKey), this, recorder(delivery));
            waitFor(delivery);
            return delivery->result;
        };
        for (const EndpointSpec &spec : std::as_const(specs)) {
            const QString name =
                QString::fromLatin1(spec.method) + u' ' + QString::fromLatin1(spec.pathTemplate);
            if (spec.brandHeader) {
                const auto refused = answer(clientWithoutBrand, spec, sandbox.config().apiKey);
                QVERIFY2(refused && !refused->ok() && refused->error().httpStatus() == 403,
                         qPrintable(name + u" without X-Popsell-Brand: " + kindOf(refused)));
            }
            const auto result = answer(client, spec, sandbox.config().apiKey);
            QVERIFY2(result.has_value(), qPrintable(name));
            if (result->ok())
                continue;
            const ApiError &error = result->error();
            const QString why = name + u": " + error.detail();
            QVERIFY2(!(error.httpStatus() == 404 &&
                       error.serverMessage().contains(u"could not be found")),
                     qPrintable(why));
            QVERIFY2(error.httpStatus() != 405, qPrintable(why));
            // Bearer and domain flags agree with the sandbox's guards too.
            QVERIFY2(error.httpStatus() != 401, qPrintable(why));
            // A brand key may use every route, the header being where the table puts it.
            QVERIFY2(error.httpStatus() != 403, qPrintable(why));
            QVERIFY2(error.httpStatus() >= 400, qPrintable(why));
        }
    }
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_api_transport.moc"
