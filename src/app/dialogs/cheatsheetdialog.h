#pragma once

#include <QDialog>

class QKeySequenceEdit;
class QPushButton;
class QTreeWidget;

namespace popsell::app {

class ActionRegistry;

// F1 / "?": every action by category with its current shortcuts, always read from the
// registry, so a rebinding shows at once. The selected action can be rebound here: the
// key field takes the new keys, "Assign" saves them (QSettings through the registry).
class CheatSheetDialog : public QDialog
{
    Q_OBJECT

public:
    explicit CheatSheetDialog(ActionRegistry &registry, QWidget *parent = nullptr);
    ~CheatSheetDialog() override;

    // Rebuilds the list and shows the dialog (non-modal).
    void popUp();

    QTreeWidget *tree() const { return m_tree; }
    // "Create chatroom" -> "Ctrl+N" as listed (for tests and screen readers).
    QString listedShortcut(const QString &actionId) const;

private:
    void rebuild();
    void assign();
    void reset();
    QString selectedId() const;

    ActionRegistry &m_registry;
    QTreeWidget *m_tree = nullptr;
    QKeySequenceEdit *m_keys = nullptr;
    QPushButton *m_assign = nullptr;
    QPushButton *m_reset = nullptr;
};

} // namespace popsell::app
