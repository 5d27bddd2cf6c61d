#include "app/console.h"

#include "app/actions/actionregistry.h"
#include "app/actions/moderatoractions.h"
#include "app/actions/sessionactions.h"
#include "app/appsettings.h"
#include "app/consolebackend.h"
#include "app/dialogs/settingsdialog.h"
#include "app/dialogs/signindialog.h"
#include "app/mainwindow.h"
#include "app/outbox/actionsender.h"
#include "app/outbox/outboxbridge.h"
#include "app/outbox/outboxstatus.h"
#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/auth/profilestore.h"
#include "core/auth/secretstore.h"
#include "core/auth/session.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

#include <chrono>
#include <utility>

namespace popsell::app {

using auth::Profile;
using auth::Session;

namespace {

// Calls `done` once, from the event loop, after the first paint of `widget` (the paint and its
// flush are over by then).
class AfterFirstPaint : public QObject
{
public:
    AfterFirstPaint(QWidget &widget, std::function<void()> done)
        : QObject(&widget)
        , m_done(std::move(done))
    {
        widget.installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint) {
            watched->removeEventFilter(this);
            QMetaObject::invokeMethod(
                this,
                [this] {
                    deleteLater();
                    m_done();
                },
                Qt::QueuedConnection);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
};

// A window that is never painted (started minimised, on a hidden workspace) still starts.
constexpr std::chrono::milliseconds kStartWithoutPaint{1000};

} // namespace

struct Console::Private
{
    Private(Console &q, QSettings &settings, const QString &dataDirectory)
        : q(q)
        , backend(settings, dataDirectory.isEmpty()
                                ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                                : dataDirectory)
        , inbox(backend.api())
        , messages(backend.api())
        , window(inbox, messages)
        , settings(settings)
    {}

    void wireSession();
    void showStarting(const ConsoleStart &start);
    void begin();
    void makeActions();
    void startSession(const ConsoleStart &start);
    void showProfile(const Profile &profile);
    void forgetShownData();
    void updateHeld();
    QString keychainNotice() const;

    Console &q;
    ConsoleBackend backend;
    models::ChatroomInboxModel inbox;
    models::MessageListModel messages;
    MainWindow window;
    // Made once the window has painted (begin()), in this order.
    std::unique_ptr<ActionSender> sender;
    std::unique_ptr<ModeratorActions> actions;
    std::unique_ptr<OutboxBridge> bridge;
    std::unique_ptr<SessionActions> sessionActions;
    std::unique_ptr<OutboxStatus> outboxStatus;
    QSettings &settings;
    QPointer<SettingsDialog> settingsDialog;
    QTimer refreshTimer;

    // What start() asked for, until begin() runs it.
    std::optional<ConsoleStart> pendingStart;
    std::function<bool()> check;
    QTimer beginTimer;
    bool started = false;

    void applyTheme();
    // The palette the platform gave before any appearance was chosen: "as the system".
    const QPalette platformPalette = QApplication::palette();
    bool themed = false;
    void applyRefreshInterval();
    void showSettings();
    QPointer<SignInDialog> signInDialog;
};

Console::Console(QSettings &settings, const QString &dataDirectory, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(*this, settings, dataDirectory))
{
    d->applyTheme();
    connect(&d->refreshTimer, &QTimer::timeout, this, [this] {
        // Only a signed-in inbox refreshes; the open room and the selection stay.
        if (d->backend.session().state() == Session::State::SignedIn)
            d->inbox.reload();
    });
    d->applyRefreshInterval();
    d->wireSession();
    d->beginTimer.setSingleShot(true);
    connect(&d->beginTimer, &QTimer::timeout, this, [this] { d->begin(); });
}

void Console::Private::makeActions()
{
    sender = std::make_unique<ActionSender>(backend.outbox());
    actions = std::make_unique<ModeratorActions>(window, backend.api(), *sender, inbox, messages,
                                                 settings);
    bridge = std::make_unique<OutboxBridge>(backend.outbox(), *sender, inbox, messages);
    // An action of a room was sent: its inbox row learns the room's new state.
    QObject::connect(bridge.get(), &OutboxBridge::roomTouched, &q, [this](qint64 room) {
        backend.api().chatroom(room, &q, [this](api::Result<domain::Chatroom> fresh) {
            if (fresh)
                inbox.upsert(fresh.value());
        });
    });
    sessionActions = std::make_unique<SessionActions>(
        actions->registry(), *window.sessionMenu(), backend.session(), backend.profiles(),
        backend.client(), [this] { q.showSignIn(backend.session().profile()); });
    outboxStatus = std::make_unique<OutboxStatus>(
        backend.outbox(), backend.client(), *window.statusBar(),
        [this](const outbox::OutboxAction &action) { return actions->editRefused(action); });
    QAction *pending =
        actions->registry().add(QStringLiteral("outbox.showPending"), tr("&Pending actions…"),
                                tr("Navigation"), {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    pending->setToolTip(tr("Actions not sent yet: retry, correct or discard them."));
    window.viewMenu()->addAction(pending);
    QObject::connect(pending, &QAction::triggered, &q, [this] { outboxStatus->showPending(); });

    QAction *preferences =
        actions->registry().add(QStringLiteral("view.settings"), tr("&Settings…"), tr("Navigation"),
                                {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    window.viewMenu()->addAction(preferences);
    QObject::connect(preferences, &QAction::triggered, &q, [this] { showSettings(); });
}

void Console::Private::applyTheme()
{
    const appsettings::Theme theme = appsettings::theme(settings);
    if (theme == appsettings::Theme::System && !themed)
        return; // the platform's palette (a desktop's own colours) stays untouched
    QApplication::setPalette(appsettings::palette(theme, platformPalette));
    themed = theme != appsettings::Theme::System;
}

void Console::Private::applyRefreshInterval()
{
    const int minutes = appsettings::refreshMinutes(settings);
    if (minutes == 0) {
        refreshTimer.stop();
        return;
    }
    refreshTimer.start(std::chrono::minutes(minutes));
}

void Console::Private::showSettings()
{
    if (!settingsDialog) {
        settingsDialog = new SettingsDialog(
            settings, *actions->registry().action(QStringLiteral("chatroom.markReadOnOpen")),
            *actions->registry().action(QStringLiteral("help.shortcuts")), &window);
        QObject::connect(settingsDialog, &SettingsDialog::themeChanged, &q,
                         [this] { applyTheme(); });
        QObject::connect(settingsDialog, &SettingsDialog::refreshIntervalChanged, &q,
                         [this] { applyRefreshInterval(); });
    }
    settingsDialog->show();
    settingsDialog->raise();
    settingsDialog->activateWindow();
}

Console::~Console()
{
    // Dialogs are children of the window; the session's callbacks must not reach them late.
    delete d->signInDialog;
}

void Console::Private::wireSession()
{
    Session &session = backend.session();
    QObject::connect(&session, &Session::profileActivated, &q, [this](const Profile &profile) {
        forgetShownData();
        showProfile(profile);
        window.setServerUrl(backend.baseUrl());
        window.setSigningIn();
    });
    QObject::connect(&session, &Session::signedIn, &q, [this](const Profile &profile) {
        showProfile(profile); // the brand's name may be new
        window.setSignedIn();
        updateHeld();
        if (signInDialog && signInDialog->isVisible()) {
            signInDialog->signedIn();
            // Back to work where the day starts: the inbox, under the keyboard.
            window.activateWindow();
            window.inboxView()->setFocus(Qt::OtherFocusReason);
        }
    });
    QObject::connect(&session, &Session::stateChanged, &q, [this] { updateHeld(); });
    QObject::connect(&backend.client(), &api::ApiClient::heldCountChanged, &q,
                     [this] { updateHeld(); });
    QObject::connect(&session, &Session::signInRequired, &q,
                     [this](const std::optional<Profile> &profile, const QString &reason) {
                         if (!backend.session().profile())
                             window.setSignedOut();
                         q.showSignIn(profile, reason);
                     });
    QObject::connect(&session, &Session::signInFailed, &q,
                     [this](const QString &message, const QString &field) {
                         if (signInDialog && signInDialog->isBusy()) {
                             signInDialog->showFailure(message, field);
                             return;
                         }
                         window.setSignInFailed(message);
                         Q_EMIT q.directSignInFailed(message);
                     });
    QObject::connect(&session, &Session::signedOut, &q, [this] {
        forgetShownData();
        window.setSignedOut();
        q.showSignIn(std::nullopt, tr("You are signed out. Sign in again, to this or another "
                                      "profile, or open the sandbox."));
    });
    QObject::connect(&backend.secrets(), &auth::SecretStore::sessionOnlyChanged, &q, [this] {
        const QString notice = keychainNotice();
        window.setKeychainNotice(notice);
        if (signInDialog)
            signInDialog->setKeychainNotice(notice);
    });
}

void Console::Private::showProfile(const Profile &profile)
{
    window.setSandboxMode(profile.sandbox);
    // The sandbox has its own badge; a name beside it would say the same twice.
    window.setProfileName(profile.sandbox ? QString() : profile.displayName());
}

QString Console::Private::keychainNotice() const
{
    const auth::SecretStore &secrets = backend.secrets();
    if (!secrets.isSessionOnly())
        return {};
    // The store's reason already names the keychain and what went wrong.
    return secrets.unavailableReason() + u' ' +
           tr("You stay signed in for this session only and will be asked again at the next "
              "start; nothing is saved in plain text.");
}

void Console::Private::forgetShownData()
{
    // Dialogs first: a draft addressed to a room of the previous brand must not be sent
    // under the next one.
    if (actions)
        actions->forgetProfileData();
    window.forgetProfileData();
    messages.setChatroom(0);
    inbox.clear();
}

void Console::Private::updateHeld()
{
    const Session::State state = backend.session().state();
    const bool held = state == Session::State::Suspended || state == Session::State::NeedsSignIn;
    window.setHeldActions(held ? backend.client().heldCount() : 0,
                          state == Session::State::NeedsSignIn);
}

void Console::start(const ConsoleStart &start, std::function<bool()> check)
{
    d->window.setSignedOut();
    d->showStarting(start);
    d->pendingStart = start;
    d->check = std::move(check);
    new AfterFirstPaint(d->window, [this] { d->begin(); });
    d->beginTimer.start(kStartWithoutPaint);
    d->window.show();
}

// What the session will show at once when it starts, so that the first frame already says it.
void Console::Private::showStarting(const ConsoleStart &start)
{
    switch (start.mode) {
    case ConsoleStart::Mode::LastProfile: {
        const QString id = backend.profiles().lastUsedId();
        const std::optional<Profile> last =
            id.isEmpty() ? std::nullopt : backend.profiles().profile(id);
        if (!last)
            return; // the sign-in dialog comes
        showProfile(*last);
        // The sandbox's address is known once it runs.
        if (!last->sandbox)
            window.setServerUrl(Session::directConnection(*last).config.baseUrl);
        window.setSigningIn();
        break;
    }
    case ConsoleStart::Mode::Sandbox:
        window.setSigningIn();
        break;
    case ConsoleStart::Mode::Direct:
        window.setServerUrl(start.profile.baseUrl);
        window.setSigningIn();
        break;
    }
}

void Console::Private::begin()
{
    if (!pendingStart)
        return; // already begun (painted after the timer ran, or the other way round)
    beginTimer.stop();
    const ConsoleStart start = *std::exchange(pendingStart, std::nullopt);
    if (check && !check())
        return;
    backend.openOutbox();
    makeActions();
    started = true;
    Q_EMIT q.started();
    startSession(start);
}

void Console::Private::startSession(const ConsoleStart &start)
{
    Session &session = backend.session();
    switch (start.mode) {
    case ConsoleStart::Mode::LastProfile:
        session.restoreLastProfile();
        break;
    case ConsoleStart::Mode::Sandbox:
        session.openSandbox();
        break;
    case ConsoleStart::Mode::Direct:
        session.signIn(start.profile, start.apiKey);
        break;
    }
}

bool Console::isStarted() const
{
    return d->started;
}

void Console::showSignIn(const std::optional<Profile> &profile, const QString &reason)
{
    if (!d->signInDialog) {
        d->signInDialog = new SignInDialog(&d->window);
        Session &session = d->backend.session();
        connect(d->signInDialog, &SignInDialog::signInRequested, &session, &Session::signIn);
        connect(d->signInDialog, &SignInDialog::sandboxRequested, &session, &Session::openSandbox);
        connect(d->signInDialog, &SignInDialog::canceled, &session, &Session::cancelSignIn);
    }
    QString why = reason;
    const int held = d->backend.client().heldCount();
    const std::optional<Profile> active = d->backend.session().profile();
    if (held > 0 && active) {
        why += u'\n' + tr("%n held request(s) go once you sign in again to %1. Signing in to "
                          "another profile keeps the pending actions for %1 and drops the "
                          "other requests.",
                          nullptr, held)
                           .arg(active->displayName());
    }
    if (!d->signInDialog->isBusy())
        d->signInDialog->prefill(profile, why.trimmed());
    // After prefill: without a keychain, "remember" is off whatever the profile said.
    d->signInDialog->setKeychainNotice(d->keychainNotice());
    d->signInDialog->show();
    d->signInDialog->raise();
    d->signInDialog->activateWindow();
}

ConsoleBackend &Console::backend() const
{
    return d->backend;
}

MainWindow &Console::window() const
{
    return d->window;
}

models::ChatroomInboxModel &Console::inbox() const
{
    return d->inbox;
}

models::MessageListModel &Console::messages() const
{
    return d->messages;
}

ModeratorActions &Console::actions() const
{
    Q_ASSERT(d->actions);
    return *d->actions;
}

SessionActions &Console::sessionActions() const
{
    Q_ASSERT(d->sessionActions);
    return *d->sessionActions;
}

ActionSender &Console::sender() const
{
    Q_ASSERT(d->sender);
    return *d->sender;
}

OutboxStatus &Console::outboxStatus() const
{
    Q_ASSERT(d->outboxStatus);
    return *d->outboxStatus;
}

SignInDialog *Console::signInDialog() const
{
    return d->signInDialog;
}

} // namespace popsell::app
