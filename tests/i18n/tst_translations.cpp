// Loading the catalogs as popsell-moderator and popsellctl do at start: the product's own in
// the asked language (English for its plural forms, and for a language it does not have),
// Qt's and QtKeychain's beside it, and the console's window in French with every string it
// looks up found in a catalog.

#include "app/console.h"
#include "app/consolebackend.h"
#include "app/mainwindow.h"
#include "app/translations.h"
#include "core/auth/session.h"
#include "core/models/messagelistmodel.h"
#include "support/windowtext.h"

#include <QApplication>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace popsell;
using popsell::testing::statusText;

namespace {

constexpr int kTimeoutMs = 20000;

QString translate(const char *context, const char *source, const char *disambiguation = nullptr,
                  int n = -1)
{
    return QCoreApplication::translate(context, source, disambiguation, n);
}

// Takes back every catalog installTranslations() gave the application.
void uninstallTranslations()
{
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    for (QTranslator *translator : translators) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

// Asked first (installed last), it answers nothing and notes each lookup, so that the test
// can check afterwards that one of the real catalogs knew the text.
class RecordingTranslator : public QTranslator
{
public:
    struct Lookup
    {
        QString context;
        QString source;
        QString disambiguation;
        int n;
    };

    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        if (sourceText && *sourceText)
            lookups.append({QString::fromUtf8(context), QString::fromUtf8(sourceText),
                            QString::fromUtf8(disambiguation), n});
        return {};
    }
    bool isEmpty() const override { return false; }

    mutable QList<Lookup> lookups;
};

QStringList menuTitles(const app::MainWindow &window)
{
    QStringList titles;
    for (const QAction *action : window.menuBar()->actions())
        titles << action->text();
    return titles;
}

} // namespace

class TstTranslations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup();
    void frenchCatalogTranslatesTheProduct();
    void everyCatalogLanguageLoads();
    void englishPluralsReadRight();
    void unknownLanguageFallsBackToEnglish();
    void qtAndKeychainCatalogsFollowTheLanguage();
    void localeOptionIsReadBeforeTheParser();
    void windowInFrenchLooksUpNothingUntranslated();
};

void TstTranslations::cleanup()
{
    uninstallTranslations();
}

void TstTranslations::frenchCatalogTranslatesTheProduct()
{
    QVERIFY(app::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    // The console, the core and popsellctl share the catalog.
    QCOMPARE(translate("popsell::app::MainWindow", "Inbox"), QStringLiteral("Boîte de réception"));
    QCOMPARE(translate("popsell::app::SessionActions", "&Sign in…"),
             QStringLiteral("Se &connecter…"));
    QCOMPARE(translate("ApiError", "The request failed."), QStringLiteral("La requête a échoué."));
    QCOMPARE(translate("Outbox", "Sent", "action state"), QStringLiteral("Envoyée"));
    QCOMPARE(translate("Labels", "yes"), QStringLiteral("oui"));
    QCOMPARE(translate("Profile", "Sandbox"), QStringLiteral("Bac à sable"));
    // French plural rules: 0 and 1 take the singular.
    QCOMPARE(translate("popsell::models::BrandTagSearchModel", "%n member(s)", nullptr, 0),
             QStringLiteral("0 membre"));
    QCOMPARE(translate("popsell::models::BrandTagSearchModel", "%n member(s)", nullptr, 3),
             QStringLiteral("3 membres"));
    // French typography: a no-break space before the colon.
    QCOMPARE(translate("popsell::app::MainWindow", "Connected to %1"),
             QStringLiteral("Connecté à %1"));
    QCOMPARE(translate("popsell::app::MainWindow", "Not connected: %1"),
             QStringLiteral("Non connecté\u00a0: %1"));
}

void TstTranslations::everyCatalogLanguageLoads()
{
    const QMap<QString, QString> inbox = {
        {QStringLiteral("de"), QStringLiteral("Posteingang")},
        {QStringLiteral("es"), QStringLiteral("Bandeja de entrada")},
        {QStringLiteral("fr"), QStringLiteral("Boîte de réception")}};
    for (const QString &language : app::catalogLanguages()) {
        QVERIFY2(QFile::exists(QStringLiteral(":/i18n/popsell_%1.qm").arg(language)),
                 qPrintable(language));
        QVERIFY2(app::installTranslations(*qApp, QLocale(language)), qPrintable(language));
        if (inbox.contains(language))
            QCOMPARE(translate("popsell::app::MainWindow", "Inbox"), inbox.value(language));
        uninstallTranslations();
    }
}

void TstTranslations::englishPluralsReadRight()
{
    QVERIFY(app::installTranslations(*qApp, QLocale(QLocale::English, QLocale::UnitedStates)));
    const char *context = "popsell::app::MainWindow";
    const char *held = "%n action(s) held until you sign in again";
    QCOMPARE(translate(context, held, nullptr, 1),
             QStringLiteral("1 action held until you sign in again"));
    QCOMPARE(translate(context, held, nullptr, 2),
             QStringLiteral("2 actions held until you sign in again"));
    QCOMPARE(translate("popsell::app::OutboxStatus", "%n pending", nullptr, 1),
             QStringLiteral("1 pending"));
    // Everything else is the source text itself.
    QCOMPARE(translate(context, "Inbox"), QStringLiteral("Inbox"));
}

void TstTranslations::unknownLanguageFallsBackToEnglish()
{
    // Italian is not a catalog language: English, with its plural forms, rather than
    // "1 action(s)"; and Qt's own texts stay English too instead of mixing in Italian.
    QVERIFY(!app::installTranslations(*qApp, QLocale(QLocale::Italian, QLocale::Italy)));
    QCOMPARE(translate("popsell::models::BrandTagSearchModel", "%n member(s)", nullptr, 1),
             QStringLiteral("1 member"));
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel")); // not "Annulla"
    uninstallTranslations();
    QVERIFY(!app::installTranslations(*qApp, QLocale::c()));
    QCOMPARE(translate("popsell::models::BrandTagSearchModel", "%n member(s)", nullptr, 2),
             QStringLiteral("2 members"));
}

void TstTranslations::qtAndKeychainCatalogsFollowTheLanguage()
{
    QVERIFY(app::installTranslations(*qApp, QLocale(QLocale::German)));
    // Qt's standard buttons and QtKeychain's errors (shown inside the console's messages).
    QCOMPARE(translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    if (QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                               QStringLiteral("qt6keychain/translations/qtkeychain_de.qm"))
            .isEmpty())
        QSKIP("QtKeychain's catalogs are not installed here");
    QCOMPARE(translate("QKeychain::ReadPasswordJobPrivate", "Entry not found"),
             QStringLiteral("Eintrag nicht gefunden"));
}

void TstTranslations::localeOptionIsReadBeforeTheParser()
{
    const auto locale = [](QStringList arguments) {
        arguments.prepend(QStringLiteral("popsell-moderator"));
        return app::localeFromArguments(arguments);
    };
    QCOMPARE(locale({QStringLiteral("--locale"), QStringLiteral("fr")})->language(),
             QLocale::French);
    QCOMPARE(locale({QStringLiteral("--sandbox"), QStringLiteral("--locale=de_CH")})->territory(),
             QLocale::Switzerland);
    QVERIFY(!locale({QStringLiteral("--sandbox")}));
    QVERIFY(!locale({QStringLiteral("--locale")})); // no value: the parser reports it
    QVERIFY(!locale({QStringLiteral("--"), QStringLiteral("--locale=fr")}));
}

void TstTranslations::windowInFrenchLooksUpNothingUntranslated()
{
    QVERIFY(app::installTranslations(*qApp, QLocale(QLocale::French, QLocale::France)));
    QSet<const QTranslator *> catalogs;
    for (const QTranslator *translator : qApp->findChildren<QTranslator *>())
        catalogs.insert(translator);
    auto *recorder = new RecordingTranslator;
    recorder->setParent(qApp);
    QCoreApplication::installTranslator(recorder);

    // The console as `popsell-moderator --sandbox --locale fr` shows it, with a room open.
    QTemporaryDir scratch;
    QVERIFY(scratch.isValid());
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auto console = std::make_unique<app::Console>(settings, scratch.path());
    app::MainWindow &window = console->window();
    window.resize(1280, 800);
    QSignalSpy signedIn(&console->backend().session(), &auth::Session::signedIn);
    console->start({app::ConsoleStart::Mode::Sandbox, {}, {}});
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty(), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(window.selectChatroom(1), kTimeoutMs);
    QTRY_VERIFY_WITH_TIMEOUT(console->messages().rowCount() > 0, kTimeoutMs);
    QTRY_VERIFY(statusText(window).contains(QStringLiteral("Connecté à ")));
    // The delegates translate while painting, the menus when shown.
    window.grab();
    for (QMenu *menu : window.menuBar()->findChildren<QMenu *>())
        menu->grab();

    QCOMPARE(menuTitles(window),
             (QStringList{QStringLiteral("&Session"), QStringLiteral("Sal&on"),
                          QStringLiteral("&Message"), QStringLiteral("&Affichage"),
                          QStringLiteral("Ai&de")}));
    QVERIFY(window.windowTitle().contains(QStringLiteral("Bac à sable")));

    // Qt's own texts (a context named after a Qt class) are Qt's catalog's business.
    QStringList untranslated;
    for (const RecordingTranslator::Lookup &lookup : std::as_const(recorder->lookups)) {
        if (lookup.context.size() > 1 && lookup.context.at(0) == u'Q' &&
            lookup.context.at(1).isUpper())
            continue;
        bool found = false;
        for (const QTranslator *catalog : std::as_const(catalogs)) {
            found = found || !catalog
                                  ->translate(lookup.context.toUtf8().constData(),
                                              lookup.source.toUtf8().constData(),
                                              lookup.disambiguation.isEmpty()
                                                  ? nullptr
                                                  : lookup.disambiguation.toUtf8().constData(),
                                              lookup.n)
                                  .isEmpty();
        }
        if (!found)
            untranslated << QStringLiteral("%1 / \"%2\"").arg(lookup.context, lookup.source);
    }
    untranslated.removeDuplicates();
    console.reset();
    QVERIFY(recorder->lookups.size() > 50);
    QVERIFY2(untranslated.isEmpty(), qPrintable(untranslated.join(u'\n')));
}

QTEST_MAIN(TstTranslations)
#include "tst_translations.moc"
