#pragma once

#include "core/domain/chatroom.h"

class QComboBox;

namespace popsell::app {

// Fills `box` with the room's members ("Camille Lacroix (#12)", id as item data) and
// selects `preferred` when it is one of them, else the row `fallbackRow`.
void fillMemberBox(QComboBox *box, const domain::Chatroom &room, qint64 preferred = 0,
                   int fallbackRow = 0);
// The id of the member selected in a box filled by fillMemberBox (0 when empty).
qint64 selectedMember(const QComboBox *box);

} // namespace popsell::app
