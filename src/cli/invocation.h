#pragma once

#include "cli/commandspec.h"
#include "cli/commandtable.h"
#include "cli/globaloptions.h"

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <variant>

namespace popsell::cli {

// A command line that names a command whose arguments were read without a problem.
struct Invocation
{
    GlobalOptions global;
    const CommandSpec *command = nullptr;
    Action action;
};

// --help or --version: print `text` on stdout, exit 0.
struct ImmediateText
{
    QString text;
};

// The command line is wrong: exit 2 without sending anything.
struct UsageProblem
{
    QString message;
    QString command; // the command it concerns, for the "see ... --help" hint; may be empty
    bool json = false;
};

using ParsedCommandLine = std::variant<Invocation, ImmediateText, UsageProblem>;

class InvocationParser
{
    Q_DECLARE_TR_FUNCTIONS(InvocationParser)

public:
    // `arguments` as QCoreApplication::arguments() gives them (program name first). Global
    // options may come before or after the command name.
    static ParsedCommandLine parse(const QStringList &arguments,
                                   const QProcessEnvironment &environment,
                                   const CommandTable &table);

    // The index in `arguments` of the command name (the first word that is neither an
    // option nor the value of a global option), or -1.
    static int commandIndex(const QStringList &arguments);
};

} // namespace popsell::cli
