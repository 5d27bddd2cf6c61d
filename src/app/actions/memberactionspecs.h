#pragma once

#include "app/dialogs/memberactiondialog.h"

#include <optional>

namespace popsell::api {
class PopsellApi;
}

namespace popsell::app {
class ActionSender;
}

// What each per-member action sends and says (the dialog is MemberActionDialog).
namespace popsell::app::memberactions {

// Members who have not read up to the newest message: their last_read_message is older
// than `newestMessage` (when known, from the open thread) or than the furthest any member
// has read. Members without a pivot row are left out.
QList<qint64> membersWithUnread(const domain::Chatroom &room, std::optional<qint64> newestMessage);

// `newestMessage` is asked for when the room arrives (the thread may load meanwhile). Sent
// through the outbox: it survives a lost network or a restart.
MemberActionDialog::Spec markRead(ActionSender &sender,
                                  std::function<std::optional<qint64>(qint64 room)> newestMessage);
// flag: 1 to do, 2 done, nullopt clears.
MemberActionDialog::Spec flag(api::PopsellApi &api, std::optional<int> flag);
// Toggles: archives an unarchived member's room, unarchives an archived one.
MemberActionDialog::Spec archive(api::PopsellApi &api);
MemberActionDialog::Spec block(api::PopsellApi &api);

} // namespace popsell::app::memberactions
