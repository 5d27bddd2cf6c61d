// popsell-moderator: the moderator console. Without --base-url it runs on the embedded
// sandbox with demo data (demo mode, no account needed).
#include "app/actions/moderatoractions.h"
#include "app/consolebackend.h"
#include "app/mainwindow.h"
#include "app/screenshotter.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace popsell;

namespace {

struct Options
{
    app::BackendOptions backend;
    QString screenshot;
    qint64 openChatroom = 0;
    QSize size;
};

// Exits with a usage message on a bad command line.
Options parseCommandLine(const QApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The Popsell moderator console. Without --base-url it opens on the embedded "
                "sandbox with demo data."));
    parser.addHelpOption();
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QApplication::translate("main",
                                "The Popsell API, e.g. https://example.popsell.com/api/v2."),
        QStringLiteral("url"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        QApplication::translate("main", "The brand's API key (or set POPSELL_API_KEY)."),
        QStringLiteral("key"));
    const QCommandLineOption domain(
        QStringLiteral("domain"),
        QApplication::translate("main", "The platform domain (default: the base URL's host)."),
        QStringLiteral("name"));
    const QCommandLineOption brand(QStringLiteral("brand"),
                                   QApplication::translate("main", "The brand id (default: "
                                                                   "asked from the API)."),
                                   QStringLiteral("id"));
    const QCommandLineOption screenshot(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Render the window to a PNG once loaded, then exit."),
        QStringLiteral("file"));
    const QCommandLineOption open(
        QStringLiteral("open-chatroom"),
        QApplication::translate("main", "The chatroom to open at start (with --screenshot)."),
        QStringLiteral("id"));
    const QCommandLineOption size(QStringLiteral("size"),
                                  QApplication::translate("main", "Window size, e.g. 1280x800."),
                                  QStringLiteral("WxH"));
    parser.addOptions({baseUrl, apiKey, domain, brand, screenshot, open, size});
    parser.process(application);

    Options options;
    if (parser.isSet(baseUrl)) {
        options.backend.baseUrl = QUrl(parser.value(baseUrl));
        // Prefer the environment: a key on the command line shows in the process list.
        options.backend.apiKey =
            parser.isSet(apiKey) ? parser.value(apiKey) : qEnvironmentVariable("POPSELL_API_KEY");
        options.backend.domain = parser.value(domain);
        options.backend.brandId = parser.value(brand).toLongLong();
    } else if (parser.isSet(apiKey) || parser.isSet(domain) || parser.isSet(brand)) {
        std::fprintf(stderr, "popsell-moderator: --api-key, --domain and --brand need "
                             "--base-url\n");
        std::exit(2);
    }
    options.screenshot = parser.value(screenshot);
    options.openChatroom = parser.value(open).toLongLong();
    const QStringList dimensions = parser.value(size).split(u'x');
    if (dimensions.size() == 2)
        options.size = QSize(dimensions[0].toInt(), dimensions[1].toInt());
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    // The resources live in the static popsell_app_lib; the linker keeps them only if named.
    Q_INIT_RESOURCE(popsell_moderator);
    QApplication::setOrganizationName(QStringLiteral("Popsell"));
    QApplication::setApplicationName(QStringLiteral("popsell-moderator"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Popsell Moderator"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/popsell-moderator.svg")));

    const Options options = parseCommandLine(application);

    app::ConsoleBackend backend(options.backend);
    QString error;
    if (!backend.start(&error)) {
        std::fprintf(stderr, "popsell-moderator: %s\n", qUtf8Printable(error));
        return 1;
    }

    models::ChatroomInboxModel inbox(backend.api());
    models::MessageListModel messages(backend.api());
    app::MainWindow window(inbox, messages);
    window.setSandboxMode(backend.isSandbox());
    window.setServerUrl(backend.baseUrl());
    window.setSigningIn();

    // Screenshots must not depend on (or change) the moderator's own shortcut bindings.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        options.screenshot.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat);
    app::ModeratorActions actions(window, backend.api(), inbox, messages, *settings);

    std::unique_ptr<app::Screenshotter> screenshotter;
    if (!options.screenshot.isEmpty())
        screenshotter = std::make_unique<app::Screenshotter>(
            window, inbox, messages, options.screenshot, options.openChatroom);

    QObject::connect(&backend, &app::ConsoleBackend::signedIn, &window,
                     [&window] { window.setSignedIn(); });
    QObject::connect(&backend, &app::ConsoleBackend::signInFailed, &window,
                     [&window, &screenshotter](const QString &message) {
                         window.setSignInFailed(message);
                         if (screenshotter)
                             screenshotter->signInFailed();
                     });

    window.resize(options.size.isValid() ? options.size : QSize(1280, 800));
    window.show();
    // After show(): the skeleton paints while the key is exchanged.
    backend.signIn();
    return application.exec();
}
