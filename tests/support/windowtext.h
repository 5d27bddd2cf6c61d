#pragma once

#include <QLabel>
#include <QMainWindow>
#include <QStatusBar>
#include <QString>
#include <QStringList>

namespace popsell::testing {

// What the status bar shows, as a moderator reads it: the visible labels, joined by '|'.
inline QString statusText(const QMainWindow &window)
{
    QStringList texts;
    for (const QLabel *label : window.statusBar()->findChildren<QLabel *>()) {
        if (label->isVisible())
            texts << label->text();
    }
    return texts.join(u'|');
}

} // namespace popsell::testing
