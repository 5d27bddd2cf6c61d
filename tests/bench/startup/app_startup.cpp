// app_startup: the console started the way src/app/main.cpp starts it (same calls, same
// order: the window icon and the TLS backend check after the first paint, through
// Console::started and the check of Console::start), with the startup probe on its window.
//
//   app_startup --prepare BASE_URL      save a profile as the last used one, then exit
//   app_startup                         restore that profile, as every start after the first
//   app_startup --start direct --base-url URL   sign in with a key (idle measurements)
//   [--idle SECONDS] [--settle SECONDS]
//
// The driver gives it a throwaway HOME (settings, outbox) and no session bus, so the keychain
// is unavailable and the token stays in memory: the keychain answers after the first paint
// either way.
#include "app/console.h"
#include "app/mainwindow.h"
#include "common/startupprobe.h"
#include "core/auth/profile.h"
#include "core/auth/profilestore.h"
#include "core/logging/redaction.h"

#include <QApplication>
#include <QIcon>
#include <QMainWindow>
#include <QSettings>
#include <QSslSocket>

#include <cstdio>

using namespace popsell;

namespace {

QString argument(const QStringList &arguments, const QString &name)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments[at + 1] : QString();
}

int prepare(const QString &baseUrl)
{
    QSettings settings;
    auth::ProfileStore store(settings);
    auth::Profile profile;
    profile.id = auth::ProfileStore::newId();
    profile.baseUrl = QUrl(baseUrl);
    profile.domain = QStringLiteral("demo.popsell.test");
    profile.brandId = 3;
    profile.brandName = QStringLiteral("Maison Lumière");
    store.save(profile);
    store.setLastUsed(profile.id);
    settings.sync();
    return settings.status() == QSettings::NoError ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    Q_INIT_RESOURCE(popsell_moderator);
    QApplication::setOrganizationName(QStringLiteral("Popsell"));
    QApplication::setApplicationName(QStringLiteral("popsell-moderator"));
    QApplication::setApplicationDisplayName(QApplication::translate("main", "Popsell Moderator"));

    const QStringList arguments = QApplication::arguments();
    if (const QString url = argument(arguments, QStringLiteral("--prepare")); !url.isEmpty())
        return prepare(url);

    logging::LogRedactor redactor;
    redactor.install();

    app::ConsoleStart start;
    if (argument(arguments, QStringLiteral("--start")) == u"direct") {
        start.mode = app::ConsoleStart::Mode::Direct;
        start.profile.baseUrl = QUrl(argument(arguments, QStringLiteral("--base-url")));
        start.profile.domain = QStringLiteral("demo.popsell.test");
        start.apiKey = QStringLiteral("bench-key");
    }

    QSettings settings;
    app::Console console(settings);
    QObject::connect(&console, &app::Console::started, &application, [] {
        QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/popsell-moderator.svg")));
    });
    console.window().resize(1280, 800);
    bench::StartupOptions options = bench::startupOptions(arguments);
    options.side = QStringLiteral("app");
    bench::StartupProbe probe(*console.window().centralWidget(), options);
    console.start(start, [] {
        if (QSslSocket::activeBackend() == u"openssl")
            return true;
        std::fprintf(stderr, "app_startup: the OpenSSL TLS backend of Qt is not available\n");
        QCoreApplication::exit(1);
        return false;
    });
    return application.exec();
}
