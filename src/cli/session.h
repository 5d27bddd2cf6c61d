#pragma once

#include "cli/commandspec.h"
#include "cli/exitcodes.h"
#include "cli/globaloptions.h"
#include "cli/output.h"

#include <QObject>

#include <memory>

namespace popsell::sandbox {
class SandboxServer;
}

namespace popsell::api {
class ApiClient;
class ApiError;
class PopsellApi;
} // namespace popsell::api

namespace popsell::cli {

class CommandRun;

// One popsellctl invocation once its command line is read: starts the sandbox when asked,
// sets up the client, gets a token for an API key, finds the brand id when the command
// needs one and none was given, then runs the command. Each step starts the next from its
// callback; finished() reports the exit code once.
class Session : public QObject
{
    Q_OBJECT

public:
    Session(GlobalOptions options, const CommandSpec &command, Action action, Output &output,
            QObject *parent = nullptr);
    ~Session() override;

    // Call from the event loop.
    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    bool startSandbox();
    void createClient();
    void authenticate();
    void resolveBrand();
    void runCommand();
    void fail(const api::ApiError &error);
    void finish(ExitCode code);

    GlobalOptions m_options;
    const CommandSpec &m_command;
    Action m_action;
    Output &m_output;
    bool m_finished = false;
    // Destroyed in reverse order: the command's calls first, the sandbox last.
    std::unique_ptr<sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PopsellApi> m_api;
    std::unique_ptr<CommandRun> m_run;
};

} // namespace popsell::cli
