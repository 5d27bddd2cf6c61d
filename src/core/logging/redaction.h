#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QString>
#include <QtGlobal>

namespace popsell::logging {

// `text` with credentials replaced by "[redacted]": an Authorization (or Proxy-Authorization)
// header from its colon to the end of the line, "Bearer <token>", and the value of an api_key
// or token field in JSON ("api_key":"...") or in a query or form (api_key=...). Text that
// holds none of them comes back unchanged; redacting twice changes nothing more.
QString redactSecrets(QString text);

// The last line of defence for logs (reliability notes, section 4.2): while installed, every
// Qt message of the process (qDebug, qCWarning, ...) goes through redactSecrets() and loses
// the secrets registered here, then reaches the handler that was installed before (Qt's
// default writes to stderr). Redaction at the source stays the rule; this catches the line
// someone forgot. Thread-safe: messages may come from any thread.
class LogRedactor
{
public:
    LogRedactor();
    ~LogRedactor(); // uninstalls
    Q_DISABLE_COPY_MOVE(LogRedactor)

    // Becomes the process's message handler. False when another LogRedactor is installed
    // (there is one message handler per process). Installing twice is harmless.
    bool install();
    // Puts the previous handler back. Handlers nest: uninstall in the reverse order of
    // installing, as with qInstallMessageHandler itself.
    void uninstall();
    bool isInstalled() const;

    // A literal secret (the current token, an API key) to mask wherever it appears. Each
    // add needs its own remove. Secrets shorter than 4 bytes are ignored: masking them would
    // shred ordinary words and prove nothing.
    void addSecret(const QByteArray &secret);
    void removeSecret(const QByteArray &secret);

    // What the handler passes on for `message`.
    QString redact(QString message) const;

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message);

    mutable QMutex m_mutex;
    QList<QString> m_secrets;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};

} // namespace popsell::logging
