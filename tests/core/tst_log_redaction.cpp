// Secrets never reach a log: the redaction patterns, the process-wide LogRedactor, and the
// popsell.api request log line, which names the call but carries no token.
#include "core/api/apicall.h"
#include "core/api/apiclient.h"
#include "core/logging/logcategories.h"
#include "core/logging/redaction.h"
#include "support/faultserver.h"

#include <QLoggingCategory>
#include <QPointer>
#include <QRegularExpression>
#include <QTest>

#include <memory>
#include <optional>

using namespace popsell::api;
using popsell::logging::LogRedactor;
using popsell::logging::redactSecrets;
using popsell::testing::FaultBehaviour;
using popsell::testing::FaultServer;
using namespace Qt::StringLiterals;

namespace {

// What reached the handler below the redactor. A message handler is a plain function, so
// its record has to be static.
QStringList &captured()
{
    static QStringList lines;
    return lines;
}

void capture(QtMsgType, const QMessageLogContext &context, const QString &message)
{
    captured().append(QString::fromLatin1(context.category ? context.category : "") + u": " +
                      message);
}

// Installs `capture` for the lifetime of a test, then puts back what was there.
class CaptureScope
{
public:
    CaptureScope()
        : m_previous(qInstallMessageHandler(capture))
    {
        captured().clear();
    }
    ~CaptureScope() { qInstallMessageHandler(m_previous); }
    Q_DISABLE_COPY_MOVE(CaptureScope)

private:
    QtMessageHandler m_previous;
};

bool anyContains(const QString &needle)
{
    return std::any_of(captured().cbegin(), captured().cend(),
                       [&](const QString &line) { return line.contains(needle); });
}

} // namespace

class TestLogRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void redactSecrets_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        const auto row = [](const char *name, const char *text, const char *expected) {
            QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(expected);
        };
        row("header", "Authorization: Bearer 12|abcDEF.ghi", "Authorization: [redacted]");
        row("header in a dump, lower case, no space",
            "GET /api/v2/brand\r\nauthorization:Bearer 12|abc\r\nAccept: application/json",
            "GET /api/v2/brand\r\nauthorization: [redacted]\r\nAccept: application/json");
        row("proxy header, other scheme", "Proxy-Authorization: Basic dXNlcjpwdw==\nnext",
            "Proxy-Authorization: [redacted]\nnext");
        row("bearer in prose", "sent Bearer 12|AbC-_.~+/= to the server",
            "sent Bearer [redacted] to the server");
        row("bearer, any case", "bearer xyz42", "Bearer [redacted]");
        row("header pair from QDebug", R"(("Authorization", "Bearer tok.en"))",
            R"(("Authorization", "Bearer [redacted]"))");
        row("JSON api_key", R"({"api_key":"demo-brand-key","x":1})",
            R"({"api_key":"[redacted]","x":1})");
        row("JSON api_key, spaced, escaped quote", "{ \"api_key\" : \"k\\\"ey\" , \"n\": 2 }",
            R"({ "api_key" : "[redacted]" , "n": 2 })");
        row("JSON token answer", R"({"token":"5f0c9e"})", R"({"token":"[redacted]"})");
        row("query api_key", "POST /auth/token?api_key=s3cr3t&x=1",
            "POST /auth/token?api_key=[redacted]&x=1");
        row("form access_token", "grant=1&access_token=abc.def", "grant=1&access_token=[redacted]");
        row("longer word is not a field", "mytoken=abc", "mytoken=abc");
        row("request log line untouched",
            "POST /api/v2/chat/chatrooms/1/ratings -> HTTP 201 in 3 ms, attempt 1, key "
            "0b7d6a8e-2f4c-4a51-9d0e-1c2b3a4d5e6f",
            "POST /api/v2/chat/chatrooms/1/ratings -> HTTP 201 in 3 ms, attempt 1, key "
            "0b7d6a8e-2f4c-4a51-9d0e-1c2b3a4d5e6f");
        row("the word alone", "missing Bearer", "missing Bearer");
        row("empty", "", "");
    }

    void redactSecrets()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        QCOMPARE(::redactSecrets(text), expected);
        // Redacting twice changes nothing more.
        QCOMPARE(::redactSecrets(::redactSecrets(text)), expected);
    }

    void redactorMasksRegisteredSecretsAndHeaders()
    {
        const QByteArray secret = "CANARY-5e1f-literal-secret";
        const CaptureScope scope;
        {
            LogRedactor redactor;
            QVERIFY(redactor.install());
            QVERIFY(redactor.isInstalled());
            QVERIFY(redactor.install()); // twice: harmless
            LogRedactor second;
            QVERIFY(!second.install()); // one message handler per process
            redactor.addSecret(secret);
            redactor.addSecret("abc"); // too short to mask: ignored

            qWarning("the key is %s, see?", secret.constData());
            qWarning().noquote() << "GET /x\nAuthorization: Bearer CANARY-header-9d";
            qInfo("abc stays readable");
            redactor.removeSecret(secret);
            qWarning("after removal %s", secret.constData());
        }
        // Uninstalled with the redactor: the capture is the handler again.
        qWarning("after uninstall Bearer CANARY-raw");

        QCOMPARE(captured().size(), 5);
        QCOMPARE(captured().at(0), u"default: the key is [redacted], see?"_s);
        QCOMPARE(captured().at(1), u"default: GET /x\nAuthorization: [redacted]"_s);
        QCOMPARE(captured().at(2), u"default: abc stays readable"_s);
        // The two controls: the checks above could fail.
        QCOMPARE(captured().at(3), u"default: after removal "_s + QString::fromLatin1(secret));
        QCOMPARE(captured().at(4), u"default: after uninstall Bearer CANARY-raw"_s);
    }

    void apiRequestLineCarriesNoToken()
    {
        const QString canary = QStringLiteral("CANARY-api-log-4b7e");
        FaultServer server;
        QVERIFY(server.listen());
        // The server echoes the token everywhere it can.
        server.handle(QStringLiteral("/api/v2/chat/chatrooms/1/ratings"),
                      [](const popsell::testing::ReceivedRequest &request) {
                          return FaultBehaviour::json(201, "{\"id_message\":9,\"echo\":\"" +
                                                               request.header("authorization") +
                                                               "\"}");
                      });
        server.setFallback(FaultBehaviour::json(401, R"({"message":"Unauthenticated."})"));
        ApiConfig config;
        config.baseUrl = server.url(QStringLiteral("/api/v2"));
        config.brandId = 3;
        ApiClient client(config);
        client.setToken(canary);

        QLoggingCategory::setFilterRules(QStringLiteral("popsell.api.debug=true"));
        const CaptureScope scope;
        QByteArray key;
        int delivered = 0;
        QPointer<ApiCall> rating =
            client.send(Endpoint::RateChatroom, {1}, {}, QJsonObject{}, this,
                        [&delivered](const Result<JsonReply> &) { ++delivered; });
        QVERIFY(rating);
        key = rating->idempotencyKey();
        client.sendUrl(Endpoint::ListMessages,
                       server.url(QStringLiteral("/api/v2/chat/chatrooms/1/messages?page=2&"
                                                 "search=private%20words")),
                       this, [&delivered](const Result<JsonReply> &) { ++delivered; });
        const bool done = QTest::qWaitFor([&] { return delivered == 2; }, 5000);
        QLoggingCategory::setFilterRules(QString());
        QVERIFY(done);

        const QStringList lines = captured();
        QCOMPARE(lines.size(), 2);
        const QRegularExpression postLine(
            QStringLiteral(R"(^popsell\.api: POST /api/v2/chat/chatrooms/1/ratings -> HTTP 201 )"
                           R"(in \d+ ms, attempt 1, key )") +
            QRegularExpression::escape(QString::fromLatin1(key)) + u'$');
        const auto matching = [&lines](const QRegularExpression &shape) {
            return std::count_if(lines.cbegin(), lines.cend(), [&shape](const QString &line) {
                return shape.match(line).hasMatch();
            });
        };
        // The two calls may finish in either order.
        QVERIFY2(matching(postLine) == 1, qPrintable(lines.join(u'\n')));
        // Query names stay, their values do not; the 401 is named by kind and status.
        const QRegularExpression getLine(QStringLiteral(
            R"(^popsell\.api: GET /api/v2/chat/chatrooms/1/messages\?page=\*&search=\* -> )"
            R"(unauthorized \(HTTP 401\) in \d+ ms, attempt 1, key -$)"));
        QVERIFY2(matching(getLine) == 1, qPrintable(lines.join(u'\n')));
        QVERIFY(!anyContains(canary));
        QVERIFY(!anyContains(QStringLiteral("private")));
        // The server did have the token to echo.
        QCOMPARE(server.requests().constFirst().header("authorization"),
                 "Bearer " + canary.toLatin1());
    }
};

QTEST_GUILESS_MAIN(TestLogRedaction)
#include "tst_log_redaction.moc"
