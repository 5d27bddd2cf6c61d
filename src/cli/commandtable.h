#pragma once

#include "cli/commandspec.h"

#include <QList>
#include <QString>

namespace popsell::cli {

// Every subcommand of popsellctl, in the order --help lists them.
class CommandTable
{
public:
    explicit CommandTable(QList<CommandSpec> commands);
    // The commands of popsellctl (src/cli/commands/*).
    static CommandTable standard();

    const QList<CommandSpec> &commands() const { return m_commands; }
    const CommandSpec *find(const QString &name) const;

private:
    QList<CommandSpec> m_commands;
};

} // namespace popsell::cli
