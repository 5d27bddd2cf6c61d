#pragma once

#include <QObject>

namespace popsell::models {
class ChatroomInboxModel;
class MessageListModel;
} // namespace popsell::models
namespace popsell::outbox {
class Outbox;
struct OutboxAction;
} // namespace popsell::outbox

namespace popsell::app {

class ActionSender;

// What the outbox does, shown where the moderator looks: a pushed product or a requested
// rating appears in its thread at once as a local echo (not sent yet, sending, failed), and
// gives way to the server's message after a 2xx; a created chatroom or a changed dialogue
// updates its inbox row once sent, whichever dialog (if any) is still open.
class OutboxBridge : public QObject
{
    Q_OBJECT

public:
    OutboxBridge(outbox::Outbox &outbox, ActionSender &sender, models::ChatroomInboxModel &inbox,
                 models::MessageListModel &messages, QObject *parent = nullptr);

Q_SIGNALS:
    // An action of this room was sent: its state (read markers...) is worth fetching again.
    void roomTouched(qint64 idChatroom);

private:
    void onChanged(const outbox::OutboxAction &action);
    void showEchoesOfCurrentRoom();

    outbox::Outbox &m_outbox;
    ActionSender &m_sender;
    models::ChatroomInboxModel &m_inbox;
    models::MessageListModel &m_messages;
};

} // namespace popsell::app
