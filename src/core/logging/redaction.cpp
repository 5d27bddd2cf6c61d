#include "core/logging/redaction.h"

#include <QMutexLocker>
#include <QRegularExpression>

#include <algorithm>
#include <atomic>
#include <utility>

namespace popsell::logging {

namespace {

const QString kMask = QStringLiteral("[redacted]");
constexpr qsizetype kMinSecretLength = 4;

// qInstallMessageHandler takes a plain function pointer and there is one handler per
// process, so the handler can only find its redactor through a static: the one global of
// this module, forced by Qt's API. Atomic because messages arrive from any thread (which is
// also why the console keeps its redactor alive for the whole of main()).
std::atomic<LogRedactor *> g_installed{nullptr};

} // namespace

QString redactSecrets(QString text)
{
    // Case-insensitive throughout: header names and auth schemes are (RFC 9110).
    static const QRegularExpression authorization(
        QStringLiteral(R"(((?:proxy-)?authorization)[ \t]*:[^\r\n]*)"),
        QRegularExpression::CaseInsensitiveOption);
    // Sanctum tokens look like "12|abc..."; base64 and JWTs add . _ - + / = ~.
    static const QRegularExpression bearer(QStringLiteral(R"(\bbearer\s+[A-Za-z0-9|._~+/=-]+)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression jsonField(
        QStringLiteral(R"re(("(?:api_key|token)"\s*:\s*)"(?:[^"\\]|\\.)*")re"),
        QRegularExpression::CaseInsensitiveOption);
    // access_token=... too: the look-behind only keeps out longer words (mytoken=).
    static const QRegularExpression formField(
        QStringLiteral(R"((?<![A-Za-z0-9])(api_key|token)=[^&\s"']*)"),
        QRegularExpression::CaseInsensitiveOption);

    if (text.isEmpty())
        return text;
    // The header first: it swallows its own "Bearer ..." to the end of the line.
    text.replace(authorization, QStringLiteral("\\1: ") + kMask);
    text.replace(bearer, QStringLiteral("Bearer ") + kMask);
    text.replace(jsonField, QStringLiteral("\\1\"") + kMask + u'"');
    text.replace(formField, QStringLiteral("\\1=") + kMask);
    return text;
}

LogRedactor::LogRedactor() = default;

LogRedactor::~LogRedactor()
{
    uninstall();
}

bool LogRedactor::install()
{
    LogRedactor *expected = nullptr;
    if (!g_installed.compare_exchange_strong(expected, this))
        return expected == this;
    m_installed = true;
    m_previous = qInstallMessageHandler(&LogRedactor::handle);
    return true;
}

void LogRedactor::uninstall()
{
    if (!m_installed)
        return;
    qInstallMessageHandler(m_previous);
    m_previous = nullptr;
    m_installed = false;
    g_installed.store(nullptr);
}

bool LogRedactor::isInstalled() const
{
    return m_installed;
}

void LogRedactor::addSecret(const QByteArray &secret)
{
    if (secret.size() < kMinSecretLength)
        return;
    const QMutexLocker lock(&m_mutex);
    m_secrets.append(QString::fromUtf8(secret));
}

void LogRedactor::removeSecret(const QByteArray &secret)
{
    const QMutexLocker lock(&m_mutex);
    m_secrets.removeOne(QString::fromUtf8(secret));
}

QString LogRedactor::redact(QString message) const
{
    QList<QString> secrets;
    {
        const QMutexLocker lock(&m_mutex);
        secrets = m_secrets;
    }
    // Longest first: a secret that contains another is masked whole.
    std::sort(secrets.begin(), secrets.end(),
              [](const QString &a, const QString &b) { return a.size() > b.size(); });
    for (const QString &secret : std::as_const(secrets))
        message.replace(secret, kMask);
    return redactSecrets(std::move(message));
}

void LogRedactor::handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    LogRedactor *redactor = g_installed.load();
    if (!redactor)
        return;
    // Qt 6 hands out its default handler as the previous one, never null.
    if (const QtMessageHandler previous = redactor->m_previous)
        previous(type, context, redactor->redact(message));
}

} // namespace popsell::logging
