#pragma once

#include <QObject>
#include <QPointer>

class QWidget;

namespace popsell::bench {

// Waits for the next paint of a widget: arm(), then wait until painted(). paintedNs() is
// taken one event-loop turn after the paint event, so the paint and the flush are done.
class PaintWatch : public QObject
{
    Q_OBJECT

public:
    explicit PaintWatch(QWidget &widget, QObject *parent = nullptr);
    void arm();
    bool painted() const { return m_paintedNs != 0; }
    qint64 paintedNs() const { return m_paintedNs; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_widget;
    bool m_armed = false;
    qint64 m_paintedNs = 0;
};

} // namespace popsell::bench
