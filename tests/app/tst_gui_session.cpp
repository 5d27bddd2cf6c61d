// The console's sign-in as a moderator lives it, driven by key events on real widgets over
// real sandboxes and a real keychain (labels "gui" and "secrets", run under
// tests/support/with-keyring.sh): the first run asks, the next start does not; "Open the
// sandbox" needs no account; switching brand shows only the new brand's rooms even when the
// old one answers late; a revoked token holds the moderator's action until the same
// profile signs in again, then it happens once; signing out detaches everything. The
// canary test runs those flows with every log category on and finds the token and the API
// key in no file the console wrote and in none of its output.

#include "app/actions/actionregistry.h"
#include "app/actions/moderatoractions.h"
#include "app/actions/sessionactions.h"
#include "app/console.h"
#include "app/consolebackend.h"
#include "app/dialogs/signindialog.h"
#include "app/mainwindow.h"
#include "core/api/apiclient.h"
#include "core/auth/profilestore.h"
#include "core/auth/secretstore.h"
#include "core/auth/session.h"
#include "core/models/chatroominboxmodel.h"
#include "support/sandboxfixture.h"
#include "support/windowtext.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDirIterator>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QMutex>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace popsell;
using auth::Profile;
using auth::Session;
using popsell::testing::statusText;
using testing::SandboxFixture;

namespace {

constexpr int kWaitMs = 20000;

// Every message Qt logs while a test runs: the console's "captured output".
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

sandbox::SandboxConfig sandboxConfig(const QString &domain, quint64 seed, const QString &apiKey)
{
    sandbox::SandboxConfig config = SandboxFixture::smallConfig();
    config.domain = domain;
    config.seed = seed;
    config.apiKey = apiKey;
    return config;
}

QWidget *focused()
{
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

void type(const QString &text)
{
    QTest::keyClicks(focused(), text);
}

// Every room of a sandbox as its own API shows it, by id. Two sandboxes of other seeds have
// rooms of the same ids with other people in them: ids alone cannot tell brands apart.
QHash<qint64, domain::Chatroom> roomsOf(SandboxFixture &sandbox)
{
    testing::RequestOptions options;
    options.brandHeader = false;
    const testing::HttpResult r =
        sandbox.get(QStringLiteral("/manager/chatrooms?per_page=100"), options);
    QHash<qint64, domain::Chatroom> rooms;
    for (const QJsonValue &json : r.data()) {
        if (const std::optional<domain::Chatroom> room = domain::Chatroom::fromJson(json))
            rooms.insert(room->id, *room);
    }
    return rooms;
}

} // namespace

class TstGuiSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    void firstRunAsksThenNextStartRestoresWithoutAsking();
    void sandboxFromTheDialogNeedsNoAccount();
    void switchingBrandShowsOnlyTheNewBrand();
    void revokedTokenHoldsTheActionUntilSignedInAgain();
    void signingOutDetachesAndAsks();
    void leavingAProfileWithHeldActionsAsksFirst();
    void canaryTokenAndKeyAppearNowhere();
    void nobus_keychainMissingIsSaidPlainly();

private:
    void startConsole(app::ConsoleStart start = {});
    app::SignInDialog *waitForSignInDialog();
    // Types domain, key (and the sandbox's address) into the dialog and presses Enter.
    void signInByKeys(SandboxFixture &sandbox, bool rememberKey = false);
    void waitSignedIn();
    static void shoot(QWidget *widget, const QString &name);

    QTemporaryDir m_dir;
    QString m_settingsFile;
    std::unique_ptr<SandboxFixture> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Console> m_console;
};

void TstGuiSession::initTestCase()
{
    QVERIFY(m_dir.isValid());
    g_previousHandler = qInstallMessageHandler(captureMessage);
}

void TstGuiSession::init()
{
    m_settingsFile =
        m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + QStringLiteral(".ini"));
    m_sandbox = std::make_unique<SandboxFixture>(
        sandboxConfig(QStringLiteral("alpha.popsell.test"), 1, QStringLiteral("alpha-brand-key")));
    const QString error = m_sandbox->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
}

void TstGuiSession::cleanup()
{
    m_console.reset();
    m_settings.reset();
    m_sandbox.reset();
}

void TstGuiSession::startConsole(app::ConsoleStart start)
{
    m_console.reset();
    m_settings = std::make_unique<QSettings>(m_settingsFile, QSettings::IniFormat);
    m_console = std::make_unique<app::Console>(*m_settings, m_dir.path());
    m_console->window().resize(1100, 700);
    m_console->start(start);
    QVERIFY(QTest::qWaitForWindowExposed(&m_console->window()));
}

app::SignInDialog *TstGuiSession::waitForSignInDialog()
{
    if (!QTest::qWaitFor(
            [this] {
                return m_console->signInDialog() && m_console->signInDialog()->isVisible() &&
                       m_console->signInDialog()->isActiveWindow();
            },
            kWaitMs))
        return nullptr;
    return m_console->signInDialog();
}

void TstGuiSession::signInByKeys(SandboxFixture &sandbox, bool rememberKey)
{
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    auto *domain = dialog->findChild<QLineEdit *>(QStringLiteral("domainEdit"));
    auto *key = dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit"));
    auto *address = dialog->findChild<QLineEdit *>(QStringLiteral("baseUrlEdit"));
    QVERIFY(domain && key && address);
    // The dialog may be pre-filled with the profile in use: Alt+D selects the domain.
    if (domain->text() != sandbox.config().domain) {
        press(Qt::Key_D, Qt::AltModifier);
        QCOMPARE(QApplication::focusWidget(), domain);
        type(sandbox.config().domain);
        press(Qt::Key_Tab);
    } else if (QApplication::focusWidget() == domain) {
        press(Qt::Key_Tab);
    }
    QCOMPARE(QApplication::focusWidget(), key);
    type(sandbox.config().apiKey);
    // What a screenshot or a shared screen would show of the key: nothing readable.
    QVERIFY(!key->displayText().contains(sandbox.config().apiKey));
    press(Qt::Key_Tab); // brand: the domain's
    press(Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), address);
    type(sandbox.baseUrl()); // a loopback sandbox, not https://<domain>/api/v2
    if (rememberKey) {
        press(Qt::Key_Tab);
        press(Qt::Key_Space);
    }
    shoot(dialog, QStringLiteral("sign-in"));
    press(Qt::Key_Return);
}

void TstGuiSession::waitSignedIn()
{
    if (app::SignInDialog *dialog = m_console->signInDialog())
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->backend().session().state() == Session::State::SignedIn,
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->inbox().rowCount() > 5, kWaitMs);
}

void TstGuiSession::shoot(QWidget *widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("POPSELL_GUI_SHOTS");
    if (!dir.isEmpty())
        widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
}

// ---------------------------------------------------------------------------------------

void TstGuiSession::firstRunAsksThenNextStartRestoresWithoutAsking()
{
    startConsole();
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QVERIFY(statusText(m_console->window()).contains(QStringLiteral("Signed out")));
    signInByKeys(*m_sandbox);
    waitSignedIn();
    QTRY_VERIFY(!dialog->isVisible());

    // Which brand was reached, in the title and the status bar.
    const std::optional<Profile> profile = m_console->backend().session().profile();
    QVERIFY(profile && !profile->brandName.isEmpty());
    QCOMPARE(profile->brandId, m_sandbox->brandId());
    QVERIFY(m_console->window().windowTitle().contains(profile->brandName));
    QVERIFY(statusText(m_console->window()).contains(profile->brandName));
    shoot(&m_console->window(), QStringLiteral("signed-in"));

    // The next start: no dialog, the same profile, the inbox loads.
    startConsole();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->inbox().rowCount() > 5, kWaitMs);
    QVERIFY(!m_console->signInDialog());
    QCOMPARE(m_console->backend().session().profile()->id, profile->id);
}

void TstGuiSession::sandboxFromTheDialogNeedsNoAccount()
{
    startConsole();
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    press(Qt::Key_O, Qt::AltModifier); // "&Open the sandbox"
    waitSignedIn();
    QVERIFY(m_console->backend().isSandbox());
    QVERIFY(m_console->window().windowTitle().contains(QStringLiteral("Sandbox")));
    QTRY_VERIFY(!dialog->isVisible());

    startConsole(); // the sandbox is the last profile: reopened without asking
    QTRY_VERIFY_WITH_TIMEOUT(m_console->inbox().rowCount() > 5, kWaitMs);
    QVERIFY(m_console->backend().isSandbox());
    QVERIFY(!m_console->signInDialog());
}

void TstGuiSession::switchingBrandShowsOnlyTheNewBrand()
{
    // The first brand answers slowly: its late pages must never land in the second's inbox.
    sandbox::SandboxConfig slowConfig =
        sandboxConfig(QStringLiteral("slow.popsell.test"), 3, QStringLiteral("slow-brand-key"));
    slowConfig.latencyMs = 400;
    SandboxFixture slow(slowConfig);
    QVERIFY(slow.start().isEmpty());

    startConsole();
    signInByKeys(slow);
    waitSignedIn();
    const QString slowProfile = m_console->backend().session().profile()->id;

    // The second brand, signed in from the Session menu.
    press(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    signInByKeys(*m_sandbox);
    waitSignedIn();
    const QHash<qint64, domain::Chatroom> expected = roomsOf(*m_sandbox);
    const QHash<qint64, domain::Chatroom> slowRooms = roomsOf(slow);
    QVERIFY(!expected.isEmpty());
    QCOMPARE(m_console->backend().client().config().domain, m_sandbox->config().domain);

    // Back to the slow brand by its shortcut (profiles are numbered, last used first), and at
    // once to the fast one again while the slow one is still answering.
    const QList<QAction *> entries = m_console->sessionActions().profileActions();
    QCOMPARE(entries.size(), 2);
    QCOMPARE(entries.at(1)->shortcut(), QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_2));
    press(Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->backend().session().profile()->id, slowProfile, kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->inbox().isLoading(), kWaitMs);
    press(Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    waitSignedIn();
    QTest::qWait(1500); // the slow brand's answers would have arrived by now
    QCOMPARE(m_console->backend().client().config().domain, m_sandbox->config().domain);
    // Row by row, the fast brand's rooms exactly as its own API lists them.
    const models::ChatroomInboxModel &inbox = m_console->inbox();
    QVERIFY(inbox.rowCount() > 5);
    for (int row = 0; row < inbox.rowCount(); ++row) {
        const domain::Chatroom &shown = *inbox.chatroomAt(row);
        QVERIFY(expected.contains(shown.id));
        QCOMPARE(shown, expected.value(shown.id));
        QVERIFY(shown != slowRooms.value(shown.id)); // the test can tell the brands apart
    }
    QVERIFY(!m_console->window().currentChatroom());
}

void TstGuiSession::revokedTokenHoldsTheActionUntilSignedInAgain()
{
    startConsole();
    signInByKeys(*m_sandbox);
    waitSignedIn();
    app::MainWindow &window = m_console->window();
    QTRY_VERIFY(window.isActiveWindow());
    window.inboxView()->setFocus();
    press(Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentChatroom().has_value(), kWaitMs);
    const qint64 roomId = window.currentChatroom()->id;

    // An administrator revokes the console's token.
    std::optional<QByteArray> token;
    QObject context;
    m_console->backend().secrets().readToken(
        m_console->backend().session().profile()->id, &context,
        [&token](const auth::SecretResult &, const QByteArray &secret) { token = secret; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value() && !token->isEmpty(), kWaitMs);
    testing::RequestOptions revoke;
    revoke.tokenOverride = QString::fromLatin1(*token);
    revoke.domainHeader = true;
    revoke.brandHeader = false;
    QCOMPARE(m_sandbox->post(QStringLiteral("/auth/logout"), {}, revoke).status, 200);

    // Set the established dialogue (Ctrl+D): held, said in the status bar, sign-in asked.
    window.inboxView()->setFocus();
    press(Qt::Key_D, Qt::ControlModifier);
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QCOMPARE(m_console->backend().session().state(), Session::State::NeedsSignIn);
    QTRY_VERIFY(statusText(window).contains(QStringLiteral("held until you sign in again")));
    auto *domain = dialog->findChild<QLineEdit *>(QStringLiteral("domainEdit"));
    QCOMPARE(domain->text(), m_sandbox->config().domain); // pre-filled for the same profile
    shoot(dialog, QStringLiteral("sign-in-again"));
    const auto established = [&] {
        QJsonObject room =
            m_sandbox->get(QStringLiteral("/chat/chatrooms/%1").arg(roomId)).object();
        if (room.value(QStringLiteral("data")).isObject())
            room = room.value(QStringLiteral("data")).toObject();
        return room.value(QStringLiteral("established_dialogue"));
    };
    const QJsonValue before = established();
    QVERIFY(!before.isUndefined());

    // The key again (the address is kept), Enter: the held action goes, once.
    QCOMPARE(QApplication::focusWidget(),
             dialog->findChild<QLineEdit *>(QStringLiteral("apiKeyEdit")));
    type(m_sandbox->config().apiKey);
    press(Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->backend().session().state() == Session::State::SignedIn,
                             kWaitMs);
    QTRY_VERIFY_WITH_TIMEOUT(established() != before, kWaitMs);
    QTRY_VERIFY(!statusText(window).contains(QStringLiteral("held")));
    QCOMPARE(m_console->backend().client().heldCount(), 0);
    QCOMPARE(window.currentChatroom()->id, roomId); // the same room is still open
}

void TstGuiSession::signingOutDetachesAndAsks()
{
    startConsole();
    signInByKeys(*m_sandbox, true);
    waitSignedIn();
    const QString profile = m_console->backend().session().profile()->id;
    QAction *signOut = m_console->actions().registry().action(QStringLiteral("session.signOut"));
    QVERIFY(signOut && signOut->isEnabled());
    signOut->trigger();
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QCOMPARE(m_console->backend().session().state(), Session::State::SignedOut);
    QVERIFY(m_console->inbox().rowCount() == 0);
    QVERIFY(statusText(m_console->window()).contains(QStringLiteral("Signed out")));
    QVERIFY(!signOut->isEnabled());
    // The next start asks again: nothing of the profile's secrets is left.
    startConsole();
    QVERIFY(waitForSignInDialog());
    QVERIFY(m_console->backend().session().profile() == std::nullopt);
    std::optional<auth::SecretResult::Status> status;
    QObject context;
    m_console->backend().secrets().readApiKey(
        profile, &context, [&status](const auth::SecretResult &result, const QByteArray &) {
            status = result.status;
        });
    QTRY_VERIFY_WITH_TIMEOUT(status.has_value(), kWaitMs);
    QCOMPARE(*status, auth::SecretResult::Status::NotFound);
}

void TstGuiSession::leavingAProfileWithHeldActionsAsksFirst()
{
    sandbox::SandboxConfig otherConfig =
        sandboxConfig(QStringLiteral("beta.popsell.test"), 9, QStringLiteral("beta-brand-key"));
    SandboxFixture other(otherConfig);
    QVERIFY(other.start().isEmpty());
    startConsole();
    signInByKeys(other);
    waitSignedIn();
    press(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    signInByKeys(*m_sandbox);
    waitSignedIn();
    app::MainWindow &window = m_console->window();
    window.inboxView()->setFocus();
    press(Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentChatroom().has_value(), kWaitMs);
    const qint64 roomId = window.currentChatroom()->id;

    // The token dies; the moderator's Ctrl+D is held; the sign-in dialog is dismissed.
    std::optional<QByteArray> token;
    QObject context;
    m_console->backend().secrets().readToken(
        m_console->backend().session().profile()->id, &context,
        [&token](const auth::SecretResult &, const QByteArray &secret) { token = secret; });
    QTRY_VERIFY_WITH_TIMEOUT(token.has_value() && !token->isEmpty(), kWaitMs);
    testing::RequestOptions revoke;
    revoke.tokenOverride = QString::fromLatin1(*token);
    revoke.domainHeader = true;
    revoke.brandHeader = false;
    QCOMPARE(m_sandbox->post(QStringLiteral("/auth/logout"), {}, revoke).status, 200);
    const auto roomAt = [roomId](SandboxFixture &sandbox) {
        return sandbox.get(QStringLiteral("/chat/chatrooms/%1").arg(roomId)).object();
    };
    const QJsonObject roomBefore = roomAt(*m_sandbox);
    const QJsonObject otherRoomBefore = roomAt(other);
    press(Qt::Key_D, Qt::ControlModifier);
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QLabel *>(QStringLiteral("reasonLabel"))
                ->text()
                .contains(QStringLiteral("drops the other requests")));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!dialog->isVisible());
    QTRY_COMPARE_WITH_TIMEOUT(m_console->backend().client().heldCount(), 1, kWaitMs);

    // Switching to the other profile asks first; Escape keeps everything as it was.
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    window.inboxView()->setFocus();
    const auto box = [&] {
        return window.findChild<QMessageBox *>(QStringLiteral("discardHeldBox"));
    };
    press(Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(box() && box()->isActiveWindow());
    shoot(box(), QStringLiteral("discard-held"));
    press(Qt::Key_Escape);
    QTRY_VERIFY(!box());
    QCOMPARE(m_console->backend().session().profile()->domain, m_sandbox->config().domain);
    QCOMPARE(m_console->backend().client().heldCount(), 1);

    // Asked again and confirmed: the other profile, and the held action never went anywhere.
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    window.inboxView()->setFocus();
    press(Qt::Key_2, Qt::ControlModifier | Qt::AltModifier);
    QTRY_VERIFY(box() && box()->isActiveWindow());
    press(Qt::Key_D, Qt::AltModifier); // "&Drop and switch"
    QTRY_COMPARE_WITH_TIMEOUT(m_console->backend().session().profile()->domain,
                              other.config().domain, kWaitMs);
    waitSignedIn();
    QCOMPARE(m_console->backend().client().heldCount(), 0);
    QTest::qWait(300);
    QCOMPARE(roomAt(*m_sandbox), roomBefore);
    QCOMPARE(roomAt(other), otherRoomBefore);
}

void TstGuiSession::canaryTokenAndKeyAppearNowhere()
{
    // A key nobody could mistake, every log category at debug level.
    const QString canaryKey =
        QStringLiteral("CANARY-KEY-%1").arg(QRandomGenerator::system()->generate64(), 0, 16);
    m_sandbox = std::make_unique<SandboxFixture>(
        sandboxConfig(QStringLiteral("canary.popsell.test"), 5, canaryKey));
    QVERIFY(m_sandbox->start().isEmpty());
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.*.debug=false"));
    {
        QMutexLocker lock(&g_logMutex);
        g_log.clear();
    }
    QStringList secrets{canaryKey};
    const auto rememberToken = [&] {
        std::optional<QByteArray> token;
        QObject context;
        m_console->backend().secrets().readToken(
            m_console->backend().session().profile()->id, &context,
            [&token](const auth::SecretResult &, const QByteArray &secret) { token = secret; });
        (void)QTest::qWaitFor([&] { return token.has_value(); }, kWaitMs);
        if (token && !token->isEmpty())
            secrets << QString::fromLatin1(*token);
        return token.value_or(QByteArray());
    };

    // Sign in remembering the key, act, lose the token, come back silently, act, restart,
    // sign out.
    startConsole();
    signInByKeys(*m_sandbox, true);
    waitSignedIn();
    const QByteArray first = rememberToken();
    QVERIFY(!first.isEmpty());
    m_console->window().inboxView()->setFocus();
    press(Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window().currentChatroom().has_value(), kWaitMs);
    press(Qt::Key_D, Qt::ControlModifier);
    testing::RequestOptions revoke;
    revoke.tokenOverride = QString::fromLatin1(first);
    revoke.domainHeader = true;
    revoke.brandHeader = false;
    QTest::qWait(500);
    QCOMPARE(m_sandbox->post(QStringLiteral("/auth/logout"), {}, revoke).status, 200);
    press(Qt::Key_D, Qt::ControlModifier | Qt::ShiftModifier);
    QTRY_VERIFY_WITH_TIMEOUT(
        !rememberToken().isEmpty() && secrets.last() != QString::fromLatin1(first), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(m_console->backend().session().state(), Session::State::SignedIn,
                              kWaitMs);
    shoot(&m_console->window(), QStringLiteral("canary"));
    startConsole();
    waitSignedIn();
    m_console->actions().registry().action(QStringLiteral("session.signOut"))->trigger();
    QVERIFY(waitForSignInDialog());
    m_console.reset();
    m_settings.reset();
    QLoggingCategory::setFilterRules({});

    // Every file written under the (throwaway) home and the settings directory.
    QStringList roots{m_dir.path(), QDir::homePath()};
    const QString xdgCache = qEnvironmentVariable("XDG_CACHE_HOME");
    if (!xdgCache.isEmpty())
        roots << xdgCache;
    int files = 0;
    for (const QString &root : roots) {
        QDirIterator it(root, QDir::Files | QDir::Hidden | QDir::System,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            if (!file.open(QIODevice::ReadOnly))
                continue;
            ++files;
            const QByteArray content = file.readAll();
            for (const QString &secret : std::as_const(secrets))
                QVERIFY2(!content.contains(secret.toUtf8()),
                         qPrintable(QStringLiteral("a secret in %1").arg(file.fileName())));
        }
    }
    QVERIFY(files > 0);
    QMutexLocker lock(&g_logMutex);
    QVERIFY(g_log.size() > 10); // the debug categories did speak
    for (const QString &line : std::as_const(g_log)) {
        for (const QString &secret : std::as_const(secrets))
            QVERIFY2(!line.contains(secret), "a secret in the log output");
    }
    QVERIFY(secrets.size() >= 3); // the key and at least two tokens were looked for
}

void TstGuiSession::nobus_keychainMissingIsSaidPlainly()
{
    // No session bus: no keychain. The console says so, signs in for this session only,
    // and the next start asks again.
    startConsole();
    signInByKeys(*m_sandbox, true);
    waitSignedIn();
    QTRY_VERIFY_WITH_TIMEOUT(m_console->backend().secrets().isSessionOnly(), kWaitMs);
    auto *notice = m_console->window().findChild<QLabel *>(QStringLiteral("keychainLabel"));
    QVERIFY(notice && notice->isVisible());
    QVERIFY(notice->toolTip().contains(QStringLiteral("nothing is saved in plain text")));
    press(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
    app::SignInDialog *dialog = waitForSignInDialog();
    QVERIFY(dialog);
    auto *dialogNotice = dialog->findChild<QLabel *>(QStringLiteral("keychainNotice"));
    QVERIFY(dialogNotice->isVisible());
    auto *remember = dialog->findChild<QCheckBox *>(QStringLiteral("rememberKey"));
    QVERIFY(!remember->isEnabled() && !remember->isChecked());
    shoot(dialog, QStringLiteral("sign-in-no-keychain"));
    press(Qt::Key_Escape);

    startConsole();
    QVERIFY(waitForSignInDialog());
    QFile settings(m_settingsFile);
    QVERIFY(settings.open(QIODevice::ReadOnly));
    QVERIFY(!settings.readAll().contains(m_sandbox->config().apiKey.toUtf8()));
}

QTEST_MAIN(TstGuiSession)
#include "tst_gui_session.moc"
