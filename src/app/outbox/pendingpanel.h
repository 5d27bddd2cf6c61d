#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QListView;
class QPushButton;

namespace popsell::outbox {
class Outbox;
class OutboxModel;
struct OutboxAction;
} // namespace popsell::outbox

namespace popsell::app {

// Everything not yet sent, oldest first, with why and what next: waiting for its turn,
// sending, retrying in N s, failed (with the server's reason), needs attention. The selected
// action can be sent again (Retry), corrected (Edit, after a 422) or dropped (Discard).
// Non-modal; nothing waiting or failed is ever hidden from here.
class PendingPanel : public QDialog
{
    Q_OBJECT

public:
    using Edit = std::function<bool(const outbox::OutboxAction &action)>;

    PendingPanel(outbox::Outbox &outbox, Edit edit, QWidget *parent = nullptr);
    ~PendingPanel() override;

    QListView *list() const { return m_list; }
    QPushButton *retryButton() const { return m_retry; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *discardButton() const { return m_discard; }

    // Selects the action (from its echo in a thread, say).
    void select(qint64 outboxId);

protected:
    void showEvent(QShowEvent *event) override;

private:
    const outbox::OutboxAction *current() const;
    void updateButtons();
    void retry();
    void edit();
    void discard();
    void say(const QString &text);

    outbox::Outbox &m_outbox;
    outbox::OutboxModel *m_model = nullptr;
    Edit m_editAction;
    QListView *m_list = nullptr;
    QLabel *m_detail = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_retry = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_discard = nullptr;
};

} // namespace popsell::app
