#include "cli/output.h"

#include "cli/jsonformat.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace popsell::cli {

using api::ApiError;

namespace {

const QString kPrefix = QStringLiteral("popsellctl: ");
// Shorter values are no secret, and replacing them would mangle ordinary words.
constexpr qsizetype kMinSecretLength = 4;

QString documentText(const QJsonValue &json)
{
    QJsonDocument document;
    if (json.isArray())
        document = QJsonDocument(json.toArray());
    else
        document = QJsonDocument(json.toObject());
    return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
}

} // namespace

Output::Output(QTextStream &out, QTextStream &err, bool json, bool verbose)
    : m_out(out)
    , m_err(err)
    , m_json(json)
    , m_verbose(verbose)
{}

void Output::addSecret(const QString &secret)
{
    if (secret.size() >= kMinSecretLength && !m_secrets.contains(secret))
        m_secrets.append(secret);
}

QString Output::redacted(QString text) const
{
    for (const QString &secret : m_secrets)
        text.replace(secret, QStringLiteral("[redacted]"));
    return text;
}

void Output::result(const QJsonValue &json, const QString &human)
{
    if (m_json)
        m_out << documentText(json) << '\n';
    else
        m_out << human << (human.endsWith(u'\n') || human.isEmpty() ? "" : "\n");
    m_out.flush();
}

void Output::error(const ApiError &error, ExitCode code)
{
    if (m_verbose && !m_json) {
        QString kind = ApiError::kindName(error.kind());
        if (error.httpStatus() > 0)
            kind += QStringLiteral(", HTTP %1").arg(error.httpStatus());
        detail(QStringLiteral("%1: %2").arg(kind, error.detail()));
    }
    if (m_json) {
        writeError(QString::fromUtf8(jsonformat::line(jsonformat::error(error, code, m_verbose))));
        return;
    }
    QString text = kPrefix + error.userMessage();
    const QMap<QString, QStringList> &fields = error.fieldErrors();
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        for (const QString &message : it.value())
            text += u'\n' + it.key() + QStringLiteral(": ") + message;
    }
    writeError(text);
}

void Output::usageError(const QString &message, const QString &command)
{
    if (m_json) {
        writeError(QString::fromUtf8(jsonformat::line(
            jsonformat::failure(QStringLiteral("usage"), message, ExitCode::Usage))));
        return;
    }
    const QString help = command.isEmpty() ? QStringLiteral("popsellctl --help")
                                           : QStringLiteral("popsellctl %1 --help").arg(command);
    writeError(kPrefix + message + u'\n' + tr("See \"%1\".").arg(help));
}

void Output::failure(const QString &kind, const QString &message, ExitCode code)
{
    if (m_json)
        writeError(QString::fromUtf8(jsonformat::line(jsonformat::failure(kind, message, code))));
    else
        writeError(kPrefix + message);
}

void Output::warning(const QString &message)
{
    if (m_json)
        writeError(
            QString::fromUtf8(jsonformat::line(QJsonObject{{QStringLiteral("warning"), message}})));
    else
        writeError(kPrefix + tr("warning: %1").arg(message));
}

void Output::detail(const QString &message)
{
    if (!m_verbose)
        return;
    if (m_json)
        writeError(
            QString::fromUtf8(jsonformat::line(QJsonObject{{QStringLiteral("detail"), message}})));
    else
        writeError(kPrefix + message);
}

void Output::writeError(const QString &text)
{
    m_err << redacted(text) << '\n';
    m_err.flush();
}

} // namespace popsell::cli
