// bench_models: the inbox and the thread of the console against their floors, in one
// process, one side after the other (--order app,floor or floor,app; the driver alternates
// it by round). Both sides get the same 100,000 rooms in the same pages of 100 (the app's
// over loopback HTTP from the canned server, the floor's made and decoded in-process, so
// decoding is outside every timed interval on both sides):
//
// The floor reserves room for the paginator's total on the first page: a QList of 100k rooms
// that grows moves every room it holds at each doubling (tens of ms at 50k rooms).
//
//   inbox.fill       sum over pages of the insert (arrival of a decoded page -> rows in the
//                    model, its proxy and the view) and of the view's relayout it causes,
//                    plus the final paint
//   inbox.page       p99 over the pages of one page's insert, at every size up to 100k
//   inbox.page_last  mean of the last 10 pages' inserts (model size ~100k)        [info]
//   inbox.page_layout  the same with the relayout                                [info]
//   stall.fill       longest event-loop stall while the pages arrive (1 ms ticker)
//   stall.fill_cpu   the longest time this thread ran between two ticks          [info]
//   search.key       worst keystroke of typing "lefèvre" (l, le, ... lefèvre): filter and
//                    repaint; the floor is one plain QString::contains scan of all rooms
//   search.clear     clearing the filter: filter and repaint
//   search.wrong_rows  rows shown or hidden against matchesAllWords, over the keystrokes
//   room.open        a room's newest page (500 messages) arrived -> painted
//   room.open_click  selecting the room -> painted, loopback round trip included [info]
#include "app/mainwindow.h"
#include "common/measure.h"
#include "common/paintwatch.h"
#include "common/pool.h"
#include "common/spin.h"
#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/domain/page.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/inboxfilterproxy.h"
#include "core/models/messagelistmodel.h"
#include "core/models/textmatch.h"
#include "inproc/floormodels.h"

#include <QAbstractItemView>
#include <QAbstractProxyModel>
#include <QApplication>
#include <QCommandLineParser>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QListView>
#include <QMap>
#include <QSet>
#include <QSplitter>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <numeric>

using namespace popsell;
using namespace popsell::bench;

namespace {

struct Args
{
    QString server; // canned server base URL
    QStringList order;
    qint64 rooms = 100'000;
    int perPage = 100;
    int opens = 5;         // rooms opened per side
    bool fillOnly = false; // for profiling the fill (perf record ... --fill-only)
};

// A moderator typing a member's name as it is spelled, one letter at a time: the first
// letter matches most rooms (the broad case), each next one narrows.
const QStringList kTyped = {QStringLiteral("l"),      QStringLiteral("le"),
                            QStringLiteral("lef"),    QStringLiteral("lefè"),
                            QStringLiteral("lefèv"),  QStringLiteral("lefèvr"),
                            QStringLiteral("lefèvre")};
constexpr qint64 kFirstOpenedRoom = 2; // room 1 is the composite's big room
constexpr int kTimeoutMs = 10 * 60 * 1000;

double sum(const QList<double> &values)
{
    return std::accumulate(values.cbegin(), values.cend(), 0.0);
}

double mean(const QList<double> &values)
{
    return values.isEmpty() ? 0 : sum(values) / double(values.size());
}

// `insertMs`: each page's insert alone; `layoutMs`: the same plus the relayout of the view
// that it schedules (run at once here, with QListView::doItemsLayout(), instead of at the
// next event-loop turn: the same work, inside the timed interval).
void reportFill(QStringView side, const QList<double> &insertMs, const QList<double> &layoutMs,
                double settleMs, const StallTicker &ticker)
{
    const auto last10 = [](const QList<double> &v) {
        return mean(v.mid(std::max<qsizetype>(0, v.size() - 10)));
    };
    report(u"inbox.fill", side, sum(layoutMs) + settleMs);
    report(u"inbox.page", side, percentile(insertMs, 99));
    report(u"inbox.page_last", side, last10(insertMs));
    report(u"inbox.page_layout", side, last10(layoutMs));
    report(u"stall.fill", side, ticker.maxGapMs());
    report(u"stall.fill_cpu", side, ticker.maxGapCpuMs());
    // Where the worst inserts were (page: ms), for reading a p99 that misses.
    QList<std::pair<double, int>> worst;
    for (int i = 0; i < insertMs.size(); ++i)
        worst.append({insertMs[i], i + 1});
    std::sort(worst.begin(), worst.end(), std::greater<>());
    QStringList pages;
    for (const auto &[ms, page] : worst.mid(0, 6))
        pages << QStringLiteral("%1: %2").arg(page).arg(ms, 0, 'f', 2);
    note(QString(u"inbox.worst_pages." + side), pages.join(u", "));
    note(QString(u"inbox.pages." + side), QString::number(insertMs.size()));
}

// Rows the proxy shows or hides against the rule itself (matchesAllWords on every row):
// a fast filter that is wrong is no result. Untimed.
int wronglyFiltered(const models::ChatroomInboxModel &inbox, const QAbstractProxyModel &proxy,
                    const QString &typed)
{
    QSet<int> shown;
    for (int row = 0; row < proxy.rowCount(); ++row)
        shown.insert(proxy.mapToSource(proxy.index(row, 0)).row());
    int wrong = 0;
    for (int row = 0; row < inbox.rowCount(); ++row) {
        const domain::Chatroom *room = inbox.chatroomAt(row);
        QStringList texts;
        QList<qint64> ids{room->id};
        for (const domain::ChatroomMember &member : room->ambassadors) {
            texts << member.ambassador->displayName() << member.ambassador->username;
            ids << member.ambassador->id;
        }
        if (models::matchesAllWords(typed, texts, ids) != shown.contains(row))
            ++wrong;
    }
    return wrong;
}

// ------------------------------------------------------------------------------ the app
void runApp(const Args &args)
{
    api::ApiConfig config;
    config.baseUrl = QUrl(args.server);
    config.domain = QStringLiteral("demo.popsell.test");
    config.brandId = 3;
    api::ApiClient client(config);
    client.setToken(QStringLiteral("bench-token"));
    api::PopsellApi api(client);
    models::ChatroomInboxModel inbox(api);
    models::MessageListModel messages(api);

    // Connected before the window: these run first when a page arrives, so the window's own
    // reactions fall inside the timed interval.
    qint64 pageStart = 0;
    QObject::connect(&inbox, &models::ChatroomInboxModel::loadingChanged, &inbox,
                     [&](bool loading) { pageStart = loading ? 0 : nowNs(); });
    qint64 messagesArrived = 0;
    PaintWatch *messagePaint = nullptr;
    QObject::connect(&messages, &models::MessageListModel::loadingChanged, &messages,
                     [&](bool loading) {
                         if (loading || !messagePaint)
                             return;
                         messagesArrived = nowNs();
                         messagePaint->arm();
                     });

    app::MainWindow window(inbox, messages);
    window.resize(1280, 800);
    window.setServerUrl(config.baseUrl);
    auto *inboxView = qobject_cast<QAbstractItemView *>(window.inboxView());
    auto *messageView = qobject_cast<QAbstractItemView *>(window.messageView());
    auto *proxy = window.findChild<models::InboxFilterProxy *>();
    if (!inboxView || !messageView || !proxy) {
        std::fprintf(stderr, "bench_models: the window's views or filter were not found\n");
        std::exit(1);
    }
    PaintWatch messageWatch(*messageView->viewport());
    messagePaint = &messageWatch;

    QList<double> insertMs;
    QList<double> layoutMs;
    QMap<int, int> insertSizes; // rows per insert: count
    QObject::connect(&inbox, &QAbstractItemModel::rowsInserted, &inbox,
                     [&](const QModelIndex &, int first, int last) {
                         ++insertSizes[last - first + 1];
                         if (pageStart != 0) {
                             insertMs.append(msSince(pageStart));
                             inboxView->doItemsLayout();
                             layoutMs.append(msSince(pageStart));
                         }
                         pageStart = 0;
                         if (inbox.rowCount() < args.rooms) {
                             QTimer::singleShot(0, &inbox, [&inbox] {
                                 if (inbox.canFetchMore({}))
                                     inbox.fetchMore({});
                             });
                         }
                     });

    // As Console::start() does: the inbox stays detached until signed in, so the view asks for
    // nothing before the pages of 100 are chosen.
    window.setSigningIn();
    window.show();
    spinFor(300);
    StallTicker ticker;
    ticker.start();
    api::ChatroomFilters filters = inbox.filters();
    filters.perPage = args.perPage;
    inbox.setFilters(filters);
    window.setSignedIn();
    if (!spinUntil([&] { return inbox.rowCount() >= args.rooms; }, kTimeoutMs)) {
        std::fprintf(stderr, "bench_models: the app's inbox stopped at %d rooms (%s)\n",
                     inbox.rowCount(), qUtf8Printable(inbox.errorText()));
        std::exit(1);
    }
    ticker.stop();
    qint64 t = nowNs();
    inboxView->viewport()->repaint();
    reportFill(u"app", insertMs, layoutMs, msSince(t), ticker);
    QStringList sizes;
    for (auto it = insertSizes.cbegin(); it != insertSizes.cend(); ++it)
        sizes << QStringLiteral("%1 rows × %2").arg(it.key()).arg(it.value());
    note(u"inbox.insert_sizes", sizes.join(u", "));
    if (args.fillOnly)
        return;
    spinFor(500); // previews of the rows on screen arrive

    QList<double> keys;
    QList<double> filterOnly;
    int wrongRows = 0;
    for (const QString &typed : kTyped) {
        t = nowNs();
        proxy->setFilterText(typed);
        filterOnly.append(msSince(t));
        inboxView->viewport()->repaint();
        keys.append(msSince(t));
        wrongRows += wronglyFiltered(inbox, *proxy, typed);
        spinFor(50);
    }
    report(u"search.wrong_rows", u"app", wrongRows);
    report(u"search.key", u"app", *std::max_element(keys.cbegin(), keys.cend()));
    report(u"search.key_first", u"app", keys.first());
    report(u"search.key_first_filter", u"app", filterOnly.first());
    note(u"search.matches", QString::number(proxy->rowCount()));
    t = nowNs();
    proxy->setFilterText(QString());
    inboxView->viewport()->repaint();
    report(u"search.clear", u"app", msSince(t));
    spinFor(100);

    QList<double> opens;
    QList<double> clicks;
    for (int i = 0; i < args.opens; ++i) {
        const qint64 room = kFirstOpenedRoom + i;
        messagesArrived = 0;
        const qint64 click = nowNs();
        if (!window.selectChatroom(room)) {
            std::fprintf(stderr, "bench_models: room %lld is not in the inbox\n",
                         static_cast<long long>(room));
            std::exit(1);
        }
        if (!spinUntil([&] { return messagesArrived != 0 && messageWatch.painted(); }, 30000)) {
            std::fprintf(stderr, "bench_models: room %lld never painted\n",
                         static_cast<long long>(room));
            std::exit(1);
        }
        opens.append(double(messageWatch.paintedNs() - messagesArrived) / 1e6);
        clicks.append(double(messageWatch.paintedNs() - click) / 1e6);
        note(u"room.loaded", QString::number(messages.rowCount()));
        spinFor(100);
    }
    report(u"room.open", u"app", median(opens));
    report(u"room.open_click", u"app", median(clicks));
}

// ---------------------------------------------------------------------------- the floor
class FloorWindow : public QWidget
{
public:
    FloorWindow()
    {
        auto *splitter = new QSplitter(this);
        rooms = new QListView(splitter);
        rooms->setUniformItemSizes(true);
        messages = new QListView(splitter);
        messages->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOn);
        messages->setItemDelegate(new WrapDelegate(messages));
        messages->setWordWrap(true);
        splitter->setSizes({420, 860});
        auto *layout = new QHBoxLayout(this);
        layout->addWidget(splitter);
    }
    QListView *rooms = nullptr;
    QListView *messages = nullptr;
};

QList<domain::Chatroom> decodeRooms(const QByteArray &body)
{
    return domain::decodePage<domain::Chatroom>(QJsonDocument::fromJson(body).object())->items;
}

QList<domain::Message> decodeMessages(const QByteArray &body)
{
    QList<domain::Message> items =
        domain::decodePage<domain::Message>(QJsonDocument::fromJson(body).object())->items;
    std::reverse(items.begin(), items.end()); // oldest at the top, as a chat reads
    return items;
}

void runFloor(const Args &args, const Pool &pool)
{
    FloorWindow window;
    window.resize(1280, 800);
    BareRoomModel roomModel;
    BareMessageModel messageModel;
    window.rooms->setModel(&roomModel);
    window.messages->setModel(&messageModel);
    PaintWatch messageWatch(*window.messages->viewport());
    window.show();
    spinFor(300);

    const QString url = args.server + u"/manager/chatrooms";
    const int pages = int((args.rooms + args.perPage - 1) / args.perPage);
    QList<double> insertMs;
    QList<double> layoutMs;
    StallTicker ticker;
    ticker.start();
    for (int page = 1; page <= pages; ++page) {
        // Arrives and is decoded (untimed, as in the app's interval), then inserted.
        QList<domain::Chatroom> rooms =
            decodeRooms(pool.roomsPage(url, page, args.perPage, args.rooms));
        const qint64 t = nowNs();
        if (page == 1)
            roomModel.reserve(args.rooms); // the page's "total"
        roomModel.append(std::move(rooms));
        insertMs.append(msSince(t));
        window.rooms->doItemsLayout();
        layoutMs.append(msSince(t));
        // One event-loop turn between pages, as network arrivals give the app.
        QCoreApplication::processEvents();
    }
    ticker.stop();
    qint64 t = nowNs();
    window.rooms->viewport()->repaint();
    reportFill(u"floor", insertMs, layoutMs, msSince(t), ticker);
    if (args.fillOnly)
        return;

    // The plain substring scan over what a moderator sees of each room.
    QStringList shown;
    shown.reserve(roomModel.rowCount());
    for (int row = 0; row < roomModel.rowCount(); ++row)
        shown.append(roomModel.data(roomModel.index(row), Qt::DisplayRole).toString());
    QList<double> keys;
    qint64 matches = 0;
    for (const QString &typed : kTyped) {
        t = nowNs();
        matches = std::count_if(shown.cbegin(), shown.cend(), [&typed](const QString &text) {
            return text.contains(typed, Qt::CaseInsensitive);
        });
        keys.append(msSince(t));
    }
    report(u"search.key", u"floor", *std::max_element(keys.cbegin(), keys.cend()));
    report(u"search.key_first", u"floor", keys.first());
    note(u"search.floor_matches", QString::number(matches));

    QList<double> opens;
    for (int i = 0; i < args.opens; ++i) {
        const qint64 room = kFirstOpenedRoom + i;
        QList<domain::Message> messages = decodeMessages(
            pool.messagesPage(args.server + QStringLiteral("/chat/chatrooms/%1/messages").arg(room),
                              room, 1, 500, 500));
        messageWatch.arm();
        t = nowNs();
        messageModel.reset(std::move(messages));
        window.messages->scrollToBottom();
        spinUntil([&] { return messageWatch.painted(); }, 30000);
        opens.append(double(messageWatch.paintedNs() - t) / 1e6);
        spinFor(100);
    }
    report(u"room.open", u"floor", median(opens));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption server(QStringLiteral("server"), QString(), QStringLiteral("url"));
    const QCommandLineOption poolFile(QStringLiteral("pool"), QString(), QStringLiteral("file"));
    const QCommandLineOption order(QStringLiteral("order"), QString(), QStringLiteral("sides"),
                                   QStringLiteral("app,floor"));
    const QCommandLineOption rooms(QStringLiteral("rooms"), QString(), QStringLiteral("n"),
                                   QStringLiteral("100000"));
    const QCommandLineOption fillOnly(QStringLiteral("fill-only"));
    parser.addOptions({server, poolFile, order, rooms, fillOnly});
    parser.process(application);

    Args args;
    args.server = parser.value(server);
    args.order = parser.value(order).split(u',');
    args.rooms = parser.value(rooms).toLongLong();
    args.fillOnly = parser.isSet(fillOnly);
    QString error;
    const std::optional<Pool> pool = Pool::load(parser.value(poolFile), &error);
    if (!pool || args.server.isEmpty()) {
        std::fprintf(stderr, "bench_models: --server URL --pool FILE (%s)\n",
                     qUtf8Printable(error));
        return 2;
    }
    for (const QString &side : args.order) {
        if (side == u"app")
            runApp(args);
        else
            runFloor(args, *pool);
        trimHeap();
    }
    return 0;
}
