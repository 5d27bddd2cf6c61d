// bench_http: the console's API client (ApiClient: request builder, gate, JSON parse) against
// raw QNetworkAccessManager on the same loopback server, with curl beside them. Sequential
// keep-alive GETs of one chatroom (~1.5 KB), the next sent when the previous has been read.
//
//   --leg sandbox  plain HTTP/1.1 against popsell-sandbox (its answer time is in both sides)
//   --leg tls      HTTPS/1.1 against the canned server (TLS as in production; HTTP/2 is off
//                  in the client on Qt < 6.5.1, so the floor uses HTTP/1.1 too)
//
//   http.<leg>.wall   µs per request, wall time
//   http.<leg>.cpu    µs of process CPU per request (both Qt threads)
//   http.<leg>.curl   µs per request for one curl process fetching N URLs   [info]
//   http.<leg>.wall_parsed / cpu_parsed  raw QNAM plus QJsonDocument::fromJson of each body,
//                     the part of the client's work that is not its own     [info]
//   http.reuse        % of requests on a reused connection (canned server's count): 500
//                     sequential GETs plus a burst of 500 sent at once, per leg
//   http.reuse_post   the same for 20 non-idempotent POSTs                   [info]
#include "common/measure.h"
#include "common/spin.h"
#include "core/api/apicall.h"
#include "core/api/apiclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSslConfiguration>
#include <QTemporaryFile>

#include <cstdio>
#include <functional>

using namespace popsell;
using namespace popsell::bench;

namespace {

constexpr int kRepeats = 3;
constexpr int kTimeoutMs = 120'000;

struct Leg
{
    QString name;
    QString baseUrl;
    QString token;
    qint64 brand = 3;
    QString domain = QStringLiteral("demo.popsell.test");
    QList<QSslCertificate> ca; // empty for plain HTTP
    QString caFile;
    bool counted = false; // the canned server: connections can be counted
    QString path = QStringLiteral("/chat/chatrooms/1");
};

struct Cost
{
    double wallUs = 0;
    double cpuUs = 0;
};

[[noreturn]] void fail(const QString &why)
{
    std::fprintf(stderr, "bench_http: %s\n", qUtf8Printable(why));
    std::exit(1);
}

// Runs `count` requests one after the other: `send(next)` starts one and calls next() when
// it has been read.
Cost sequential(int count, const std::function<void(std::function<void()>)> &send)
{
    int done = 0;
    std::function<void()> next;
    next = [&] {
        if (++done < count)
            send(next);
    };
    const qint64 start = nowNs();
    const double cpu = processCpuMs();
    send(next);
    if (!spinUntil([&] { return done >= count; }, kTimeoutMs))
        fail(QStringLiteral("requests stopped after %1").arg(done));
    return {double(nowNs() - start) / 1e3 / count, (processCpuMs() - cpu) * 1e3 / count};
}

std::unique_ptr<api::ApiClient> appClient(const Leg &leg)
{
    api::ApiConfig config;
    config.baseUrl = QUrl(leg.baseUrl);
    config.domain = leg.domain;
    config.brandId = leg.brand;
    config.trustedCaCertificates = leg.ca;
    auto client = std::make_unique<api::ApiClient>(config);
    client->setToken(leg.token);
    return client;
}

void appGet(api::ApiClient &client, const Leg &leg, const std::function<void()> &then)
{
    const qint64 id = leg.path.section(u'/', -1).toLongLong();
    client.send(api::Endpoint::GetChatroom, {id}, {}, std::nullopt, &client,
                [then](api::Result<api::JsonReply> reply) {
                    if (!reply)
                        fail(QStringLiteral("app: ") + reply.error().userMessage());
                    then();
                });
}

QNetworkRequest rawRequest(const Leg &leg)
{
    QNetworkRequest request(QUrl(leg.baseUrl + leg.path));
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("Authorization", "Bearer " + leg.token.toUtf8());
    request.setRawHeader("X-Popsell-Brand", QByteArray::number(leg.brand));
    request.setRawHeader("X-Popsell-Domain", leg.domain.toUtf8());
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!leg.ca.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(leg.ca);
        request.setSslConfiguration(tls);
    }
    return request;
}

// `parse`: the body also goes through QJsonDocument::fromJson, as the API client's does.
void rawGet(QNetworkAccessManager &network, const QNetworkRequest &request,
            const std::function<void()> &then, bool parse = false)
{
    QNetworkReply *reply = network.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [reply, then, parse] {
        if (reply->error() != QNetworkReply::NoError)
            fail(QStringLiteral("QNAM: ") + reply->errorString());
        const QByteArray body = reply->readAll();
        if (parse && QJsonDocument::fromJson(body).isNull())
            fail(QStringLiteral("QNAM: the body is not JSON"));
        reply->deleteLater();
        then();
    });
}

// µs per request of one curl process fetching `count` URLs on one connection, the cost of
// starting curl taken out (a run of 1 URL).
double curlCost(const Leg &leg, int count)
{
    const auto run = [&leg](int n) {
        QTemporaryFile config;
        if (!config.open())
            fail(QStringLiteral("no temporary file"));
        QByteArray text = "silent\nhttp1.1\nheader = \"Accept: application/json\"\n"
                          "header = \"Authorization: Bearer " +
                          leg.token.toUtf8() +
                          "\"\nheader = \"X-Popsell-Brand: " + QByteArray::number(leg.brand) +
                          "\"\nheader = \"X-Popsell-Domain: " + leg.domain.toUtf8() + "\"\n";
        if (!leg.caFile.isEmpty())
            text += "cacert = \"" + QFile::encodeName(leg.caFile) + "\"\n";
        for (int i = 0; i < n; ++i)
            text += "url = \"" + (leg.baseUrl + leg.path).toUtf8() + "\"\noutput = \"/dev/null\"\n";
        config.write(text);
        config.flush();
        QProcess curl;
        const qint64 start = nowNs();
        curl.start(QStringLiteral("curl"), {QStringLiteral("--config"), config.fileName()});
        if (!curl.waitForFinished(kTimeoutMs) || curl.exitCode() != 0)
            fail(QStringLiteral("curl failed: ") +
                 QString::fromLocal8Bit(curl.readAllStandardError()));
        return double(nowNs() - start) / 1e3;
    };
    const double one = run(1);
    return (run(count) - one) / (count - 1);
}

struct Stats
{
    qint64 connections = 0;
    qint64 requests = 0;
};

Stats serverStats(QNetworkAccessManager &control, const Leg &leg)
{
    QNetworkRequest request = rawRequest(leg);
    request.setUrl(QUrl(leg.baseUrl + u"/_stats"));
    Stats stats;
    bool done = false;
    QNetworkReply *reply = control.get(request);
    QObject::connect(reply, &QNetworkReply::finished, reply, [&] {
        const QJsonObject o = QJsonDocument::fromJson(reply->readAll()).object();
        stats = {o.value(QStringLiteral("connections")).toInteger(),
                 o.value(QStringLiteral("requests")).toInteger()};
        reply->deleteLater();
        done = true;
    });
    spinUntil([&] { return done; }, kTimeoutMs);
    return stats;
}

// % of requests that went on an already open connection, counted by the server.
double reuse(QNetworkAccessManager &control, const Leg &leg,
             const std::function<void(int sequentialCount, int burstCount)> &work)
{
    serverStats(control, leg); // the control's own connection is open before counting
    const Stats before = serverStats(control, leg);
    work(500, 500);
    const Stats after = serverStats(control, leg);
    // The server leaves out the request asking; `before`'s own request is in the difference.
    const qint64 requests = after.requests - before.requests - 1;
    const qint64 connections = after.connections - before.connections;
    return requests > 0 ? 100.0 * double(requests - connections) / double(requests) : 0;
}

void runLeg(const Leg &leg, const QStringList &order, int count)
{
    auto client = appClient(leg);
    QNetworkAccessManager network;
    const QNetworkRequest request = rawRequest(leg);
    // Warm: connections open, TLS sessions made, lazy initialisation done.
    sequential(20, [&](auto then) { appGet(*client, leg, then); });
    sequential(20, [&](auto then) { rawGet(network, request, then); });

    QList<double> appWall, appCpu, rawWall, rawCpu, parsedWall, parsedCpu, curl;
    for (int i = 0; i < kRepeats; ++i) {
        for (const QString &side : order) {
            if (side == u"app") {
                const Cost c = sequential(count, [&](auto then) { appGet(*client, leg, then); });
                appWall << c.wallUs;
                appCpu << c.cpuUs;
            } else {
                const Cost c =
                    sequential(count, [&](auto then) { rawGet(network, request, then); });
                rawWall << c.wallUs;
                rawCpu << c.cpuUs;
                const Cost p =
                    sequential(count, [&](auto then) { rawGet(network, request, then, true); });
                parsedWall << p.wallUs;
                parsedCpu << p.cpuUs;
                curl << curlCost(leg, count);
            }
        }
    }
    report(QString(u"http." + leg.name + u".wall"), u"app", median(appWall));
    report(QString(u"http." + leg.name + u".wall"), u"floor", median(rawWall));
    report(QString(u"http." + leg.name + u".cpu"), u"app", median(appCpu));
    report(QString(u"http." + leg.name + u".cpu"), u"floor", median(rawCpu));
    report(QString(u"http." + leg.name + u".curl"), u"info", median(curl));
    report(QString(u"http." + leg.name + u".wall_parsed"), u"info", median(parsedWall));
    report(QString(u"http." + leg.name + u".cpu_parsed"), u"info", median(parsedCpu));

    if (!leg.counted)
        return;
    QNetworkAccessManager control;
    const double appReuse = reuse(control, leg, [&](int sequentialCount, int burstCount) {
        auto fresh = appClient(leg); // its own connections, counted from zero
        sequential(sequentialCount, [&](auto then) { appGet(*fresh, leg, then); });
        int done = 0;
        for (int i = 0; i < burstCount; ++i)
            appGet(*fresh, leg, [&done] { ++done; });
        spinUntil([&] { return done >= burstCount; }, kTimeoutMs);
    });
    const double rawReuse = reuse(control, leg, [&](int sequentialCount, int burstCount) {
        QNetworkAccessManager fresh;
        sequential(sequentialCount, [&](auto then) { rawGet(fresh, request, then); });
        int done = 0;
        for (int i = 0; i < burstCount; ++i)
            rawGet(fresh, request, [&done] { ++done; });
        spinUntil([&] { return done >= burstCount; }, kTimeoutMs);
    });
    report(u"http.reuse", u"app", appReuse);
    report(u"http.reuse", u"floor", rawReuse);

    const double postReuse = reuse(control, leg, [&](int, int) {
        auto fresh = appClient(leg);
        sequential(20, [&](auto then) {
            fresh->send(api::Endpoint::PostMessage, {2}, {},
                        QJsonObject{{QStringLiteral("content"), QStringLiteral("bench")},
                                    {QStringLiteral("id_ambassador"), 1}},
                        fresh.get(), [then](api::Result<api::JsonReply> reply) {
                            if (!reply)
                                fail(QStringLiteral("post: ") + reply.error().userMessage());
                            then();
                        });
        });
    });
    report(u"http.reuse_post", u"info", postReuse);
}

QString sandboxToken(const QString &baseUrl, const QString &apiKey)
{
    QNetworkAccessManager network;
    QNetworkRequest request(QUrl(baseUrl + u"/auth/token"));
    request.setRawHeader("X-Popsell-Domain", "demo.popsell.test");
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    QNetworkReply *reply = network.post(
        request, QJsonDocument(QJsonObject{{QStringLiteral("api_key"), apiKey}}).toJson());
    spinUntil([reply] { return reply->isFinished(); }, kTimeoutMs);
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll())
        .object()
        .value(QStringLiteral("token"))
        .toString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const auto option = [&parser](const char *name, const QString &fallback = {}) {
        QCommandLineOption o(QString::fromLatin1(name), QString(), QStringLiteral("value"),
                             fallback);
        parser.addOption(o);
        return o;
    };
    const QCommandLineOption order = option("order", QStringLiteral("app,floor"));
    const QCommandLineOption legs = option("legs", QStringLiteral("sandbox,tls"));
    const QCommandLineOption sandbox = option("sandbox");
    const QCommandLineOption sandboxKey = option("sandbox-key", QStringLiteral("demo-brand-key"));
    const QCommandLineOption sandboxBrand = option("sandbox-brand", QStringLiteral("3"));
    const QCommandLineOption tls = option("tls");
    const QCommandLineOption ca = option("ca");
    const QCommandLineOption count = option("n", QStringLiteral("400"));
    parser.process(application);

    const QStringList sides = parser.value(order).split(u',');
    const int n = parser.value(count).toInt();
    for (const QString &name : parser.value(legs).split(u',')) {
        Leg leg;
        leg.name = name;
        if (name == u"sandbox") {
            leg.baseUrl = parser.value(sandbox);
            leg.brand = parser.value(sandboxBrand).toLongLong();
            leg.token = sandboxToken(leg.baseUrl, parser.value(sandboxKey));
            if (leg.token.isEmpty())
                fail(QStringLiteral("no token from the sandbox at ") + leg.baseUrl);
        } else if (name == u"tls") {
            leg.baseUrl = parser.value(tls);
            leg.token = QStringLiteral("bench-token");
            leg.caFile = parser.value(ca);
            leg.ca = QSslCertificate::fromPath(leg.caFile);
            leg.counted = true;
            if (leg.ca.isEmpty())
                fail(QStringLiteral("no CA certificate in ") + leg.caFile);
        } else {
            fail(QStringLiteral("unknown leg ") + name);
        }
        runLeg(leg, sides, n);
    }
    return 0;
}
