#pragma once

#include "app/dialogs/actiondialog.h"
#include "core/domain/chatroom.h"

#include <memory>

class QComboBox;

namespace Ui {
class CreateChatroomForm;
}
namespace popsell::api {
class PopsellApi;
}

namespace popsell::app {

class ActionSender;

class SearchPicker;

// Create chatroom (seed 001): two ambassadors chosen in searchable pickers, or a brand tag,
// and a source (direct, waiting list, hot list); the form is ui/createchatroomdialog.ui. On 201 it
// emits created() and closes; on 422 each field error shows next to its field and the input stays.
class CreateChatroomDialog : public ActionDialog
{
    Q_OBJECT

public:
    CreateChatroomDialog(api::PopsellApi &api, ActionSender &sender, QWidget *parent = nullptr);
    ~CreateChatroomDialog() override;

    // Ready for a new chatroom: the pickers searched afresh; a failed attempt's input stays.
    void prepare();

    SearchPicker *firstAmbassadorPicker() const;
    SearchPicker *secondAmbassadorPicker() const;
    SearchPicker *brandTagPicker() const;
    QComboBox *sourceBox() const;

Q_SIGNALS:
    void created(const popsell::domain::Chatroom &chatroom);

protected:
    void submit() override;
    QWidget *initialFocusWidget() const override;

private:
    void updateMode();
    void updateOk();

    ActionSender &m_sender;
    std::unique_ptr<Ui::CreateChatroomForm> m_ui;
    bool m_keepInput = false;
};

} // namespace popsell::app
