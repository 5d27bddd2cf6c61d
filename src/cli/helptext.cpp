#include "cli/helptext.h"

#include "cli/exitcodes.h"
#include "cli/globaloptions.h"
#include "core/api/endpoints.h"

#include <QStringList>

namespace popsell::cli {

namespace {

constexpr qsizetype kLineWidth = 100;

// "  TERM   description", the description wrapped at kLineWidth under itself.
QString twoColumns(const QList<std::pair<QString, QString>> &rows)
{
    qsizetype termWidth = 0;
    for (const auto &row : rows)
        termWidth = qMax(termWidth, row.first.size());
    const qsizetype indent = 2 + termWidth + 3;
    const qsizetype textWidth = qMax<qsizetype>(30, kLineWidth - indent);
    QString text;
    for (const auto &[term, description] : rows) {
        QString line = QStringLiteral("  ") + term.leftJustified(termWidth) + QStringLiteral("   ");
        qsizetype used = 0;
        const QStringList words = description.split(u' ', Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (used > 0 && used + 1 + word.size() > textWidth) {
                text += line + u'\n';
                line = QString(indent, u' ');
                used = 0;
            } else if (used > 0) {
                line += u' ';
                ++used;
            }
            line += word;
            used += word.size();
        }
        text += line + u'\n';
    }
    return text;
}

QString optionTerm(const QCommandLineOption &option)
{
    QStringList names;
    for (const QString &name : option.names())
        names += (name.size() == 1 ? QStringLiteral("-") : QStringLiteral("--")) + name;
    QString term = names.join(QStringLiteral(", "));
    if (!option.valueName().isEmpty())
        term += u' ' + option.valueName();
    return term;
}

QString optionRows(const QList<QCommandLineOption> &options)
{
    QList<std::pair<QString, QString>> rows;
    for (const QCommandLineOption &option : options)
        rows.append({optionTerm(option), option.description()});
    return twoColumns(rows);
}

QString endpointLine(api::Endpoint endpoint)
{
    const api::EndpointSpec &spec = api::endpointSpec(endpoint);
    return QStringLiteral("  ") + QString::fromLatin1(spec.method) + u' ' +
           QString::fromLatin1(spec.pathTemplate) + u'\n';
}

} // namespace

QString HelpText::global(const CommandTable &table)
{
    QString text = tr("Usage: popsellctl [global options] COMMAND [arguments] [options]") + u'\n';
    text += u'\n' + tr("Command-line client of the Popsell API v2, for scripting and batch work.") +
            u'\n';
    text += u'\n' + tr("Global options (before or after the command):") + u'\n';
    text += optionRows(GlobalOptionSet::definitions());

    text += u'\n' + tr("Commands:") + u'\n';
    QList<std::pair<QString, QString>> rows;
    for (const CommandSpec &command : table.commands())
        rows.append({command.name, command.summary});
    text += twoColumns(rows);

    text += u'\n' + tr("Exit codes:") + u'\n' + ExitCodes::helpText();
    text += u'\n' +
            tr("\"popsellctl COMMAND --help\" shows the arguments and options of a command.") +
            u'\n';
    return text;
}

QString HelpText::command(const CommandSpec &command)
{
    QString usage = QStringLiteral("popsellctl [global options] ") + command.name;
    for (const ArgumentSpec &argument : command.arguments)
        usage +=
            argument.required ? u' ' + argument.name : QStringLiteral(" [%1]").arg(argument.name);
    if (!command.options.isEmpty())
        usage += u' ' + tr("[options]");

    QString text = tr("Usage: %1").arg(usage) + u'\n';
    text += u'\n' + command.summary + u'\n';
    if (!command.arguments.isEmpty()) {
        text += u'\n' + tr("Arguments:") + u'\n';
        QList<std::pair<QString, QString>> rows;
        for (const ArgumentSpec &argument : command.arguments)
            rows.append({argument.name, argument.description});
        text += twoColumns(rows);
    }
    if (!command.options.isEmpty()) {
        text += u'\n' + tr("Options:") + u'\n';
        text += optionRows(command.options);
    }
    if (!command.endpoints.isEmpty()) {
        text += u'\n' + tr("Calls:") + u'\n';
        for (api::Endpoint endpoint : command.endpoints)
            text += endpointLine(endpoint);
    }
    text += u'\n' + tr("Global options and exit codes: popsellctl --help") + u'\n';
    return text;
}

QString HelpText::version()
{
    return QStringLiteral("popsellctl %1\n").arg(QCoreApplication::applicationVersion());
}

} // namespace popsell::cli
