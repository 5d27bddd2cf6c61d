#pragma once

#include "app/dialogs/actiondialog.h"
#include "core/domain/chatroom.h"

#include <memory>
#include <optional>

class QComboBox;
class QLineEdit;
class QSpinBox;

namespace Ui {
class RequestRatingForm;
}
namespace popsell::api {
class PopsellApi;
}

namespace popsell::app {

class ActionSender;

// Request rating (seed 002): who rates whom among the room's members, then, optionally, a
// score (0-5) and a comment sent with PATCH /chat/ratings/{id}. When the score fails after
// the rating was created, OK only retries the score: the rating is not requested twice.
// The form is ui/requestratingdialog.ui.
class RequestRatingDialog : public ActionDialog
{
    Q_OBJECT

public:
    static constexpr int kNoScore = -1;

    RequestRatingDialog(api::PopsellApi &api, ActionSender &sender, QWidget *parent = nullptr);
    ~RequestRatingDialog() override;

    void prepare(const domain::Chatroom &room);

    QComboBox *raterBox() const { return m_rater; }
    QComboBox *ratedBox() const { return m_rated; }
    QSpinBox *scoreBox() const { return m_score; }
    QLineEdit *commentField() const { return m_comment; }

Q_SIGNALS:
    // The rating message, with the score and comment when they were given.
    void requested(const popsell::domain::Message &message);

protected:
    void submit() override;
    QWidget *initialFocusWidget() const override;

private:
    void sendScore();
    void complete();
    void updateOk();

    api::PopsellApi &m_api;
    ActionSender &m_sender;
    std::unique_ptr<Ui::RequestRatingForm> m_ui;
    domain::Chatroom m_room;
    QComboBox *m_rater = nullptr;
    QComboBox *m_rated = nullptr;
    QSpinBox *m_score = nullptr;
    QLineEdit *m_comment = nullptr;
    // The rating message created by this attempt, while its score is still to be sent.
    std::optional<domain::Message> m_created;
};

} // namespace popsell::app
