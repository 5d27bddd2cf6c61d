#include "startup/skeleton.h"

#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QSplitter>
#include <QStatusBar>
#include <QToolBar>
#include <QVBoxLayout>

namespace popsell::bench {

Skeleton::Skeleton(QWidget *parent)
    : QMainWindow(parent)
{
    setWindowTitle(QStringLiteral("Skeleton"));
    for (const char *name : {"&Session", "&Chatroom", "&Message", "&View", "&Help"}) {
        QMenu *menu = menuBar()->addMenu(QString::fromLatin1(name));
        menu->addAction(QStringLiteral("Action one"));
        menu->addAction(QStringLiteral("Action two"));
    }
    QToolBar *tools = addToolBar(QStringLiteral("Tools"));
    for (const char *name : {"Refresh", "Create", "Push", "Rate"})
        tools->addAction(QString::fromLatin1(name));

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    auto *splitter = new QSplitter(Qt::Horizontal, central);
    layout->addWidget(splitter);

    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->addWidget(new QLineEdit(left));
    leftLayout->addWidget(new QListView(left));

    auto *right = new QWidget(splitter);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->addWidget(new QLabel(QStringLiteral("Header"), right));
    rightLayout->addWidget(new QListView(right), 3);
    rightLayout->addWidget(new QPlainTextEdit(right), 1);
    rightLayout->addWidget(new QLineEdit(right));
    splitter->setSizes({420, 860});

    setCentralWidget(central);
    statusBar()->addPermanentWidget(new QLabel(QStringLiteral("Connected"), this));
}

} // namespace popsell::bench
