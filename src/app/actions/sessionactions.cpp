#include "app/actions/sessionactions.h"

#include "app/actions/actionregistry.h"
#include "core/api/apiclient.h"
#include "core/auth/profilestore.h"
#include "core/auth/session.h"

#include <QAction>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>

namespace popsell::app {

namespace {

constexpr int kNumberedProfiles = 9;

} // namespace

SessionActions::SessionActions(ActionRegistry &registry, QMenu &menu, auth::Session &session,
                               auth::ProfileStore &profiles, const api::ApiClient &client,
                               std::function<void()> showSignIn, QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_session(session)
    , m_profiles(profiles)
    , m_client(client)
{
    const QString category = tr("Session");
    m_signIn = registry.add(QStringLiteral("session.signIn"), tr("&Sign in…"), category,
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    m_signIn->setToolTip(tr("Sign in with a Popsell domain and a brand's API key."));
    connect(m_signIn, &QAction::triggered, this, [showSignIn] { showSignIn(); });

    m_switchMenu = m_menu.addMenu(tr("S&witch profile"));
    m_switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    connect(m_switchMenu, &QMenu::aboutToShow, this, &SessionActions::rebuildProfiles);

    m_sandbox =
        registry.add(QStringLiteral("session.openSandbox"), tr("Open the sand&box"), category, {});
    connect(m_sandbox, &QAction::triggered, &m_session, &auth::Session::openSandbox);

    m_signOut = registry.add(QStringLiteral("session.signOut"), tr("Sign &out"), category, {});
    m_signOut->setToolTip(tr("Ends the session at Popsell and forgets this profile's token, "
                             "saved key and cached data."));
    connect(m_signOut, &QAction::triggered, &m_session, &auth::Session::signOut);

    m_menu.insertAction(m_switchMenu->menuAction(), m_signIn);
    m_menu.addAction(m_sandbox);
    m_menu.addSeparator();
    m_menu.addAction(m_signOut);

    connect(&m_session, &auth::Session::stateChanged, this, &SessionActions::updateEnabled);
    rebuildProfiles();
    updateEnabled();
}

SessionActions::~SessionActions() = default;

QList<QAction *> SessionActions::profileActions() const
{
    return m_switchMenu->actions();
}

void SessionActions::rebuildProfiles()
{
    m_switchMenu->clear();
    const std::optional<auth::Profile> active = m_session.profile();
    const QList<auth::Profile> saved = m_profiles.profiles();
    int number = 0;
    for (const auth::Profile &profile : saved) {
        QAction *action = m_switchMenu->addAction(profile.displayName());
        action->setCheckable(true);
        action->setChecked(active && active->id == profile.id);
        if (++number <= kNumberedProfiles)
            action->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key(Qt::Key_0 + number)));
        connect(action, &QAction::triggered, this, [this, profile] { switchTo(profile); });
    }
    if (saved.isEmpty())
        m_switchMenu->addAction(tr("No saved profile yet"))->setEnabled(false);
}

void SessionActions::switchTo(const auth::Profile &profile)
{
    const std::optional<auth::Profile> current = m_session.profile();
    if (current && current->id == profile.id &&
        m_session.state() != auth::Session::State::SignedOut)
        return;
    const int held = m_client.heldCount();
    if (held == 0 || !current) {
        m_session.switchTo(profile);
        return;
    }
    // Held requests belong to the profile that made them. Outbox actions wait for its next
    // sign-in; the rest (flags, archives, hidden messages, reads) are dropped by leaving, so
    // the moderator says so first. open(), not exec(): no nested event loop.
    auto *box = new QMessageBox(QMessageBox::Warning, tr("Switch profile"),
                                tr("%n request(s) of %1 are held until you sign in again. "
                                   "Switching to %2 keeps its pending actions for later and "
                                   "drops the other requests.",
                                   nullptr, held)
                                    .arg(current->displayName(), profile.displayName()),
                                QMessageBox::Cancel, m_menu.window());
    box->setObjectName(QStringLiteral("discardHeldBox"));
    QPushButton *discard = box->addButton(tr("&Drop and switch"), QMessageBox::DestructiveRole);
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, discard, profile] {
        if (box->clickedButton() == discard)
            m_session.switchTo(profile);
    });
    box->open();
}

void SessionActions::updateEnabled()
{
    m_signOut->setEnabled(m_session.state() != auth::Session::State::SignedOut);
    rebuildProfiles();
}

} // namespace popsell::app
