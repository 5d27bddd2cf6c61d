#pragma once

#include "cli/exitcodes.h"
#include "core/api/apierror.h"

#include <QCoreApplication>
#include <QJsonValue>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace popsell::cli {

// Where popsellctl writes. stdout carries only the result (one JSON document with --json,
// text otherwise) and stays empty on failure; everything else goes to stderr: errors
// (one JSON line with --json), warnings, and --verbose detail. The token and the API key
// are removed from all of it, whatever a server or a library put in a message. With --json
// every stderr line is one JSON object ({"error": ...}, {"warning": ...}, {"detail": ...}),
// the error last.
class Output
{
    Q_DECLARE_TR_FUNCTIONS(Output)

public:
    Output(QTextStream &out, QTextStream &err, bool json, bool verbose);

    // Removed from everything written to stderr from now on.
    void addSecret(const QString &secret);
    bool isJson() const { return m_json; }
    bool isVerbose() const { return m_verbose; }

    // The result of a command that succeeded.
    void result(const QJsonValue &json, const QString &human);
    // A failed API call: its message and, for a 422, one "field: message" line per error.
    void error(const api::ApiError &error, ExitCode code);
    // A wrong command line; `command` names the command whose --help to point at.
    void usageError(const QString &message, const QString &command);
    // A failure that is not an API error (the sandbox did not start).
    void failure(const QString &kind, const QString &message, ExitCode code);
    // Something the user should know although the command succeeded.
    void warning(const QString &message);
    // Technical detail, with --verbose only.
    void detail(const QString &message);

    // `text` with every secret replaced.
    QString redacted(QString text) const;

private:
    void writeError(const QString &text);

    QTextStream &m_out;
    QTextStream &m_err;
    bool m_json = false;
    bool m_verbose = false;
    QStringList m_secrets;
};

} // namespace popsell::cli
