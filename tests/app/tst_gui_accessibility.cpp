// Every window of the console walked by Tab, as a screen-reader user or a keyboard-only
// moderator walks it (label "gui"): each widget that takes the focus has an accessible name,
// Tab reaches more than one of them and comes back round. The console is opened on its
// embedded sandbox, as `--sandbox` does.

#include "app/actions/actionregistry.h"
#include "app/actions/moderatoractions.h"
#include "app/console.h"
#include "app/consolebackend.h"
#include "app/dialogs/actiondialog.h"
#include "app/mainwindow.h"
#include "core/auth/session.h"
#include "core/models/chatroominboxmodel.h"

#include <QAccessible>
#include <QAction>
#include <QApplication>
#include <QDialog>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace popsell;

namespace {

constexpr int kWaitMs = 20000;
constexpr int kMaxTabs = 60;

QString accessibleName(QWidget *widget)
{
    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(widget);
    return iface ? iface->text(QAccessible::Name).trimmed() : QString();
}

QString describe(const QWidget *widget)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName(),
             widget->window()->objectName());
}

} // namespace

class TstGuiAccessibility : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void everyWindowWalksByTabWithNames_data();
    void everyWindowWalksByTabWithNames();

private:
    // Tabs round the active window; fails on a focusable widget without a name.
    void walk(QWidget *window);

    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<app::Console> m_console;
};

void TstGuiAccessibility::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QAccessible::setActive(true);
    m_settings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("settings.ini")),
                                             QSettings::IniFormat);
    m_console = std::make_unique<app::Console>(*m_settings, m_dir.path());
    m_console->window().resize(1100, 700);
    m_console->start({app::ConsoleStart::Mode::Sandbox, {}, {}});
    QTRY_VERIFY_WITH_TIMEOUT(m_console->inbox().rowCount() > 5, kWaitMs);
    QTRY_VERIFY(m_console->window().isActiveWindow());
    // Actions on a room need one open.
    m_console->window().inboxView()->setFocus();
    QTest::keyClick(m_console->window().inboxView(), Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(m_console->window().currentChatroom().has_value(), kWaitMs);
}

void TstGuiAccessibility::cleanupTestCase()
{
    m_console.reset();
}

void TstGuiAccessibility::everyWindowWalksByTabWithNames_data()
{
    QTest::addColumn<QString>("action"); // empty: the main window itself
    QTest::newRow("main window") << QString();
    for (const char *id :
         {"chatroom.create", "chatroom.pushProduct", "chatroom.requestRating", "chatroom.markRead",
          "chatroom.flagTodo", "chatroom.archive", "chatroom.block", "message.post", "view.palette",
          "help.shortcuts", "view.settings", "outbox.showPending", "session.signIn"})
        QTest::newRow(id) << QString::fromLatin1(id);
}

void TstGuiAccessibility::everyWindowWalksByTabWithNames()
{
    QFETCH(QString, action);
    app::MainWindow &window = m_console->window();
    window.activateWindow();
    QTRY_VERIFY(window.isActiveWindow());
    window.inboxView()->setFocus();
    if (action.isEmpty()) {
        walk(&window);
        return;
    }
    QAction *command = m_console->actions().registry().action(action);
    QVERIFY2(command, qPrintable(action));
    QVERIFY2(command->isEnabled(), qPrintable(action));
    command->trigger();
    QTRY_VERIFY(QApplication::activeWindow() && QApplication::activeWindow() != &window);
    QWidget *opened = QApplication::activeWindow();
    // A dialog that fetches first (the members' state) parks the focus until it can be used.
    if (auto *dialog = qobject_cast<app::ActionDialog *>(opened))
        QTRY_VERIFY_WITH_TIMEOUT(!dialog->isBusy() && QApplication::focusWidget() != dialog,
                                 kWaitMs);
    walk(opened);
    QTest::keyClick(QApplication::focusWidget() ? QApplication::focusWidget() : opened,
                    Qt::Key_Escape);
    QTRY_VERIFY(!opened->isVisible());
}

void TstGuiAccessibility::walk(QWidget *window)
{
    QWidget *first = QApplication::focusWidget();
    QVERIFY2(first, qPrintable(window->objectName()));
    QList<QWidget *> seen;
    QWidget *current = first;
    for (int tab = 0; tab < kMaxTabs; ++tab) {
        QVERIFY2(current->window() == window, qPrintable(describe(current)));
        QVERIFY2(!accessibleName(current).isEmpty(),
                 qPrintable(QStringLiteral("no accessible name: ") + describe(current)));
        seen.append(current);
        QTest::keyClick(current, Qt::Key_Tab);
        current = QApplication::focusWidget();
        QVERIFY(current);
        if (current == first)
            break;
    }
    QCOMPARE(current, first); // Tab comes back round
}

QTEST_MAIN(TstGuiAccessibility)
#include "tst_gui_accessibility.moc"
