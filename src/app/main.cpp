// popsell-moderator: the moderator console. It opens the last used profile, or asks for a
// sign-in; --sandbox opens the embedded sandbox with demo data (no account needed).
#include "app/appsettings.h"
#include "app/console.h"
#include "app/mainwindow.h"
#include "app/screenshotter.h"
#include "core/auth/profile.h"
#include "core/logging/redaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QSslSocket>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace popsell;

namespace {

struct Options
{
    app::ConsoleStart start;
    QString screenshot;
    qint64 openChatroom = 0;
    QSize size;
    QString theme; // "", "light", "dark": overrides the saved appearance for this run
};

// Exits with a usage message on a bad command line.
Options parseCommandLine(const QApplication &application)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "The Popsell moderator console. It opens the last used profile, or asks to "
                "sign in (or to open the embedded sandbox, which needs no account)."));
    parser.addHelpOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QApplication::translate("main", "Open the embedded sandbox with demo data."));
    const QCommandLineOption baseUrl(
        QStringLiteral("base-url"),
        QApplication::translate("main", "Sign in to this Popsell API, e.g. "
                                        "https://example.popsell.com/api/v2, with the key in "
                                        "POPSELL_API_KEY."),
        QStringLiteral("url"));
    const QCommandLineOption apiKey(
        QStringLiteral("api-key"),
        QApplication::translate("main", "The brand's API key (prefer POPSELL_API_KEY: the "
                                        "command line shows in the process list)."),
        QStringLiteral("key"));
    const QCommandLineOption domain(
        QStringLiteral("domain"),
        QApplication::translate("main", "The platform domain (default: the base URL's host)."),
        QStringLiteral("name"));
    const QCommandLineOption brand(QStringLiteral("brand"),
                                   QApplication::translate("main", "The brand id (default: "
                                                                   "the domain's brand)."),
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
    const QCommandLineOption theme(
        QStringLiteral("theme"),
        QApplication::translate("main", "Appearance for this run: light or dark."),
        QStringLiteral("name"));
    parser.addOptions({sandbox, baseUrl, apiKey, domain, brand, screenshot, open, size, theme});
    parser.process(application);

    Options options;
    if (parser.isSet(baseUrl)) {
        auth::Profile &profile = options.start.profile;
        profile.baseUrl = QUrl(parser.value(baseUrl));
        profile.domain = parser.isSet(domain) ? auth::normalizedDomain(parser.value(domain))
                                              : profile.baseUrl.host();
        profile.brandId = parser.value(brand).toLongLong();
        options.start.mode = app::ConsoleStart::Mode::Direct;
        options.start.apiKey =
            parser.isSet(apiKey) ? parser.value(apiKey) : qEnvironmentVariable("POPSELL_API_KEY");
    } else if (parser.isSet(apiKey) || parser.isSet(domain) || parser.isSet(brand)) {
        std::fprintf(stderr, "popsell-moderator: --api-key, --domain and --brand need "
                             "--base-url\n");
        std::exit(2);
    } else if (parser.isSet(sandbox)) {
        options.start.mode = app::ConsoleStart::Mode::Sandbox;
    }
    options.theme = parser.value(theme);
    if (!options.theme.isEmpty() && options.theme != u"light" && options.theme != u"dark") {
        std::fprintf(stderr, "popsell-moderator: --theme takes light or dark\n");
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

    // Every log line passes through the redactor, whatever category a rule turns on.
    logging::LogRedactor redactor;
    redactor.install();

    // Debian's Qt also ships a certificate-only TLS backend that cannot talk to the API;
    // running on it would fail every call in a way a moderator cannot act on.
    if (QSslSocket::activeBackend() != u"openssl") {
        std::fprintf(stderr,
                     "popsell-moderator: the OpenSSL TLS backend of Qt is not available "
                     "(active: \"%s\"); install the Qt 6 OpenSSL plugin (libqt6network6).\n",
                     qUtf8Printable(QSslSocket::activeBackend()));
        return 1;
    }

    // Pictures must not depend on (or change) the moderator's own profiles and bindings.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        options.screenshot.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat);
    if (!options.theme.isEmpty())
        settings->setValue(QLatin1String(app::appsettings::kTheme), options.theme);
    // Pictures use a scratch outbox too: no action of the moderator's is in them.
    app::Console console(*settings, options.screenshot.isEmpty() ? QString() : scratch.path());

    std::unique_ptr<app::Screenshotter> screenshotter;
    if (!options.screenshot.isEmpty()) {
        screenshotter = std::make_unique<app::Screenshotter>(console.window(), console.inbox(),
                                                             console.messages(), options.screenshot,
                                                             options.openChatroom);
        QObject::connect(&console, &app::Console::directSignInFailed, screenshotter.get(),
                         [&screenshotter] { screenshotter->signInFailed(); });
    }

    console.window().resize(options.size.isValid() ? options.size : QSize(1280, 800));
    console.start(options.start);
    return application.exec();
}
