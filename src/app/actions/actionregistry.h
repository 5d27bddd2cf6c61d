#pragma once

#include <QKeySequence>
#include <QList>
#include <QObject>
#include <QString>

class QAction;
class QSettings;

namespace popsell::app {

// Every command of the console as a QAction with a stable id, a translated text, a category
// (for the cheat sheet and the palette) and default shortcuts. A moderator's own binding
// is kept in QSettings under "shortcuts/<id>" and wins over the default; it is read when
// the action is registered, so a rebinding applies from the next start too.
class ActionRegistry : public QObject
{
    Q_OBJECT

public:
    struct Entry
    {
        QString id;
        QString category;
        QList<QKeySequence> defaultShortcuts;
        QAction *action = nullptr;
    };

    explicit ActionRegistry(QSettings &settings, QObject *parent = nullptr);
    ~ActionRegistry() override;

    // Creates the action (a child of the registry) with the saved binding, or the defaults.
    QAction *add(const QString &id, const QString &text, const QString &category,
                 const QList<QKeySequence> &defaultShortcuts);

    QAction *action(const QString &id) const;
    const QList<Entry> &entries() const { return m_entries; }
    // Categories in the order they were first used.
    QStringList categories() const;

    // Rebinds and saves; an empty list removes the shortcut (and stays removed).
    void setShortcuts(const QString &id, const QList<QKeySequence> &shortcuts);
    // Back to the default, forgetting the saved binding.
    void resetShortcuts(const QString &id);

    static QString settingsKey(const QString &id);

Q_SIGNALS:
    void shortcutsChanged(const QString &id);

private:
    const Entry *find(const QString &id) const;

    QSettings &m_settings;
    QList<Entry> m_entries;
};

} // namespace popsell::app
