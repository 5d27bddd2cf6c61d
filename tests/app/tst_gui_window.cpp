// The console's window on an in-process sandbox with the demo data, offscreen: the inbox
// loads, the keyboard opens a room, its messages read newest at the bottom, every message
// kind is drawn, scrolling up loads history, and message sizes are measured once.

#include "app/console.h"
#include "app/consolebackend.h"
#include "app/mainwindow.h"
#include "app/room/messagedelegate.h"
#include "app/room/messagekindstyle.h"
#include "app/room/messagelistview.h"
#include "app/room/messagesizecache.h"
#include "core/domain/message.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"
#include "support/windowtext.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPainter>
#include <QScrollBar>
#include <QSet>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace popsell;
using domain::Message;
using domain::MessageType;
using models::ChatroomInboxModel;
using models::MessageListModel;
using popsell::testing::statusText;

namespace {

constexpr int kTimeoutMs = 20000;
constexpr qint64 kDemoRoom = 1; // ambassadors 1 and 2, 30 messages of every kind

// One message of `kind`, the way the API would send it.
Message messageOfKind(MessageType kind, qint64 id)
{
    Message message;
    message.id = id;
    message.dateInsert = QDateTime::currentDateTimeUtc();
    message.author.edit().id = 1;
    message.author.edit().firstname = QStringLiteral("Camille");
    message.author.edit().lastname = QStringLiteral("Lacroix");
    message.typeMessage = int(kind);
    message.content = QStringLiteral("Message of kind %1").arg(int(kind));
    if (kind == MessageType::Product) {
        domain::Product product;
        product.id = 21;
        product.name = QStringLiteral("Brume Parfumée Aube Marine");
        product.price = 50.32;
        product.priceCatalog = 62.9;
        product.discountPercentage = 20;
        product.stock = 163;
        product.stockAvailable = 150;
        message.products = {product};
    }
    if (kind == MessageType::Rating) {
        domain::Rating rating;
        rating.id = 1;
        rating.value = 4;
        rating.content = QStringLiteral("Très bon conseil");
        message.rating = rating;
    }
    return message;
}

} // namespace

class TstGuiWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void windowShowsTheSandboxInbox();
    void keyboardOpensChatroomOneNewestAtTheBottom();
    void stayingAtTheBottomWhenAMessageArrives();
    void scrollingToTheTopLoadsOlderMessages();
    void everyMessageKindIsDrawnDistinctly();
    void relayoutAnswersFromTheSizeCache();
    void sizeCacheKeysOnMessageAndWidth();

private:
    app::MessageListView *messageView() const
    {
        return qobject_cast<app::MessageListView *>(window->messageView());
    }
    QListView *inboxView() const { return qobject_cast<QListView *>(window->inboxView()); }
    void openDemoRoom();

    QTemporaryDir scratch;
    std::unique_ptr<QSettings> settings;
    std::unique_ptr<app::Console> console;
    app::ConsoleBackend *backend = nullptr;
    ChatroomInboxModel *inbox = nullptr;
    MessageListModel *messages = nullptr;
    app::MainWindow *window = nullptr;
};

void TstGuiWindow::initTestCase()
{
    // The console as main() builds it, opened on the sandbox as `--sandbox` does.
    QVERIFY(scratch.isValid());
    settings = std::make_unique<QSettings>(scratch.filePath(QStringLiteral("settings.ini")),
                                           QSettings::IniFormat);
    console = std::make_unique<app::Console>(*settings, scratch.path());
    backend = &console->backend();
    inbox = &console->inbox();
    messages = &console->messages();
    window = &console->window();
    window->resize(1280, 800);

    QSignalSpy signedIn(&backend->session(), &auth::Session::signedIn);
    QSignalSpy failed(&backend->session(), &auth::Session::signInFailed);
    console->start({app::ConsoleStart::Mode::Sandbox, {}, {}});
    QVERIFY(QTest::qWaitForWindowExposed(window));
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window));
    QTRY_VERIFY_WITH_TIMEOUT(!signedIn.isEmpty() || !failed.isEmpty(), kTimeoutMs);
    QVERIFY2(failed.isEmpty(),
             failed.isEmpty() ? "" : qPrintable(failed.first().first().toString()));
    QVERIFY(backend->isSandbox());
}

void TstGuiWindow::cleanupTestCase()
{
    console.reset();
}

void TstGuiWindow::windowShowsTheSandboxInbox()
{
    QTRY_VERIFY_WITH_TIMEOUT(inboxView()->model()->rowCount() > 0, kTimeoutMs);
    QVERIFY(window->windowTitle().contains(QStringLiteral("Sandbox")));
    QTRY_VERIFY(statusText(*window).contains(QStringLiteral("Connected to ")));
    QVERIFY(statusText(*window).contains(backend->baseUrl().toString()));
    QVERIFY(statusText(*window).contains(QStringLiteral("Sandbox")));
    // The day starts in the inbox: arrow keys work without a click.
    QCOMPARE(QApplication::focusWidget(), window->inboxView());
    QVERIFY(!window->currentChatroom());
}

void TstGuiWindow::keyboardOpensChatroomOneNewestAtTheBottom()
{
    // Down through the inbox until chatroom 1 is selected, then Enter.
    const int rows = inboxView()->model()->rowCount();
    int presses = 0;
    while ((!window->currentChatroom() || window->currentChatroom()->id != kDemoRoom) &&
           presses <= rows) {
        QTest::keyClick(window->inboxView(), Qt::Key_Down);
        ++presses;
    }
    QVERIFY2(presses <= rows, "chatroom 1 is not in the inbox's first page");
    QTest::keyClick(window->inboxView(), Qt::Key_Return);
    QCOMPARE(window->currentChatroom()->id, kDemoRoom);
    QCOMPARE(QApplication::focusWidget(), window->inboxView()); // focus stays where it was

    QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > 0 && !messages->isLoading(), kTimeoutMs);
    QCOMPARE(messages->chatroom(), kDemoRoom);
    // Newest at the bottom: dates ascend down the list, and the view shows the last row.
    for (int row = 1; row < messages->rowCount(); ++row)
        QVERIFY(messages->messageAt(row - 1)->dateInsert <= messages->messageAt(row)->dateInsert);
    app::MessageListView *view = messageView();
    QTRY_VERIFY(view->isAtBottom());
    const QModelIndex newest = view->model()->index(view->model()->rowCount() - 1, 0);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(newest)));
    // The view does not page history by itself while the moderator reads the bottom.
    const int loaded = messages->rowCount();
    QTest::qWait(300);
    QCOMPARE(messages->rowCount(), loaded);
}

void TstGuiWindow::stayingAtTheBottomWhenAMessageArrives()
{
    app::MessageListView *view = messageView();
    QVERIFY(view->isAtBottom());
    Message arrived = messageOfKind(MessageType::Text, 9'000'001);
    arrived.content = QStringLiteral("A long message that wraps. ").repeated(20);
    messages->appendMessage(arrived);
    QTRY_VERIFY(view->isAtBottom());
    const QModelIndex newest = view->model()->index(view->model()->rowCount() - 1, 0);
    QCOMPARE(newest.data(MessageListModel::IdRole).toLongLong(), arrived.id);
    QVERIFY(view->viewport()->rect().intersects(view->visualRect(newest)));
}

void TstGuiWindow::scrollingToTheTopLoadsOlderMessages()
{
    QVERIFY2(messages->canFetchMore({}), "chatroom 1 has more than one page of messages");
    const int before = messages->rowCount();
    const qint64 oldestBefore = messages->messageAt(0)->id;
    QScrollBar *bar = messageView()->verticalScrollBar();
    bar->setValue(bar->minimum());
    QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > before, kTimeoutMs);
    // Older ones are above, and the message that was at the top is still on screen.
    QVERIFY(messages->messageAt(0)->dateInsert <=
            messages->messageAt(messages->rowOf(oldestBefore))->dateInsert);
    QVERIFY(bar->value() > bar->minimum());
}

void TstGuiWindow::everyMessageKindIsDrawnDistinctly()
{
    // The whole demo room: it holds all ten kinds.
    while (messages->canFetchMore({})) {
        const int before = messages->rowCount();
        messages->fetchMore({});
        QTRY_VERIFY_WITH_TIMEOUT(messages->rowCount() > before || !messages->canFetchMore({}),
                                 kTimeoutMs);
    }
    QSet<MessageType> kinds;
    app::MessageDelegate *delegate = window->messageDelegate();
    app::MessageListView *view = messageView();
    QStyleOptionViewItem option;
    option.initFrom(view);
    option.widget = view;
    option.font = view->font();
    for (int row = 0; row < messages->rowCount(); ++row) {
        kinds.insert(messages->messageAt(row)->kind());
        QVERIFY(delegate->sizeHint(option, view->model()->index(row, 0)).height() > 0);
    }
    QCOMPARE(kinds.size(), 10);

    // Each kind on its own, through a plain model: measured, painted, and labelled apart.
    QStandardItemModel model;
    QSet<QString> labels;
    QSet<QRgb> colours;
    for (int kind = 0; kind <= int(MessageType::Missed); ++kind) {
        const Message message = messageOfKind(MessageType(kind), 8'000'000 + kind);
        QCOMPARE(message.kind(), MessageType(kind));
        auto *item = new QStandardItem;
        item->setData(QVariant::fromValue(message), MessageListModel::MessageRole);
        model.appendRow(item);
        labels.insert(app::MessageKindStyle::label(MessageType(kind)));
        colours.insert(app::MessageKindStyle::colour(MessageType(kind)).rgb());
    }
    QCOMPARE(labels.size(), 10);
    QCOMPARE(colours.size(), 10);
    int textHeight = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        const QSize size = delegate->sizeHint(option, index);
        QVERIFY2(size.height() > 0, qPrintable(QString::number(row)));
        if (MessageType(row) == MessageType::Text)
            textHeight = size.height();
        QImage canvas(size, QImage::Format_ARGB32_Premultiplied);
        canvas.fill(Qt::white);
        QPainter painter(&canvas);
        QStyleOptionViewItem paintOption = option;
        paintOption.rect = QRect(QPoint(0, 0), size);
        delegate->paint(&painter, paintOption, index);
        painter.end();
        QVERIFY(canvas.pixel(canvas.width() / 2, canvas.height() / 2) != 0);
    }
    // Cards and stars take room of their own.
    QVERIFY(delegate->sizeHint(option, model.index(int(MessageType::Product), 0)).height() >
            textHeight);
    QVERIFY(delegate->sizeHint(option, model.index(int(MessageType::Rating), 0)).height() >
            textHeight);
    // A hidden message is measured again and stays in the list.
    Message hidden = *messages->messageAt(messages->rowCount() - 1);
    hidden.active = false;
    messages->replaceMessage(hidden);
    QCOMPARE(messages->messageAt(messages->rowOf(hidden.id))->active, false);
}

void TstGuiWindow::relayoutAnswersFromTheSizeCache()
{
    app::MessageListView *view = messageView();
    const app::MessageSizeCache &cache = window->messageDelegate()->sizeCache();
    view->doItemsLayout();
    const int misses = cache.misses();
    const int hits = cache.hits();
    view->doItemsLayout();
    view->viewport()->repaint();
    QCOMPARE(cache.misses(), misses);
    QVERIFY(cache.hits() >= hits + messages->rowCount());
}

void TstGuiWindow::sizeCacheKeysOnMessageAndWidth()
{
    app::MessageSizeCache cache(4);
    QVERIFY(!cache.find(1, 500).isValid());
    cache.insert(1, 500, QSize(500, 80));
    QCOMPARE(cache.find(1, 500), QSize(500, 80));
    QVERIFY(!cache.find(1, 600).isValid()); // another width wraps differently
    cache.insert(1, 600, QSize(600, 60));
    cache.insert(2, 600, QSize(600, 40));
    cache.forget(1);
    QVERIFY(!cache.find(1, 500).isValid());
    QVERIFY(!cache.find(1, 600).isValid());
    QCOMPARE(cache.find(2, 600), QSize(600, 40));
    QCOMPARE(cache.hits(), 2);
    QCOMPARE(cache.misses(), 4);
    for (qint64 id = 10; id < 20; ++id)
        cache.insert(id, 700, QSize(700, 10));
    QVERIFY(cache.size() <= 4); // bounded
}

QTEST_MAIN(TstGuiWindow)
#include "tst_gui_window.moc"
