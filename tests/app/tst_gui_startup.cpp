// The console's start in two steps (label "gui"): the window paints first; only then does the
// start check run (main: the TLS backend), the outbox open, the actions (and their shortcuts)
// appear and the session start. No request leaves before the check, a refused check starts
// nothing, and the first frame already shows the profile being restored. Run without a
// session bus: the token stays in memory.

#include "app/actions/actionregistry.h"
#include "app/actions/moderatoractions.h"
#include "app/console.h"
#include "app/consolebackend.h"
#include "app/mainwindow.h"
#include "core/auth/profilestore.h"
#include "core/auth/session.h"
#include "core/models/chatroominboxmodel.h"
#include "core/outbox/outbox.h"
#include "support/directstart.h"
#include "support/sandboxfixture.h"
#include "support/windowtext.h"

#include <QAction>
#include <QApplication>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

using namespace popsell;
using auth::Session;
using popsell::testing::statusText;
using testing::SandboxFixture;

namespace {

constexpr int kWaitMs = 20000;

// Paint events the window received.
class PaintCounter : public QObject
{
public:
    explicit PaintCounter(QWidget &widget) { widget.installEventFilter(this); }
    int paints = 0;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return QObject::eventFilter(watched, event);
    }
};

// Actions of the window a key press could trigger.
int actionsWithShortcuts(const QWidget &window)
{
    int count = 0;
    for (const QAction *action : window.findChildren<QAction *>())
        count += action->shortcuts().isEmpty() ? 0 : 1;
    return count;
}

// What the console looked like when the start check ran.
struct AtCheck
{
    int paints = 0;
    bool outbox = false;
    int shortcuts = 0;
    int requests = 0;
    Session::State state = Session::State::SignedIn;
};

} // namespace

class TstGuiStartup : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paintsFirstThenChecksThenOpensTheOutboxThenSignsIn();
    void refusedCheckSendsNothingAndOpensNothing();
    void firstFrameShowsTheProfileBeingRestored();
};

void TstGuiStartup::paintsFirstThenChecksThenOpensTheOutboxThenSignsIn()
{
    sandbox::SandboxConfig config = SandboxFixture::smallConfig();
    config.logRequests = true;
    SandboxFixture sandbox(config);
    QVERIFY2(sandbox.start().isEmpty(), "sandbox");
    int requests = 0;
    connect(&sandbox.server(), &sandbox::SandboxServer::requestLogged, this,
            [&requests] { ++requests; });

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    app::Console console(settings, dir.path());
    const app::ConsoleStart start = testing::directStartOn(sandbox);
    app::MainWindow &window = console.window();
    window.resize(1100, 700);
    PaintCounter painted(window);
    std::optional<AtCheck> atCheck;
    int checks = 0;
    const int requestsBefore = requests; // the fixture's own sign-in
    console.start(start, [&] {
        ++checks;
        atCheck =
            AtCheck{painted.paints, console.backend().hasOutbox(), actionsWithShortcuts(window),
                    requests - requestsBefore, console.backend().session().state()};
        return true;
    });

    // Until the window has painted, nothing a key could trigger exists.
    QVERIFY(!console.isStarted());
    QCOMPARE(actionsWithShortcuts(window), 0);
    QVERIFY(window.sessionMenu()->actions().isEmpty());

    QTRY_VERIFY_WITH_TIMEOUT(console.isStarted(), kWaitMs);
    QCOMPARE(checks, 1);
    QVERIFY(atCheck);
    QVERIFY(atCheck->paints > 0);
    QVERIFY(!atCheck->outbox);
    QCOMPARE(atCheck->shortcuts, 0);
    QCOMPARE(atCheck->requests, 0);
    QCOMPARE(atCheck->state, Session::State::SignedOut);

    // Started: the outbox is open before any action exists, and the actions are there.
    QVERIFY(console.backend().outbox().isStoreOpen());
    QAction *create = console.actions().registry().action(QStringLiteral("chatroom.create"));
    QVERIFY(create && !create->shortcuts().isEmpty());
    QVERIFY(!window.sessionMenu()->actions().isEmpty());

    // The sign-in asked for on the command line went on without a dialog.
    QTRY_COMPARE_WITH_TIMEOUT(console.backend().session().state(), Session::State::SignedIn,
                              kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(console.inbox().rowCount() > 5, kWaitMs);
    QVERIFY(!console.signInDialog());
    QCOMPARE(checks, 1);
}

void TstGuiStartup::refusedCheckSendsNothingAndOpensNothing()
{
    sandbox::SandboxConfig config = SandboxFixture::smallConfig();
    config.logRequests = true;
    SandboxFixture sandbox(config);
    QVERIFY2(sandbox.start().isEmpty(), "sandbox");
    int requests = 0;
    connect(&sandbox.server(), &sandbox::SandboxServer::requestLogged, this,
            [&requests] { ++requests; });
    const int requestsBefore = requests;

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    app::Console console(settings, dir.path());
    const app::ConsoleStart start = testing::directStartOn(sandbox);
    console.window().resize(1100, 700);
    bool checked = false;
    console.start(start, [&checked] {
        checked = true;
        return false;
    });
    QTRY_VERIFY_WITH_TIMEOUT(checked, kWaitMs);
    // Time for a request, had one been started, to reach the sandbox in this thread.
    QTest::qWait(300);

    QCOMPARE(requests - requestsBefore, 0);
    QVERIFY(!console.isStarted());
    QVERIFY(!console.backend().hasOutbox());
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("outbox.sqlite"))));
    QCOMPARE(console.backend().session().state(), Session::State::SignedOut);
    QCOMPARE(actionsWithShortcuts(console.window()), 0);
    QVERIFY(!console.signInDialog());
}

void TstGuiStartup::firstFrameShowsTheProfileBeingRestored()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    auth::Profile profile;
    profile.id = auth::ProfileStore::newId();
    profile.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:9/api/v2")); // nothing listens
    profile.domain = QStringLiteral("lumiere.popsell.test");
    profile.brandId = 3;
    profile.brandName = QStringLiteral("Maison Lumière");
    {
        auth::ProfileStore store(settings);
        store.save(profile);
        store.setLastUsed(profile.id);
    }

    app::Console console(settings, dir.path());
    app::MainWindow &window = console.window();
    window.resize(1100, 700);
    std::optional<QString> titleAtCheck;
    std::optional<QString> statusAtCheck;
    console.start({}, [&] {
        titleAtCheck = window.windowTitle();
        statusAtCheck = statusText(window);
        return true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(console.isStarted(), kWaitMs);

    // Painted before the session started, the window already said whose it is and what it
    // does, as it says once the session has restored the profile.
    QVERIFY(titleAtCheck && titleAtCheck->contains(profile.brandName));
    QVERIFY2(statusAtCheck->contains(QStringLiteral("Signing in to http://127.0.0.1:9/api/v2")),
             qPrintable(*statusAtCheck));
    QVERIFY(statusAtCheck->contains(profile.brandName));
    // Restored without asking: the same profile is the active one.
    const std::optional<auth::Profile> active = console.backend().session().profile();
    QVERIFY(active);
    QCOMPARE(active->id, profile.id);
    QCOMPARE(window.windowTitle(), *titleAtCheck);
}

QTEST_MAIN(TstGuiStartup)
#include "tst_gui_startup.moc"
