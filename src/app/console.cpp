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
#include <QMenu>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

namespace popsell::app {

using auth::Profile;
using auth::Session;

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
        , sender(backend.outbox())
        , actions(window, backend.api(), sender, inbox, messages, settings)
        , bridge(backend.outbox(), sender, inbox, messages)
        , settings(settings)
    {}

    void wireSession();
    void showProfile(const Profile &profile);
    void forgetShownData();
    void updateHeld();
    QString keychainNotice() const;

    Console &q;
    ConsoleBackend backend;
    models::ChatroomInboxModel inbox;
    models::MessageListModel messages;
    MainWindow window;
    ActionSender sender;
    ModeratorActions actions;
    OutboxBridge bridge;
    std::unique_ptr<SessionActions> sessionActions;
    std::unique_ptr<OutboxStatus> outboxStatus;
    QSettings &settings;
    QPointer<SettingsDialog> settingsDialog;
    QTimer refreshTimer;

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
    d->sessionActions = std::make_unique<SessionActions>(
        d->actions.registry(), *d->window.sessionMenu(), d->backend.session(),
        d->backend.profiles(), d->backend.client(),
        [this] { showSignIn(d->backend.session().profile()); });
    d->outboxStatus = std::make_unique<OutboxStatus>(
        d->backend.outbox(), d->backend.client(), *d->window.statusBar(),
        [this](const outbox::OutboxAction &action) { return d->actions.editRefused(action); });
    QAction *pending = d->actions.registry().add(QStringLiteral("outbox.showPending"),
                                                 tr("&Pending actions…"), tr("Navigation"),
                                                 {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O)});
    pending->setToolTip(tr("Actions not sent yet: retry, correct or discard them."));
    d->window.viewMenu()->addAction(pending);
    connect(pending, &QAction::triggered, this, [this] { d->outboxStatus->showPending(); });

    QAction *preferences =
        d->actions.registry().add(QStringLiteral("view.settings"), tr("&Settings…"),
                                  tr("Navigation"), {QKeySequence(Qt::CTRL | Qt::Key_Comma)});
    d->window.viewMenu()->addAction(preferences);
    connect(preferences, &QAction::triggered, this, [this] { d->showSettings(); });
    d->applyTheme();
    connect(&d->refreshTimer, &QTimer::timeout, this, [this] {
        // Only a signed-in inbox refreshes; the open room and the selection stay.
        if (d->backend.session().state() == Session::State::SignedIn)
            d->inbox.reload();
    });
    d->applyRefreshInterval();
    d->wireSession();
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
            settings, *actions.registry().action(QStringLiteral("chatroom.markReadOnOpen")),
            *actions.registry().action(QStringLiteral("help.shortcuts")), &window);
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
    // An action of a room was sent: its inbox row learns the room's new state.
    QObject::connect(&bridge, &OutboxBridge::roomTouched, &q, [this](qint64 room) {
        backend.api().chatroom(room, &q, [this](api::Result<domain::Chatroom> fresh) {
            if (fresh)
                inbox.upsert(fresh.value());
        });
    });
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
    actions.forgetProfileData();
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

void Console::start(const ConsoleStart &start)
{
    d->window.setSignedOut();
    d->window.show();
    // After show(): the skeleton paints while the keychain and the network answer.
    Session &session = d->backend.session();
    switch (start.mode) {
    case ConsoleStart::Mode::LastProfile:
        session.restoreLastProfile();
        break;
    case ConsoleStart::Mode::Sandbox:
        d->window.setSigningIn();
        session.openSandbox();
        break;
    case ConsoleStart::Mode::Direct:
        d->window.setServerUrl(start.profile.baseUrl);
        d->window.setSigningIn();
        session.signIn(start.profile, start.apiKey);
        break;
    }
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
    return d->actions;
}

SessionActions &Console::sessionActions() const
{
    return *d->sessionActions;
}

ActionSender &Console::sender() const
{
    return d->sender;
}

OutboxStatus &Console::outboxStatus() const
{
    return *d->outboxStatus;
}

SignInDialog *Console::signInDialog() const
{
    return d->signInDialog;
}

} // namespace popsell::app
