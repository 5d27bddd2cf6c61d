#include "app/dialogs/roommembers.h"

#include <QComboBox>

namespace popsell::app {

void fillMemberBox(QComboBox *box, const domain::Chatroom &room, qint64 preferred, int fallbackRow)
{
    box->clear();
    int select = -1;
    for (const domain::ChatroomMember &member : room.ambassadors) {
        const domain::Ambassador &a = *member.ambassador;
        if (a.id == preferred)
            select = box->count();
        box->addItem(QStringLiteral("%1 (#%2)").arg(a.displayName()).arg(a.id), a.id);
    }
    if (select < 0)
        select = qBound(0, fallbackRow, box->count() - 1);
    box->setCurrentIndex(select);
}

qint64 selectedMember(const QComboBox *box)
{
    return box->currentData().toLongLong();
}

} // namespace popsell::app
