// The console's item models against a real sandbox over loopback HTTP. Every model is
// watched by QAbstractItemModelTester, which also calls fetchMore() on every change, as a
// view does: the tests therefore assert what arrives, not who asked for it.

#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/api/requests.h"
#include "core/models/ambassadorsearchmodel.h"
#include "core/models/brandtagsearchmodel.h"
#include "core/models/chatroominboxmodel.h"
#include "core/models/inboxfilterproxy.h"
#include "core/models/messagelistmodel.h"
#include "core/models/messagepreview.h"
#include "core/models/productsearchmodel.h"
#include "support/sandboxfixture.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QRegularExpression>
#include <QSet>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace popsell;
using models::ChatroomInboxModel;
using models::MessageListModel;

namespace {

constexpr int kTimeoutMs = 15000;

sandbox::SandboxConfig loggingConfig()
{
    sandbox::SandboxConfig config = testing::SandboxFixture::smallConfig();
    config.logRequests = true; // the pickers' tests count requests
    return config;
}

// Follows the inbox to its last page the way a view scrolled to the bottom would.
void walkToEnd(QAbstractItemModel &model, const std::function<bool()> &loading)
{
    QDeadlineTimer deadline(kTimeoutMs);
    while (!deadline.hasExpired()) {
        if (!loading() && !model.canFetchMore({}))
            return;
        if (!loading())
            model.fetchMore({});
        QTest::qWait(5);
    }
    QFAIL("the model did not reach its last page");
}

} // namespace

class TstModels : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();

    void inboxFirstPageArrivesInOneBatch();
    void inboxWalksToTotalDistinctRooms();
    void inboxServerFilterReloadsAndEveryRowMatches();
    void inboxFailedLoadShowsErrorAndFetchMoreRetries();
    void inboxPreviewsArriveForRequestedRowsOnly();
    void inboxUpsertReplacesOrInsertsAtTop();
    void inboxFilterProxyFiltersLoadedRowsByText();
    void inboxRenamedMemberShowsInTheRoomThatSaysSo();

    void messagesNewestPageFirstOldestAtTop();
    void messagesFetchMorePrependsOlderUntilExhausted();
    void messagesSwitchingRoomDropsStaleAnswers();
    void messagesAppendAfterPostingAProduct();
    void messagesLocalEchoStaysBelowUntilSettled();
    void messagesLongHistoryHoldsEachMessageOnceWhileNewOnesShiftPages();
    void messagesEachRowShowsTheAuthorAndProductItCameWith();

    void ambassadorSearchDebouncesToOneRequest();
    void ambassadorSearchRestrictedToMembersIsLocal();
    void ambassadorSearchOffersANumberTypedAloneAsThatId();
    void productSearchDebouncesToOneRequest();
    void brandTagsLoadEveryTag();

private:
    int requestsTo(const QString &pathPattern) const;
    std::unique_ptr<api::ApiClient> newClient(const QString &token) const;
    static std::unique_ptr<api::ApiClient> newClient(const testing::SandboxFixture &fixture,
                                                     const QString &token);

    std::unique_ptr<testing::SandboxFixture> m_fixture;
    std::unique_ptr<api::ApiClient> m_client;
    std::unique_ptr<api::PopsellApi> m_api;
    QStringList m_requestLog;
};

void TstModels::initTestCase()
{
    m_fixture = std::make_unique<testing::SandboxFixture>(loggingConfig());
    const QString error = m_fixture->start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    connect(&m_fixture->server(), &sandbox::SandboxServer::requestLogged, this,
            [this](const QString &line) { m_requestLog.append(line); });
    m_client = newClient(m_fixture->token());
    m_api = std::make_unique<api::PopsellApi>(*m_client);
}

std::unique_ptr<api::ApiClient> TstModels::newClient(const QString &token) const
{
    return newClient(*m_fixture, token);
}

std::unique_ptr<api::ApiClient> TstModels::newClient(const testing::SandboxFixture &fixture,
                                                     const QString &token)
{
    api::ApiConfig config;
    config.baseUrl = QUrl(fixture.baseUrl());
    config.domain = fixture.config().domain;
    config.brandId = fixture.brandId();
    auto client = std::make_unique<api::ApiClient>(config);
    client->setToken(token);
    return client;
}

// GET requests logged whose path matches `pathPattern` (a regular expression).
int TstModels::requestsTo(const QString &pathPattern) const
{
    const QRegularExpression re(QStringLiteral("\\sGET\\s\\S*") + pathPattern +
                                QStringLiteral("(\\?\\S*)?\\s"));
    return int(std::count_if(m_requestLog.cbegin(), m_requestLog.cend(),
                             [&re](const QString &line) { return re.match(line).hasMatch(); }));
}

// ---------------------------------------------------------------------------- inbox

void TstModels::inboxFirstPageArrivesInOneBatch()
{
    const qint64 serverTotal =
        m_fixture->get(QStringLiteral("/manager/chatrooms")).object().value(u"total").toInteger();
    QVERIFY(serverTotal > 15);

    ChatroomInboxModel inbox(*m_api);
    QSignalSpy inserted(&inbox, &QAbstractItemModel::rowsInserted);
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    QAbstractItemModelTester tester(&inbox);
    inbox.reload();
    QVERIFY(inbox.isLoading());
    QVERIFY(reloaded.wait(kTimeoutMs));

    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 14); // per_page 15, in one batch
    QCOMPARE(inbox.rowCount(), 15);
    QCOMPARE(inbox.total(), serverTotal);
    QVERIFY(inbox.errorText().isEmpty());
    // Newest activity first, the default sort.
    for (int row = 1; row < inbox.rowCount(); ++row) {
        QVERIFY(inbox.chatroomAt(row - 1)->lastMessageDate >=
                inbox.chatroomAt(row)->lastMessageDate);
    }
}

void TstModels::inboxWalksToTotalDistinctRooms()
{
    ChatroomInboxModel inbox(*m_api);
    QSignalSpy inserted(&inbox, &QAbstractItemModel::rowsInserted);
    QAbstractItemModelTester tester(&inbox);
    // The first fetchMore() (the tester's, as a view's would be) loads the first page.
    QVERIFY(inbox.isLoading());
    walkToEnd(inbox, [&] { return inbox.isLoading(); });

    QVERIFY(inbox.errorText().isEmpty());
    QCOMPARE(inbox.rowCount(), int(inbox.total()));
    QSet<qint64> ids;
    for (int row = 0; row < inbox.rowCount(); ++row)
        ids.insert(inbox.data(inbox.index(row), ChatroomInboxModel::IdRole).toLongLong());
    QCOMPARE(ids.size(), inbox.total());
    // Each page appended in one batch, after the rows already there.
    int expectedFirst = 0;
    for (const QList<QVariant> &batch : inserted) {
        QCOMPARE(batch.at(1).toInt(), expectedFirst);
        QVERIFY(batch.at(2).toInt() - batch.at(1).toInt() + 1 <= 15);
        expectedFirst = batch.at(2).toInt() + 1;
    }
    QCOMPARE(inserted.count(), int((inbox.total() + 14) / 15));
}

void TstModels::inboxServerFilterReloadsAndEveryRowMatches()
{
    const qint64 hotTotal =
        m_fixture->get(QStringLiteral("/manager/chatrooms?filter[source]=hot_list"))
            .object()
            .value(u"total")
            .toInteger();
    QVERIFY(hotTotal > 0);

    ChatroomInboxModel inbox(*m_api);
    QAbstractItemModelTester tester(&inbox);
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    inbox.reload();
    QVERIFY(reloaded.wait(kTimeoutMs));
    QVERIFY(inbox.total() > hotTotal);

    api::ChatroomFilters filters;
    filters.source = domain::Chatroom::HotList;
    QSignalSpy reset(&inbox, &QAbstractItemModel::modelReset);
    inbox.setFilters(filters);
    QCOMPARE(reset.count(), 1);
    QCOMPARE(inbox.rowCount(), 0);
    QCOMPARE(inbox.filters().sort, QStringLiteral("-last_message_date"));
    QVERIFY(reloaded.wait(kTimeoutMs));
    walkToEnd(inbox, [&] { return inbox.isLoading(); });

    QCOMPARE(inbox.total(), hotTotal);
    QCOMPARE(inbox.rowCount(), int(hotTotal));
    for (int row = 0; row < inbox.rowCount(); ++row)
        QCOMPARE(inbox.data(inbox.index(row), ChatroomInboxModel::SourceRole).toInt(), 2);
}

void TstModels::inboxFailedLoadShowsErrorAndFetchMoreRetries()
{
    std::unique_ptr<api::ApiClient> client = newClient(QStringLiteral("not-a-valid-token"));
    api::PopsellApi api(*client);
    ChatroomInboxModel inbox(api);
    QAbstractItemModelTester tester(&inbox);
    QSignalSpy errors(&inbox, &ChatroomInboxModel::errorTextChanged);
    inbox.reload();
    QVERIFY(errors.wait(kTimeoutMs));

    QVERIFY(!inbox.errorText().isEmpty());
    QVERIFY(!inbox.isLoading());
    QCOMPARE(inbox.rowCount(), 0);
    QVERIFY(inbox.canFetchMore({})); // the failed page can be asked for again

    client->setToken(m_fixture->token()); // the moderator signed in again
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    inbox.fetchMore({});
    QVERIFY(inbox.isLoading());
    QVERIFY(reloaded.wait(kTimeoutMs));
    QCOMPARE(inbox.rowCount(), 15);
    QVERIFY(inbox.errorText().isEmpty());
}

void TstModels::inboxPreviewsArriveForRequestedRowsOnly()
{
    ChatroomInboxModel inbox(*m_api);
    QAbstractItemModelTester tester(&inbox);
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    inbox.reload();
    QVERIFY(reloaded.wait(kTimeoutMs));

    int maxInFlight = 0;
    QSet<int> changedRows;
    connect(&inbox, &QAbstractItemModel::dataChanged, this,
            [&](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                QCOMPARE(topLeft.row(), bottomRight.row()); // that row only
                changedRows.insert(topLeft.row());
            });
    const int asked = 10;
    for (int row = 0; row < asked; ++row) {
        QVERIFY(inbox.data(inbox.index(row), ChatroomInboxModel::LastMessagePreviewRole)
                    .toString()
                    .isEmpty()); // not known yet: never blocks
    }
    QDeadlineTimer deadline(kTimeoutMs);
    while (changedRows.size() < asked && !deadline.hasExpired()) {
        maxInFlight = std::max(maxInFlight, inbox.previewsInFlight());
        QTest::qWait(1);
    }
    QCOMPARE(changedRows.size(), asked);
    QCOMPARE(*std::max_element(changedRows.cbegin(), changedRows.cend()), asked - 1);
    QVERIFY(maxInFlight <= ChatroomInboxModel::kMaxPreviewsInFlight);

    for (int row = 0; row < asked; ++row) {
        const qint64 id = inbox.chatroomAt(row)->id;
        const testing::HttpResult newest = m_fixture->get(
            QStringLiteral("/chat/chatrooms/%1/messages?sort=-date_insert&per_page=1").arg(id));
        const QJsonArray data = newest.data();
        const QString expected =
            data.isEmpty() ? QString()
                           : models::messagePreviewText(*domain::Message::fromJson(data.at(0)));
        QCOMPARE(
            inbox.data(inbox.index(row), ChatroomInboxModel::LastMessagePreviewRole).toString(),
            expected);
    }
    // Cached: asking again sends nothing.
    const int before = requestsTo(QStringLiteral("/chat/chatrooms/\\d+/messages"));
    inbox.data(inbox.index(0), ChatroomInboxModel::LastMessagePreviewRole);
    QTest::qWait(50);
    QCOMPARE(requestsTo(QStringLiteral("/chat/chatrooms/\\d+/messages")), before);
}

void TstModels::inboxUpsertReplacesOrInsertsAtTop()
{
    ChatroomInboxModel inbox(*m_api);
    QAbstractItemModelTester tester(&inbox);
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    inbox.reload();
    QVERIFY(reloaded.wait(kTimeoutMs));
    walkToEnd(inbox, [&] { return inbox.isLoading(); }); // the tester fetches more
    const int rows = inbox.rowCount();
    const qint64 total = inbox.total();

    domain::Chatroom changed = *inbox.chatroomAt(3);
    changed.established = !changed.established;
    inbox.upsert(changed);
    QCOMPARE(inbox.rowCount(), rows);
    QCOMPARE(inbox.data(inbox.index(3), ChatroomInboxModel::EstablishedRole).toBool(),
             changed.established);

    // A room created by an action: on top, counted.
    domain::Chatroom created;
    bool done = false;
    m_api->createChatroom(api::CreateChatroomRequest::betweenAmbassadors(5, 6), this,
                          [&](api::Result<domain::Chatroom> result) {
                              QVERIFY(result.ok());
                              created = result.value();
                              done = true;
                          });
    QTRY_VERIFY_WITH_TIMEOUT(done, kTimeoutMs);
    inbox.upsert(created);
    QCOMPARE(inbox.rowCount(), rows + 1);
    QCOMPARE(inbox.rowOf(created.id), 0);
    QCOMPARE(inbox.total(), total + 1);
}

void TstModels::inboxFilterProxyFiltersLoadedRowsByText()
{
    ChatroomInboxModel inbox(*m_api);
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    inbox.reload();
    QVERIFY(reloaded.wait(kTimeoutMs));
    walkToEnd(inbox, [&] { return inbox.isLoading(); });

    models::InboxFilterProxy proxy;
    QAbstractItemModelTester tester(&proxy);
    proxy.setSourceModel(&inbox);
    QCOMPARE(proxy.rowCount(), inbox.rowCount());

    const domain::Ambassador someone = *inbox.chatroomAt(5)->ambassadors.constFirst().ambassador;
    const int requestsBefore = int(m_requestLog.size());
    proxy.setFilterText(someone.lastname.toUpper() + u' ' + someone.firstname.left(2));
    QVERIFY(proxy.rowCount() >= 1);
    QVERIFY(proxy.rowCount() < inbox.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.index(row, 0)
                    .data(ChatroomInboxModel::MembersRole)
                    .toString()
                    .contains(someone.lastname, Qt::CaseInsensitive));
    }
    // Rows keep the server's order.
    for (int row = 1; row < proxy.rowCount(); ++row) {
        QVERIFY(proxy.mapToSource(proxy.index(row - 1, 0)).row() <
                proxy.mapToSource(proxy.index(row, 0)).row());
    }

    const qint64 id = inbox.chatroomAt(7)->id;
    proxy.setFilterText(QStringLiteral("#%1").arg(id));
    QVERIFY(proxy.rowCount() >= 1);
    bool found = false;
    for (int row = 0; row < proxy.rowCount(); ++row)
        found = found || proxy.index(row, 0).data(ChatroomInboxModel::IdRole).toLongLong() == id;
    QVERIFY(found);

    proxy.setFilterText(QStringLiteral("zzzz-nobody"));
    QCOMPARE(proxy.rowCount(), 0);
    proxy.setFilterText({});
    QCOMPARE(proxy.rowCount(), inbox.rowCount());
    QCOMPARE(int(m_requestLog.size()), requestsBefore); // local, instant
}

void TstModels::inboxRenamedMemberShowsInTheRoomThatSaysSo()
{
    ChatroomInboxModel inbox(*m_api);
    QAbstractItemModelTester tester(&inbox);
    QSignalSpy reloaded(&inbox, &ChatroomInboxModel::reloaded);
    inbox.reload();
    QVERIFY(reloaded.wait(kTimeoutMs));
    walkToEnd(inbox, [&] { return inbox.isLoading(); });

    // Someone who is a member of two rooms: the model keeps one copy of them.
    QHash<qint64, int> firstRoomOf;
    int first = -1;
    int second = -1;
    domain::Ambassador person;
    for (int row = 0; row < inbox.rowCount() && second < 0; ++row) {
        for (const domain::ChatroomMember &member : inbox.chatroomAt(row)->ambassadors) {
            const auto seen = firstRoomOf.constFind(member.ambassador->id);
            if (seen != firstRoomOf.cend() && *seen != row) {
                first = *seen;
                second = row;
                person = *member.ambassador;
                break;
            }
            firstRoomOf.insert(member.ambassador->id, row);
        }
    }
    QVERIFY2(second >= 0, "nobody is a member of two rooms");
    const auto handleIn = [&inbox](int row, qint64 id) {
        return inbox.chatroomAt(row)->member(id)->ambassador;
    };
    QVERIFY(handleIn(first, person.id).sharesWith(handleIn(second, person.id)));
    const QString before = person.displayName();
    const auto membersOf = [&inbox](int row) {
        return inbox.data(inbox.index(row), ChatroomInboxModel::MembersRole).toString();
    };
    QVERIFY(membersOf(first).contains(before));
    QVERIFY(membersOf(second).contains(before));

    // An action's answer carries the person renamed: that room shows the new name, the
    // other still what its page said, and neither changes the other.
    domain::Chatroom renamed = *inbox.chatroomAt(second);
    for (domain::ChatroomMember &member : renamed.ambassadors) {
        if (member.ambassador->id == person.id)
            member.ambassador.edit().firstname = QStringLiteral("Renamed");
    }
    inbox.upsert(renamed);
    QVERIFY(membersOf(second).contains(QStringLiteral("Renamed")));
    QVERIFY(!membersOf(second).contains(before));
    QVERIFY(membersOf(first).contains(before));
    domain::Chatroom unchanged = *inbox.chatroomAt(first);
    inbox.upsert(unchanged);
    QVERIFY(membersOf(first).contains(before));
    QVERIFY(membersOf(second).contains(QStringLiteral("Renamed")));

    // Loaded again (as after a profile change): what the server says, everywhere.
    inbox.reload();
    QVERIFY(reloaded.wait(kTimeoutMs));
    walkToEnd(inbox, [&] { return inbox.isLoading(); });
    const int again = inbox.rowOf(renamed.id);
    QVERIFY(again >= 0);
    QVERIFY(membersOf(again).contains(before));
    QVERIFY(!membersOf(again).contains(QStringLiteral("Renamed")));
}

// ------------------------------------------------------------------------- messages

namespace {

QList<qint64> serverMessageIdsOldestFirst(testing::SandboxFixture &fixture, qint64 room)
{
    const QJsonArray data =
        fixture
            .get(QStringLiteral("/chat/chatrooms/%1/messages?sort=date_insert&per_page=500")
                     .arg(room))
            .data();
    QList<domain::Message> messages;
    for (const QJsonValue &value : data)
        messages.append(*domain::Message::fromJson(value));
    std::stable_sort(messages.begin(), messages.end(), [](const auto &a, const auto &b) {
        return a.dateInsert != b.dateInsert ? a.dateInsert < b.dateInsert : a.id < b.id;
    });
    QList<qint64> ids;
    for (const domain::Message &message : messages)
        ids.append(message.id);
    return ids;
}

// Every page of the room, oldest first, however long it is.
QList<qint64> allServerMessageIdsOldestFirst(testing::SandboxFixture &fixture, qint64 room)
{
    QList<qint64> ids;
    for (int page = 1;; ++page) {
        const QJsonObject body =
            fixture
                .get(QStringLiteral("/chat/chatrooms/%1/messages?sort=-date_insert&per_page=500"
                                    "&page=%2")
                         .arg(room)
                         .arg(page))
                .object();
        for (const QJsonValue &value : body.value(u"data").toArray())
            ids.prepend(value.toObject().value(u"id_message").toInteger());
        if (page >= body.value(u"last_page").toInt())
            return ids;
    }
}

QList<qint64> modelIds(const MessageListModel &model)
{
    QList<qint64> ids;
    for (int row = 0; row < model.rowCount(); ++row)
        ids.append(model.messageAt(row)->id);
    return ids;
}

} // namespace

void TstModels::messagesNewestPageFirstOldestAtTop()
{
    const QList<qint64> all = serverMessageIdsOldestFirst(*m_fixture, 1);
    QCOMPARE(all.size(), 30);

    MessageListModel messages(*m_api);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    QSignalSpy inserted(&messages, &QAbstractItemModel::rowsInserted);
    messages.setChatroom(1);
    QVERIFY(messages.isLoading());
    QVERIFY(loaded.wait(kTimeoutMs));
    QCOMPARE(loaded.at(0).at(0).toLongLong(), 1);
    QCOMPARE(inserted.count(), 1);

    // The newest 15, oldest of them at the top.
    QCOMPARE(modelIds(messages), all.mid(15));
    QVERIFY(messages.canFetchMore({}));
}

void TstModels::messagesFetchMorePrependsOlderUntilExhausted()
{
    const QList<qint64> all = serverMessageIdsOldestFirst(*m_fixture, 1);
    MessageListModel messages(*m_api);
    QAbstractItemModelTester tester(&messages);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    messages.setChatroom(1);
    QVERIFY(loaded.wait(kTimeoutMs));

    QSignalSpy inserted(&messages, &QAbstractItemModel::rowsInserted);
    walkToEnd(messages, [&] { return messages.isLoading(); });
    QCOMPARE(inserted.count(), 1); // the older page in one batch, at the top
    QCOMPARE(inserted.at(0).at(1).toInt(), 0);
    QCOMPARE(inserted.at(0).at(2).toInt(), 14);
    QCOMPARE(messages.rowCount(), 30);
    QCOMPARE(modelIds(messages), all);
    for (int row = 1; row < messages.rowCount(); ++row) {
        QVERIFY(messages.data(messages.index(row - 1), MessageListModel::DateRole).toDateTime() <=
                messages.data(messages.index(row), MessageListModel::DateRole).toDateTime());
    }
    QVERIFY(!messages.canFetchMore({}));
}

void TstModels::messagesSwitchingRoomDropsStaleAnswers()
{
    MessageListModel messages(*m_api);
    QAbstractItemModelTester tester(&messages);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    messages.setChatroom(1);
    messages.setChatroom(2); // before room 1's answer arrived
    QVERIFY(loaded.wait(kTimeoutMs));
    QTest::qWait(100); // room 1's answer would have arrived by now
    QCOMPARE(loaded.count(), 1);
    QCOMPARE(loaded.at(0).at(0).toLongLong(), 2);
    QCOMPARE(messages.chatroom(), 2);
    const QList<qint64> room2 = serverMessageIdsOldestFirst(*m_fixture, 2);
    QCOMPARE(modelIds(messages), room2.mid(std::max<qsizetype>(0, room2.size() - 15)));

    messages.setChatroom(0);
    QCOMPARE(messages.rowCount(), 0);
    QVERIFY(!messages.canFetchMore({}));
}

void TstModels::messagesLocalEchoStaysBelowUntilSettled()
{
    MessageListModel messages(*m_api);
    QAbstractItemModelTester tester(&messages);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    messages.setChatroom(1);
    QVERIFY(loaded.wait(kTimeoutMs));
    const int serverRows = messages.rowCount();

    models::LocalEcho echo;
    echo.outboxId = 7;
    echo.chatroomId = 1;
    echo.draft.typeMessage = int(domain::MessageType::Product);
    echo.draft.author.edit().id = 2;
    messages.setEcho(echo);
    models::LocalEcho elsewhere = echo;
    elsewhere.outboxId = 8;
    elsewhere.chatroomId = 2; // another room: not shown here
    messages.setEcho(elsewhere);
    QCOMPARE(messages.rowCount(), serverRows + 1);
    const QModelIndex last = messages.index(serverRows);
    QCOMPARE(last.data(MessageListModel::OutboxIdRole).toLongLong(), 7);
    QCOMPARE(last.data(MessageListModel::IdRole).toLongLong(), -7); // never a server id
    QCOMPARE(last.data(MessageListModel::EchoStateRole).toInt(),
             int(models::LocalEcho::State::Pending));
    QCOMPARE(messages.index(0).data(MessageListModel::EchoStateRole).toInt(), -1);

    // Another moderator's message arrives: above the echo, which is still to come.
    domain::Message incoming = *messages.messageAt(serverRows - 1);
    incoming.id = 999'001;
    incoming.dateInsert = incoming.dateInsert.addSecs(1);
    messages.appendMessage(incoming);
    QCOMPARE(messages.messageAt(serverRows)->id, incoming.id);
    QCOMPARE(messages.messageAt(serverRows + 1)->id, -7);

    // Failed with a reason; a reload of the room keeps it.
    echo.state = models::LocalEcho::State::Failed;
    echo.errorText = QStringLiteral("The product does not exist.");
    echo.editable = true;
    messages.setEcho(echo);
    QCOMPARE(messages.index(serverRows + 1).data(MessageListModel::EchoErrorRole).toString(),
             echo.errorText);
    messages.reload();
    QVERIFY(loaded.wait(kTimeoutMs));
    QCOMPARE(messages.echoCount(), 1);
    QCOMPARE(messages.messageAt(messages.rowCount() - 1)->id, -7);

    // Sent: the server's message takes its place.
    domain::Message sent = incoming;
    sent.id = 999'002;
    sent.dateInsert = sent.dateInsert.addSecs(1);
    messages.settleEcho(7, sent);
    QCOMPARE(messages.echoCount(), 0);
    QCOMPARE(messages.messageAt(messages.rowCount() - 1)->id, sent.id);

    // Echoes belong to their room: another room drops them.
    messages.setEcho(echo);
    messages.setChatroom(2);
    QCOMPARE(messages.echoCount(), 0);
}

void TstModels::messagesLongHistoryHoldsEachMessageOnceWhileNewOnesShiftPages()
{
    // A busy room of thousands of messages, read back to its first while others keep posting:
    // each post shifts the server's older pages by one, so every next page repeats a message.
    sandbox::SandboxConfig config = testing::SandboxFixture::smallConfig();
    config.rooms = 2;
    config.messages = 3000;
    testing::SandboxFixture busy(config);
    const QString error = busy.start();
    QVERIFY2(error.isEmpty(), qPrintable(error));
    std::unique_ptr<api::ApiClient> client = newClient(busy, busy.token());
    api::PopsellApi api(*client);
    const qint64 room = 2;
    const QList<qint64> history = allServerMessageIdsOldestFirst(busy, room);
    QVERIFY(history.size() > 2000);

    MessageListModel messages(api);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    messages.setChatroom(room);
    QVERIFY(loaded.wait(kTimeoutMs));
    api::PostMessageRequest post;
    post.ambassador = messages.messageAt(0)->author->id;
    post.content = QStringLiteral("Meanwhile, in the room");
    QSignalSpy loading(&messages, &MessageListModel::loadingChanged);
    int pages = 1;
    int posted = 0;
    while (messages.canFetchMore({})) {
        if (pages % 7 == 0) {
            bool done = false;
            api.postMessage(room, post, this, [&](api::Result<domain::Message> result) {
                QVERIFY(result.ok());
                done = true;
            });
            QVERIFY(QTest::qWaitFor([&] { return done; }, kTimeoutMs));
            ++posted;
        }
        messages.fetchMore({});
        QVERIFY(messages.isLoading());
        loading.clear();
        QVERIFY(loading.wait(kTimeoutMs));
        QVERIFY2(messages.errorText().isEmpty(), qPrintable(messages.errorText()));
        ++pages;
    }
    QVERIFY(posted > 10);
    // Each message once, oldest first, none missing; the posts are newer than the newest
    // page the thread started from, so they are not in it.
    const QList<qint64> held = modelIds(messages);
    QCOMPARE(held.size(), history.size());
    QCOMPARE(held, history);
    QCOMPARE(messages.rowOf(history.constFirst()), 0);
    QCOMPARE(messages.rowOf(history.constLast()), int(history.size()) - 1);
}

void TstModels::messagesEachRowShowsTheAuthorAndProductItCameWith()
{
    MessageListModel messages(*m_api);
    QAbstractItemModelTester tester(&messages);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    messages.setChatroom(1);
    QVERIFY(loaded.wait(kTimeoutMs));
    walkToEnd(messages, [&] { return messages.isLoading(); }); // the tester fetches more
    const auto authorOf = [&messages](int row) {
        return messages.index(row).data(MessageListModel::AuthorNameRole).toString();
    };

    // The author of the newest message, renamed in a message that arrives after it.
    const int newest = messages.rowCount() - 1;
    const domain::Message original = *messages.messageAt(newest);
    const QString name = original.author->displayName();
    QList<int> sameAuthor;
    for (int row = 0; row < newest; ++row) {
        if (messages.messageAt(row)->author->id == original.author->id)
            sameAuthor.append(row);
    }
    QVERIFY2(!sameAuthor.isEmpty(), "the newest message's author wrote nothing else");
    domain::Message renamed = original;
    renamed.id = 999'101;
    renamed.dateInsert = original.dateInsert.addSecs(1);
    renamed.author.edit().firstname = QStringLiteral("Renamed");
    messages.appendMessage(renamed);
    QVERIFY(authorOf(newest + 1).startsWith(QStringLiteral("Renamed ")));
    QCOMPARE(authorOf(newest), name);
    for (int row : std::as_const(sameAuthor))
        QCOMPARE(authorOf(row), name);

    // The server's state of an older message, with the author as they are now.
    domain::Message older = *messages.messageAt(sameAuthor.constFirst());
    older.author = renamed.author;
    messages.replaceMessage(older);
    QVERIFY(authorOf(sameAuthor.constFirst()).startsWith(QStringLiteral("Renamed ")));
    QCOMPARE(authorOf(newest), name);

    // A product pushed again at another price: that message shows the new price only.
    int card = -1;
    for (int row = 0; row < messages.rowCount() && card < 0; ++row) {
        if (!messages.messageAt(row)->products.isEmpty())
            card = row;
    }
    QVERIFY2(card >= 0, "room 1 holds no product message");
    const domain::Product product = messages.messageAt(card)->products.constFirst();
    domain::Message repriced = *messages.messageAt(card);
    repriced.id = 999'102;
    repriced.dateInsert = renamed.dateInsert.addSecs(1);
    repriced.products.first().price = product.price + 10;
    messages.appendMessage(repriced);
    QCOMPARE(messages.messageAt(messages.rowCount() - 1)->products.constFirst().price,
             product.price + 10);
    QCOMPARE(messages.messageAt(card)->products.constFirst().price, product.price);
    QCOMPARE(messages.messageAt(card)->products.constFirst(), product);

    // Loaded again: every row as the server has it.
    messages.reload();
    QVERIFY(loaded.wait(kTimeoutMs));
    walkToEnd(messages, [&] { return messages.isLoading(); });
    for (int row = 0; row < messages.rowCount(); ++row) {
        if (messages.messageAt(row)->author->id == original.author->id)
            QCOMPARE(authorOf(row), name);
    }
}

void TstModels::messagesAppendAfterPostingAProduct()
{
    MessageListModel messages(*m_api);
    QAbstractItemModelTester tester(&messages);
    QSignalSpy loaded(&messages, &MessageListModel::chatroomLoaded);
    messages.setChatroom(1);
    QVERIFY(loaded.wait(kTimeoutMs));
    walkToEnd(messages, [&] { return messages.isLoading(); }); // the tester fetches more
    const int before = messages.rowCount();

    api::ProductMessageRequest request;
    request.ambassador = 1;
    request.product = 7;
    std::optional<domain::Message> posted;
    m_api->postProductMessage(1, request, this, [&](api::Result<domain::Message> result) {
        QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().userMessage()));
        posted = result.value();
        messages.appendMessage(result.value());
    });
    QTRY_VERIFY_WITH_TIMEOUT(posted.has_value(), kTimeoutMs);

    const int last = messages.rowCount() - 1;
    QCOMPARE(messages.rowCount(), before + 1);
    QCOMPARE(messages.data(messages.index(last), MessageListModel::IdRole).toLongLong(),
             posted->id);
    QCOMPARE(messages.data(messages.index(last), MessageListModel::KindRole).toInt(),
             int(domain::MessageType::Product));

    // The server agrees: after a reload it is still the newest, at the bottom.
    messages.reload();
    QVERIFY(loaded.wait(kTimeoutMs));
    QCOMPARE(messages.messageAt(messages.rowCount() - 1)->id, posted->id);

    // Hidden by a moderator: replaced in place.
    domain::Message hidden = *posted;
    hidden.active = false;
    messages.replaceMessage(hidden);
    QVERIFY(!messages.data(messages.index(messages.rowCount() - 1), MessageListModel::ActiveRole)
                 .toBool());
}

// -------------------------------------------------------------------------- pickers

void TstModels::ambassadorSearchDebouncesToOneRequest()
{
    models::AmbassadorSearchModel model(*m_api);
    QAbstractItemModelTester tester(&model);
    QSignalSpy searched(&model, &models::AmbassadorSearchModel::searched);
    const QString path = QStringLiteral("/chat/ambassadors");
    const int before = requestsTo(path);

    model.setSearchText(QStringLiteral("ca"));
    QTest::qWait(model.debounceInterval() / 3);
    model.setSearchText(QStringLiteral("cam"));
    QVERIFY(searched.wait(kTimeoutMs));
    QTest::qWait(model.debounceInterval() + 50);

    QCOMPARE(requestsTo(path) - before, 1);
    QCOMPARE(searched.count(), 1);
    QCOMPARE(searched.at(0).at(0).toString(), QStringLiteral("cam"));
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        const domain::Ambassador *a = model.ambassadorAt(row);
        QVERIFY2(QString(a->firstname + u' ' + a->lastname + u' ' + a->username)
                     .contains(QStringLiteral("cam"), Qt::CaseInsensitive),
                 qPrintable(a->displayName()));
    }
}

void TstModels::ambassadorSearchRestrictedToMembersIsLocal()
{
    const QJsonObject room = m_fixture->get(QStringLiteral("/chat/chatrooms/1")).object();
    std::optional<domain::Chatroom> chatroom = domain::Chatroom::fromJson(room);
    QVERIFY(chatroom);
    QList<domain::Ambassador> members;
    for (const domain::ChatroomMember &member : chatroom->ambassadors)
        members.append(*member.ambassador);
    QCOMPARE(members.size(), 2);

    models::AmbassadorSearchModel model(*m_api);
    QAbstractItemModelTester tester(&model);
    QSignalSpy searched(&model, &models::AmbassadorSearchModel::searched);
    const int before = requestsTo(QStringLiteral("/chat/ambassadors"));
    model.setMembers(members);
    QVERIFY(searched.wait(kTimeoutMs));
    QCOMPARE(model.rowCount(), 2);

    model.setSearchText(members.at(1).firstname.left(3));
    QVERIFY(searched.wait(kTimeoutMs));
    QVERIFY(model.rowOf(members.at(1).id) >= 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.ambassadorAt(row)->id == members.at(0).id ||
                model.ambassadorAt(row)->id == members.at(1).id);
    QCOMPARE(requestsTo(QStringLiteral("/chat/ambassadors")), before);
}

void TstModels::ambassadorSearchOffersANumberTypedAloneAsThatId()
{
    models::AmbassadorSearchModel model(*m_api);
    QAbstractItemModelTester tester(&model);
    QSignalSpy searched(&model, &models::AmbassadorSearchModel::searched);

    // An id the brand does not have is still offered first: the server judges it on use.
    model.setSearchText(QStringLiteral("999999"));
    model.searchNow();
    QVERIFY(searched.wait(kTimeoutMs));
    QVERIFY(model.rowCount() >= 1);
    QCOMPARE(model.index(0, 0).data(models::AmbassadorSearchModel::IdRole).toLongLong(), 999999);
    QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("Ambassador #999999"));

    // An id the brand has comes first, and only once (named when the name search found it).
    model.setSearchText(QStringLiteral("2"));
    model.searchNow();
    QVERIFY(searched.wait(kTimeoutMs));
    QCOMPARE(model.ambassadorAt(0)->id, 2);
    int twos = 0;
    for (int row = 0; row < model.rowCount(); ++row)
        twos += model.ambassadorAt(row)->id == 2 ? 1 : 0;
    QCOMPARE(twos, 1);
    const auto value = model.index(0, 0)
                           .data(models::AmbassadorSearchModel::AmbassadorRole)
                           .value<domain::Ambassador>();
    QCOMPARE(value.id, 2);

    // Words are searched by name only.
    model.setSearchText(QStringLiteral("cam"));
    model.searchNow();
    QVERIFY(searched.wait(kTimeoutMs));
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(!model.ambassadorAt(row)->displayName().startsWith(u'#'));
}

void TstModels::productSearchDebouncesToOneRequest()
{
    const QString firstName = m_fixture->get(QStringLiteral("/manager/products?per_page=1"))
                                  .data()
                                  .at(0)
                                  .toObject()
                                  .value(u"name")
                                  .toString();
    QVERIFY(firstName.size() >= 3);
    const QString typed = firstName.left(3).toLower();

    models::ProductSearchModel model(*m_api);
    QAbstractItemModelTester tester(&model);
    QSignalSpy searched(&model, &models::ProductSearchModel::searched);
    const QString path = QStringLiteral("/manager/products");
    const int before = requestsTo(path);
    model.setSearchText(typed.left(2));
    QTest::qWait(model.debounceInterval() / 3);
    model.setSearchText(typed);
    QVERIFY(model.rowCount() == 0 && !model.isLoading()); // nothing sent while typing
    QVERIFY(searched.wait(kTimeoutMs));
    QTest::qWait(model.debounceInterval() + 50);

    QCOMPARE(requestsTo(path) - before, 1);
    QVERIFY(model.rowCount() > 0);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.productAt(row)->name.contains(typed, Qt::CaseInsensitive));
}

void TstModels::brandTagsLoadEveryTag()
{
    const QJsonObject firstPage = m_fixture->get(QStringLiteral("/manager/brand-tags")).object();
    const qint64 total = firstPage.value(u"total").toInteger();
    QVERIFY(total > 0);

    models::BrandTagSearchModel model(*m_api);
    QAbstractItemModelTester tester(&model);
    QSignalSpy searched(&model, &models::DebouncedSearchModel::searched);
    model.searchNow();
    QVERIFY(searched.wait(kTimeoutMs));
    QCOMPARE(model.rowCount(), int(total));
    QVERIFY(!model.data(model.index(0), Qt::DisplayRole).toString().isEmpty());

    // The name is matched locally: typing part of the first tag's name keeps it.
    const QString name = model.data(model.index(0), Qt::DisplayRole).toString();
    model.setSearchText(name.left(3));
    QVERIFY(searched.wait(kTimeoutMs));
    QVERIFY(model.rowCount() >= 1);
    for (int row = 0; row < model.rowCount(); ++row)
        QVERIFY(model.data(model.index(row), Qt::DisplayRole)
                    .toString()
                    .contains(name.left(3), Qt::CaseInsensitive));
}

QTEST_GUILESS_MAIN(TstModels)
#include "tst_models.moc"
