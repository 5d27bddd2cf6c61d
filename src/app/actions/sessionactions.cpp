#include "app/actions/sessionactions.h"

#include "app/actions/actionregistry.h"
#include "core/auth/profilestore.h"
#include "core/auth/session.h"

#include <QAction>
#include <QMenu>

namespace popsell::app {

namespace {

constexpr int kNumberedProfiles = 9;

} // namespace

SessionActions::SessionActions(ActionRegistry &registry, QMenu &menu, auth::Session &session,
                               auth::ProfileStore &profiles, std::function<void()> showSignIn,
                               QObject *parent)
    : QObject(parent)
    , m_menu(menu)
    , m_session(session)
    , m_profiles(profiles)
{
    const QString category = tr("Session");
    m_signIn = registry.add(QStringLiteral("session.signIn"), tr("&Sign in…"), category,
                            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_I)});
    m_signIn->setToolTip(tr("Sign in with a Popsell domain and a brand's API key."));
    connect(m_signIn, &QAction::triggered, this, [showSignIn] { showSignIn(); });

    m_switchMenu = m_menu.addMenu(tr("S&witch profile"));
    m_switchMenu->setObjectName(QStringLiteral("switchProfileMenu"));
    connect(m_switchMenu, &QMenu::aboutToShow, this, &SessionActions::rebuildProfiles);

    m_sandbox = registry.add(QStringLiteral("session.openSandbox"), tr("Open the sand&box"),
                             category, {});
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
        connect(action, &QAction::triggered, this, [this, profile] {
            const std::optional<auth::Profile> current = m_session.profile();
            if (!current || current->id != profile.id ||
                m_session.state() == auth::Session::State::SignedOut)
                m_session.switchTo(profile);
        });
    }
    if (saved.isEmpty())
        m_switchMenu->addAction(tr("No saved profile yet"))->setEnabled(false);
}

void SessionActions::updateEnabled()
{
    m_signOut->setEnabled(m_session.state() != auth::Session::State::SignedOut);
    rebuildProfiles();
}

} // namespace popsell::app
