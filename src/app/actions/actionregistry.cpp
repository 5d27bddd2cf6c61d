#include "app/actions/actionregistry.h"

#include <QAction>
#include <QSettings>

namespace popsell::app {

ActionRegistry::ActionRegistry(QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
{}

ActionRegistry::~ActionRegistry() = default;

QString ActionRegistry::settingsKey(const QString &id)
{
    return QStringLiteral("shortcuts/") + id;
}

QAction *ActionRegistry::add(const QString &id, const QString &text, const QString &category,
                             const QList<QKeySequence> &defaultShortcuts)
{
    Q_ASSERT_X(!find(id), "ActionRegistry::add", "duplicate action id");
    auto *action = new QAction(text, this);
    action->setObjectName(id);
    // Shown in menus and tooltips; the palette and the cheat sheet show it too.
    action->setShortcutVisibleInContextMenu(true);
    const QVariant saved = m_settings.value(settingsKey(id));
    if (saved.isValid())
        action->setShortcuts(QKeySequence::listFromString(saved.toString()));
    else
        action->setShortcuts(defaultShortcuts);
    m_entries.append(Entry{id, category, defaultShortcuts, action});
    return action;
}

QAction *ActionRegistry::action(const QString &id) const
{
    const Entry *entry = find(id);
    return entry ? entry->action : nullptr;
}

QStringList ActionRegistry::categories() const
{
    QStringList result;
    for (const Entry &entry : m_entries) {
        if (!result.contains(entry.category))
            result.append(entry.category);
    }
    return result;
}

void ActionRegistry::setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts)
{
    const Entry *entry = find(id);
    if (!entry)
        return;
    entry->action->setShortcuts(shortcuts);
    // An empty binding is saved as "" (a value, unlike a missing key): the action then
    // stays without a shortcut instead of falling back to its default.
    m_settings.setValue(settingsKey(id), QKeySequence::listToString(shortcuts));
    Q_EMIT shortcutsChanged(id);
}

void ActionRegistry::resetShortcuts(const QString &id)
{
    const Entry *entry = find(id);
    if (!entry)
        return;
    m_settings.remove(settingsKey(id));
    entry->action->setShortcuts(entry->defaultShortcuts);
    Q_EMIT shortcutsChanged(id);
}

const ActionRegistry::Entry *ActionRegistry::find(const QString &id) const
{
    for (const Entry &entry : m_entries) {
        if (entry.id == id)
            return &entry;
    }
    return nullptr;
}

} // namespace popsell::app
