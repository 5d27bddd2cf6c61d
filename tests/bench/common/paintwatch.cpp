#include "common/paintwatch.h"

#include "common/measure.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace popsell::bench {

PaintWatch::PaintWatch(QWidget &widget, QObject *parent)
    : QObject(parent)
    , m_widget(&widget)
{
    widget.installEventFilter(this);
}

void PaintWatch::arm()
{
    m_armed = true;
    m_paintedNs = 0;
}

bool PaintWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (m_armed && watched == m_widget && event->type() == QEvent::Paint) {
        m_armed = false;
        QTimer::singleShot(0, this, [this] { m_paintedNs = nowNs(); });
    }
    return QObject::eventFilter(watched, event);
}

} // namespace popsell::bench
