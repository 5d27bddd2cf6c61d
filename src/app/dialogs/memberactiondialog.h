#pragma once

#include "app/dialogs/actiondialog.h"
#include "core/domain/chatroom.h"

#include <functional>
#include <memory>
#include <optional>

class QComboBox;
class QLabel;

namespace Ui {
class MemberActionForm;
}
namespace popsell::api {
class ApiCall;
class PopsellApi;
} // namespace popsell::api

namespace popsell::app {

// One action on one member of the open room (mark read, flag, archive, block): the member
// box, a sentence saying what OK will do, OK. The room is fetched again when the dialog
// opens (GET /chat/chatrooms/{id}: the inbox has no per-member state), so the default
// member and the sentence follow the server's state; OK waits for it. The operation
// itself is given by the caller, so one dialog class serves every per-member action.
class MemberActionDialog : public ActionDialog
{
    Q_OBJECT

public:
    using Done = std::function<void(std::optional<api::ApiError> error)>;
    // Starts the request for `member` of `room` (the dialog is the context) and calls
    // `done` once.
    using Operation = std::function<api::ApiCall *(
        qint64 room, const domain::ChatroomMember &member, QObject *context, Done done)>;
    // What OK will do for `member`, e.g. "Archives the room for Camille Lacroix".
    using Describe = std::function<QString(const domain::ChatroomMember &member)>;
    // The member selected when the room arrives (0: the first).
    using Prefer = std::function<qint64(const domain::Chatroom &room)>;

    struct Spec
    {
        QString title;
        QString okText;
        Describe describe;
        Operation operation;
        Prefer prefer;
    };

    MemberActionDialog(api::PopsellApi &api, Spec spec, QWidget *parent = nullptr);
    ~MemberActionDialog() override;

    // Shows `room` as known and fetches its current state.
    void prepare(const domain::Chatroom &room);

    QComboBox *memberBox() const { return m_member; }
    // The room as last fetched.
    const domain::Chatroom &room() const { return m_room; }

Q_SIGNALS:
    void succeeded(qint64 idChatroom, qint64 idAmbassador);

protected:
    void submit() override;
    QWidget *initialFocusWidget() const override;

private:
    void showRoom(const domain::Chatroom &room);
    void updateDescription();

    api::PopsellApi &m_api;
    Spec m_spec;
    std::unique_ptr<Ui::MemberActionForm> m_ui;
    QComboBox *m_member = nullptr;
    QLabel *m_description = nullptr;
    domain::Chatroom m_room;
};

} // namespace popsell::app
