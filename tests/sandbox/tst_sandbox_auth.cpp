// POST /auth/token, POST /auth/logout, GET /brand, and the guards every route shares:
// bearer token (401), X-Popsell-Domain (401), X-Popsell-Brand (403), unknown routes.
#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxAuth : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;

    static RequestOptions publicWithDomain()
    {
        RequestOptions o;
        o.token = false;
        o.brandHeader = false;
        o.domainHeader = true;
        return o;
    }

private Q_SLOTS:
    void initTestCase() { QCOMPARE(m_sandbox.start(), QString()); }

    void tokenForTheBrandKey()
    {
        const HttpResult r = m_sandbox.post(
            QStringLiteral("/auth/token"), {{QStringLiteral("api_key"), m_sandbox.config().apiKey}},
            publicWithDomain());
        QCOMPARE(r.status, 200);
        QVERIFY(r.headers.value("content-type").startsWith("application/json"));
        const QString token = r.object().value(QStringLiteral("token")).toString();
        QVERIFY(token.size() >= 32);
        QVERIFY(token != m_sandbox.token()); // every exchange issues a new token
    }

    void tokenWithAWrongKeyIs401()
    {
        const HttpResult r = m_sandbox.post(
            QStringLiteral("/auth/token"),
            {{QStringLiteral("api_key"), QStringLiteral("not-a-key")}}, publicWithDomain());
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object(), jsonObject(R"({"message":"Unauthorized."})"));
    }

    void tokenWithoutTheDomainIs401_data()
    {
        QTest::addColumn<QByteArray>("domain");
        QTest::newRow("missing") << QByteArray();
        QTest::newRow("other platform") << QByteArray("other.popsell.test");
    }

    void tokenWithoutTheDomainIs401()
    {
        QFETCH(QByteArray, domain);
        RequestOptions o = publicWithDomain();
        o.domainHeader = !domain.isEmpty();
        o.domainOverride = domain;
        const HttpResult r =
            m_sandbox.post(QStringLiteral("/auth/token"),
                           {{QStringLiteral("api_key"), m_sandbox.config().apiKey}}, o);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.message(), QStringLiteral("Unauthorized."));
    }

    void tokenValidation_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("field");
        QTest::newRow("no api_key") << QByteArray("{}") << QStringLiteral("api_key");
        QTest::newRow("api_key not a string")
            << QByteArray(R"({"api_key": 12})") << QStringLiteral("api_key");
        QTest::newRow("empty body") << QByteArray() << QStringLiteral("api_key");
        QTest::newRow("malformed JSON") << QByteArray(R"({"api_key": )") << QStringLiteral("body");
        QTest::newRow("JSON array") << QByteArray(R"(["api_key"])") << QStringLiteral("body");
    }

    void tokenValidation()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, field);
        const HttpResult r =
            m_sandbox.send("POST", QStringLiteral("/auth/token"), body, publicWithDomain());
        QCOMPARE(r.status, 422);
        QVERIFY2(r.fieldErrors().contains(field), r.body.constData());
        QVERIFY(r.fieldErrors().value(field).toArray().first().isString());
        QVERIFY(r.message().endsWith(u'!'));
    }

    void laravelSummaryCountsTheOtherErrors()
    {
        // Create chatroom with nothing at all: source and the either/or pair are missing.
        const HttpResult r = m_sandbox.post(QStringLiteral("/chat/chatrooms"), {});
        QCOMPARE(r.status, 422);
        QVERIFY2(r.message().contains(QStringLiteral("! (and ")), r.body.constData());
        QVERIFY(r.message().endsWith(QStringLiteral(" more error)")));
    }

    void everyProtectedRouteIs401WithoutAToken_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        const QList<QPair<QByteArray, QString>> routes = {
            {"POST", QStringLiteral("/chat/chatrooms")},
            {"GET", QStringLiteral("/chat/chatrooms/1")},
            {"PATCH", QStringLiteral("/chat/chatrooms/1")},
            {"GET", QStringLiteral("/chat/ambassadors/1/chatrooms")},
            {"POST", QStringLiteral("/chat/chatrooms/1/ambassadors/1/read")},
            {"PATCH", QStringLiteral("/chat/chatrooms/1/ambassadors/1/archive")},
            {"PATCH", QStringLiteral("/chat/chatrooms/1/ambassadors/1/block")},
            {"PATCH", QStringLiteral("/chat/chatrooms/1/ambassadors/1/flag")},
            {"PATCH", QStringLiteral("/chat/chatrooms/1/purge")},
            {"GET", QStringLiteral("/chat/chatrooms/1/messages")},
            {"POST", QStringLiteral("/chat/chatrooms/1/messages")},
            {"POST", QStringLiteral("/chat/chatrooms/1/messages-product")},
            {"GET", QStringLiteral("/chat/messages/1")},
            {"PATCH", QStringLiteral("/chat/messages/1")},
            {"POST", QStringLiteral("/chat/chatrooms/1/ratings")},
            {"PATCH", QStringLiteral("/chat/ratings/1")},
            {"GET", QStringLiteral("/chat/ambassadors")},
            {"PATCH", QStringLiteral("/chat/ambassadors/1")},
            {"POST", QStringLiteral("/chat/ambassadors/shop-customer")},
            {"GET", QStringLiteral("/manager/chatrooms")},
            {"GET", QStringLiteral("/manager/chatrooms/1")},
            {"GET", QStringLiteral("/manager/ambassadors")},
            {"GET", QStringLiteral("/manager/ambassadors/micro-resource")},
            {"GET", QStringLiteral("/manager/products")},
            {"GET", QStringLiteral("/manager/products/1")},
            {"GET", QStringLiteral("/manager/brand-tags")},
            {"GET", QStringLiteral("/manager/chat-topics")},
            {"GET", QStringLiteral("/manager/chat-topics/1")},
        };
        for (const auto &[method, path] : routes)
            QTest::newRow(qPrintable(QString::fromLatin1(method) + u' ' + path)) << method << path;
    }

    void everyProtectedRouteIs401WithoutAToken()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        RequestOptions noToken;
        noToken.token = false;
        HttpResult r = m_sandbox.send(method, path, "{}", noToken);
        QCOMPARE(r.status, 401);
        QCOMPARE(r.object(), jsonObject(R"({"message":"Unauthorized."})"));

        RequestOptions badToken;
        badToken.tokenOverride = QStringLiteral("0123456789abcdef");
        r = m_sandbox.send(method, path, "{}", badToken);
        QCOMPARE(r.status, 401);
    }

    void brandHeaderIsCheckedWhereTheReferenceRequiresIt_data()
    {
        QTest::addColumn<QString>("path");
        for (const char *path :
             {"/chat/chatrooms/1", "/chat/chatrooms/1/messages", "/chat/messages/1",
              "/chat/ambassadors", "/chat/ambassadors/1/chatrooms"}) {
            QTest::newRow(path) << QString::fromLatin1(path);
        }
    }

    void brandHeaderIsCheckedWhereTheReferenceRequiresIt()
    {
        QFETCH(QString, path);
        RequestOptions missing;
        missing.brandHeader = false;
        QCOMPARE(m_sandbox.get(path, missing).status, 403);

        RequestOptions otherBrand;
        otherBrand.brandOverride = QByteArray::number(m_sandbox.brandId() + 1);
        QCOMPARE(m_sandbox.get(path, otherBrand).status, 403);

        RequestOptions garbage;
        garbage.brandOverride = "three";
        QCOMPARE(m_sandbox.get(path, garbage).status, 403);
    }

    void managerRoutesIgnoreTheBrandHeader()
    {
        RequestOptions noBrand;
        noBrand.brandHeader = false;
        QCOMPARE(m_sandbox.get(QStringLiteral("/manager/chatrooms"), noBrand).status, 200);
    }

    void ambassadorKeysMayNotUseManagerRoutes()
    {
        const QString token = m_sandbox.login(m_sandbox.config().ambassadorApiKey);
        QVERIFY(!token.isEmpty());
        RequestOptions o;
        o.tokenOverride = token;
        QCOMPARE(m_sandbox.get(QStringLiteral("/manager/chatrooms"), o).status, 403);
        QCOMPARE(m_sandbox.get(QStringLiteral("/manager/chat-topics/1"), o).status, 403);
    }

    void brandInfoNeedsTheDomainOnly()
    {
        RequestOptions o = publicWithDomain();
        const HttpResult r = m_sandbox.get(QStringLiteral("/brand"), o);
        QCOMPARE(r.status, 200);
        const QJsonObject brand = r.object();
        QCOMPARE(brand.value(QStringLiteral("id_brand")).toInteger(), m_sandbox.brandId());
        QVERIFY(!brand.value(QStringLiteral("label")).toString().isEmpty());
        QVERIFY(!brand.value(QStringLiteral("timezone")).toString().isEmpty());
        QVERIFY(brand.value(QStringLiteral("available_content_language")).isArray());

        o.domainHeader = false;
        QCOMPARE(m_sandbox.get(QStringLiteral("/brand"), o).status, 401);
    }

    void logoutInvalidatesOnlyThatToken()
    {
        const QString token = m_sandbox.login(m_sandbox.config().apiKey);
        RequestOptions o;
        o.tokenOverride = token;
        o.domainHeader = true;
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/ambassadors"), o).status, 200);

        const HttpResult r = m_sandbox.post(QStringLiteral("/auth/logout"), {}, o);
        QCOMPARE(r.status, 200);
        QVERIFY(!r.message().isEmpty());
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/ambassadors"), o).status, 401);
        QCOMPARE(m_sandbox.post(QStringLiteral("/auth/logout"), {}, o).status, 401);
        // The fixture's own token is still good.
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/ambassadors")).status, 200);
    }

    void logoutNeedsTheDomain()
    {
        const QString token = m_sandbox.login(m_sandbox.config().apiKey);
        RequestOptions o;
        o.tokenOverride = token;
        QCOMPARE(m_sandbox.post(QStringLiteral("/auth/logout"), {}, o).status, 401);
    }

    void unknownRoutesAndMethods()
    {
        HttpResult r = m_sandbox.get(QStringLiteral("/chat/nothing-here"));
        QCOMPARE(r.status, 404);
        QVERIFY(!r.message().isEmpty());

        r = m_sandbox.send("DELETE", QStringLiteral("/chat/chatrooms/1"), {});
        QCOMPARE(r.status, 405);
        QVERIFY(r.headers.value("allow").contains("PATCH"));

        // Path parameters are positive integers.
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/chatrooms/abc")).status, 404);
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/chatrooms/-1")).status, 404);
        QCOMPARE(m_sandbox.get(QStringLiteral("/chat/chatrooms/1.5")).status, 404);
    }

    void answersAreNeverCacheable()
    {
        const HttpResult r = m_sandbox.get(QStringLiteral("/chat/ambassadors"));
        QCOMPARE(r.headers.value("cache-control"), QByteArray("no-cache, private"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxAuth)
#include "tst_sandbox_auth.moc"
