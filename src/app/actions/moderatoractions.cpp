#include "app/actions/moderatoractions.h"

#include "app/actions/actionregistry.h"
#include "app/actions/memberactionspecs.h"
#include "app/dialogs/cheatsheetdialog.h"
#include "app/dialogs/createchatroomdialog.h"
#include "app/dialogs/memberactiondialog.h"
#include "app/dialogs/postmessagedialog.h"
#include "app/dialogs/pushproductdialog.h"
#include "app/dialogs/requestratingdialog.h"
#include "app/mainwindow.h"
#include "app/outbox/actionsender.h"
#include "app/palette/commandpalette.h"
#include "core/api/popsellapi.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"
#include "core/outbox/outboxaction.h"

#include <QAbstractItemView>
#include <QAction>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPointer>
#include <QSettings>
#include <QTimer>

namespace popsell::app {

using api::Result;
using models::ChatroomInboxModel;
using models::MessageListModel;

struct ModeratorActions::Private
{
    Private(ModeratorActions &q, MainWindow &window, api::PopsellApi &api, ActionSender &sender,
            ChatroomInboxModel &inbox, MessageListModel &messages, QSettings &settings)
        : q(q)
        , window(window)
        , api(api)
        , sender(sender)
        , inbox(inbox)
        , messages(messages)
        , settings(settings)
        , registry(settings, &q)
    {}

    ModeratorActions &q;
    MainWindow &window;
    api::PopsellApi &api;
    ActionSender &sender;
    ChatroomInboxModel &inbox;
    MessageListModel &messages;
    QSettings &settings;
    ActionRegistry registry;

    // Dialogs are created on first use and kept: a failed attempt's input is still there
    // when the moderator comes back.
    QPointer<CreateChatroomDialog> createDialog;
    QPointer<PushProductDialog> pushDialog;
    QPointer<RequestRatingDialog> ratingDialog;
    QPointer<PostMessageDialog> postDialog;
    QHash<QString, QPointer<MemberActionDialog>> memberDialogs;
    QPointer<CheatSheetDialog> cheatSheet;
    QPointer<CommandPalette> palette;

    // Actions that need an open room, and those whose request is running (disabled
    // until it answers, so they cannot be fired twice).
    QList<QAction *> roomActions;
    QSet<QAction *> running;
    // Where focus goes back when a dialog or panel closes.
    QPointer<QWidget> returnFocus;

    QAction *markReadOnOpen = nullptr;
    QTimer markReadTimer;
    qint64 markReadRoom = 0;

    void createActions();
    QAction *add(const QString &id, const QString &text, const QString &category,
                 const QList<QKeySequence> &shortcuts, QMenu *menu, void (Private::*slot)());
    void updateEnabled();

    std::optional<domain::Chatroom> roomOrSay();
    void rememberFocus();
    void restoreFocus();
    template<typename Dialog>
    void present(Dialog *dialog);
    void refreshRoom(qint64 idChatroom);
    void sayQueued();

    // The actions.
    void createChatroom();
    void pushProduct();
    void requestRating();
    void postMessage();
    // `make` builds the dialog's spec the first time the action runs.
    void memberAction(const QString &id, const std::function<MemberActionDialog::Spec()> &make);
    void markRead();
    void flagTodo();
    void flagDone();
    void flagClear();
    void archive();
    void block();
    void setDialogue();
    void clearDialogue();
    void changeDialogue(QAction *action, bool establish);
    void hideMessage();
    void unhideMessage();
    void changeMessage(QAction *action, bool active);
    void refresh();
    void showPalette();
    void showCheatSheet();
    void nextRoom() { window.moveSelection(1); }
    void previousRoom() { window.moveSelection(-1); }
    void nextTodoRoom();
    void focusFilter();
    void focusInbox();
    void focusThread();
    void toggleMarkReadOnOpen();
    void onRoomOpened(const std::optional<domain::Chatroom> &room);
    void markOpenedRoomRead();

    std::optional<qint64> newestMessageOf(qint64 idChatroom) const;
};

// ------------------------------------------------------------------------- registry

QAction *ModeratorActions::Private::add(const QString &id, const QString &text,
                                        const QString &category,
                                        const QList<QKeySequence> &shortcuts, QMenu *menu,
                                        void (Private::*slot)())
{
    QAction *action = registry.add(id, text, category, shortcuts);
    // In the window (not only in its menus) so that the shortcut works wherever focus is
    // in the window, even with the menu bar hidden.
    window.addAction(action);
    if (menu)
        menu->addAction(action);
    QObject::connect(action, &QAction::triggered, &q, [this, slot] { (this->*slot)(); });
    return action;
}

void ModeratorActions::Private::createActions()
{
    const QString roomCategory = tr("Chatroom");
    const QString messageCategory = tr("Message");
    const QString navigationCategory = tr("Navigation");
    const QString helpCategory = tr("Help");
    QMenu *roomMenu = window.chatroomMenu();
    QMenu *messageMenu = window.messageMenu();
    QMenu *viewMenu = window.viewMenu();
    QMenu *helpMenu = window.helpMenu();
    using K = QKeySequence;

    add(QStringLiteral("chatroom.create"), tr("&Create chatroom…"), roomCategory,
        {K(Qt::CTRL | Qt::Key_N)}, roomMenu, &Private::createChatroom);
    if (roomMenu)
        roomMenu->addSeparator();
    roomActions = {
        add(QStringLiteral("chatroom.pushProduct"), tr("&Push product…"), roomCategory,
            {K(Qt::CTRL | Qt::Key_P)}, roomMenu, &Private::pushProduct),
        add(QStringLiteral("chatroom.requestRating"), tr("Request &rating…"), roomCategory,
            {K(Qt::CTRL | Qt::Key_R)}, roomMenu, &Private::requestRating),
        add(QStringLiteral("chatroom.markRead"), tr("&Mark read…"), roomCategory,
            {K(Qt::CTRL | Qt::Key_M)}, roomMenu, &Private::markRead),
        add(QStringLiteral("chatroom.setDialogue"), tr("Set established &dialogue"), roomCategory,
            {K(Qt::CTRL | Qt::Key_D)}, roomMenu, &Private::setDialogue),
        add(QStringLiteral("chatroom.clearDialogue"), tr("C&lear established dialogue"),
            roomCategory, {K(Qt::CTRL | Qt::SHIFT | Qt::Key_D)}, roomMenu, &Private::clearDialogue),
        add(QStringLiteral("chatroom.flagTodo"), tr("Flag as &to do…"), roomCategory,
            {K(Qt::CTRL | Qt::Key_T)}, roomMenu, &Private::flagTodo),
        add(QStringLiteral("chatroom.flagDone"), tr("Flag as d&one…"), roomCategory,
            {K(Qt::CTRL | Qt::SHIFT | Qt::Key_T)}, roomMenu, &Private::flagDone),
        add(QStringLiteral("chatroom.flagClear"), tr("Clear the &flag…"), roomCategory,
            {K(Qt::CTRL | Qt::ALT | Qt::Key_T)}, roomMenu, &Private::flagClear),
        add(QStringLiteral("chatroom.archive"), tr("&Archive or unarchive…"), roomCategory,
            {K(Qt::CTRL | Qt::SHIFT | Qt::Key_A)}, roomMenu, &Private::archive),
        add(QStringLiteral("chatroom.block"), tr("&Block or unblock a member…"), roomCategory,
            {K(Qt::CTRL | Qt::SHIFT | Qt::Key_B)}, roomMenu, &Private::block),
        add(QStringLiteral("message.post"), tr("&Post a message…"), messageCategory,
            {K(Qt::CTRL | Qt::Key_Return), K(Qt::CTRL | Qt::Key_Enter)}, messageMenu,
            &Private::postMessage),
    };
    if (roomMenu)
        roomMenu->addSeparator();
    markReadOnOpen = add(
        QStringLiteral("chatroom.markReadOnOpen"), tr("Mark read on &opening a room"), roomCategory,
        {K(Qt::CTRL | Qt::ALT | Qt::Key_M)}, roomMenu, &Private::toggleMarkReadOnOpen);
    markReadOnOpen->setCheckable(true);
    markReadOnOpen->setChecked(settings.value(QLatin1String(kMarkReadOnOpenKey), false).toBool());

    // Hide/unhide act on the message selected in the thread: Del there, not in the inbox
    // filter field where Del edits text.
    for (auto [id, text, key, slot] :
         {std::tuple{QStringLiteral("message.hide"), tr("&Hide message"), K(Qt::Key_Delete),
                     &Private::hideMessage},
          std::tuple{QStringLiteral("message.unhide"), tr("&Unhide message"),
                     K(Qt::SHIFT | Qt::Key_Delete), &Private::unhideMessage}}) {
        QAction *action = add(id, text, messageCategory, {key}, messageMenu, slot);
        window.removeAction(action);
        action->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        if (QWidget *view = window.messageView())
            view->addAction(action);
        roomActions.append(action);
    }

    add(QStringLiteral("view.palette"), tr("Command &palette…"), navigationCategory,
        {K(Qt::CTRL | Qt::Key_K)}, viewMenu, &Private::showPalette);
    add(QStringLiteral("view.nextRoom"), tr("&Next room"), navigationCategory,
        {K(Qt::ALT | Qt::Key_Down), K(Qt::CTRL | Qt::Key_Down)}, viewMenu, &Private::nextRoom);
    add(QStringLiteral("view.previousRoom"), tr("P&revious room"), navigationCategory,
        {K(Qt::ALT | Qt::Key_Up), K(Qt::CTRL | Qt::Key_Up)}, viewMenu, &Private::previousRoom);
    add(QStringLiteral("view.nextTodo"), tr("Next room &to do"), navigationCategory,
        {K(Qt::CTRL | Qt::Key_J)}, viewMenu, &Private::nextTodoRoom);
    add(QStringLiteral("view.filter"), tr("&Filter the inbox"), navigationCategory,
        {K(Qt::CTRL | Qt::Key_F)}, viewMenu, &Private::focusFilter);
    add(QStringLiteral("view.thread"), tr("Go to the t&hread"), navigationCategory, {K(Qt::Key_F6)},
        viewMenu, &Private::focusThread);
    add(QStringLiteral("view.inbox"), tr("Back to the &inbox"), navigationCategory,
        {K(Qt::Key_Escape)}, viewMenu, &Private::focusInbox);
    add(QStringLiteral("view.refresh"), tr("&Refresh"), navigationCategory, {K(Qt::Key_F5)},
        viewMenu, &Private::refresh);
    add(QStringLiteral("help.shortcuts"), tr("&Keyboard shortcuts"), helpCategory,
        {K(Qt::Key_F1), K(Qt::Key_Question)}, helpMenu, &Private::showCheatSheet);
}

void ModeratorActions::Private::updateEnabled()
{
    const bool room = window.currentChatroom().has_value();
    for (QAction *action : std::as_const(roomActions))
        action->setEnabled(room && !running.contains(action));
}

// ---------------------------------------------------------------------- common parts

std::optional<domain::Chatroom> ModeratorActions::Private::roomOrSay()
{
    std::optional<domain::Chatroom> room = window.currentChatroom();
    if (!room)
        window.showStatus(tr("Open a room first (select it in the inbox)."));
    return room;
}

void ModeratorActions::Private::rememberFocus()
{
    QWidget *focus = QApplication::focusWidget();
    returnFocus = focus && focus->window() == &window ? focus : window.inboxView();
}

void ModeratorActions::Private::restoreFocus()
{
    window.activateWindow();
    QWidget *target = returnFocus && returnFocus->isVisible() && returnFocus->isEnabled()
                          ? returnFocus.data()
                          : window.inboxView();
    if (target)
        target->setFocus(Qt::OtherFocusReason);
}

template<typename Dialog>
void ModeratorActions::Private::present(Dialog *dialog)
{
    if (!dialog->isVisible())
        rememberFocus();
    dialog->show(); // non-modal: the result comes from the API callback, not from exec()
    dialog->raise();
    dialog->activateWindow();
}

void ModeratorActions::Private::refreshRoom(qint64 idChatroom)
{
    api.chatroom(idChatroom, &q, [this](Result<domain::Chatroom> room) {
        if (room)
            inbox.upsert(room.value());
        // A failed refresh leaves the row as it was; the action itself succeeded.
    });
}

std::optional<qint64> ModeratorActions::Private::newestMessageOf(qint64 idChatroom) const
{
    if (messages.chatroom() != idChatroom || messages.rowCount() == 0)
        return std::nullopt;
    const domain::Message *newest = messages.messageAt(messages.rowCount() - 1);
    return newest ? std::optional(newest->id) : std::nullopt;
}

// --------------------------------------------------------------------------- dialogs

void ModeratorActions::Private::createChatroom()
{
    if (!createDialog) {
        createDialog = new CreateChatroomDialog(api, sender, &window);
        QObject::connect(createDialog, &ActionDialog::queuedForLater, &q, [this] { sayQueued(); });
        QObject::connect(createDialog, &CreateChatroomDialog::created, &q,
                         [this](const domain::Chatroom &room) {
                             inbox.upsert(room);
                             window.selectChatroom(room.id);
                             window.showStatus(tr("Chatroom #%1 created.").arg(room.id));
                             // The new room is selected in the inbox: continue from there.
                             returnFocus = window.inboxView();
                         });
        QObject::connect(createDialog, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    if (!createDialog->isVisible() && !createDialog->isBusy())
        createDialog->prepare();
    present(createDialog.data());
}

void ModeratorActions::Private::pushProduct()
{
    const std::optional<domain::Chatroom> room = roomOrSay();
    if (!room)
        return;
    if (!pushDialog) {
        pushDialog = new PushProductDialog(api, sender, &window);
        QObject::connect(pushDialog, &ActionDialog::queuedForLater, &q, [this] { sayQueued(); });
        QObject::connect(pushDialog, &PushProductDialog::pushed, &q,
                         [this](const domain::Message &message) {
                             const qint64 id = message.idChatroom.value_or(messages.chatroom());
                             if (messages.chatroom() == id)
                                 messages.appendMessage(message);
                             refreshRoom(id);
                             window.showStatus(tr("Product pushed."));
                         });
        QObject::connect(pushDialog, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    if (!pushDialog->isBusy())
        pushDialog->prepare(*room);
    present(pushDialog.data());
}

void ModeratorActions::Private::requestRating()
{
    const std::optional<domain::Chatroom> room = roomOrSay();
    if (!room)
        return;
    if (!ratingDialog) {
        ratingDialog = new RequestRatingDialog(api, sender, &window);
        QObject::connect(ratingDialog, &ActionDialog::queuedForLater, &q, [this] { sayQueued(); });
        QObject::connect(ratingDialog, &RequestRatingDialog::requested, &q,
                         [this](const domain::Message &message) {
                             const qint64 id = message.idChatroom.value_or(messages.chatroom());
                             if (messages.chatroom() == id)
                                 messages.appendMessage(message);
                             refreshRoom(id);
                             window.showStatus(tr("Rating requested."));
                         });
        QObject::connect(ratingDialog, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    if (!ratingDialog->isBusy())
        ratingDialog->prepare(*room);
    present(ratingDialog.data());
}

void ModeratorActions::Private::postMessage()
{
    const std::optional<domain::Chatroom> room = roomOrSay();
    if (!room)
        return;
    if (!postDialog) {
        postDialog = new PostMessageDialog(api, &window);
        QObject::connect(postDialog, &PostMessageDialog::posted, &q,
                         [this](const domain::Message &message) {
                             const qint64 id = message.idChatroom.value_or(messages.chatroom());
                             if (messages.chatroom() == id)
                                 messages.appendMessage(message);
                             refreshRoom(id);
                             window.showStatus(tr("Message posted."));
                         });
        QObject::connect(postDialog, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    if (!postDialog->isBusy())
        postDialog->prepare(*room);
    present(postDialog.data());
}

void ModeratorActions::Private::memberAction(const QString &id,
                                             const std::function<MemberActionDialog::Spec()> &make)
{
    const std::optional<domain::Chatroom> room = roomOrSay();
    if (!room)
        return;
    QPointer<MemberActionDialog> &dialog = memberDialogs[id];
    if (!dialog) {
        dialog = new MemberActionDialog(api, make(), &window);
        dialog->setObjectName(id + QStringLiteral("Dialog"));
        QObject::connect(dialog, &MemberActionDialog::succeeded, &q,
                         [this, text = registry.action(id)->text().remove(u'&').remove(u'…')](
                             qint64 room, qint64) {
                             refreshRoom(room);
                             window.showStatus(tr("%1: done.").arg(text));
                         });
        QObject::connect(dialog, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    dialog->prepare(*room);
    present(dialog.data());
}

void ModeratorActions::Private::markRead()
{
    memberAction(QStringLiteral("chatroom.markRead"), [this] {
        return memberactions::markRead(sender,
                                       [this](qint64 room) { return newestMessageOf(room); });
    });
}

void ModeratorActions::Private::flagTodo()
{
    memberAction(QStringLiteral("chatroom.flagTodo"),
                 [this] { return memberactions::flag(api, 1); });
}

void ModeratorActions::Private::flagDone()
{
    memberAction(QStringLiteral("chatroom.flagDone"),
                 [this] { return memberactions::flag(api, 2); });
}

void ModeratorActions::Private::flagClear()
{
    memberAction(QStringLiteral("chatroom.flagClear"),
                 [this] { return memberactions::flag(api, std::nullopt); });
}

void ModeratorActions::Private::archive()
{
    memberAction(QStringLiteral("chatroom.archive"),
                 [this] { return memberactions::archive(api); });
}

void ModeratorActions::Private::block()
{
    memberAction(QStringLiteral("chatroom.block"), [this] { return memberactions::block(api); });
}

// ----------------------------------------------------------------- direct actions

void ModeratorActions::Private::setDialogue()
{
    changeDialogue(registry.action(QStringLiteral("chatroom.setDialogue")), true);
}

void ModeratorActions::Private::clearDialogue()
{
    changeDialogue(registry.action(QStringLiteral("chatroom.clearDialogue")), false);
}

void ModeratorActions::Private::changeDialogue(QAction *action, bool establish)
{
    const std::optional<domain::Chatroom> room = roomOrSay();
    if (!room || running.contains(action))
        return;
    running.insert(action);
    updateEnabled();
    window.showStatus(establish ? tr("Setting the established dialogue…")
                                : tr("Clearing the established dialogue…"),
                      0);
    const std::optional<QDateTime> at =
        establish ? std::optional(QDateTime::currentDateTimeUtc()) : std::nullopt;
    sender.send(outbox::OutboxAction::setDialogue({}, room->id, at), &q,
                [this, action, establish, id = room->id](const SendOutcome &outcome) {
                    running.remove(action);
                    updateEnabled();
                    switch (outcome.kind) {
                    case SendOutcome::Kind::Refused:
                        window.showStatus(outcome.error.userMessage());
                        return;
                    case SendOutcome::Kind::Queued:
                        sayQueued();
                        return;
                    case SendOutcome::Kind::Sent:
                        break;
                    }
                    if (const std::optional<domain::Chatroom> changed =
                            domain::Chatroom::fromPatchResponse(outcome.answer))
                        inbox.upsert(*changed);
                    else
                        refreshRoom(id);
                    window.showStatus(
                        establish ? tr("Established dialogue set for room #%1.").arg(id)
                                  : tr("Established dialogue cleared for room #%1.").arg(id));
                });
}

void ModeratorActions::Private::sayQueued()
{
    window.showStatus(tr("Not sent yet: Popsell did not answer. The console keeps trying; "
                         "see the pending actions (Ctrl+Shift+O)."),
                      10000);
}

void ModeratorActions::Private::hideMessage()
{
    changeMessage(registry.action(QStringLiteral("message.hide")), false);
}

void ModeratorActions::Private::unhideMessage()
{
    changeMessage(registry.action(QStringLiteral("message.unhide")), true);
}

void ModeratorActions::Private::changeMessage(QAction *action, bool active)
{
    const auto *view = qobject_cast<const QAbstractItemView *>(window.messageView());
    const QModelIndex index = view ? view->currentIndex() : QModelIndex();
    const qint64 id = index.data(MessageListModel::IdRole).toLongLong();
    if (id <= 0) { // nothing, or a local echo the server does not have yet
        window.showStatus(tr("Select a message in the thread first."));
        return;
    }
    if (running.contains(action))
        return;
    running.insert(action);
    updateEnabled();
    const api::MessageUpdate update =
        active ? api::MessageUpdate::show() : api::MessageUpdate::hide();
    api.updateMessage(id, update, &q, [this, action, active](Result<domain::Message> message) {
        running.remove(action);
        updateEnabled();
        if (!message) {
            window.showStatus(message.error().userMessage());
            return;
        }
        messages.replaceMessage(message.value());
        window.showStatus(active ? tr("Message shown again.") : tr("Message hidden."));
    });
}

// ---------------------------------------------------------------------- navigation

void ModeratorActions::Private::refresh()
{
    const std::optional<domain::Chatroom> room = window.currentChatroom();
    if (room) {
        // Reloading drops the rows: the open room is selected again once it is back.
        auto connection = std::make_shared<QMetaObject::Connection>();
        *connection = QObject::connect(&inbox, &ChatroomInboxModel::reloaded, &q,
                                       [this, connection, id = room->id] {
                                           QObject::disconnect(*connection);
                                           window.selectChatroom(id);
                                       });
        messages.reload();
    }
    inbox.reload();
    window.showStatus(tr("Refreshing…"));
}

void ModeratorActions::Private::showPalette()
{
    if (!palette) {
        palette = new CommandPalette(registry, inbox, ChatroomInboxModel::IdRole,
                                     ChatroomInboxModel::MembersRole, &window);
        QObject::connect(palette, &CommandPalette::roomChosen, &q, [this](qint64 id) {
            if (!window.selectChatroom(id))
                window.showStatus(tr("Room #%1 is no longer in the inbox.").arg(id));
        });
        // Closed either way, focus goes back where the moderator was first; a chosen action
        // runs after that (CommandPalette::runCurrent) and its dialog takes focus.
        QObject::connect(palette, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    rememberFocus();
    palette->popUp();
}

void ModeratorActions::Private::showCheatSheet()
{
    if (!cheatSheet) {
        cheatSheet = new CheatSheetDialog(registry, &window);
        QObject::connect(cheatSheet, &QDialog::finished, &q, [this] { restoreFocus(); });
    }
    if (!cheatSheet->isVisible())
        rememberFocus();
    cheatSheet->popUp();
}

void ModeratorActions::Private::nextTodoRoom()
{
    const std::optional<domain::Chatroom> room = window.currentChatroom();
    const int rows = inbox.rowCount();
    const int from = room ? inbox.rowOf(room->id) : -1;
    for (int step = 1; step <= rows; ++step) {
        const int row = (from + step) % rows;
        const QModelIndex index = inbox.index(row, 0);
        if (index.data(ChatroomInboxModel::FlagRole).toInt() == 1) {
            window.selectChatroom(index.data(ChatroomInboxModel::IdRole).toLongLong());
            return;
        }
    }
    window.showStatus(tr("No room to do among the loaded rooms."));
}

void ModeratorActions::Private::focusFilter()
{
    QWidget *field = window.inboxFilterField();
    if (!field)
        return;
    field->setFocus(Qt::ShortcutFocusReason);
    if (auto *edit = qobject_cast<QLineEdit *>(field))
        edit->selectAll();
}

void ModeratorActions::Private::focusInbox()
{
    if (QWidget *view = window.inboxView())
        view->setFocus(Qt::ShortcutFocusReason);
}

void ModeratorActions::Private::focusThread()
{
    auto *view = qobject_cast<QAbstractItemView *>(window.messageView());
    if (!view)
        return;
    // The newest message is where a moderator reads from (and what Del would hide).
    if (!view->currentIndex().isValid() && view->model() && view->model()->rowCount() > 0)
        view->setCurrentIndex(view->model()->index(view->model()->rowCount() - 1, 0));
    view->setFocus(Qt::ShortcutFocusReason);
}

// ------------------------------------------------------------- mark read on opening

void ModeratorActions::Private::toggleMarkReadOnOpen()
{
    const bool on = markReadOnOpen->isChecked();
    settings.setValue(QLatin1String(kMarkReadOnOpenKey), on);
    window.showStatus(on ? tr("Rooms will be marked read when opened.")
                         : tr("Rooms will no longer be marked read when opened."));
    if (!on)
        markReadTimer.stop();
}

void ModeratorActions::Private::onRoomOpened(const std::optional<domain::Chatroom> &room)
{
    updateEnabled();
    markReadTimer.stop();
    if (!room || !markReadOnOpen->isChecked())
        return;
    markReadRoom = room->id;
    markReadTimer.start();
}

void ModeratorActions::Private::markOpenedRoomRead()
{
    const qint64 id = markReadRoom;
    const std::optional<domain::Chatroom> open = window.currentChatroom();
    if (!open || open->id != id)
        return; // moved on meanwhile
    // The inbox has no per-member state: the room is fetched with it first.
    api.chatroom(id, &q, [this, id](Result<domain::Chatroom> room) {
        if (!room) {
            window.showStatus(room.error().userMessage());
            return;
        }
        const QList<qint64> unread =
            memberactions::membersWithUnread(room.value(), newestMessageOf(id));
        auto remaining = std::make_shared<int>(int(unread.size()));
        for (qint64 member : unread) {
            api.markRead(id, member, &q, [this, id, remaining](Result<domain::Message> read) {
                if (!read)
                    window.showStatus(read.error().userMessage());
                if (--*remaining == 0)
                    refreshRoom(id);
            });
        }
    });
}

// ---------------------------------------------------------------------------- public

ModeratorActions::ModeratorActions(MainWindow &window, api::PopsellApi &api, ActionSender &sender,
                                   ChatroomInboxModel &inbox, MessageListModel &messages,
                                   QSettings &settings, QObject *parent)
    : QObject(parent)
    , d(std::make_unique<Private>(*this, window, api, sender, inbox, messages, settings))
{
    d->createActions();
    d->markReadTimer.setSingleShot(true);
    d->markReadTimer.setInterval(kMarkReadOnOpenDelayMs);
    connect(&d->markReadTimer, &QTimer::timeout, this, [this] { d->markOpenedRoomRead(); });
    connect(&window, &MainWindow::currentChatroomChanged, this,
            [this](const std::optional<domain::Chatroom> &room) { d->onRoomOpened(room); });
    d->updateEnabled();
}

ModeratorActions::~ModeratorActions() = default;

ActionRegistry &ModeratorActions::registry()
{
    return d->registry;
}

bool ModeratorActions::editRefused(const outbox::OutboxAction &action)
{
    using outbox::OutboxKind;
    ActionDialog *dialog = nullptr;
    if (action.kind == OutboxKind::CreateChatroom) {
        d->createChatroom();
        dialog = d->createDialog;
    } else if (action.kind == OutboxKind::PushProduct || action.kind == OutboxKind::RequestRating) {
        if (!d->window.selectChatroom(action.chatroomId)) {
            d->window.showStatus(
                tr("Chatroom #%1 is not loaded in the inbox.").arg(action.chatroomId));
            return false;
        }
        if (action.kind == OutboxKind::PushProduct) {
            d->pushProduct();
            dialog = d->pushDialog;
        } else {
            d->requestRating();
            dialog = d->ratingDialog;
        }
    }
    if (!dialog)
        return false;
    dialog->correct(d->sender, action.id, ActionSender::errorOf(action));
    return true;
}

void ModeratorActions::forgetProfileData()
{
    d->markReadTimer.stop();
    d->markReadRoom = 0;
    const QList<QWidget *> dialogs = {d->createDialog.data(), d->pushDialog.data(),
                                      d->ratingDialog.data(), d->postDialog.data()};
    for (QWidget *dialog : dialogs) {
        if (dialog)
            dialog->deleteLater();
    }
    for (const QPointer<MemberActionDialog> &dialog : std::as_const(d->memberDialogs)) {
        if (dialog)
            dialog->deleteLater();
    }
    d->memberDialogs.clear();
}

} // namespace popsell::app
