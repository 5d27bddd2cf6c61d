// popsellctl: the command-line front end over popsell_core, for scripting and batch work.
// main reads the command line, starts the session from the event loop and returns exec();
// the session ends the loop through finished(), never with a nested loop.

#include "app/translations.h"
#include "cli/commandtable.h"
#include "cli/invocation.h"
#include "cli/output.h"
#include "cli/session.h"

#include <QCoreApplication>
#include <QMetaObject>
#include <QProcessEnvironment>
#include <QTextStream>
#include <QTimer>

#include <cstdio>

using namespace popsell::cli;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("popsellctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POPSELL_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    // Before the command table, whose help texts are translated when it is built: the
    // system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    popsell::app::installTranslations(app, QLocale::system());
    const CommandTable table = CommandTable::standard();
    const ParsedCommandLine parsed = InvocationParser::parse(
        QCoreApplication::arguments(), QProcessEnvironment::systemEnvironment(), table);

    if (const auto *text = std::get_if<ImmediateText>(&parsed)) {
        out << text->text;
        return int(ExitCode::Ok);
    }
    if (const auto *problem = std::get_if<UsageProblem>(&parsed)) {
        Output(out, err, problem->json, false).usageError(problem->message, problem->command);
        return int(ExitCode::Usage);
    }

    const Invocation &invocation = std::get<Invocation>(parsed);
    Output output(out, err, invocation.global.json, invocation.global.verbose);
    Session session(invocation.global, *invocation.command, invocation.action, output);
    QObject::connect(&session, &Session::finished, &app, [](int code) {
        // Queued: the loop is left after the callback that finished the command returns.
        QMetaObject::invokeMethod(
            QCoreApplication::instance(), [code] { QCoreApplication::exit(code); },
            Qt::QueuedConnection);
    });
    QTimer::singleShot(0, &session, &Session::start);
    return QCoreApplication::exec();
}
