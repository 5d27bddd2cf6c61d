#pragma once

#include "cli/commandspec.h"
#include "cli/commandtable.h"

#include <QCoreApplication>
#include <QString>

namespace popsell::cli {

// The texts of --help and --version, generated from the command table so that they cannot
// drift from what the parser accepts.
class HelpText
{
    Q_DECLARE_TR_FUNCTIONS(HelpText)

public:
    static QString global(const CommandTable &table);
    static QString command(const CommandSpec &command);
    static QString version();
};

} // namespace popsell::cli
