#pragma once

#include "sandbox/sandboxconfig.h"
#include "sandbox/sandboxserver.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>

#include <memory>

namespace popsell::testing {

// One HTTP exchange as the tests see it.
struct HttpResult
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // names in lower case
    bool timedOut = false;

    QJsonDocument json() const { return QJsonDocument::fromJson(body); }
    QJsonObject object() const { return json().object(); }
    QJsonArray array() const { return json().array(); }
    QJsonArray data() const { return object().value(QStringLiteral("data")).toArray(); }
    QString message() const { return object().value(QStringLiteral("message")).toString(); }
    QJsonObject fieldErrors() const { return object().value(QStringLiteral("errors")).toObject(); }
};

// Which of the usual headers a request carries. By default: the bearer token of the
// brand key, X-Popsell-Brand of the demo brand, Accept: application/json.
struct RequestOptions
{
    bool token = true;
    bool brandHeader = true;
    bool domainHeader = false;
    QString tokenOverride;     // non-empty: sent instead of the fixture's token
    QByteArray brandOverride;  // non-empty: sent instead of the demo brand id
    QByteArray domainOverride; // non-empty: sent instead of the configured domain
    QByteArray idempotencyKey; // non-empty: Idempotency-Key header
    QList<QPair<QByteArray, QByteArray>> extraHeaders;
};

// A real SandboxServer on a free loopback port, with a data file in a temporary
// directory, and a QNetworkAccessManager to talk to it over real HTTP.
class SandboxFixture
{
public:
    // Small demo data by default so that suites start fast.
    static popsell::sandbox::SandboxConfig smallConfig();

    explicit SandboxFixture(popsell::sandbox::SandboxConfig config = smallConfig());
    ~SandboxFixture();

    // Starts the server (and fetches a brand token). Returns an error text on failure.
    QString start();
    // Stops the server, keeping its data file; start() again reuses it.
    void stop();

    popsell::sandbox::SandboxServer &server() { return *m_server; }
    const popsell::sandbox::SandboxConfig &config() const { return m_config; }
    QString baseUrl() const;
    QString dataFile() const { return m_config.dataFile; }
    qint64 brandId() const;
    QString token() const { return m_token; }

    // Exchanges an API key for a token; empty on failure.
    QString login(const QString &apiKey);

    HttpResult get(const QString &path, const RequestOptions &options = {});
    HttpResult post(const QString &path, const QJsonObject &body,
                    const RequestOptions &options = {});
    HttpResult patch(const QString &path, const QJsonObject &body,
                     const RequestOptions &options = {});
    // Any method with a raw body (for malformed JSON and other abuse).
    HttpResult send(const QByteArray &method, const QString &pathOrUrl, const QByteArray &body,
                    const RequestOptions &options = {});

    // Starts a request without waiting, for concurrency tests.
    QNetworkReply *start(const QByteArray &method, const QString &path, const QByteArray &body,
                         const RequestOptions &options = {});
    static HttpResult wait(QNetworkReply *reply, int timeoutMs = 15000);

    QNetworkAccessManager &network() { return m_network; }

private:
    QNetworkRequest makeRequest(const QString &pathOrUrl, const RequestOptions &options) const;

    popsell::sandbox::SandboxConfig m_config;
    QTemporaryDir m_dir;
    std::unique_ptr<popsell::sandbox::SandboxServer> m_server;
    QNetworkAccessManager m_network;
    QString m_token;
};

// Reads a JSON body for a request from a compact literal (tests only).
QJsonObject jsonObject(const char *json);

} // namespace popsell::testing
