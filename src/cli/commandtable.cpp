#include "cli/commandtable.h"

#include "cli/commands/commands.h"

#include <algorithm>

namespace popsell::cli {

using api::endpointSpec;

bool CommandSpec::needsToken() const
{
    return std::any_of(endpoints.cbegin(), endpoints.cend(),
                       [](api::Endpoint e) { return endpointSpec(e).bearer; });
}

bool CommandSpec::needsBrand() const
{
    return std::any_of(endpoints.cbegin(), endpoints.cend(),
                       [](api::Endpoint e) { return endpointSpec(e).brandHeader; });
}

bool CommandSpec::needsDomain() const
{
    return std::any_of(endpoints.cbegin(), endpoints.cend(),
                       [](api::Endpoint e) { return endpointSpec(e).domainHeader; });
}

int CommandSpec::minArguments() const
{
    return int(std::count_if(arguments.cbegin(), arguments.cend(),
                             [](const ArgumentSpec &a) { return a.required; }));
}

CommandTable::CommandTable(QList<CommandSpec> commands)
    : m_commands(std::move(commands))
{}

CommandTable CommandTable::standard()
{
    QList<CommandSpec> all;
    all += chatroomCommands();
    all += memberCommands();
    all += messageCommands();
    all += directoryCommands();
    all += accountCommands();
    return CommandTable(std::move(all));
}

const CommandSpec *CommandTable::find(const QString &name) const
{
    for (const CommandSpec &command : m_commands) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

} // namespace popsell::cli
