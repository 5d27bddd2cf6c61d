// A room's thread view on its own, offscreen, over a plain model: rows stacked without gaps
// or overlaps at the heights their messages need, whatever arrives (an older page above, a
// new message below, a message changed, rows gone, a reset), and the message being read
// stays in place when older ones are inserted above it. The view reads sizes by row from
// its delegate's cache, which must follow every change of the model.

#include "app/room/historypagingproxy.h"
#include "app/room/messagedelegate.h"
#include "app/room/messagelayout.h"
#include "app/room/messagelistview.h"
#include "app/room/productimagecache.h"
#include "core/domain/message.h"
#include "core/models/messagelistmodel.h"

#include <QScrollBar>
#include <QStandardItemModel>
#include <QTest>

using namespace popsell;
using domain::Message;
using models::MessageListModel;

namespace {

// Lengths that wrap to different heights, so a row given another row's height shows.
Message textMessage(qint64 id)
{
    Message message;
    message.id = id;
    message.dateInsert = QDateTime::fromSecsSinceEpoch(1'700'000'000 + id, Qt::UTC);
    message.author.edit().id = 1 + id % 3;
    message.author.edit().firstname = QStringLiteral("Camille");
    message.content = QStringLiteral("Word ").repeated(int(1 + (id * 37) % 90));
    return message;
}

QStandardItem *itemOf(const Message &message)
{
    auto *item = new QStandardItem;
    item->setData(QVariant::fromValue(message), MessageListModel::MessageRole);
    return item;
}

} // namespace

class TstGuiThread : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();

    void rowsStackAtTheirHeightsWhateverArrives();
    void olderMessagesAboveKeepTheReadMessageInPlace();

private:
    void append(qint64 firstId, int count);
    void prepend(qint64 firstId, int count);
    // The first row not at the height its message needs or not right below the previous
    // one; empty when every row is.
    QString misplacedRow();

    std::unique_ptr<QStandardItemModel> m_model;
    std::unique_ptr<app::HistoryPagingProxy> m_paging;
    std::unique_ptr<app::ProductImageCache> m_images;
    std::unique_ptr<app::MessageListView> m_view;
};

void TstGuiThread::init()
{
    m_model = std::make_unique<QStandardItemModel>();
    m_paging = std::make_unique<app::HistoryPagingProxy>();
    m_paging->setSourceModel(m_model.get());
    m_images = std::make_unique<app::ProductImageCache>();
    m_view = std::make_unique<app::MessageListView>();
    m_view->setItemDelegate(new app::MessageDelegate(*m_images, m_view.get()));
    m_view->setPagingModel(m_paging.get());
    m_view->resize(520, 400);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TstGuiThread::cleanup()
{
    m_view.reset();
    m_paging.reset();
    m_model.reset();
    m_images.reset();
}

void TstGuiThread::append(qint64 firstId, int count)
{
    QList<QStandardItem *> items;
    for (qint64 id = firstId; id < firstId + count; ++id)
        items.append(itemOf(textMessage(id)));
    for (QStandardItem *item : items)
        m_model->appendRow(item);
}

void TstGuiThread::prepend(qint64 firstId, int count)
{
    // One batch at the top, as an older page arrives.
    QList<QStandardItem *> items;
    for (qint64 id = firstId; id < firstId + count; ++id)
        items.append(itemOf(textMessage(id)));
    m_model->invisibleRootItem()->insertRows(0, items);
}

QString TstGuiThread::misplacedRow()
{
    m_view->doItemsLayout();
    const int width = m_view->viewport()->width();
    int previousBottom = -1;
    for (int row = 0; row < m_paging->rowCount(); ++row) {
        const QModelIndex index = m_paging->index(row, 0);
        const Message message = index.data(MessageListModel::MessageRole).value<Message>();
        const int needed = app::MessageLayout::compute(message, m_view->font(), width).height;
        const QRect rect = m_view->visualRect(index);
        if (rect.height() != needed || (row > 0 && rect.top() != previousBottom + 1)) {
            return QStringLiteral("row %1: %2 px at %3, needs %4 at %5")
                .arg(row)
                .arg(rect.height())
                .arg(rect.top())
                .arg(needed)
                .arg(previousBottom + 1);
        }
        previousBottom = rect.bottom();
    }
    return {};
}

void TstGuiThread::rowsStackAtTheirHeightsWhateverArrives()
{
    append(1000, 40);
    QCOMPARE(misplacedRow(), QString());

    prepend(900, 25); // an older page
    QCOMPARE(misplacedRow(), QString());

    append(2000, 3); // new messages below
    QCOMPARE(misplacedRow(), QString());

    // A message hidden, or edited to another length.
    Message edited = textMessage(1010);
    edited.content = QStringLiteral("Now a much longer text that wraps. ").repeated(12);
    m_model->item(int(1010 - 1000) + 25)
        ->setData(QVariant::fromValue(edited), MessageListModel::MessageRole);
    QCOMPARE(misplacedRow(), QString());

    m_model->removeRows(0, 10); // gone from the top
    m_model->removeRows(20, 5); // and from the middle
    QCOMPARE(misplacedRow(), QString());

    // Another width wraps differently: every row measured again.
    m_view->resize(380, 400);
    QTRY_VERIFY(m_view->viewport()->width() < 380);
    QCOMPARE(misplacedRow(), QString());

    m_model->clear(); // another room
    append(5000, 30);
    QCOMPARE(misplacedRow(), QString());
}

void TstGuiThread::olderMessagesAboveKeepTheReadMessageInPlace()
{
    append(1000, 60);
    m_view->scrollToNewest();
    QVERIFY(m_view->isAtBottom());
    // The moderator reads a message somewhere in the middle.
    const QModelIndex read = m_paging->index(30, 0);
    m_view->scrollTo(read, QAbstractItemView::PositionAtTop);
    const qint64 readId = read.data(MessageListModel::MessageRole).value<Message>().id;
    const int topBefore = m_view->visualRect(read).top();

    prepend(900, 50); // an older page above
    const QModelIndex same = m_paging->index(30 + 50, 0);
    QCOMPARE(same.data(MessageListModel::MessageRole).value<Message>().id, readId);
    QCOMPARE(m_view->visualRect(same).top(), topBefore);
    QVERIFY(!m_view->isAtBottom());
    QCOMPARE(misplacedRow(), QString());
}

QTEST_MAIN(TstGuiThread)
#include "tst_gui_thread.moc"
