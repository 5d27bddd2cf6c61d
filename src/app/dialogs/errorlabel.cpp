#include "app/dialogs/errorlabel.h"

#include <QLabel>

namespace popsell::app {

void styleErrorLabel(QLabel *label)
{
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, QColor(0xd0, 0x2c, 0x38));
    label->setPalette(palette);
    label->setVisible(false);
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    styleErrorLabel(label);
    return label;
}

} // namespace popsell::app
