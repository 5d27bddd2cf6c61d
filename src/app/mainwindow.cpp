#include "app/mainwindow.h"

#include "app/inbox/inboxdelegate.h"
#include "app/inbox/inboxview.h"
#include "app/room/historypagingproxy.h"
#include "app/room/messagedelegate.h"
#include "app/room/messagelistview.h"
#include "app/room/productimagecache.h"
#include "app/room/roomheader.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/inboxfilterproxy.h"
#include "core/models/messagelistmodel.h"
#include "ui_mainwindow.h"

#include <QKeyEvent>
#include <QLabel>
#include <QStatusBar>
#include <QTimer>

namespace popsell::app {

using models::ChatroomInboxModel;
using models::MessageListModel;

namespace {

// Keystrokes are batched before the filter runs: re-filtering thousands of rooms per
// keystroke would make typing lag.
constexpr int kFilterDebounceMs = 150;

enum class SignIn
{
    SignedIn,
    SigningIn,
    Failed,
    SignedOut
};

} // namespace

struct MainWindow::Private
{
    Private(MainWindow &window, ChatroomInboxModel &inbox, MessageListModel &messages)
        : q(window)
        , inbox(inbox)
        , messages(messages)
    {}

    void setUpInbox();
    void setUpRoom();
    void setUpStatusBar();
    void updateTitle();
    void updateInboxTitle();
    void updatePlaceholders();
    void updateConnectionState();
    void openIndex(const QModelIndex &proxyIndex);
    void refreshCurrentFromInbox();
    void selectCurrentInInbox();

    MainWindow &q;
    ChatroomInboxModel &inbox;
    MessageListModel &messages;
    Ui::MainWindow ui;
    models::InboxFilterProxy *inboxProxy = nullptr;
    HistoryPagingProxy *paging = nullptr;
    ProductImageCache *images = nullptr;
    MessageDelegate *messageDelegate = nullptr;
    QLabel *connectionLabel = nullptr;
    QLabel *profileLabel = nullptr;
    QLabel *heldLabel = nullptr;
    QLabel *keychainLabel = nullptr;
    QLabel *sandboxLabel = nullptr;
    QTimer filterTimer;
    std::optional<domain::Chatroom> current;
    QUrl serverUrl;
    QString profileName;
    bool sandbox = false;
    SignIn signIn = SignIn::SignedIn;
    QString signInError;
};

namespace {

// Down or Enter in the filter field goes to the (filtered) list, so filtering and picking
// a room is one motion on the keyboard.
class FilterFieldKeys : public QObject
{
public:
    FilterFieldKeys(QWidget *list, QObject *parent)
        : QObject(parent)
        , m_list(list)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress) {
            const int key = static_cast<QKeyEvent *>(event)->key();
            if (key == Qt::Key_Down || key == Qt::Key_Return || key == Qt::Key_Enter) {
                m_list->setFocus(Qt::ShortcutFocusReason);
                return true;
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_list;
};

} // namespace

MainWindow::MainWindow(ChatroomInboxModel &inbox, MessageListModel &messages, QWidget *parent)
    : QMainWindow(parent)
    , d(std::make_unique<Private>(*this, inbox, messages))
{
    d->ui.setupUi(this);
    d->ui.splitter->setStretchFactor(0, 0);
    d->ui.splitter->setStretchFactor(1, 1);
    d->ui.splitter->setSizes({420, 860});
    d->setUpInbox();
    d->setUpRoom();
    d->setUpStatusBar();
    d->updateTitle();
    d->updatePlaceholders();
    d->updateConnectionState();
    // The inbox is where the day starts: arrow keys work without a click.
    d->ui.inboxView->setFocus(Qt::OtherFocusReason);
}

MainWindow::~MainWindow() = default;

void MainWindow::Private::setUpInbox()
{
    inboxProxy = new models::InboxFilterProxy(&q);
    inboxProxy->setSourceModel(&inbox);
    InboxView *view = ui.inboxView;
    view->setItemDelegate(new InboxDelegate(view));
    view->setModel(inboxProxy);

    QObject::connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, &q,
                     [this](const QModelIndex &currentIndex) { openIndex(currentIndex); });
    QObject::connect(view, &InboxView::activatedByKeyboard, &q,
                     [this](const QModelIndex &index) { openIndex(index); });
    QObject::connect(view, &QAbstractItemView::clicked, &q,
                     [this](const QModelIndex &index) { openIndex(index); });

    filterTimer.setSingleShot(true);
    filterTimer.setInterval(kFilterDebounceMs);
    QObject::connect(&filterTimer, &QTimer::timeout, &q, [this] {
        inboxProxy->setFilterText(ui.filterEdit->text());
        updatePlaceholders();
        updateInboxTitle();
    });
    QObject::connect(ui.filterEdit, &QLineEdit::textChanged, &filterTimer,
                     qOverload<>(&QTimer::start));
    ui.filterEdit->installEventFilter(new FilterFieldKeys(view, ui.filterEdit));

    const auto refresh = [this] {
        updatePlaceholders();
        updateConnectionState();
        updateInboxTitle();
    };
    QObject::connect(&inbox, &ChatroomInboxModel::loadingChanged, &q, refresh);
    QObject::connect(&inbox, &ChatroomInboxModel::errorTextChanged, &q, refresh);
    QObject::connect(&inbox, &ChatroomInboxModel::totalChanged, &q, refresh);
    QObject::connect(inboxProxy, &QAbstractItemModel::rowsInserted, &q, refresh);
    QObject::connect(inboxProxy, &QAbstractItemModel::modelReset, &q, refresh);
    QObject::connect(&inbox, &ChatroomInboxModel::reloaded, &q, [this] { selectCurrentInInbox(); });
    // An action changed a room (flag, dialogue, read...): the open room shows it too.
    QObject::connect(&inbox, &QAbstractItemModel::dataChanged, &q,
                     [this] { refreshCurrentFromInbox(); });
}

void MainWindow::Private::setUpRoom()
{
    images = new ProductImageCache(&q);
    const int picture = 64;
    images->setDecodeSize(QSize(picture, picture) * q.devicePixelRatioF());
    messageDelegate = new MessageDelegate(*images, ui.messageView);
    paging = new HistoryPagingProxy(&q);
    paging->setSourceModel(&messages);
    ui.messageView->setItemDelegate(messageDelegate);
    ui.messageView->setPagingModel(paging);

    QObject::connect(images, &ProductImageCache::imageReady, ui.messageView->viewport(),
                     qOverload<>(&QWidget::update));
    // A changed message (hidden, rated) is measured again; the others keep their sizes.
    QObject::connect(&messages, &QAbstractItemModel::dataChanged, &q,
                     [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                         for (int row = topLeft.row(); row <= bottomRight.row(); ++row) {
                             if (const domain::Message *message = messages.messageAt(row))
                                 messageDelegate->sizeCache().forget(message->id);
                         }
                     });
    QObject::connect(&messages, &MessageListModel::chatroomLoaded, &q, [this](qint64 id) {
        if (current && current->id == id)
            ui.messageView->scrollToNewest();
    });
    const auto refresh = [this] {
        updatePlaceholders();
        updateConnectionState();
    };
    QObject::connect(&messages, &MessageListModel::loadingChanged, &q, refresh);
    QObject::connect(&messages, &MessageListModel::errorTextChanged, &q, refresh);
    QObject::connect(paging, &QAbstractItemModel::modelReset, &q, refresh);
    QObject::connect(paging, &QAbstractItemModel::rowsInserted, &q, refresh);
}

void MainWindow::Private::setUpStatusBar()
{
    connectionLabel = new QLabel(&q);
    connectionLabel->setAccessibleName(tr("Connection state"));
    connectionLabel->setTextInteractionFlags(Qt::NoTextInteraction);
    profileLabel = new QLabel(&q);
    profileLabel->setObjectName(QStringLiteral("profileLabel"));
    profileLabel->setAccessibleName(tr("Profile"));
    profileLabel->setToolTip(tr("The brand and domain the console works for (Session menu to "
                                "switch)."));
    profileLabel->hide();
    heldLabel = new QLabel(&q);
    heldLabel->setObjectName(QStringLiteral("heldLabel"));
    heldLabel->setAccessibleName(tr("Held actions"));
    heldLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #8a1c1c; color: white; font-weight: bold; padding: 1px 6px;"
        " border-radius: 3px; }"));
    heldLabel->hide();
    keychainLabel = new QLabel(tr("Sign-in not saved"), &q);
    keychainLabel->setObjectName(QStringLiteral("keychainLabel"));
    keychainLabel->setAccessibleName(tr("Keychain notice"));
    keychainLabel->hide();
    sandboxLabel = new QLabel(tr("Sandbox"), &q);
    sandboxLabel->setAccessibleName(tr("Sandbox mode"));
    sandboxLabel->setToolTip(tr("Demo data on the embedded sandbox; nothing reaches Popsell."));
    sandboxLabel->setStyleSheet(QStringLiteral(
        "QLabel { background: #b25e00; color: white; font-weight: bold; padding: 1px 6px;"
        " border-radius: 3px; }"));
    sandboxLabel->hide();
    q.statusBar()->addPermanentWidget(heldLabel);
    q.statusBar()->addPermanentWidget(connectionLabel);
    q.statusBar()->addPermanentWidget(keychainLabel);
    q.statusBar()->addPermanentWidget(profileLabel);
    q.statusBar()->addPermanentWidget(sandboxLabel);
}

void MainWindow::Private::updateTitle()
{
    if (sandbox)
        q.setWindowTitle(tr("Popsell Moderator — Sandbox"));
    else if (!profileName.isEmpty())
        q.setWindowTitle(tr("Popsell Moderator — %1").arg(profileName));
    else
        q.setWindowTitle(tr("Popsell Moderator"));
}

void MainWindow::Private::updateInboxTitle()
{
    const int shown = inboxProxy->rowCount();
    const int loaded = inbox.rowCount();
    QString text;
    if (!inboxProxy->filterText().isEmpty())
        text = tr("Inbox: %1 of %2 loaded chatrooms match").arg(shown).arg(loaded);
    else if (inbox.total() > loaded)
        text = tr("Inbox: %1 chatrooms (%2 loaded)").arg(inbox.total()).arg(loaded);
    else if (signIn != SignIn::SignedIn)
        text = tr("Inbox");
    else if (loaded == 1)
        text = tr("Inbox: 1 chatroom");
    else
        text = tr("Inbox: %1 chatrooms").arg(loaded);
    ui.inboxTitle->setText(text);
}

void MainWindow::Private::updatePlaceholders()
{
    QString inboxText;
    if (signIn == SignIn::SigningIn)
        inboxText = tr("Signing in…");
    else if (signIn == SignIn::SignedOut)
        inboxText = tr("Signed out.\nUse Session ▸ Sign in… to open a profile or the sandbox.");
    else if (signIn == SignIn::Failed)
        inboxText = tr("Could not sign in.\n%1").arg(signInError);
    else if (!inbox.errorText().isEmpty())
        inboxText = tr("The chatrooms could not be loaded.\n%1").arg(inbox.errorText());
    else if (inbox.isLoading())
        inboxText = tr("Loading chatrooms…");
    else if (inbox.rowCount() > 0)
        inboxText = tr("No loaded chatroom matches “%1”.").arg(inboxProxy->filterText());
    else
        inboxText = tr("No chatrooms yet.");
    ui.inboxView->setPlaceholderText(inboxText);

    QString roomText;
    if (!current)
        roomText.clear(); // the room header says what to do
    else if (!messages.errorText().isEmpty())
        roomText = tr("The messages could not be loaded.\n%1").arg(messages.errorText());
    else if (messages.isLoading())
        roomText = tr("Loading messages…");
    else
        roomText = tr("No messages in this chatroom yet.");
    ui.messageView->setPlaceholderText(roomText);
}

void MainWindow::Private::updateConnectionState()
{
    const QString server = serverUrl.toDisplayString(QUrl::RemoveUserInfo);
    QString text;
    bool error = false;
    if (signIn == SignIn::SigningIn) {
        // The sandbox's address is known once it runs, after the first paint.
        text = server.isEmpty() ? tr("Signing in…") : tr("Signing in to %1…").arg(server);
    } else if (signIn == SignIn::SignedOut) {
        text = tr("Signed out");
    } else if (signIn == SignIn::Failed) {
        text = tr("Not connected: %1").arg(signInError);
        error = true;
    } else if (!inbox.errorText().isEmpty()) {
        text = inbox.errorText();
        error = true;
    } else if (!messages.errorText().isEmpty()) {
        text = messages.errorText();
        error = true;
    } else if (inbox.isLoading() || messages.isLoading()) {
        text = tr("Loading from %1…").arg(server);
    } else {
        text = tr("Connected to %1").arg(server);
    }
    connectionLabel->setText(text);
    connectionLabel->setStyleSheet(error ? QStringLiteral("QLabel { color: #c62828; }")
                                         : QString());
}

void MainWindow::Private::openIndex(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = inboxProxy->mapToSource(proxyIndex);
    const domain::Chatroom *room = inbox.chatroomAt(source.row());
    if (!room)
        return;
    if (current && current->id == room->id && messages.chatroom() == room->id) {
        current = *room;
        ui.roomHeader->setChatroom(current);
        return;
    }
    current = *room;
    ui.roomHeader->setChatroom(current);
    messages.setChatroom(room->id);
    updatePlaceholders();
    Q_EMIT q.currentChatroomChanged(current);
}

void MainWindow::Private::refreshCurrentFromInbox()
{
    if (!current)
        return;
    const int row = inbox.rowOf(current->id);
    const domain::Chatroom *room = row >= 0 ? inbox.chatroomAt(row) : nullptr;
    if (!room || *room == *current)
        return;
    current = *room;
    ui.roomHeader->setChatroom(current);
}

void MainWindow::Private::selectCurrentInInbox()
{
    if (!current)
        return;
    const int row = inbox.rowOf(current->id);
    if (row < 0)
        return;
    const QModelIndex index = inboxProxy->mapFromSource(inbox.index(row));
    if (index.isValid())
        ui.inboxView->setCurrentIndex(index);
}

std::optional<domain::Chatroom> MainWindow::currentChatroom() const
{
    return d->current;
}

bool MainWindow::selectChatroom(qint64 idChatroom)
{
    const int row = d->inbox.rowOf(idChatroom);
    if (row < 0)
        return false;
    QModelIndex index = d->inboxProxy->mapFromSource(d->inbox.index(row));
    if (!index.isValid()) {
        // Filtered out: the moderator asked for this room, so the filter gives way.
        d->ui.filterEdit->clear();
        d->filterTimer.stop();
        d->inboxProxy->setFilterText({});
        index = d->inboxProxy->mapFromSource(d->inbox.index(row));
    }
    d->ui.inboxView->setCurrentIndex(index);
    d->ui.inboxView->scrollTo(index);
    d->openIndex(index);
    return true;
}

void MainWindow::moveSelection(int delta)
{
    const int count = d->inboxProxy->rowCount();
    if (count == 0)
        return;
    const QModelIndex currentIndex = d->ui.inboxView->currentIndex();
    const int from = currentIndex.isValid() ? currentIndex.row() : (delta > 0 ? -1 : count);
    const int to = qBound(0, from + delta, count - 1);
    const QModelIndex index = d->inboxProxy->index(to, 0);
    d->ui.inboxView->setCurrentIndex(index);
    d->ui.inboxView->scrollTo(index);
    d->openIndex(index);
}

void MainWindow::showStatus(const QString &text, int timeoutMs)
{
    statusBar()->showMessage(text, timeoutMs);
}

void MainWindow::setSandboxMode(bool sandbox)
{
    d->sandbox = sandbox;
    d->sandboxLabel->setVisible(sandbox);
    d->updateTitle();
}

void MainWindow::setProfileName(const QString &name)
{
    d->profileName = name;
    d->profileLabel->setText(name);
    d->profileLabel->setVisible(!name.isEmpty());
    d->updateTitle();
}

void MainWindow::forgetProfileData()
{
    d->current.reset();
    d->ui.roomHeader->setChatroom(std::nullopt);
    d->ui.filterEdit->clear();
    d->filterTimer.stop();
    d->inboxProxy->setFilterText({});
    d->images->clear();
    d->messageDelegate->sizeCache().clear();
    d->updatePlaceholders();
    Q_EMIT currentChatroomChanged(std::nullopt);
}

void MainWindow::setSignedOut()
{
    d->signIn = SignIn::SignedOut;
    d->signInError.clear();
    d->inboxProxy->setSourceModel(nullptr);
    setProfileName({});
    setSandboxMode(false);
    d->updatePlaceholders();
    d->updateConnectionState();
    d->updateInboxTitle();
}

void MainWindow::setHeldActions(int count, bool waitingForSignIn)
{
    if (count <= 0 && !waitingForSignIn) {
        d->heldLabel->hide();
        return;
    }
    d->heldLabel->setText(waitingForSignIn
                              ? tr("%n action(s) held until you sign in again", nullptr, count)
                              : tr("%n action(s) held while signing in again", nullptr, count));
    d->heldLabel->setToolTip(tr("Nothing is lost: held actions are sent once the same profile "
                                "is signed in again. Drafts stay in their dialogs."));
    d->heldLabel->show();
}

void MainWindow::setKeychainNotice(const QString &text)
{
    d->keychainLabel->setToolTip(text);
    d->keychainLabel->setVisible(!text.isEmpty());
    if (!text.isEmpty())
        showStatus(text, 15000);
}

void MainWindow::setServerUrl(const QUrl &baseUrl)
{
    d->serverUrl = baseUrl;
    d->images->setAllowedOrigin(baseUrl);
    d->updateConnectionState();
}

void MainWindow::setSigningIn()
{
    d->signIn = SignIn::SigningIn;
    d->inboxProxy->setSourceModel(nullptr);
    d->updatePlaceholders();
    d->updateConnectionState();
    d->updateInboxTitle();
}

void MainWindow::setSignInFailed(const QString &message)
{
    d->signIn = SignIn::Failed;
    d->signInError = message;
    d->inboxProxy->setSourceModel(nullptr);
    d->updatePlaceholders();
    d->updateConnectionState();
    d->updateInboxTitle();
}

void MainWindow::setSignedIn()
{
    d->signIn = SignIn::SignedIn;
    d->signInError.clear();
    if (d->inboxProxy->sourceModel() != &d->inbox)
        d->inboxProxy->setSourceModel(&d->inbox);
    d->updatePlaceholders();
    d->updateConnectionState();
    d->updateInboxTitle();
}

MessageDelegate *MainWindow::messageDelegate() const
{
    return d->messageDelegate;
}

QMenu *MainWindow::sessionMenu() const
{
    return d->ui.sessionMenu;
}

QMenu *MainWindow::chatroomMenu() const
{
    return d->ui.chatroomMenu;
}

QMenu *MainWindow::messageMenu() const
{
    return d->ui.messageMenu;
}

QMenu *MainWindow::viewMenu() const
{
    return d->ui.viewMenu;
}

QMenu *MainWindow::helpMenu() const
{
    return d->ui.helpMenu;
}

QWidget *MainWindow::inboxView() const
{
    return d->ui.inboxView;
}

QWidget *MainWindow::messageView() const
{
    return d->ui.messageView;
}

QWidget *MainWindow::inboxFilterField() const
{
    return d->ui.filterEdit;
}

} // namespace popsell::app
