// Fault mode of the sandbox (docs/sandbox.md, "Fault mode"): every fault kind as a plain
// QNetworkAccessManager or QTcpSocket client sees it, whether the action took effect
// according to the effects ledger, determinism of the draws, the --idempotency off negative
// control, and the ledger across a restart.
#include "sandbox/faults/faultplanner.h"
#include "sandbox/faults/faultspec.h"
#include "support/sandboxfixture.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLocale>
#include <QNetworkRequest>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace popsell::testing;
using namespace popsell::sandbox::faults;
using popsell::sandbox::SandboxConfig;

namespace {

const QString kProductPath = QStringLiteral("/chat/chatrooms/1/messages-product");

QByteArray productBody(int idProduct)
{
    return QByteArray(R"({"id_ambassador":1,"id_product":)") + QByteArray::number(idProduct) + '}';
}

SandboxConfig faultConfig(const QString &spec = QStringLiteral("none"))
{
    SandboxConfig config = SandboxFixture::smallConfig();
    config.faults = spec;
    return config;
}

RequestOptions withKey(const QByteArray &key)
{
    RequestOptions options;
    options.idempotencyKey = key;
    return options;
}

FaultSpec parsed(const QString &text)
{
    auto spec = FaultSpec::parse(text);
    if (const QString *error = std::get_if<QString>(&spec))
        qFatal("invalid spec %s: %s", qPrintable(text), qPrintable(*error));
    return std::get<FaultSpec>(spec);
}

// The kinds a planner draws for `count` requests to the product route.
QList<std::optional<FaultKind>> draws(const QString &spec, quint64 seed, int count)
{
    FaultPlanner planner(parsed(spec), seed);
    QList<std::optional<FaultKind>> kinds;
    for (int i = 0; i < count; ++i) {
        const auto decision = planner.decide({QStringLiteral("POST"), kProductPath, true});
        kinds.append(decision ? decision->kind : std::nullopt);
    }
    return kinds;
}

// What a raw TCP client saw of one exchange.
struct RawResult
{
    QByteArray bytes;
    bool connected = false;
    bool closedByPeer = false;
    QAbstractSocket::SocketError error = QAbstractSocket::UnknownSocketError;
    qint64 firstReadBytes = -1; // size of the first chunk that arrived
    qint64 elapsedMs = 0;
};

// Sends `request` on a fresh connection and collects what comes back for at most waitMs,
// or until the peer closes, or until `complete` says the answer is whole. Event-driven:
// the server runs on this thread too.
RawResult rawExchange(quint16 port, const QByteArray &request, int waitMs,
                      const std::function<bool(const QByteArray &)> &complete = {})
{
    RawResult result;
    QTcpSocket socket;
    QEventLoop loop;
    QTimer deadline;
    deadline.setSingleShot(true);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    QObject::connect(&socket, &QTcpSocket::connected, &loop, [&] {
        result.connected = true;
        socket.write(request);
    });
    QObject::connect(&socket, &QTcpSocket::readyRead, &loop, [&] {
        const QByteArray chunk = socket.readAll();
        if (result.firstReadBytes < 0)
            result.firstReadBytes = chunk.size();
        result.bytes += chunk;
        if (complete && complete(result.bytes))
            loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::disconnected, &loop, [&] {
        result.closedByPeer = true;
        loop.quit();
    });
    QObject::connect(&socket, &QTcpSocket::errorOccurred, &loop,
                     [&](QAbstractSocket::SocketError error) {
                         result.error = error;
                         if (error == QAbstractSocket::RemoteHostClosedError)
                             result.closedByPeer = true;
                         else
                             loop.quit();
                     });
    QElapsedTimer timer;
    timer.start();
    socket.connectToHost(QHostAddress::LocalHost, port);
    deadline.start(waitMs);
    loop.exec();
    result.bytes += socket.readAll();
    result.elapsedMs = timer.elapsed();
    socket.disconnect();
    socket.abort();
    return result;
}

// The header block and body of a raw answer.
struct RawAnswer
{
    int status = 0;
    QHash<QByteArray, QByteArray> headers;
    QByteArray body;
};

RawAnswer splitAnswer(const QByteArray &bytes)
{
    RawAnswer answer;
    const qsizetype end = bytes.indexOf("\r\n\r\n");
    if (end < 0)
        return answer;
    const QList<QByteArray> lines = bytes.left(end).split('\n');
    answer.status = lines.first().split(' ').value(1).toInt();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const qsizetype colon = lines.at(i).indexOf(':');
        answer.headers.insert(lines.at(i).left(colon).trimmed().toLower(),
                              lines.at(i).mid(colon + 1).trimmed());
    }
    answer.body = bytes.mid(end + 4);
    return answer;
}

// SandboxFixture::wait, minus reading a reply that a timeout already closed.
HttpResult finish(QNetworkReply *reply, int timeoutMs)
{
    HttpResult result;
    if (!reply->isFinished()) {
        QSignalSpy finished(reply, &QNetworkReply::finished);
        if (!finished.wait(timeoutMs)) {
            result.timedOut = true;
            reply->abort();
        }
    }
    result.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    result.error = reply->error();
    if (reply->isOpen())
        result.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        result.headers.insert(name.toLower(), value);
    reply->deleteLater();
    return result;
}

bool completeAnswer(const QByteArray &bytes)
{
    const RawAnswer answer = splitAnswer(bytes);
    return answer.status != 0 &&
           answer.body.size() >= answer.headers.value("content-length", "-1").toLongLong();
}

} // namespace

class TestSandboxFaults : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox{faultConfig()};
    QString m_token; // the fixture's, until a test signs in again

    popsell::sandbox::SandboxServer &server() { return m_sandbox.server(); }

    void setFaults(const QString &spec, quint64 seed = 1)
    {
        const QString error = server().setFaults(spec, seed);
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }

    qsizetype effectsOf(const QByteArray &key)
    {
        return server().effects(0, QString::fromLatin1(key)).size();
    }

    qint64 injected(FaultKind kind)
    {
        return qint64(m_sandbox.server().faultFront()->counts().value(kind));
    }

    // A request with the fixture's token and a transfer timeout of its own.
    QNetworkReply *send(const QByteArray &method, const QString &path, const QByteArray &body,
                        const QByteArray &key, int timeoutMs = 10000)
    {
        QNetworkRequest request{QUrl(m_sandbox.baseUrl() + path)};
        request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                             QNetworkRequest::ManualRedirectPolicy);
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        request.setTransferTimeout(timeoutMs);
        request.setRawHeader("Accept", "application/json");
        request.setRawHeader("Authorization", "Bearer " + m_token.toLatin1());
        request.setRawHeader("X-Popsell-Brand", QByteArray::number(m_sandbox.brandId()));
        if (!key.isEmpty())
            request.setRawHeader("Idempotency-Key", key);
        if (!body.isEmpty())
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        return m_sandbox.network().sendCustomRequest(request, method, body);
    }

    HttpResult postProduct(const QByteArray &key, int idProduct, int timeoutMs = 10000)
    {
        return finish(send("POST", kProductPath, productBody(idProduct), key, timeoutMs),
                      timeoutMs + 5000);
    }

    QByteArray rawPost(const QString &path, const QByteArray &body, const QByteArray &key)
    {
        return "POST /api/v2" + path.toLatin1() +
               " HTTP/1.1\r\nHost: 127.0.0.1:" + QByteArray::number(server().port()) +
               "\r\nAuthorization: Bearer " + m_token.toLatin1() +
               "\r\nX-Popsell-Brand: " + QByteArray::number(m_sandbox.brandId()) +
               "\r\nAccept: application/json\r\nContent-Type: application/json\r\n"
               "Idempotency-Key: " +
               key + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        m_token = m_sandbox.token();
    }

    void cleanup()
    {
        setFaults(QStringLiteral("none"));
        // Connections a fault left half-used must not carry over to the next test.
        m_sandbox.network().clearConnectionCache();
    }

    // ------------------------------------------------------------------ the spec

    void specParses_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<int>("terms");
        QTest::newRow("campaign mix") << QStringLiteral("all:0.35") << 1;
        QTest::newRow("one kind") << QStringLiteral("commit-close") << 1;
        QTest::newRow("none") << QStringLiteral("none") << 0;
        QTest::newRow("routes and limit")
            << QStringLiteral("5xx:0.2#3@product-message+mark-read,429:0.1@POST/chat/chatrooms")
            << 2;
        QTest::newRow("globs and options")
            << QStringLiteral("drip@/chat/**,stall-headers:0.5@GET,stall-ms=100,drip-ms=2") << 2;
        QTest::newRow("sign-in named") << QStringLiteral("refused@/auth/token+any") << 1;
    }

    void specParses()
    {
        QFETCH(QString, spec);
        QFETCH(int, terms);
        auto result = FaultSpec::parse(spec);
        const QString *error = std::get_if<QString>(&result);
        QVERIFY2(!error, error ? qPrintable(*error) : "");
        QCOMPARE(std::get<FaultSpec>(result).terms.size(), terms);
    }

    void badSpecsAreRefusedWithAReason_data()
    {
        QTest::addColumn<QString>("spec");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("unknown kind") << QStringLiteral("explode") << QStringLiteral("explode");
        QTest::newRow("rate above 1") << QStringLiteral("500:1.5") << QStringLiteral("rate");
        QTest::newRow("negative rate") << QStringLiteral("500:-0.1") << QStringLiteral("rate");
        QTest::newRow("unknown route")
            << QStringLiteral("500@nowhere") << QStringLiteral("nowhere");
        QTest::newRow("empty term") << QStringLiteral("500,,502") << QStringLiteral("empty");
        QTest::newRow("bad option")
            << QStringLiteral("drip,drip-ms=0") << QStringLiteral("drip-ms");
        QTest::newRow("unknown option") << QStringLiteral("speed=3") << QStringLiteral("speed");
        QTest::newRow("empty") << QString() << QStringLiteral("empty");
    }

    void badSpecsAreRefusedWithAReason()
    {
        QFETCH(QString, spec);
        QFETCH(QString, mentions);
        auto result = FaultSpec::parse(spec);
        QVERIFY(std::holds_alternative<QString>(result));
        QVERIFY2(std::get<QString>(result).contains(mentions),
                 qPrintable(std::get<QString>(result)));
        QVERIFY(!server().setFaults(spec, 1).isEmpty());
    }

    void sameSeedSameDrawsOtherSeedOtherDraws()
    {
        const QString spec = QStringLiteral("all:0.35");
        const auto first = draws(spec, 42, 2000);
        QCOMPARE(draws(spec, 42, 2000), first);
        QVERIFY(draws(spec, 43, 2000) != first);
        const qsizetype faults = std::count_if(first.cbegin(), first.cend(),
                                               [](const auto &kind) { return kind.has_value(); });
        // 35 % of 2000 = 700; a binomial standard deviation is about 21.
        QVERIFY2(faults > 600 && faults < 800, qPrintable(QString::number(faults)));
        // Every kind of the group turns up.
        for (FaultKind kind : allFaultKinds())
            QVERIFY2(first.contains(kind), qPrintable(faultKindName(kind)));
    }

    void signInAndBrandAreLeftAloneUnlessNamed()
    {
        FaultPlanner planner(parsed(QStringLiteral("all:1")), 1);
        for (int i = 0; i < 50; ++i) {
            QVERIFY(
                !planner.decide({QStringLiteral("POST"), QStringLiteral("/auth/token"), false}));
            QVERIFY(!planner.decide({QStringLiteral("GET"), QStringLiteral("/brand"), false}));
        }
        QVERIFY(planner.decide({QStringLiteral("GET"), QStringLiteral("/chat/chatrooms/1"), true})
                    ->kind);
        FaultPlanner named(parsed(QStringLiteral("500@/auth/token")), 1);
        QCOMPARE(named.decide({QStringLiteral("POST"), QStringLiteral("/auth/token"), false})->kind,
                 FaultKind::Status500);

        // Over HTTP: every API call fails, signing in still works.
        setFaults(QStringLiteral("5xx:1"));
        QVERIFY(!m_sandbox.login(m_sandbox.config().apiKey).isEmpty());
        RequestOptions domain;
        domain.token = false;
        domain.brandHeader = false;
        domain.domainHeader = true;
        QCOMPARE(m_sandbox.get(QStringLiteral("/brand"), domain).status, 200);
        QVERIFY(m_sandbox.get(QStringLiteral("/chat/chatrooms/1")).status >= 500);
    }

    void limitAndRoutesAreHonoured()
    {
        FaultPlanner planner(parsed(QStringLiteral("500#2@product-message")), 1);
        QList<std::optional<FaultKind>> kinds;
        for (int i = 0; i < 4; ++i)
            kinds.append(planner.decide({QStringLiteral("POST"), kProductPath, true})->kind);
        QCOMPARE(kinds, (QList<std::optional<FaultKind>>{FaultKind::Status500, FaultKind::Status500,
                                                         std::nullopt, std::nullopt}));
        QVERIFY(!planner.decide({QStringLiteral("POST"), QStringLiteral("/chat/chatrooms"), true}));
        // 401 needs a bearer token: without one, a term of 401 alone never fires.
        FaultPlanner unauthorized(parsed(QStringLiteral("401")), 1);
        QCOMPARE(unauthorized
                     .decide({QStringLiteral("GET"), QStringLiteral("/chat/ambassadors"), false})
                     ->kind,
                 std::nullopt);
    }

    void sameSeedSameFaultsOverHttp()
    {
        const QString spec = QStringLiteral("5xx:0.2,429:0.15,html-200:0.05,bad-json:0.1,"
                                            "redirect:0.1,commit-close:0.05@reads");
        auto run = [&](quint64 seed) {
            m_sandbox.network().clearConnectionCache();
            setFaults(spec, seed);
            for (int i = 1; i <= 30; ++i)
                m_sandbox.get(QStringLiteral("/chat/chatrooms/%1").arg(i % 5 + 1));
            QList<QPair<quint64, FaultKind>> sequence;
            for (const FaultEvent &event : server().faultFront()->events())
                sequence.append({event.index, event.kind});
            return sequence;
        };
        const auto first = run(7);
        QVERIFY(first.size() >= 5);
        QCOMPARE(run(7), first);
        QVERIFY(run(8) != first);
    }

    // ------------------------------------------------------------------ each kind

    void refusedConnection()
    {
        setFaults(QStringLiteral("refused#1@product-message,refuse-ms=1500"));
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = postProduct("refused-1", 21);
        QCOMPARE(result.error, QNetworkReply::ConnectionRefusedError);
        QCOMPARE(injected(FaultKind::Refused), 1);
        // Meanwhile the port refuses every connection.
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, server().port());
        QVERIFY(!probe.waitForConnected(1000));
        QCOMPARE(probe.error(), QAbstractSocket::ConnectionRefusedError);
        QVERIFY(timer.elapsed() < 1500);
        QCOMPARE(effectsOf("refused-1"), 0);

        // Then it listens again, and the retry is the first effect.
        QTRY_VERIFY_WITH_TIMEOUT(postProduct("refused-1", 21).status == 201, 5000);
        QCOMPARE(effectsOf("refused-1"), 1);
    }

    void closeBeforeOrAfterReadingIsNotApplied_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("before") << QStringLiteral("close-before-request");
        QTest::newRow("after") << QStringLiteral("close-after-request");
    }

    void closeBeforeOrAfterReadingIsNotApplied()
    {
        QFETCH(QString, kind);
        const QByteArray key = "close-" + kind.toLatin1();
        setFaults(kind + u"@product-message");
        const HttpResult result = postProduct(key, 22);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(result.status, 0);
        QCOMPARE(effectsOf(key), 0);
        // A raw client sees the connection closed without a byte of answer.
        const RawResult raw =
            rawExchange(server().port(), rawPost(kProductPath, productBody(22), key), 3000);
        QVERIFY(raw.closedByPeer);
        QVERIFY(raw.bytes.isEmpty());
        QCOMPARE(effectsOf(key), 0);
    }

    void commitThenCloseIsAppliedOnce()
    {
        setFaults(QStringLiteral("commit-close@product-message"));
        const HttpResult result = postProduct("commit-1", 23);
        QCOMPARE(result.error, QNetworkReply::RemoteHostClosedError);
        QCOMPARE(result.status, 0);
        // Qt sent the POST again on its own after the hang-up (reliability notes 2.4); the
        // key made every copy after the first a replay.
        QVERIFY(injected(FaultKind::CommitThenClose) >= 2);
        const QList<popsell::sandbox::Effect> effects =
            server().effects(0, QStringLiteral("commit-1"));
        QCOMPARE(effects.size(), 1);
        QCOMPARE(effects.first().fault, QStringLiteral("commit-close"));
        QCOMPARE(effects.first().created.value(QStringLiteral("messages")).size(), 1);

        setFaults(QStringLiteral("none"));
        const HttpResult retry = postProduct("commit-1", 23);
        QCOMPARE(retry.status, 201);
        QCOMPARE(retry.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(retry.object().value(QStringLiteral("id_message")).toInteger(),
                 effects.first().created.value(QStringLiteral("messages")).first());
        QCOMPARE(effectsOf("commit-1"), 1);
    }

    void truncatedBodyIsAnErrorButApplied()
    {
        setFaults(QStringLiteral("truncate@product-message"));
        const RawResult raw = rawExchange(
            server().port(), rawPost(kProductPath, productBody(24), "truncate-1"), 3000);
        QVERIFY(raw.closedByPeer);
        const RawAnswer answer = splitAnswer(raw.bytes);
        QCOMPARE(answer.status, 201);
        const qint64 declared = answer.headers.value("content-length").toLongLong();
        QVERIFY(declared > 0);
        QCOMPARE(qint64(answer.body.size()), declared / 2);

        // Through QNAM the body is short of its Content-Length. Qt 6.4.2 reports this as
        // RemoteHostClosedError or, depending on timing, as NoError [measured]: a client
        // has to compare the length itself.
        const HttpResult result = postProduct("truncate-1", 24);
        QCOMPARE(result.status, 201);
        QVERIFY(result.error == QNetworkReply::RemoteHostClosedError ||
                result.error == QNetworkReply::NoError);
        QVERIFY(result.body.size() < result.headers.value("content-length").toLongLong());
        QCOMPARE(effectsOf("truncate-1"), 1);
    }

    void stallBeforeHeadersOutlastsTheClient()
    {
        setFaults(QStringLiteral("stall-headers@product-message,stall-ms=4000"));
        QElapsedTimer timer;
        timer.start();
        const HttpResult result = postProduct("stall-1", 25, 600);
        // Qt 6.4 reports its transfer timeout as a cancellation.
        QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(result.status, 0);
        QVERIFY(timer.elapsed() >= 500 && timer.elapsed() < 4000);
        QCOMPARE(effectsOf("stall-1"), 1);

        // A raw client: not one byte until the front gives up and hangs up.
        setFaults(QStringLiteral("stall-headers@product-message,stall-ms=700"));
        const RawResult raw =
            rawExchange(server().port(), rawPost(kProductPath, productBody(25), "stall-1"), 3000);
        QVERIFY(raw.bytes.isEmpty());
        QVERIFY(raw.closedByPeer);
        QVERIFY(raw.elapsedMs >= 600);
    }

    void stallMidBodyGoesSilent()
    {
        setFaults(QStringLiteral("stall-body@product-message,stall-ms=1500"));
        const RawResult raw = rawExchange(
            server().port(), rawPost(kProductPath, productBody(26), "stall-body-1"), 800);
        QVERIFY(!raw.closedByPeer); // silence, not a hang-up
        const RawAnswer answer = splitAnswer(raw.bytes);
        QCOMPARE(answer.status, 201);
        const qint64 declared = answer.headers.value("content-length").toLongLong();
        QCOMPARE(qint64(answer.body.size()), declared / 2);
        QCOMPARE(effectsOf("stall-body-1"), 1);

        const HttpResult result = postProduct("stall-body-2", 26, 600);
        QCOMPARE(result.status, 201);
        QCOMPARE(result.error, QNetworkReply::OperationCanceledError);
        QCOMPARE(effectsOf("stall-body-2"), 1);
    }

    void slowDripDeliversEverythingByteByByte()
    {
        // A small answer (the 404 of an unknown route) keeps this quick.
        setFaults(QStringLiteral("drip@/no/such/route,drip-ms=4"));
        const QByteArray request =
            "GET /api/v2/no/such/route HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: application/json\r\n"
            "Authorization: Bearer " +
            m_sandbox.token().toLatin1() + "\r\n\r\n";
        const RawResult raw = rawExchange(server().port(), request, 10000, completeAnswer);
        const RawAnswer answer = splitAnswer(raw.bytes);
        QCOMPARE(answer.status, 404);
        QVERIFY(QJsonDocument::fromJson(answer.body).isObject());
        QCOMPARE(raw.firstReadBytes, 1);
        // One byte per tick: at least (size - 1) ticks, with room for timer slack.
        QVERIFY2(raw.elapsedMs >= (raw.bytes.size() - 1) * 4 * 8 / 10,
                 qPrintable(
                     QStringLiteral("%1 bytes in %2 ms").arg(raw.bytes.size()).arg(raw.elapsedMs)));

        // Through QNAM a dripped POST completes and counts once.
        setFaults(QStringLiteral("drip@product-message,drip-ms=1"));
        const HttpResult result = postProduct("drip-1", 27, 20000);
        QCOMPARE(result.status, 201);
        QVERIFY(result.object().contains(QStringLiteral("id_message")));
        QCOMPARE(effectsOf("drip-1"), 1);
    }

    void serverErrorsAreNotApplied_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("contentType");
        QTest::newRow("500") << QStringLiteral("500") << 500 << QByteArray("application/json");
        QTest::newRow("502") << QStringLiteral("502") << 502 << QByteArray("text/html");
        QTest::newRow("503") << QStringLiteral("503") << 503 << QByteArray("application/json");
        QTest::newRow("504") << QStringLiteral("504") << 504 << QByteArray("text/html");
        QTest::newRow("html-200") << QStringLiteral("html-200") << 200 << QByteArray("text/html");
    }

    void serverErrorsAreNotApplied()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QByteArray, contentType);
        const QByteArray key = "status-" + kind.toLatin1();
        setFaults(kind + u"@product-message,retry-after=3");
        const HttpResult result = postProduct(key, 28);
        QCOMPARE(result.status, status);
        QVERIFY(result.headers.value("content-type").startsWith(contentType));
        if (status == 503)
            QCOMPARE(result.headers.value("retry-after"), QByteArray("3"));
        if (contentType == "text/html")
            QVERIFY(result.body.contains("<html"));
        QCOMPARE(effectsOf(key), 0);
    }

    void tooManyRequestsWithEachRetryAfterShape()
    {
        setFaults(QStringLiteral("429-seconds#1@product-message,retry-after=2"));
        const HttpResult seconds = postProduct("429-1", 29);
        QCOMPARE(seconds.status, 429);
        QCOMPARE(seconds.headers.value("retry-after"), QByteArray("2"));
        QCOMPARE(seconds.headers.value("x-ratelimit-remaining"), QByteArray("0"));

        setFaults(QStringLiteral("429-date#1@product-message,retry-after=2"));
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const HttpResult date = postProduct("429-1", 29);
        QCOMPARE(date.status, 429);
        QDateTime at =
            QLocale::c().toDateTime(QString::fromLatin1(date.headers.value("retry-after")),
                                    QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"));
        at.setTimeZone(QTimeZone::utc());
        QVERIFY2(at.isValid(), date.headers.value("retry-after").constData());
        const qint64 wait = before.secsTo(at);
        QVERIFY2(wait >= 2 && wait <= 4, qPrintable(QString::number(wait)));

        setFaults(QStringLiteral("429-garbage#1@product-message"));
        const HttpResult garbage = postProduct("429-1", 29);
        QCOMPARE(garbage.status, 429);
        QCOMPARE(garbage.headers.value("retry-after"), QByteArray("soon"));

        QCOMPARE(effectsOf("429-1"), 0);
        QCOMPARE(postProduct("429-1", 29).status, 201);
        QCOMPARE(effectsOf("429-1"), 1);
    }

    void invalidJsonAfterCommitIsApplied()
    {
        // Two requests show both ways of breaking the JSON (cut short, trailing garbage).
        setFaults(QStringLiteral("bad-json@product-message"));
        const QList<QByteArray> keys{"bad-json-1", "bad-json-2"};
        QList<QByteArray> bodies;
        for (const QByteArray &key : keys) {
            const HttpResult result = postProduct(key, 30);
            QCOMPARE(result.error, QNetworkReply::NoError);
            QCOMPARE(result.status, 201);
            QVERIFY(result.headers.value("content-type").startsWith("application/json"));
            QJsonParseError error;
            QJsonDocument::fromJson(result.body, &error);
            QVERIFY2(error.error != QJsonParseError::NoError, result.body.constData());
            QCOMPARE(effectsOf(key), 1);
            bodies.append(result.body);
        }
        // The retry with the same key gets the stored, intact answer; one broken body was
        // cut short, the other has garbage after it.
        setFaults(QStringLiteral("none"));
        QList<bool> shorter;
        for (qsizetype i = 0; i < keys.size(); ++i) {
            const HttpResult replay = postProduct(keys.at(i), 30);
            QVERIFY(replay.object().contains(QStringLiteral("id_message")));
            QCOMPARE(effectsOf(keys.at(i)), 1);
            QVERIFY(replay.body.startsWith(bodies.at(i).left(20)));
            QVERIFY(bodies.at(i).size() != replay.body.size());
            shorter.append(bodies.at(i).size() < replay.body.size());
        }
        QVERIFY(shorter.at(0) != shorter.at(1));
    }

    void hugeBodyIsAnnouncedAndStreamed()
    {
        setFaults(QStringLiteral("huge@product-message"));
        QNetworkReply *reply = send("POST", kProductPath, productBody(31), "huge-1");
        qint64 received = 0;
        connect(reply, &QNetworkReply::readyRead, reply, [&received, reply] {
            received += reply->readAll().size();
            if (received > 2 * 1024 * 1024)
                reply->abort();
        });
        QSignalSpy finished(reply, &QNetworkReply::finished);
        QVERIFY(finished.wait(20000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(reply->header(QNetworkRequest::ContentLengthHeader).toLongLong(),
                 100LL * 1024 * 1024);
        QCOMPARE(reply->error(), QNetworkReply::OperationCanceledError);
        QVERIFY(received > 2 * 1024 * 1024);
        reply->deleteLater();
        QCOMPARE(effectsOf("huge-1"), 1);
    }

    void crossOriginRedirectsAreNotApplied_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::newRow("302") << QStringLiteral("302") << 302;
        QTest::newRow("307") << QStringLiteral("307") << 307;
    }

    void crossOriginRedirectsAreNotApplied()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        const QByteArray key = "redirect-" + kind.toLatin1();
        setFaults(kind + u"@product-message");
        const HttpResult result = postProduct(key, 32);
        QCOMPARE(result.status, status);
        const QUrl location(QString::fromLatin1(result.headers.value("location")));
        QCOMPARE(location.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(location.port() != int(server().port()));
        QCOMPARE(location.path(), QStringLiteral("/api/v2") + kProductPath);
        QCOMPARE(effectsOf(key), 0);

        // The foreign origin counts what a client that follows would leak to it.
        const auto before = server().faultFront()->foreignStats();
        QNetworkRequest follow(location);
        follow.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
        follow.setRawHeader("Authorization", "Bearer leaked");
        QNetworkReply *reply = m_sandbox.network().post(follow, productBody(32));
        const HttpResult followed = SandboxFixture::wait(reply);
        QCOMPARE(followed.status, 200);
        const auto after = server().faultFront()->foreignStats();
        QCOMPARE(after.requests, before.requests + 1);
        QCOMPARE(after.authorizationHeaders, before.authorizationHeaders + 1);
        QCOMPARE(after.bodies, before.bodies + 1);
        QCOMPARE(effectsOf(key), 0);
    }

    void unauthorizedMidSessionRevokesTheToken()
    {
        setFaults(QStringLiteral("401#1@product-message"));
        const HttpResult refused = postProduct("401-1", 33);
        QCOMPARE(refused.status, 401);
        QCOMPARE(refused.message(), QStringLiteral("Unauthorized."));
        QCOMPARE(effectsOf("401-1"), 0);
        // The token is gone for good, not only for that one request.
        RequestOptions old;
        old.tokenOverride = m_token;
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/chatrooms/1"), old).status, 401);
        QCOMPARE(postProduct("401-1", 33).status, 401);

        // Signing in again works (sign-in is never faulted) and the same key goes through.
        const QString fresh = m_sandbox.login(m_sandbox.config().apiKey);
        QVERIFY(!fresh.isEmpty());
        QVERIFY(fresh != m_token);
        m_token = fresh;
        QCOMPARE(postProduct("401-1", 33).status, 201);
        QCOMPARE(effectsOf("401-1"), 1);
    }

    // ------------------------------------------------------------------ control routes

    void controlRoutesReportEffectsAndFaults()
    {
        setFaults(QStringLiteral("500#1@product-message"));
        QCOMPARE(postProduct("control-1", 34).status, 500);
        QCOMPARE(postProduct("control-1", 34).status, 201);
        QCOMPARE(postProduct("control-1", 34).status, 201); // a replay: no new effect

        const QString origin = m_sandbox.baseUrl().chopped(QStringLiteral("/api/v2").size());
        const HttpResult effects =
            m_sandbox.get(origin + QStringLiteral("/__sandbox/effects?key=control-1"));
        QCOMPARE(effects.status, 200);
        QCOMPARE(effects.object().value(QStringLiteral("total")).toInt(), 1);
        QCOMPARE(effects.object()
                     .value(QStringLiteral("by_key"))
                     .toObject()
                     .value(QStringLiteral("control-1"))
                     .toInt(),
                 1);
        const QJsonObject effect =
            effects.object().value(QStringLiteral("effects")).toArray().first().toObject();
        QCOMPARE(effect.value(QStringLiteral("route")).toString(),
                 QStringLiteral("/chat/chatrooms/{chatroom}/messages-product"));
        QCOMPARE(effect.value(QStringLiteral("status")).toInt(), 201);

        const HttpResult faults = m_sandbox.get(origin + QStringLiteral("/__sandbox/faults"));
        QCOMPARE(faults.status, 200);
        QVERIFY(faults.object().value(QStringLiteral("enabled")).toBool());
        QCOMPARE(faults.object()
                     .value(QStringLiteral("injected_this_run"))
                     .toObject()
                     .value(QStringLiteral("500"))
                     .toInt(),
                 1);
        QVERIFY(faults.object()
                    .value(QStringLiteral("injected"))
                    .toObject()
                    .contains(QStringLiteral("commit-close")));

        // The plan can be changed at run time; a bad spec is a 422.
        RequestOptions plain;
        plain.token = false;
        plain.brandHeader = false;
        const HttpResult changed =
            m_sandbox.send("POST", origin + QStringLiteral("/__sandbox/faults"),
                           R"({"spec":"503@product-message","seed":5})", plain);
        QCOMPARE(changed.status, 200);
        QCOMPARE(changed.object().value(QStringLiteral("spec")).toString(),
                 QStringLiteral("503@product-message"));
        QCOMPARE(postProduct("control-2", 34).status, 503);
        const HttpResult bad = m_sandbox.send("POST", origin + QStringLiteral("/__sandbox/faults"),
                                              R"({"spec":"boom"})", plain);
        QCOMPARE(bad.status, 422);
        QVERIFY(bad.fieldErrors().contains(QStringLiteral("spec")));
    }

    // ------------------------------------------------------------------ negative control

    void idempotencyOffAppliesEveryCopy_data()
    {
        QTest::addColumn<bool>("idempotency");
        QTest::addColumn<int>("effects");
        QTest::newRow("on") << true << 1;
        QTest::newRow("off") << false << 2;
    }

    void idempotencyOffAppliesEveryCopy()
    {
        QFETCH(bool, idempotency);
        QFETCH(int, effects);
        SandboxConfig config = faultConfig(QStringLiteral("commit-close#1@product-message"));
        config.idempotency = idempotency;
        SandboxFixture sandbox(config);
        QCOMPARE(sandbox.start(), QString());
        // The hang-up after the commit, then Qt's own resend with the same key.
        const HttpResult result =
            sandbox.send("POST", kProductPath, productBody(35), withKey("negative-control"));
        QCOMPARE(result.status, 201);
        QCOMPARE(sandbox.server().effects(0, QStringLiteral("negative-control")).size(),
                 qsizetype(effects));
        QCOMPARE(sandbox.server().effectCountsByKey().value(QStringLiteral("negative-control")),
                 effects);
    }

    // ------------------------------------------------------------------ persistence

    void ledgerSurvivesARestart()
    {
        SandboxFixture sandbox(faultConfig(QStringLiteral("commit-close#1@product-message")));
        QCOMPARE(sandbox.start(), QString());
        QCOMPARE(sandbox.send("POST", kProductPath, productBody(36), withKey("restart-1")).status,
                 201);
        const QList<popsell::sandbox::Effect> before = sandbox.server().effects();
        QVERIFY(!before.isEmpty());
        QCOMPARE(sandbox.server().storedFaultCounts().value(QStringLiteral("commit-close")), 1);

        sandbox.stop();
        QCOMPARE(sandbox.start(), QString());
        const QList<popsell::sandbox::Effect> after = sandbox.server().effects();
        QVERIFY(after.size() > before.size()); // the new sign-in is an effect too
        for (qsizetype i = 0; i < before.size(); ++i) {
            QCOMPARE(after.at(i).seq, before.at(i).seq);
            QCOMPARE(after.at(i).idempotencyKey, before.at(i).idempotencyKey);
            QCOMPARE(after.at(i).created, before.at(i).created);
        }
        QCOMPARE(sandbox.server().effectCountsByKey().value(QStringLiteral("restart-1")), 1);
        QCOMPARE(sandbox.server().storedFaultCounts().value(QStringLiteral("commit-close")), 1);
        // The same seed starts the same sequence again: the first product POST is hit again.
        QCOMPARE(sandbox.send("POST", kProductPath, productBody(36), withKey("restart-1")).status,
                 201);
        QCOMPARE(sandbox.server().storedFaultCounts().value(QStringLiteral("commit-close")), 2);
        QCOMPARE(sandbox.server().effectCountsByKey().value(QStringLiteral("restart-1")), 1);
    }

    void faultsAreOffByDefault()
    {
        SandboxFixture sandbox;
        QCOMPARE(sandbox.start(), QString());
        QVERIFY(!sandbox.server().faultFront());
        QCOMPARE(sandbox.server().directPort(), sandbox.server().port());
        QVERIFY(!sandbox.server().listeningLine().contains(QStringLiteral("faults")));
        const QString origin = sandbox.baseUrl().chopped(QStringLiteral("/api/v2").size());
        const HttpResult faults = sandbox.get(origin + QStringLiteral("/__sandbox/faults"));
        QCOMPARE(faults.status, 200);
        QVERIFY(!faults.object().value(QStringLiteral("enabled")).toBool());
        // The ledger works without fault mode too.
        QCOMPARE(sandbox.send("POST", kProductPath, productBody(37), withKey("plain-1")).status,
                 201);
        QCOMPARE(sandbox.server().effectCountsByKey().value(QStringLiteral("plain-1")), 1);
        // A client cannot pretend to be the front.
        RequestOptions spoof = withKey("plain-2");
        spoof.extraHeaders.append(
            qMakePair(QByteArray("X-Sandbox-Fault"), QByteArray("commit-close")));
        QCOMPARE(sandbox.send("POST", kProductPath, productBody(38), spoof).status, 201);
        QCOMPARE(sandbox.server().effects(0, QStringLiteral("plain-2")).first().fault, QString());
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandbox_faults.moc"
