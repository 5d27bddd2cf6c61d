#pragma once

#include <QMainWindow>

namespace popsell::bench {

// The floor of the console's window: what any Widgets console of this shape costs, with no
// data and no logic. Menu bar with the console's five menus, a tool bar, a splitter with a
// filter field over a list view on one side and a header, a list view, a text view and an
// input line on the other, and a status bar, all stock widgets.
class Skeleton : public QMainWindow
{
    Q_OBJECT

public:
    explicit Skeleton(QWidget *parent = nullptr);
};

} // namespace popsell::bench
