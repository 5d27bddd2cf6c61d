#include "app/outbox/pendingpanel.h"

#include "app/dialogs/errorlabel.h"
#include "core/outbox/outbox.h"
#include "core/outbox/outboxmodel.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace popsell::app {

using outbox::OutboxAction;
using outbox::OutboxKind;
using outbox::OutboxModel;
using outbox::OutboxState;

PendingPanel::PendingPanel(outbox::Outbox &outbox, Edit edit, QWidget *parent)
    : QDialog(parent)
    , m_outbox(outbox)
    , m_model(new OutboxModel(outbox, this))
    , m_editAction(std::move(edit))
{
    setObjectName(QStringLiteral("pendingPanel"));
    setWindowTitle(tr("Actions not sent yet"));
    m_list = new QListView(this);
    m_list->setObjectName(QStringLiteral("pendingList"));
    m_list->setAccessibleName(tr("Actions not sent yet"));
    m_list->setModel(m_model);
    m_list->setUniformItemSizes(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    m_empty = new QLabel(tr("Everything has been sent."), this);
    m_empty->setAlignment(Qt::AlignCenter);
    m_detail = new QLabel(this);
    m_detail->setObjectName(QStringLiteral("pendingDetail"));
    m_detail->setWordWrap(true);
    m_detail->setTextFormat(Qt::PlainText); // server words are never rich text
    m_detail->setAccessibleName(tr("Details of the selected action"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_retry = buttons->addButton(tr("&Retry"), QDialogButtonBox::ActionRole);
    m_retry->setToolTip(tr("Send the selected action again now."));
    m_edit = buttons->addButton(tr("&Edit…"), QDialogButtonBox::ActionRole);
    m_edit->setToolTip(tr("Correct what the server refused; OK there replaces this action."));
    m_discard = buttons->addButton(tr("&Discard"), QDialogButtonBox::DestructiveRole);
    m_discard->setToolTip(tr("Drop the selected action: it will not be sent."));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_empty);
    layout->addWidget(m_detail);
    layout->addWidget(buttons);
    resize(560, 380);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_retry, &QPushButton::clicked, this, &PendingPanel::retry);
    connect(m_edit, &QPushButton::clicked, this, &PendingPanel::edit);
    connect(m_discard, &QPushButton::clicked, this, &PendingPanel::discard);
    connect(m_list->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &PendingPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &PendingPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &PendingPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &PendingPanel::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &PendingPanel::updateButtons);
    updateButtons();
}

PendingPanel::~PendingPanel() = default;

void PendingPanel::select(qint64 outboxId)
{
    const int row = m_model->rowOf(outboxId);
    if (row >= 0)
        m_list->setCurrentIndex(m_model->index(row));
}

void PendingPanel::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_list->currentIndex().isValid() && m_model->rowCount() > 0)
        m_list->setCurrentIndex(m_model->index(0));
    m_list->setFocus(Qt::OtherFocusReason);
}

const OutboxAction *PendingPanel::current() const
{
    const QModelIndex index = m_list->currentIndex();
    return index.isValid() ? m_model->actionAt(index.row()) : nullptr;
}

void PendingPanel::updateButtons()
{
    const bool empty = m_model->rowCount() == 0;
    m_list->setVisible(!empty);
    m_empty->setVisible(empty);
    const OutboxAction *action = current();
    const bool stuck = action && action->blocksItsRoom();
    m_retry->setEnabled(stuck || (action && action->state == OutboxState::Queued &&
                                  !m_outbox.isUnderWay(action->id)));
    m_edit->setEnabled(action && action->state == OutboxState::Failed &&
                       !action->lastError.fieldErrors.isEmpty() &&
                       action->kind != OutboxKind::MarkRead &&
                       action->kind != OutboxKind::SetDialogue);
    m_discard->setEnabled(action && !m_outbox.isUnderWay(action->id));
    if (!action) {
        m_detail->clear();
        return;
    }
    const QModelIndex index = m_list->currentIndex();
    QString detail = index.data(OutboxModel::StateTextRole).toString();
    const QString error = index.data(OutboxModel::ErrorTextRole).toString();
    if (!error.isEmpty())
        detail += u'\n' + error;
    for (auto it = action->lastError.fieldErrors.cbegin();
         it != action->lastError.fieldErrors.cend(); ++it)
        detail += u'\n' + it.key() + QStringLiteral(": ") + it.value().join(u' ');
    m_detail->setText(detail);
}

void PendingPanel::retry()
{
    const OutboxAction *action = current();
    if (!action)
        return;
    if (action->state == OutboxState::Queued) {
        m_outbox.sendWaitingNow(); // do not wait for the backoff
        return;
    }
    const outbox::OutboxResult result = m_outbox.retry(action->id);
    if (!result.ok())
        say(result.error);
}

void PendingPanel::edit()
{
    const OutboxAction *action = current();
    if (action && m_editAction && m_editAction(*action))
        close();
}

void PendingPanel::discard()
{
    const OutboxAction *action = current();
    if (!action)
        return;
    const outbox::OutboxResult result = m_outbox.discard(action->id);
    if (!result.ok())
        say(result.error);
}

void PendingPanel::say(const QString &text)
{
    m_detail->setText(text);
}

} // namespace popsell::app
