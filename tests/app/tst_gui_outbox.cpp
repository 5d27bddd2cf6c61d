// The outbox as the moderator sees it, on the real console driven by keys, against a
// sandbox in fault mode (label "gui"): a product pushed while the server fails shows at once
// in the thread as not sent, the status bar counts it, the pending list (Ctrl+Shift+O) says
// why, and Retry sends it once the server is back: the echo gives way to the server's message
// and the ledger shows one effect. Run without a session bus: the token stays in memory.

#include "app/actions/actionregistry.h"
#include "app/actions/moderatoractions.h"
#include "app/console.h"
#include "app/consolebackend.h"
#include "app/dialogs/pushproductdialog.h"
#include "app/dialogs/searchpicker.h"
#include "app/mainwindow.h"
#include "app/outbox/outboxstatus.h"
#include "app/outbox/pendingpanel.h"
#include "core/api/popsellapi.h"
#include "core/auth/session.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"
#include "core/outbox/outbox.h"
#include "support/directstart.h"
#include "support/sandboxfixture.h"

#include <QApplication>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

#include <memory>

using namespace popsell;
using models::LocalEcho;
using models::MessageListModel;
using testing::SandboxFixture;

namespace {

constexpr int kWaitMs = 20000;
constexpr qint64 kProduct = 7;

QWidget *focused()
{
    if (QWidget *focus = QApplication::focusWidget())
        return focus;
    return QApplication::activeWindow();
}

void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QTest::keyClick(focused(), key, modifiers);
}

// Product pushes that took effect on the server (its ledger).
int productPushes(SandboxFixture &sandbox)
{
    int pushes = 0;
    for (const sandbox::Effect &effect : sandbox.server().effects())
        pushes += effect.route.endsWith(QStringLiteral("/messages-product")) ? 1 : 0;
    return pushes;
}

} // namespace

class TstGuiOutbox : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pushDuringAnOutageIsKeptShownAndSentOnRetry();

private:
    static void shoot(QWidget *widget, const QString &name)
    {
        const QString dir = qEnvironmentVariable("POPSELL_GUI_SHOTS");
        if (!dir.isEmpty())
            widget->grab().save(dir + u'/' + name + QStringLiteral(".png"));
    }
};

void TstGuiOutbox::pushDuringAnOutageIsKeptShownAndSentOnRetry()
{
    // Every product push fails with 503 until the faults are switched off.
    sandbox::SandboxConfig config = SandboxFixture::smallConfig();
    config.faults = QStringLiteral("503@product-message");
    SandboxFixture sandbox(config);
    QVERIFY2(sandbox.start().isEmpty(), "sandbox");

    QTemporaryDir dir;
    QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    app::Console console(settings, dir.path());
    const app::ConsoleStart start = testing::directStartOn(sandbox);
    console.window().resize(1100, 700);
    console.start(start);
    QTRY_VERIFY_WITH_TIMEOUT(console.inbox().rowCount() > 5, kWaitMs);
    app::MainWindow &window = console.window();
    QTRY_VERIFY(window.isActiveWindow());
    window.inboxView()->setFocus();

    press(Qt::Key_Down);
    QTRY_VERIFY_WITH_TIMEOUT(window.currentChatroom().has_value(), kWaitMs);
    const qint64 room = window.currentChatroom()->id;
    MessageListModel &messages = console.messages();
    QTRY_VERIFY_WITH_TIMEOUT(messages.chatroom() == room && messages.rowCount() > 0, kWaitMs);
    const int serverRows = messages.rowCount();

    std::optional<domain::Product> product;
    QObject context;
    console.backend().api().product(kProduct, &context, [&](api::Result<domain::Product> p) {
        if (p)
            product = p.value();
    });
    QTRY_VERIFY_WITH_TIMEOUT(product.has_value(), kWaitMs);

    press(Qt::Key_P, Qt::ControlModifier);
    auto *dialog = window.findChild<app::PushProductDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isActiveWindow());
    for (const QChar c : product->name) { // keyClicks takes Latin-1 only; names have accents
        QTest::sendKeyEvent(QTest::Press, focused(), Qt::Key_unknown, QString(c), {});
        QTest::sendKeyEvent(QTest::Release, focused(), Qt::Key_unknown, QString(c), {});
    }
    QTRY_COMPARE_WITH_TIMEOUT(
        dialog->productPicker()->current().value_or(app::SearchPicker::Item{}).id, kProduct,
        kWaitMs);
    press(Qt::Key_Return);

    // The first try failed (503): the dialog closes, the push is kept and shown.
    QTRY_VERIFY_WITH_TIMEOUT(!dialog->isVisible(), kWaitMs);
    QTRY_COMPARE_WITH_TIMEOUT(messages.echoCount(), 1, kWaitMs);
    const QModelIndex echo = messages.index(messages.rowCount() - 1);
    QVERIFY(echo.data(MessageListModel::OutboxIdRole).toLongLong() > 0);
    QVERIFY(echo.data(MessageListModel::EchoStateRole).toInt() >= 0);
    QCOMPARE(messages.messageAt(messages.rowCount() - 1)->products.value(0).id, kProduct);
    QToolButton *pending = console.outboxStatus().pendingButton();
    QTRY_VERIFY(pending->isVisible());
    QCOMPARE(pending->text(), QStringLiteral("1 pending"));
    QCOMPARE(productPushes(sandbox), 0); // nothing took effect yet
    shoot(&window, QStringLiteral("outbox-pending"));

    // The list of what is not sent says why; the server comes back; Retry (Alt+R) sends it.
    press(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
    app::PendingPanel *panel = console.outboxStatus().panel();
    QVERIFY(panel);
    QTRY_VERIFY(panel->isActiveWindow());
    QCOMPARE(panel->list()->model()->rowCount(), 1);
    shoot(panel, QStringLiteral("pending-actions"));
    QVERIFY(sandbox.server().setFaults(QStringLiteral("none"), 1).isEmpty());
    QTRY_VERIFY(panel->retryButton()->isEnabled());
    press(Qt::Key_R, Qt::AltModifier);

    QTRY_COMPARE_WITH_TIMEOUT(messages.echoCount(), 0, kWaitMs);
    QTRY_VERIFY(!pending->isVisible());
    const domain::Message *last = messages.messageAt(messages.rowCount() - 1);
    QVERIFY(last && last->id > 0);
    QCOMPARE(last->products.value(0).id, kProduct);
    QCOMPARE(messages.rowCount(), serverRows + 1);
    QCOMPARE(productPushes(sandbox), 1); // once, however many tries it took
}

QTEST_MAIN(TstGuiOutbox)
#include "tst_gui_outbox.moc"
