#pragma once

#include <QDialog>

class QAbstractItemModel;
class QLineEdit;
class QTreeWidget;

namespace popsell::app {

class ActionRegistry;

// Ctrl+K: one field that finds the loaded rooms (by their members' names or #id) and the
// actions (by their text), best match first. Enter opens the room or runs the action, Esc
// closes. Rooms are read from the inbox model (MembersRole, IdRole) when the palette opens
// and at each keystroke, so it always lists what is loaded.
class CommandPalette : public QDialog
{
    Q_OBJECT

public:
    // `roomIdRole` / `roomTextRole`: the inbox roles holding a row's id and its text.
    CommandPalette(const ActionRegistry &registry, const QAbstractItemModel &rooms, int roomIdRole,
                   int roomTextRole, QWidget *parent = nullptr);
    ~CommandPalette() override;

    // Clears the field and shows everything, then opens (non-modal).
    void popUp();

    QLineEdit *queryField() const { return m_query; }
    // Two columns: what (a room's members, an action's text) and where/which keys.
    QTreeWidget *resultsView() const { return m_results; }

Q_SIGNALS:
    void roomChosen(qint64 idChatroom);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void updateResults();
    void runCurrent();

    const ActionRegistry &m_registry;
    const QAbstractItemModel &m_rooms;
    int m_roomIdRole;
    int m_roomTextRole;
    QLineEdit *m_query = nullptr;
    QTreeWidget *m_results = nullptr;
};

} // namespace popsell::app
