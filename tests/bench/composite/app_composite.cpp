// app_composite: the console (app::Console, signed in to the canned server) holding 10,000
// inbox rooms and a room of 100,000 messages, both on screen. Reports memory.loaded (VmRSS,
// MB) after the views painted and freed heap pages were returned, as floor_composite does,
// and how long loading took [info].
#include "app/console.h"
#include "app/consolebackend.h"
#include "app/mainwindow.h"
#include "common/measure.h"
#include "common/spin.h"
#include "core/auth/session.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/messagelistmodel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QSettings>
#include <QTimer>

#include <cstdio>

using namespace popsell;
using namespace popsell::bench;

namespace {

constexpr int kRooms = 10'000;
constexpr int kMessages = 100'000;
constexpr qint64 kBigRoom = 1;
constexpr int kTimeoutMs = 20 * 60 * 1000;

[[noreturn]] void fail(const char *why)
{
    std::fprintf(stderr, "app_composite: %s\n", why);
    std::exit(1);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    Q_INIT_RESOURCE(popsell_moderator);
    QApplication::setOrganizationName(QStringLiteral("Popsell"));
    QApplication::setApplicationName(QStringLiteral("popsell-moderator"));
    const QStringList arguments = QApplication::arguments();
    const qsizetype at = arguments.indexOf(QStringLiteral("--base-url"));
    if (at < 0 || at + 1 >= arguments.size())
        fail("--base-url URL of the canned server");

    QSettings settings;
    app::Console console(settings);
    console.window().resize(1280, 800);
    models::ChatroomInboxModel &inbox = console.inbox();
    models::MessageListModel &messages = console.messages();
    bool signedIn = false;
    QObject::connect(&console.backend().session(), &auth::Session::signedIn, &console,
                     [&] { signedIn = true; });
    app::ConsoleStart start;
    start.mode = app::ConsoleStart::Mode::Direct;
    start.profile.baseUrl = QUrl(arguments[at + 1]);
    start.profile.domain = QStringLiteral("demo.popsell.test");
    start.apiKey = QStringLiteral("bench-key");
    const qint64 begin = nowNs();
    console.start(start);
    if (!spinUntil([&] { return signedIn; }, 60'000))
        fail("not signed in");

    // Pages of 100, fetched one after the other until 10k rooms are held.
    QObject::connect(&inbox, &QAbstractItemModel::rowsInserted, &inbox, [&inbox] {
        if (inbox.rowCount() < kRooms) {
            QTimer::singleShot(0, &inbox, [&inbox] {
                if (inbox.canFetchMore({}))
                    inbox.fetchMore({});
            });
        }
    });
    api::ChatroomFilters filters = inbox.filters();
    filters.perPage = 100;
    inbox.setFilters(filters);
    if (!spinUntil([&] { return inbox.rowCount() >= kRooms; }, kTimeoutMs))
        fail("the inbox stopped before 10k rooms");

    // The big room: its newest page, then older pages until 100k messages are held.
    QObject::connect(&messages, &QAbstractItemModel::rowsInserted, &messages, [&messages] {
        if (messages.rowCount() < kMessages) {
            QTimer::singleShot(0, &messages, [&messages] {
                if (messages.canFetchMore({}))
                    messages.fetchMore({});
            });
        }
    });
    if (!console.window().selectChatroom(kBigRoom))
        fail("room 1 is not in the inbox");
    if (!spinUntil([&] { return messages.rowCount() >= kMessages; }, kTimeoutMs))
        fail("the room stopped before 100k messages");
    note(u"memory.app_load_seconds", QString::number(msSince(begin) / 1000.0, 'f', 1));

    spinFor(500);
    qobject_cast<QAbstractItemView *>(console.window().inboxView())->viewport()->repaint();
    qobject_cast<QAbstractItemView *>(console.window().messageView())->viewport()->repaint();
    trimHeap();
    spinFor(200);
    const Memory mem = memory();
    report(u"memory.loaded", u"app", mem.rssMb);
    report(u"memory.loaded_peak", u"app", mem.peakMb);
    return 0;
}
