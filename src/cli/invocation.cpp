#include "cli/invocation.h"

#include "cli/helptext.h"

#include <QCommandLineParser>

namespace popsell::cli {

namespace {

bool mentionsJson(const QStringList &arguments)
{
    return arguments.contains(QStringLiteral("--json"));
}

// The values of the command's own options, by the option's first name; flags map to an
// empty list.
CommandArgs commandArgs(const QCommandLineParser &parser, const CommandSpec &command)
{
    QHash<QString, QStringList> values;
    for (const QCommandLineOption &option : command.options) {
        const QString name = option.names().constFirst();
        if (parser.isSet(name))
            values.insert(name, option.valueName().isEmpty() ? QStringList() : parser.values(name));
    }
    return CommandArgs(parser.positionalArguments(), std::move(values));
}

} // namespace

int InvocationParser::commandIndex(const QStringList &arguments)
{
    const QStringList valued = GlobalOptionSet::namesTakingValues();
    for (int i = 1; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            return i + 1 < arguments.size() ? i + 1 : -1;
        if (!argument.startsWith(u'-') || argument.size() == 1)
            return i;
        if (argument.contains(u'='))
            continue;
        const QString name = argument.mid(argument.startsWith(u"--") ? 2 : 1);
        if (valued.contains(name))
            ++i; // its value
    }
    return -1;
}

ParsedCommandLine InvocationParser::parse(const QStringList &arguments,
                                          const QProcessEnvironment &environment,
                                          const CommandTable &table)
{
    const bool json = mentionsJson(arguments);
    QStringList rest = arguments;
    const int index = commandIndex(arguments);
    const CommandSpec *command = nullptr;
    QString commandName;
    if (index > 0) {
        commandName = rest.takeAt(index);
        command = table.find(commandName);
        if (!command)
            return UsageProblem{tr("unknown command \"%1\"").arg(commandName), QString(), json};
    }

    QCommandLineParser parser;
    parser.addOptions(GlobalOptionSet::definitions());
    if (command)
        parser.addOptions(command->options);
    if (!parser.parse(rest))
        return UsageProblem{parser.errorText(), command ? commandName : QString(), json};

    const std::variant<GlobalOptions, QString> global = GlobalOptionSet::read(parser, environment);
    if (parser.isSet(QStringLiteral("version")))
        return ImmediateText{HelpText::version()};
    if (parser.isSet(QStringLiteral("help"))) {
        if (command)
            return ImmediateText{HelpText::command(*command)};
        if (index <= 0)
            return ImmediateText{HelpText::global(table)};
    }
    if (index <= 0)
        return UsageProblem{tr("no command given"), QString(), json};
    if (const QString *problem = std::get_if<QString>(&global))
        return UsageProblem{*problem, commandName, json};

    Invocation invocation;
    invocation.global = std::get<GlobalOptions>(global);
    invocation.command = command;
    const GlobalOptions &options = invocation.global;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > command->maxArguments()) {
        const QString extra = positional.at(command->maxArguments());
        return UsageProblem{tr("unexpected argument \"%1\"").arg(extra), commandName, json};
    }
    CommandArgs args = commandArgs(parser, *command);
    invocation.action = command->prepare(args);
    if (const std::optional<QString> problem = args.error())
        return UsageProblem{*problem, commandName, json};

    if (!options.sandbox && options.baseUrl.isEmpty())
        return UsageProblem{tr("give --base-url URL, or --sandbox"), commandName, json};
    if (command->needsToken() && !options.sandbox && options.token.isEmpty() &&
        options.apiKey.isEmpty())
        return UsageProblem{tr("no credentials: give --token, set %1, or give --api-key")
                                .arg(GlobalOptionSet::tokenVariable()),
                            commandName, json};
    return invocation;
}

} // namespace popsell::cli
