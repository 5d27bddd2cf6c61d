// The retry table (RetryPolicy::decide) row by row, its backoff with a fixed random number,
// and Retry-After as seconds, date, garbage and over the clamp. Errors are made the way
// the client makes them, by interpretOutcome() from what a reply said, so that the
// transport detail the table reads is the real one.
#include "core/api/apicall.h"
#include "core/api/retrypolicy.h"

#include <QLocale>
#include <QTest>
#include <QTimeZone>

#include <chrono>
#include <cmath>
#include <limits>
#include <optional>
#include <set>

using namespace popsell::api;
using namespace std::chrono_literals;
using Action = RetryDecision::Action;
using Transport = ApiError::Transport;
using std::chrono::milliseconds;

namespace {

// What a reply said, in the words of HttpOutcome.
struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    bool requestSent = true;
    bool requestSentReported = true;
    AbortReason abort = AbortReason::None;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body = "{}";
    QStringList sslErrors;
};

ApiError errorFrom(const Reply &reply)
{
    HttpOutcome outcome;
    outcome.method = "GET";
    outcome.url = QStringLiteral("https://demo.popsell.test/api/v2/x");
    outcome.status = reply.status;
    outcome.error = reply.error;
    outcome.errorString = QStringLiteral("Qt says no");
    for (const auto &[name, value] : reply.headers)
        outcome.headers.insert(name.toLower(), value);
    if (reply.status > 0 && !outcome.headers.contains("content-type"))
        outcome.headers.insert("content-type", "application/json");
    outcome.body = reply.body;
    outcome.abortReason = reply.abort;
    outcome.maxBodyBytes = 1024;
    outcome.sslErrors = reply.sslErrors;
    outcome.requestSent = reply.requestSent;
    outcome.requestSentReported = reply.requestSentReported;
    const Result<JsonReply> result = interpretOutcome(outcome);
    Q_ASSERT(!result.ok());
    return result.error();
}

Reply status(int code, QList<QPair<QByteArray, QByteArray>> headers = {})
{
    Reply reply;
    reply.status = code;
    reply.error = code >= 400 ? QNetworkReply::UnknownContentError : QNetworkReply::NoError;
    reply.headers = std::move(headers);
    return reply;
}

Reply transport(QNetworkReply::NetworkError error, bool sent)
{
    Reply reply;
    reply.error = error;
    reply.requestSent = sent;
    return reply;
}

QString actionName(Action action)
{
    switch (action) {
    case Action::Retry:
        return QStringLiteral("retry");
    case Action::Final:
        return QStringLiteral("final");
    case Action::Reconcile:
        return QStringLiteral("reconcile");
    case Action::Unauthorized:
        return QStringLiteral("unauthorized");
    case Action::NeedsAttention:
        return QStringLiteral("attention");
    }
    return QStringLiteral("?");
}

const EndpointSpec &get()
{
    return endpointSpec(Endpoint::GetChatroom);
}
const EndpointSpec &patch()
{
    return endpointSpec(Endpoint::UpdateChatroom);
}
const EndpointSpec &markRead()
{
    return endpointSpec(Endpoint::MarkRead);
}
const EndpointSpec &product()
{
    return endpointSpec(Endpoint::PostProductMessage);
}

// A policy whose jitter is always `value`.
RetryPolicy fixed(RetryLimits limits, double value)
{
    return RetryPolicy(limits, [value] { return value; });
}

QByteArray httpDate(const QDateTime &utc)
{
    return QLocale::c().toString(utc, QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'")).toLatin1();
}

} // namespace

Q_DECLARE_METATYPE(Reply)

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void limits()
    {
        const RetryLimits interactive = RetryLimits::interactive();
        QCOMPARE(interactive.base, 500ms);
        QCOMPARE(interactive.cap, 30s);
        QCOMPARE(interactive.maxAttempts, 4);
        QCOMPARE(interactive.maxServerWait, milliseconds(5min));
        QVERIFY(!interactive.attentionWhenExhausted);
        const RetryLimits outbox = RetryLimits::outbox();
        QCOMPARE(outbox.base, 1s);
        QCOMPARE(outbox.cap, milliseconds(5min));
        QCOMPARE(outbox.maxAttempts, 6);
        QVERIFY(outbox.attentionWhenExhausted);
    }

    // Every row of docs/reliability.md, "The retry table", for an idempotent call, a
    // non-idempotent POST against the real API (no idempotency keys) and one against a
    // server that keeps keys. Attempt 1, interactive limits.
    void table_data()
    {
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<QString>("idempotent");   // GET, PATCH, mark read
        QTest::addColumn<QString>("postNoKeys");   // product message, server without keys
        QTest::addColumn<QString>("postWithKeys"); // product message, server with keys
        QTest::addColumn<bool>("applied");         // ApiError::mayHaveBeenApplied()
        QTest::addColumn<int>("transport");        // ApiError::Transport

        const QString retry = QStringLiteral("retry");
        const QString final = QStringLiteral("final");
        const QString reconcile = QStringLiteral("reconcile");
        const QString unauthorized = QStringLiteral("unauthorized");
        const int notSent = int(Transport::NotSent);
        const int sent = int(Transport::Sent);
        const int answered = int(Transport::Answered);

        // Never sent: always safe to send again.
        QTest::newRow("connection refused")
            << transport(QNetworkReply::ConnectionRefusedError, false) << retry << retry << retry
            << false << notSent;
        QTest::newRow("DNS failure") << transport(QNetworkReply::HostNotFoundError, false) << retry
                                     << retry << retry << false << notSent;
        QTest::newRow("closed during the TLS handshake")
            << transport(QNetworkReply::RemoteHostClosedError, false) << retry << retry << retry
            << false << notSent;
        QTest::newRow("timeout before the request was written")
            << transport(QNetworkReply::OperationCanceledError, false) << retry << retry << retry
            << false << notSent;
        // Sent, no complete answer: ambiguous.
        QTest::newRow("timeout after sending")
            << transport(QNetworkReply::OperationCanceledError, true) << retry << reconcile << retry
            << true << sent;
        QTest::newRow("closed after sending")
            << transport(QNetworkReply::RemoteHostClosedError, true) << retry << reconcile << retry
            << true << sent;
        Reply reset = transport(QNetworkReply::UnknownNetworkError, true);
        QTest::newRow("reset after sending")
            << reset << retry << reconcile << retry << true << sent;
        Reply unreported = transport(QNetworkReply::RemoteHostClosedError, false);
        unreported.requestSentReported = false;
        QTest::newRow("closed, sending not reported (HTTP/2)")
            << unreported << retry << reconcile << retry << true << sent;
        Reply truncated = status(200);
        truncated.error = QNetworkReply::RemoteHostClosedError;
        truncated.body = R"({"data":[1,)";
        QTest::newRow("truncated 200") << truncated << retry << reconcile << retry << true << sent;
        Reply deadline = transport(QNetworkReply::OperationCanceledError, true);
        deadline.abort = AbortReason::Deadline;
        QTest::newRow("deadline") << deadline << retry << reconcile << retry << true << sent;
        // Statuses the server sends before it acts.
        QTest::newRow("408") << status(408) << retry << retry << retry << false << answered;
        QTest::newRow("425") << status(425) << retry << retry << retry << false << answered;
        QTest::newRow("429") << status(429) << retry << retry << retry << false << answered;
        QTest::newRow("409 (key in flight)")
            << status(409) << retry << retry << retry << false << answered;
        QTest::newRow("503") << status(503) << retry << retry << retry << false << answered;
        // Statuses that may come after the write.
        QTest::newRow("500") << status(500) << retry << reconcile << retry << true << answered;
        QTest::newRow("502") << status(502) << retry << reconcile << retry << true << answered;
        QTest::newRow("504") << status(504) << retry << reconcile << retry << true << answered;
        // Final answers.
        QTest::newRow("401") << status(401) << unauthorized << unauthorized << unauthorized << false
                             << answered;
        for (int code : {400, 403, 404, 405, 410, 422}) {
            QTest::addRow("%d", code)
                << status(code) << final << final << final << false << answered;
        }
        QTest::newRow("501") << status(501) << final << final << final << false << answered;
        QTest::newRow("302") << status(302, {{"Location", "https://elsewhere.test/"}}) << final
                             << final << final << false << answered;
        Reply html = status(200, {{"Content-Type", "text/html"}});
        html.body = "<html>portal</html>";
        QTest::newRow("2xx that is not JSON")
            << html << final << final << final << true << answered;
        Reply certificate = transport(QNetworkReply::SslHandshakeFailedError, false);
        certificate.sslErrors = {QStringLiteral("The host name did not match")};
        QTest::newRow("TLS certificate") << certificate << final << final << final << false
                                         << int(Transport::CertificateRejected);
        QTest::newRow("TLS handshake refused")
            << transport(QNetworkReply::SslHandshakeFailedError, false) << final << final << final
            << false << notSent;
        Reply canceled = transport(QNetworkReply::OperationCanceledError, false);
        canceled.abort = AbortReason::Canceled;
        QTest::newRow("canceled before sending")
            << canceled << final << final << final << false << notSent;
        canceled.requestSent = true;
        QTest::newRow("canceled after sending")
            << canceled << final << final << final << true << sent;
        Reply tooLarge = status(200);
        tooLarge.error = QNetworkReply::OperationCanceledError;
        tooLarge.abort = AbortReason::TooLarge;
        QTest::newRow("2xx over the size cap")
            << tooLarge << final << final << final << true << sent;
    }

    void table()
    {
        QFETCH(Reply, reply);
        QFETCH(QString, idempotent);
        QFETCH(QString, postNoKeys);
        QFETCH(QString, postWithKeys);
        QFETCH(bool, applied);
        QFETCH(int, transport);
        const ApiError error = errorFrom(reply);
        QCOMPARE(int(error.transport()), transport);
        QCOMPARE(error.mayHaveBeenApplied(), applied);
        const RetryPolicy policy = fixed(RetryLimits::interactive(), 0.5);
        for (const EndpointSpec *spec : {&get(), &patch(), &markRead()}) {
            QCOMPARE(actionName(policy.decide(*spec, error, 1, false).action), idempotent);
            QCOMPARE(actionName(policy.decide(*spec, error, 1, true).action), idempotent);
        }
        QCOMPARE(actionName(policy.decide(product(), error, 1, false).action), postNoKeys);
        QCOMPARE(actionName(policy.decide(product(), error, 1, true).action), postWithKeys);
        // isTransient() says the same as the table for idempotent calls.
        QCOMPARE(error.isTransient(), idempotent == u"retry");
    }

    void errorsMadeElsewhereAreJudgedByKind()
    {
        const RetryPolicy policy = fixed(RetryLimits::interactive(), 0.5);
        const ApiError insecure(ApiError::Kind::InsecureUrl, QStringLiteral("http off loopback"));
        QCOMPARE(policy.decide(get(), insecure, 1, false).action, Action::Final);
        QVERIFY(!insecure.mayHaveBeenApplied());
        const ApiError network(ApiError::Kind::Network, QStringLiteral("somewhere"));
        QCOMPARE(network.transport(), Transport::Unknown);
        QVERIFY(network.mayHaveBeenApplied()); // the cautious guess
        QCOMPARE(policy.decide(product(), network, 1, false).action, Action::Reconcile);
        QCOMPARE(policy.decide(get(), network, 1, false).action, Action::Retry);
        ApiError notSent = network;
        notSent.withTransport(Transport::NotSent);
        QCOMPARE(policy.decide(product(), notSent, 1, false).action, Action::Retry);
        const ApiError canceled(ApiError::Kind::Canceled, QStringLiteral("reset"));
        QCOMPARE(policy.decide(get(), canceled, 1, false).action, Action::Final);
    }

    void attemptsRunOut_data()
    {
        QTest::addColumn<Reply>("reply");
        QTest::addColumn<bool>("idempotent");
        QTest::addColumn<bool>("outboxLimits");
        QTest::addColumn<int>("lastRetriedAttempt"); // decide(attempt) retries up to this
        QTest::addColumn<QString>("then");
        QTest::newRow("503, interactive") << status(503) << true << false << 3 << "final";
        QTest::newRow("503, outbox, PATCH") << status(503) << true << true << 5 << "attention";
        QTest::newRow("500, interactive: two retries")
            << status(500) << true << false << 2 << "final";
        QTest::newRow("500, outbox, PATCH: two retries")
            << status(500) << true << true << 2 << "attention";
        QTest::newRow("500, outbox, keyed POST")
            << status(500) << false << true << 5 << "attention";
        QTest::newRow("refused, outbox, POST")
            << transport(QNetworkReply::ConnectionRefusedError, false) << false << true << 5
            << "attention";
        QTest::newRow("429, interactive") << status(429) << true << false << 3 << "final";
    }

    void attemptsRunOut()
    {
        QFETCH(Reply, reply);
        QFETCH(bool, idempotent);
        QFETCH(bool, outboxLimits);
        QFETCH(int, lastRetriedAttempt);
        QFETCH(QString, then);
        const RetryPolicy policy =
            fixed(outboxLimits ? RetryLimits::outbox() : RetryLimits::interactive(), 0.1);
        const EndpointSpec &spec = idempotent ? patch() : product();
        const ApiError error = errorFrom(reply);
        for (int attempt = 1; attempt <= lastRetriedAttempt; ++attempt)
            QCOMPARE(actionName(policy.decide(spec, error, attempt, true).action),
                     QStringLiteral("retry"));
        QCOMPARE(actionName(policy.decide(spec, error, lastRetriedAttempt + 1, true).action), then);
        QCOMPARE(actionName(policy.decide(spec, error, lastRetriedAttempt + 7, true).action), then);
    }

    void noAttemptLimit()
    {
        RetryLimits limits = RetryLimits::outbox();
        limits.maxAttempts = 0;
        const RetryPolicy policy = fixed(limits, 0.5);
        const ApiError error = errorFrom(status(503));
        QCOMPARE(policy.decide(product(), error, 100, true).action, Action::Retry);
        QCOMPARE(policy.decide(product(), error, 100, true).delay, milliseconds(150'000));
        // The 500 rule still holds for idempotent calls.
        QCOMPARE(policy.decide(patch(), errorFrom(status(500)), 3, true).action,
                 Action::NeedsAttention);
    }

    void fullJitterBounds_data()
    {
        QTest::addColumn<double>("random");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<qint64>("expectedMs");
        // Interactive: base 500 ms, ceiling min(30 s, 500 ms * 2^attempt).
        QTest::newRow("zero") << 0.0 << 1 << qint64(0);
        QTest::newRow("half, attempt 1") << 0.5 << 1 << qint64(500);
        QTest::newRow("half, attempt 2") << 0.5 << 2 << qint64(1000);
        QTest::newRow("half, attempt 3") << 0.5 << 3 << qint64(2000);
        QTest::newRow("just below one, attempt 1") << 0.9999 << 1 << qint64(999);
        QTest::newRow("half, capped at attempt 6") << 0.5 << 6 << qint64(15000);
        QTest::newRow("half, capped at attempt 60") << 0.5 << 60 << qint64(15000);
        QTest::newRow("one is out of range: just below the cap") << 1.0 << 10 << qint64(29999);
        QTest::newRow("above one") << 7.0 << 1 << qint64(999);
        QTest::newRow("negative") << -1.0 << 3 << qint64(0);
        QTest::newRow("NaN") << std::numeric_limits<double>::quiet_NaN() << 3 << qint64(0);
        QTest::newRow("attempt 0") << 0.5 << 0 << qint64(250);
    }

    void fullJitterBounds()
    {
        QFETCH(double, random);
        QFETCH(int, attempt);
        QFETCH(qint64, expectedMs);
        QCOMPARE(fixed(RetryLimits::interactive(), random).backoff(attempt).count(), expectedMs);
    }

    void realRandomStaysInsideTheCeiling()
    {
        const RetryPolicy policy(RetryLimits::interactive());
        std::set<qint64> seen;
        for (int i = 0; i < 2000; ++i) {
            const qint64 delay = policy.backoff(2).count();
            QVERIFY2(delay >= 0 && delay < 2000, qPrintable(QString::number(delay)));
            seen.insert(delay);
        }
        // Jitter, not a constant: lock-step clients are what it is for.
        QVERIFY(seen.size() > 100);
        QVERIFY(*seen.begin() < 200 && *seen.rbegin() > 1800);
    }

    void decisionDelayIsTheBackoffWithoutRetryAfter()
    {
        const RetryPolicy policy = fixed(RetryLimits::interactive(), 0.5);
        for (int attempt = 1; attempt <= 3; ++attempt) {
            const RetryDecision decision =
                policy.decide(get(), errorFrom(status(502)), attempt, false);
            QCOMPARE(decision.action, Action::Retry);
            QCOMPARE(decision.delay, policy.backoff(attempt));
            QVERIFY(!decision.serverAskedToWait);
        }
    }

    void retryAfter_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<double>("random");
        QTest::addColumn<qint64>("minMs");
        QTest::addColumn<qint64>("maxMs");
        QTest::addColumn<bool>("serverAsked");
        const QDateTime now = QDateTime::currentDateTimeUtc();
        // Backoff at attempt 1 with random 0.5: 500 ms.
        QTest::newRow("429 seconds")
            << 429 << QByteArray("7") << 0.5 << qint64(7000) << qint64(7000) << true;
        QTest::newRow("503 seconds")
            << 503 << QByteArray("30") << 0.5 << qint64(30000) << qint64(30000) << true;
        QTest::newRow("502 seconds")
            << 502 << QByteArray("2") << 0.5 << qint64(2000) << qint64(2000) << true;
        QTest::newRow("429 HTTP-date in two minutes")
            << 429 << httpDate(now.addSecs(120)) << 0.5 << qint64(118000) << qint64(120000) << true;
        QTest::newRow("429 HTTP-date in the past: backoff")
            << 429 << httpDate(now.addSecs(-60)) << 0.5 << qint64(500) << qint64(500) << false;
        QTest::newRow("429 garbage: backoff")
            << 429 << QByteArray("soon") << 0.5 << qint64(500) << qint64(500) << false;
        QTest::newRow("503 empty: backoff")
            << 503 << QByteArray("") << 0.5 << qint64(500) << qint64(500) << false;
        QTest::newRow("429 negative: backoff")
            << 429 << QByteArray("-3") << 0.5 << qint64(500) << qint64(500) << false;
        QTest::newRow("an hour, clamped to five minutes")
            << 503 << QByteArray("3600") << 0.5 << qint64(300000) << qint64(300000) << true;
        QTest::newRow("a far date, clamped")
            << 429 << httpDate(now.addDays(3)) << 0.5 << qint64(300000) << qint64(300000) << true;
        // Retry-After only replaces a shorter delay: the backoff (~1 s) wins over 0 s.
        QTest::newRow("shorter than the backoff")
            << 429 << QByteArray("0") << 0.999 << qint64(999) << qint64(999) << false;
        QTest::newRow("409 without Retry-After: one second")
            << 409 << QByteArray() << 0.5 << qint64(1000) << qint64(1000) << false;
        QTest::newRow("409 with Retry-After")
            << 409 << QByteArray("3") << 0.5 << qint64(3000) << qint64(3000) << true;
        QTest::newRow("429 without Retry-After: backoff")
            << 429 << QByteArray() << 0.5 << qint64(500) << qint64(500) << false;
    }

    void retryAfter()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, value);
        QFETCH(double, random);
        QFETCH(qint64, minMs);
        QFETCH(qint64, maxMs);
        QFETCH(bool, serverAsked);
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!value.isNull())
            headers.append({"Retry-After", value});
        const ApiError error = errorFrom(::status(status, headers));
        const RetryDecision decision =
            fixed(RetryLimits::interactive(), random).decide(get(), error, 1, false);
        QCOMPARE(decision.action, Action::Retry);
        QVERIFY2(decision.delay.count() >= minMs && decision.delay.count() <= maxMs,
                 qPrintable(QString::number(decision.delay.count())));
        QCOMPARE(decision.serverAskedToWait, serverAsked);
    }

    void retryAfterClampFollowsTheLimits()
    {
        RetryLimits limits = RetryLimits::outbox();
        limits.maxServerWait = 10s;
        const ApiError error = errorFrom(status(429, {{"Retry-After", "120"}}));
        const RetryDecision decision = fixed(limits, 0.0).decide(product(), error, 1, false);
        QCOMPARE(decision.delay, milliseconds(10s));
        QVERIFY(decision.serverAskedToWait);
    }

    void retryAfterIsReadOnlyWhereTheTableWaits()
    {
        // A Retry-After on a final answer means nothing to the table.
        QVERIFY(!errorFrom(status(404, {{"Retry-After", "5"}})).retryAfterSeconds());
        QVERIFY(!errorFrom(status(422, {{"Retry-After", "5"}})).retryAfterSeconds());
        for (int code : {408, 409, 425, 429, 500, 502, 503, 504})
            QCOMPARE(
                errorFrom(status(code, {{"Retry-After", "5"}})).retryAfterSeconds().value_or(-1),
                5);
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
