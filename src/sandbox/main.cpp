#include "sandbox/commandline.h"
#include "sandbox/sandboxserver.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

using namespace popsell::sandbox;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("popsell-sandbox"));
    QCoreApplication::setApplicationVersion(QStringLiteral(POPSELL_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    const auto parsed = parseCommandLine(QCoreApplication::arguments());
    if (const auto *help = std::get_if<CommandLineHelp>(&parsed)) {
        out << help->text;
        return 0;
    }
    if (const auto *error = std::get_if<CommandLineError>(&parsed)) {
        err << "popsell-sandbox: " << error->message << "\n";
        return 2;
    }
    SandboxServer server(std::get<SandboxConfig>(parsed));
    QObject::connect(&server, &SandboxServer::requestLogged, &server, [&err](const QString &line) {
        err << line << "\n";
        err.flush();
    });
    QString error;
    if (!server.start(&error)) {
        err << "popsell-sandbox: " << error << "\n";
        return 1;
    }
    // Scripts read this first line to find the port, key and brand.
    out << server.listeningLine() << "\n";
    out.flush();
    return QCoreApplication::exec();
}
