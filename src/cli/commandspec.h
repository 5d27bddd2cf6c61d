#pragma once

#include "cli/commandargs.h"
#include "core/api/endpoints.h"

#include <QCommandLineOption>
#include <QList>
#include <QString>

#include <functional>

namespace popsell::cli {

class CommandRun;

// What a subcommand does once its arguments are read: starts its API calls on the run and
// finishes the run from their callbacks.
using Action = std::function<void(CommandRun &run)>;
// Reads the arguments (problems are recorded in `args`) and returns the action. Runs
// before anything is sent, so that a usage error costs no request and no sandbox.
using Prepare = std::function<Action(CommandArgs &args)>;

struct ArgumentSpec
{
    QString name; // as in the usage line: CHATROOM
    QString description;
    bool required = true;
};

// One subcommand of popsellctl: one operation of the API, named after it.
struct CommandSpec
{
    QString name;
    QString summary;
    QList<ArgumentSpec> arguments;
    QList<QCommandLineOption> options;
    // The operations it calls, in order: shown in its --help, and they decide whether a
    // token and a brand id are needed.
    QList<api::Endpoint> endpoints;
    Prepare prepare;

    bool needsToken() const;
    bool needsBrand() const;
    bool needsDomain() const;
    int maxArguments() const { return int(arguments.size()); }
    int minArguments() const;
};

} // namespace popsell::cli
