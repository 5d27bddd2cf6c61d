// bench_api_server: the canned API server of the benchmarks (cannedserver.h), and the tool
// that dumps the sandbox's demo data into the pool every benchmark builds its pages from.
//
//   bench_api_server --make-pool FILE
//   bench_api_server --pool FILE [--rooms N] [--cert CRT --key KEY] [--log]
//
// Serving prints one line on stdout, "bench-api-server PLAIN_BASE_URL [TLS_BASE_URL]", then
// runs until terminated.
#include "common/pool.h"
#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"
#include "server/cannedserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslKey>

#include <cstdio>

using namespace popsell;

namespace {

QJsonDocument fetch(QNetworkAccessManager &network, const QString &url, const QString &token,
                    qint64 brand, const QByteArray &postBody = {})
{
    QNetworkRequest request{QUrl(url)};
    request.setRawHeader("Accept", "application/json");
    request.setRawHeader("X-Popsell-Domain", "demo.popsell.test");
    if (!token.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (brand > 0)
        request.setRawHeader("X-Popsell-Brand", QByteArray::number(brand));
    QNetworkReply *reply = nullptr;
    if (postBody.isNull()) {
        reply = network.get(request);
    } else {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        reply = network.post(request, postBody);
    }
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll());
}

// The sandbox's demo data (default sizes: 500 rooms, 20,000 messages), as its API renders it.
int makePool(const QString &path)
{
    sandbox::SandboxConfig config;
    config.port = 0;
    config.logRequests = false;
    sandbox::SandboxServer server(config);
    QString error;
    if (!server.start(&error)) {
        std::fprintf(stderr, "bench_api_server: sandbox: %s\n", qUtf8Printable(error));
        return 1;
    }
    QNetworkAccessManager network;
    const QString base = server.baseUrl();
    const QString token =
        fetch(network, base + u"/auth/token", {}, 0,
              QJsonDocument(QJsonObject{{QStringLiteral("api_key"), config.apiKey}}).toJson())
            .object()
            .value(QStringLiteral("token"))
            .toString();
    const qint64 brand = server.brandId();
    const QJsonArray rooms = fetch(network, base + u"/manager/chatrooms?per_page=500", token, brand)
                                 .object()
                                 .value(QStringLiteral("data"))
                                 .toArray();
    QJsonArray messages;
    for (const QJsonValue &room : rooms) {
        const qint64 id = room.toObject().value(QStringLiteral("id_chatroom")).toInteger();
        const QJsonArray page =
            fetch(network,
                  base + QStringLiteral("/chat/chatrooms/%1/messages?per_page=500").arg(id), token,
                  brand)
                .object()
                .value(QStringLiteral("data"))
                .toArray();
        for (const QJsonValue &message : page)
            messages.append(message);
        if (messages.size() >= 3000)
            break;
    }
    const QJsonObject brandInfo = fetch(network, base + u"/brand", token, brand).object();
    if (!bench::Pool::save(path, rooms, messages, brandInfo, &error)) {
        std::fprintf(stderr, "bench_api_server: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::fprintf(stderr, "bench_api_server: pool of %d rooms and %d messages in %s\n",
                 int(rooms.size()), int(messages.size()), qUtf8Printable(path));
    return rooms.isEmpty() || messages.isEmpty() ? 1 : 0;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption makePoolOption(QStringLiteral("make-pool"), QString(),
                                            QStringLiteral("file"));
    const QCommandLineOption poolOption(QStringLiteral("pool"), QString(), QStringLiteral("file"));
    const QCommandLineOption roomsOption(QStringLiteral("rooms"), QString(), QStringLiteral("n"),
                                         QStringLiteral("100000"));
    const QCommandLineOption certOption(QStringLiteral("cert"), QString(), QStringLiteral("file"));
    const QCommandLineOption keyOption(QStringLiteral("key"), QString(), QStringLiteral("file"));
    const QCommandLineOption logOption(QStringLiteral("log"));
    parser.addOptions({makePoolOption, poolOption, roomsOption, certOption, keyOption, logOption});
    parser.process(application);

    if (parser.isSet(makePoolOption))
        return makePool(parser.value(makePoolOption));

    QString error;
    std::optional<bench::Pool> pool = bench::Pool::load(parser.value(poolOption), &error);
    if (!pool) {
        std::fprintf(stderr, "bench_api_server: %s\n", qUtf8Printable(error));
        return 1;
    }
    bench::CannedData data;
    data.rooms = parser.value(roomsOption).toLongLong();
    QSslConfiguration tls;
    if (parser.isSet(certOption)) {
        tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(readFile(parser.value(certOption)), QSsl::Pem));
        tls.setPrivateKey(QSslKey(readFile(parser.value(keyOption)), QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone); // clients are not asked for certificates
    }
    bench::CannedServer server(std::move(*pool), data);
    server.setLogging(parser.isSet(logOption));
    if (!server.listen(0, 0, tls, &error)) {
        std::fprintf(stderr, "bench_api_server: %s\n", qUtf8Printable(error));
        return 1;
    }
    std::fprintf(stdout, "bench-api-server %s %s\n", qUtf8Printable(server.plainBaseUrl()),
                 qUtf8Printable(server.tlsBaseUrl()));
    std::fflush(stdout);
    return application.exec();
}
