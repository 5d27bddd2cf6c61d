#include "app/room/roomheader.h"

#include "app/inbox/inboxdelegate.h"

#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace popsell::app {

using domain::Chatroom;
using domain::ChatroomMember;

RoomHeader::RoomHeader(QWidget *parent)
    : QFrame(parent)
    , m_title(new QLabel(this))
    , m_dialogue(new QLabel(this))
    , m_members(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Chatroom details"));
    QFont titleFont = m_title->font();
    titleFont.setBold(true);
    if (titleFont.pointSizeF() > 0)
        titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    m_title->setFont(titleFont);
    m_title->setAccessibleName(tr("Chatroom"));
    m_dialogue->setAccessibleName(tr("Established dialogue"));
    m_members->setAccessibleName(tr("Members"));
    m_members->setTextFormat(Qt::RichText);
    m_members->setWordWrap(true);
    m_dialogue->setWordWrap(true);
    // Selectable with the keyboard would put three more stops in the tab chain for text the
    // moderator only reads; copy is not needed here.
    for (QLabel *label : {m_title, m_dialogue, m_members})
        label->setTextInteractionFlags(Qt::NoTextInteraction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 8);
    layout->setSpacing(4);
    layout->addWidget(m_title);
    layout->addWidget(m_dialogue);
    layout->addWidget(m_members);
    setChatroom(std::nullopt);
}

QString RoomHeader::memberLine(const ChatroomMember &member) const
{
    const domain::Ambassador &who = *member.ambassador;
    QStringList states;
    states << (who.online ? tr("online", "member state") : tr("offline", "member state"));
    if (const auto &pivot = member.pivot) {
        if (pivot->flag)
            states << InboxDelegate::flagLabel(*pivot->flag).toLower();
        if (pivot->archived)
            states << tr("archived", "the room, for this member");
        if (pivot->isBlocked)
            states << tr("blocked", "this member, in the room");
        states << (pivot->lastReadMessage ? tr("read up to #%1").arg(*pivot->lastReadMessage)
                                          : tr("nothing read yet"));
    }
    const QString dot = who.online ? QStringLiteral("#2e7d32") : QStringLiteral("#9e9e9e");
    const bool warn = member.pivot && member.pivot->isBlocked;
    return QStringLiteral("<span style=\"color:%1\">&#9679;</span>&nbsp;<b>%2</b>&nbsp;"
                          "<span style=\"color:%3\">(%4)</span>")
        .arg(dot, who.displayName().toHtmlEscaped(),
             warn ? QStringLiteral("#c62828") : palette().color(QPalette::PlaceholderText).name(),
             states.join(QStringLiteral(", ")).toHtmlEscaped());
}

void RoomHeader::setChatroom(const std::optional<Chatroom> &chatroom)
{
    if (!chatroom) {
        m_title->setText(tr("No chatroom open"));
        m_dialogue->setText(tr("Choose a chatroom in the inbox (Up/Down, Enter)."));
        m_members->clear();
        m_members->hide();
        return;
    }
    const Chatroom &room = *chatroom;
    QString title = tr("Chatroom #%1").arg(room.id);
    title += QStringLiteral(" · ") +
             (room.typeChatroom == 7 ? tr("one to many") : tr("one to one")) +
             QStringLiteral(" · ") + InboxDelegate::sourceLabel(room.source);
    if (room.idBrandTag)
        title += QStringLiteral(" · ") + tr("brand tag #%1").arg(*room.idBrandTag);
    m_title->setText(title);

    if (!room.established)
        m_dialogue->setText(tr("No established dialogue"));
    else if (room.establishedAt.isValid())
        m_dialogue->setText(
            tr("Established dialogue since %1")
                .arg(QLocale().toString(room.establishedAt.toLocalTime(), QLocale::ShortFormat)));
    else
        m_dialogue->setText(tr("Established dialogue"));

    QStringList lines;
    QStringList plain;
    for (const ChatroomMember &member : room.ambassadors) {
        lines << memberLine(member);
        plain << member.ambassador->displayName();
    }
    m_members->setText(lines.join(QStringLiteral("&nbsp;&nbsp;&nbsp; ")));
    m_members->setAccessibleDescription(plain.join(QStringLiteral(", ")));
    m_members->setVisible(!lines.isEmpty());
}

} // namespace popsell::app
