// popsell-moderator: the moderator console. It opens the last used profile, or asks for a
// sign-in; --sandbox opens the embedded sandbox with demo data (no account needed).
#include "app/appsettings.h"
#include "app/console.h"
#include "app/mainwindow.h"
#include "app/screenshotter.h"
#include "app/translations.h"
#include "core/auth/profile.h"
#include "core/logging/redaction.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>
#include <QSslSocket>
#include <QStyle>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>
#include <string_view>

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
    parser.addVersionOption();
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
    // Read before the parser runs (main); declared here so that it is accepted and documented.
    const QCommandLineOption language(
        QStringLiteral("locale"),
        QApplication::translate("main", "The language of the console, e.g. fr or de_DE "
                                        "(default: the system's)."),
        QStringLiteral("locale"));
    parser.addOptions(
        {sandbox, baseUrl, apiKey, domain, brand, screenshot, open, size, theme, language});
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

// --help and --version only print. QApplication needs a display and aborts before the parser
// runs where there is none (over SSH, in CI, in a container): they are answered offscreen.
bool printsOnly(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const std::string_view argument(argv[i]);
        if (argument == "--")
            return false;
        if (argument == "-h" || argument == "--help" || argument == "--help-all" ||
            argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (printsOnly(argc, argv))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication application(argc, argv);
    // The resources live in the static popsell_app_lib; the linker keeps them only if named.
    Q_INIT_RESOURCE(popsell_moderator);
    QApplication::setOrganizationName(QStringLiteral("Popsell"));
    QApplication::setApplicationName(QStringLiteral("popsell-moderator"));
    QApplication::setApplicationVersion(QStringLiteral(POPSELL_VERSION));
    // Wayland finds the window's icon and name through the desktop entry of this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("com.popsell.Moderator"));
    // Before the first translated text, the command line's help included: --locale, else the
    // language chosen in Settings, else the system's.
    const QString chosen = QSettings().value(QLatin1String(app::appsettings::kLanguage)).toString();
    const QLocale locale = app::localeFromArguments(QApplication::arguments())
                               .value_or(chosen.isEmpty() ? QLocale::system() : QLocale(chosen));
    QLocale::setDefault(locale);
    app::installTranslations(application, locale);
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Popsell Moderator"));

    const Options options = parseCommandLine(application);

    // Every log line passes through the redactor, whatever category a rule turns on.
    logging::LogRedactor redactor;
    redactor.install();

    // Pictures must not depend on (or change) the moderator's own profiles and bindings.
    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings =
        options.screenshot.isEmpty()
            ? std::make_unique<QSettings>()
            : std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                          QSettings::IniFormat);
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

    if (!options.theme.isEmpty()) { // this run only: the saved appearance stays as it is
        QApplication::setPalette(
            app::appsettings::palette(options.theme == u"dark" ? app::appsettings::Theme::Dark
                                                               : app::appsettings::Theme::Light,
                                      QApplication::style()->standardPalette()));
    }
    // Not needed to paint the first frame: the SVG icon engine and the icon's renderings.
    QObject::connect(&console, &app::Console::started, &application, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/popsell-moderator.svg")));
    });
    console.window().resize(options.size.isValid() ? options.size : QSize(1280, 800));
    // Qt also ships a certificate-only TLS backend that cannot make a TLS connection; running
    // on it would fail every call in a way a moderator cannot act on. (OpenSSL on Linux and
    // Windows, Secure Transport on macOS are real backends.) Checked once the window has
    // painted (loading the backend takes libssl and libcrypto), before anything is sent.
    console.start(options.start, [] {
        const QString tlsBackend = QSslSocket::activeBackend();
        if (!tlsBackend.isEmpty() && tlsBackend != u"cert-only")
            return true;
        std::fprintf(stderr,
                     "popsell-moderator: no TLS backend of Qt can make connections (active: "
                     "\"%s\"); install the Qt 6 OpenSSL plugin (libqt6network6).\n",
                     qUtf8Printable(tlsBackend));
        QCoreApplication::exit(1);
        return false;
    });
    return application.exec();
}
