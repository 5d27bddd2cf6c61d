#include "app/room/messagelistview.h"

#include "app/room/historypagingproxy.h"
#include "app/room/messagedelegate.h"

#include <QPainter>
#include <QScrollBar>

namespace popsell::app {

MessageListView::MessageListView(QWidget *parent)
    : QListView(parent)
{
    setVerticalScrollMode(ScrollPerPixel);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    // Always on: the viewport width, which message heights depend on, never flips while
    // the first page is measured (one measuring pass instead of two).
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
    setResizeMode(Adjust);
    setSelectionMode(SingleSelection);
    setUniformItemSizes(false);
    setWordWrap(true);
    setSpacing(0);
    verticalScrollBar()->setSingleStep(24);
}

void MessageListView::setPagingModel(HistoryPagingProxy *model)
{
    m_paging = model;
    // Before the view's own connections: the delegate's sizes by row follow each change
    // before the view lays the rows out again.
    if (auto *delegate = qobject_cast<MessageDelegate *>(itemDelegate()))
        delegate->followRows(model);
    setModel(model);
    connect(model, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &MessageListView::rowsAboutToBeInsertedInModel);
    connect(model, &QAbstractItemModel::rowsInserted, this, &MessageListView::rowsInsertedInModel);
    connect(model, &QAbstractItemModel::modelReset, this, [this] { m_wasAtBottom = true; });
}

bool MessageListView::isAtBottom() const
{
    return verticalScrollBar()->value() >= verticalScrollBar()->maximum();
}

void MessageListView::layoutNow()
{
    // Both the item layout and the scroll bar range are delayed; the range, which every
    // decision below reads, is only right once both ran.
    executeDelayedItemsLayout();
    updateGeometries();
}

void MessageListView::scrollToNewest()
{
    layoutNow();
    scrollToBottom();
}

void MessageListView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void MessageListView::rowsAboutToBeInsertedInModel(const QModelIndex &, int, int)
{
    m_wasAtBottom = isAtBottom();
    m_distanceFromBottom = verticalScrollBar()->maximum() - verticalScrollBar()->value();
}

void MessageListView::rowsInsertedInModel(const QModelIndex &, int first, int last)
{
    const bool appended = last == model()->rowCount() - 1;
    layoutNow();
    if (appended && m_wasAtBottom) {
        scrollToBottom();
    } else if (first == 0 && !appended) {
        // An older page above: keep the same message under the moderator's eyes.
        verticalScrollBar()->setValue(verticalScrollBar()->maximum() - m_distanceFromBottom);
    }
    // A short first page gives no scroll bar to pull up: load older ones until there is.
    if (verticalScrollBar()->maximum() == 0 && m_paging && m_paging->canFetchOlder())
        QMetaObject::invokeMethod(m_paging, &HistoryPagingProxy::fetchOlder, Qt::QueuedConnection);
}

void MessageListView::verticalScrollbarValueChanged(int value)
{
    // Not the base class: it fetches at the bottom, which is the newest end of a chat.
    if (value == verticalScrollBar()->minimum() && verticalScrollBar()->maximum() > 0 && m_paging &&
        m_paging->canFetchOlder())
        m_paging->fetchOlder();
}

void MessageListView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if (model() && model()->rowCount() > 0)
        return;
    if (m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24),
                     Qt::AlignCenter | Qt::TextWordWrap, m_placeholder);
}

} // namespace popsell::app
