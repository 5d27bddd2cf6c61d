#pragma once

#include <QObject>

#include <memory>

class QSettings;

namespace popsell::api {
class PopsellApi;
}
namespace popsell::outbox {
struct OutboxAction;
}
namespace popsell::models {
class ChatroomInboxModel;
class MessageListModel;
} // namespace popsell::models

namespace popsell::app {

class MainWindow;
class ActionRegistry;
class ActionSender;

// Every moderator action of the console as a QAction in one registry (default shortcuts,
// user rebinding saved in QSettings), with the dialogs and panels that run them: create
// chatroom, push product, request rating, mark read, set/clear established dialogue,
// flag, archive, block, hide a message, post a text message; plus the keyboard helpers
// (command palette, cheat sheet, room navigation, next todo room).
class ModeratorActions : public QObject
{
    Q_OBJECT

public:
    // QSettings key of the "mark read on opening a room" option (off by default).
    static constexpr const char *kMarkReadOnOpenKey = "actions/markReadOnOpen";
    // The room must stay open this long before it is marked read: flicking through rooms
    // with Alt+Down marks nothing.
    static constexpr int kMarkReadOnOpenDelayMs = 2000;

    // Writes (create chatroom, push product, request rating, mark read, dialogue) go through
    // `sender`, the outbox; reads and the other actions through `api`.
    ModeratorActions(MainWindow &window, api::PopsellApi &api, ActionSender &sender,
                     models::ChatroomInboxModel &inbox, models::MessageListModel &messages,
                     QSettings &settings, QObject *parent = nullptr);
    ~ModeratorActions() override;

    ActionRegistry &registry();
    // Opens the dialog of an action the server refused (its room selected, its errors
    // shown); OK there replaces the refused action. False for a kind without a form (mark
    // read, dialogue) or a room that is not loaded.
    bool editRefused(const outbox::OutboxAction &action);

    // Another profile is active (or none): the action dialogs go with their drafts, which
    // name rooms, members and products of the previous brand, and the pending mark-read
    // of the open room is dropped.
    void forgetProfileData();

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace popsell::app
