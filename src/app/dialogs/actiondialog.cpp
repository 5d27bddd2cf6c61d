#include "app/dialogs/actiondialog.h"

#include "app/dialogs/errorlabel.h"
#include "app/outbox/actionsender.h"
#include "core/api/apicall.h"
#include "core/api/apierror.h"
#include "core/outbox/outbox.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace popsell::app {

ActionDialog::ActionDialog(QWidget *parent)
    : QDialog(parent)
    , m_form(new QWidget(this))
    , m_errorLabel(makeErrorLabel(this))
    , m_progress(new QProgressBar(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    m_errorLabel->setObjectName(QStringLiteral("errorLabel"));
    m_errorLabel->setAccessibleName(tr("Error"));
    m_progress->setRange(0, 0); // indeterminate: the API gives no progress
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(6);
    m_progress->setAccessibleName(tr("Sending", "progress bar while the action is sent"));
    m_progress->setVisible(false);
    okButton()->setDefault(true);
    okButton()->setAccessibleName(tr("Confirm"));
    m_buttons->button(QDialogButtonBox::Cancel)->setAccessibleName(tr("Cancel"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_form, 1);
    layout->addWidget(m_errorLabel);
    layout->addWidget(m_progress);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &ActionDialog::onAccepted);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

ActionDialog::~ActionDialog() = default;

QPushButton *ActionDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

QString ActionDialog::errorText() const
{
    return m_errorLabel->isVisibleTo(this) ? m_errorLabel->text() : QString();
}

QString ActionDialog::fieldErrorText(const QString &field) const
{
    const QLabel *label = m_fieldLabels.value(field);
    return label && !label->text().isEmpty() ? label->text() : QString();
}

void ActionDialog::setOkText(const QString &text)
{
    okButton()->setText(text);
}

void ActionDialog::setOkEnabled(bool enabled)
{
    m_okEnabled = enabled;
    okButton()->setEnabled(enabled && !m_busy);
}

void ActionDialog::adoptFieldErrorLabel(const QString &field, QLabel *label)
{
    styleErrorLabel(label);
    label->clear();
    m_fieldLabels.insert(field, label);
}

void ActionDialog::startRequest(api::ApiCall *call)
{
    m_call = call;
    clearErrors();
    setBusy(true);
}

void ActionDialog::finishRequest()
{
    m_call.clear();
    setBusy(false);
    clearErrors();
}

void ActionDialog::failRequest(const api::ApiError &error)
{
    m_call.clear();
    setBusy(false);
    clearErrors();
    bool placed = false;
    for (auto it = error.fieldErrors().cbegin(); it != error.fieldErrors().cend(); ++it) {
        // "ids_ambassadors.1" goes to its own label when there is one, else to the
        // array's ("ids_ambassadors").
        QLabel *label = m_fieldLabels.value(it.key());
        if (!label)
            label = m_fieldLabels.value(it.key().section(u'.', 0, 0));
        if (!label)
            continue;
        const QString text = label->text().isEmpty()
                                 ? it.value().join(u'\n')
                                 : label->text() + u'\n' + it.value().join(u'\n');
        label->setText(text);
        label->setVisible(true);
        placed = true;
    }
    // The summary stays under the form: with field errors it says why nothing happened,
    // without them it is the whole story.
    m_errorLabel->setText(placed ? tr("Please correct the fields marked above.")
                                 : error.userMessage());
    m_errorLabel->setVisible(true);
}

void ActionDialog::clearErrors()
{
    m_errorLabel->clear();
    m_errorLabel->setVisible(false);
    for (QLabel *label : std::as_const(m_fieldLabels)) {
        label->clear();
        label->setVisible(false);
    }
}

void ActionDialog::sendAction(ActionSender &sender, outbox::OutboxAction action,
                              const std::optional<domain::Message> &echoDraft,
                              std::function<void(const QJsonValue &answer)> sent, bool untilFinal)
{
    m_sender = &sender;
    startRequest(nullptr);
    const qint64 replacing = std::exchange(m_refusedOutboxId, 0);
    sender.send(
        std::move(action), this,
        [this, sent = std::move(sent)](const SendOutcome &outcome) {
            switch (outcome.kind) {
            case SendOutcome::Kind::Refused:
                m_refusedOutboxId = outcome.outboxId; // 0 when never accepted
                failRequest(outcome.error);
                break;
            case SendOutcome::Kind::Queued:
                finishRequest();
                Q_EMIT queuedForLater();
                accept();
                break;
            case SendOutcome::Kind::Sent:
                finishRequest();
                sent(outcome.answer);
                break;
            }
        },
        echoDraft, replacing, untilFinal);
}

void ActionDialog::correct(ActionSender &sender, qint64 outboxId, const api::ApiError &error)
{
    m_sender = &sender;
    m_refusedOutboxId = outboxId;
    failRequest(error);
}

void ActionDialog::reject()
{
    // The moderator gave up on input the server refused: it must not block its room.
    if (m_sender && m_refusedOutboxId > 0 && !m_busy)
        m_sender->outbox().discard(std::exchange(m_refusedOutboxId, 0));
    QDialog::reject();
}

void ActionDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_busy) {
        okButton()->setEnabled(m_okEnabled);
        if (QWidget *first = initialFocusWidget())
            first->setFocus(Qt::TabFocusReason); // selects the text: typing replaces it
    }
}

void ActionDialog::onAccepted()
{
    if (m_busy || !m_okEnabled)
        return; // never fired twice
    submit();
}

void ActionDialog::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    if (busy) {
        // The form is frozen as typed; focus is parked on the dialog so it is not lost,
        // and comes back to the same field afterwards.
        m_focusBeforeBusy = isVisible() ? focusWidget() : nullptr;
        m_form->setEnabled(false);
        setFocus(Qt::OtherFocusReason);
    } else {
        m_form->setEnabled(true);
        QWidget *back = m_focusBeforeBusy && m_focusBeforeBusy->isEnabled()
                            ? m_focusBeforeBusy.data()
                            : initialFocusWidget();
        if (back && isVisible())
            back->setFocus(Qt::OtherFocusReason);
    }
    okButton()->setEnabled(!busy && m_okEnabled);
    m_progress->setVisible(busy);
    Q_EMIT busyChanged(busy);
}

} // namespace popsell::app
