#pragma once

#include "core/domain/chatroom.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace popsell::app {

// Above the open room's messages: which room it is, whether its dialogue is established,
// and each member with an online dot and their own state in the room (to do / done flag,
// archived, blocked, how far they have read).
class RoomHeader : public QFrame
{
    Q_OBJECT

public:
    explicit RoomHeader(QWidget *parent = nullptr);

    void setChatroom(const std::optional<domain::Chatroom> &chatroom);

private:
    QString memberLine(const domain::ChatroomMember &member) const;

    QLabel *m_title;
    QLabel *m_dialogue;
    QLabel *m_members;
};

} // namespace popsell::app
