#include "app/inbox/inboxview.h"

#include <QKeyEvent>
#include <QPainter>

namespace popsell::app {

InboxView::InboxView(QWidget *parent)
    : QListView(parent)
{
    setUniformItemSizes(true);
    setSelectionMode(SingleSelection);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollMode(ScrollPerItem);
    setResizeMode(Adjust);
}

void InboxView::setPlaceholderText(const QString &text)
{
    if (m_placeholder == text)
        return;
    m_placeholder = text;
    viewport()->update();
}

void InboxView::keyPressEvent(QKeyEvent *event)
{
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) &&
        currentIndex().isValid() && event->modifiers() == Qt::NoModifier) {
        Q_EMIT activatedByKeyboard(currentIndex());
        event->accept();
        return;
    }
    QListView::keyPressEvent(event);
}

void InboxView::paintEvent(QPaintEvent *event)
{
    QListView::paintEvent(event);
    if ((model() && model()->rowCount() > 0) || m_placeholder.isEmpty())
        return;
    QPainter painter(viewport());
    painter.setPen(palette().color(QPalette::PlaceholderText));
    painter.drawText(viewport()->rect().adjusted(16, 16, -16, -16),
                     Qt::AlignHCenter | Qt::AlignTop | Qt::TextWordWrap, m_placeholder);
}

} // namespace popsell::app
