#pragma once

#include <QDialog>
#include <QHash>
#include <QJsonValue>
#include <QPointer>

#include <functional>
#include <optional>

class QDialogButtonBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QVBoxLayout;

namespace popsell::api {
class ApiCall;
class ApiError;
} // namespace popsell::api
namespace popsell::domain {
struct Message;
}
namespace popsell::outbox {
struct OutboxAction;
}

namespace popsell::app {

class ActionSender;

// The frame every action dialog shares: a form, a line for errors in words, a busy
// indicator and OK/Cancel. Dialogs are opened with open()/show(), never exec(): the result
// comes from the API callback. While a request runs the OK button is disabled, so it cannot
// be fired twice, and the input stays as typed; a failure keeps the dialog open with the
// error next to the field it concerns (422) or under the form.
class ActionDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ActionDialog(QWidget *parent = nullptr);
    ~ActionDialog() override;

    bool isBusy() const { return m_busy; }
    QPushButton *okButton() const;
    // The form's own widgets go here.
    QWidget *form() const { return m_form; }
    // Opens on an action the server refused (422), from the pending list: its errors show
    // next to their fields, and OK replaces that action with the corrected input.
    void correct(ActionSender &sender, qint64 outboxId, const api::ApiError &error);

    // The text under the form ("" when there is no error).
    QString errorText() const;
    // The error shown next to `field` (wire name), "" when none.
    QString fieldErrorText(const QString &field) const;

Q_SIGNALS:
    void busyChanged(bool busy);
    // The action went to the outbox but its first try did not settle (network, 5xx...): the
    // dialog closed and the outbox keeps trying.
    void queuedForLater();

protected:
    // Sends the request; called when OK is pressed and the dialog is not busy.
    virtual void submit() = 0;
    // Where the cursor goes each time the dialog opens.
    virtual QWidget *initialFocusWidget() const = 0;

    void setOkText(const QString &text);
    void setOkEnabled(bool enabled);
    // `label` (of the dialog's Designer form) shows the 422 errors of `field`, and of
    // "field.N" when that has no label of its own; it is styled and hidden here.
    void adoptFieldErrorLabel(const QString &field, QLabel *label);

    // The request in flight (the dialog is the context of its callback).
    void startRequest(api::ApiCall *call);
    // The request ended: busy off, errors cleared.
    void finishRequest();
    // The request failed: busy off, the error in words, 422 field errors next to their fields.
    void failRequest(const api::ApiError &error);
    void clearErrors();

    // A write action, through the outbox (durable, sent with its own key): busy while its
    // first try runs; a refusal (422...) shows like failRequest() and a corrected OK
    // replaces the refused action; a 2xx calls `sent` with the server's answer; a first try
    // that does not settle closes the dialog (queuedForLater). Cancelling after a refusal
    // discards the refused action.
    // `untilFinal`: stay busy through retries until the server has it or refuses it.
    void sendAction(ActionSender &sender, outbox::OutboxAction action,
                    const std::optional<domain::Message> &echoDraft,
                    std::function<void(const QJsonValue &answer)> sent, bool untilFinal = false);

    void showEvent(QShowEvent *event) override;
    void reject() override;

private:
    void onAccepted();
    void setBusy(bool busy);

    QWidget *m_form = nullptr;
    QLabel *m_errorLabel = nullptr;
    QProgressBar *m_progress = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QHash<QString, QLabel *> m_fieldLabels;
    QPointer<api::ApiCall> m_call;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
    bool m_okEnabled = true;
    QPointer<ActionSender> m_sender;
    qint64 m_refusedOutboxId = 0; // a Failed action the next OK corrects
};

} // namespace popsell::app
