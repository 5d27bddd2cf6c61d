// The outbox: write actions stored before they are sent, sent in order per chatroom with one
// Idempotency-Key each, "sent" only after a 2xx, failures that block their chatroom, rows a
// dead process left mid-send reconciled by reading back, profiles kept apart, and a store
// that cannot write refusing the action. Against the real sandbox over loopback, and against
// scripted FaultServers where the server must misbehave on cue.

#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/api/requests.h"
#include "core/domain/chatroom.h"
#include "core/outbox/outbox.h"
#include "core/outbox/outboxmodel.h"
#include "core/outbox/outboxstore.h"
#include "support/faultserver.h"
#include "support/sandboxfixture.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>
#include <optional>

using namespace popsell;
using namespace std::chrono_literals;
using api::ApiClient;
using api::ApiConfig;
using api::PopsellApi;
using outbox::Outbox;
using outbox::OutboxAction;
using outbox::OutboxModel;
using outbox::OutboxOptions;
using outbox::OutboxState;
using outbox::OutboxStore;
using testing::FaultBehaviour;
using testing::FaultServer;
using testing::ReceivedRequest;
using testing::RequestOptions;
using testing::SandboxFixture;

namespace {

const QString kApi = QStringLiteral("/api/v2");
const QString kProfileA = QStringLiteral("profile-a");
const QString kProfileB = QStringLiteral("profile-b");
const QString kFaultToken = QStringLiteral("fault-token");

// No jitter and no read-back delay: the tests wait for behaviour, not for time.
OutboxOptions fastOptions(bool honoursKeys = false)
{
    OutboxOptions options;
    options.serverHonoursIdempotencyKeys = honoursKeys;
    options.random = [] {
        return 0.0;
    };
    options.readBackDelay = 0ms;
    options.readBackDelayAfterTimeout = 0ms;
    return options;
}

ApiConfig faultConfig(const FaultServer &server)
{
    ApiConfig config;
    config.baseUrl = server.url(kApi);
    config.domain = QStringLiteral("demo.popsell.test");
    config.brandId = 3;
    config.inactivityTimeoutMs = 3000;
    config.deadlineMs = 8000;
    return config;
}

QString productPath(qint64 room)
{
    return kApi + QStringLiteral("/chat/chatrooms/%1/messages-product").arg(room);
}

QString messagesPath(qint64 room)
{
    return kApi + QStringLiteral("/chat/chatrooms/%1/messages").arg(room);
}

// A message as the API prints it: what a read-back decodes.
QJsonObject productMessageJson(qint64 id, qint64 author, qint64 product, const QDateTime &at)
{
    return QJsonObject{
        {QStringLiteral("id_message"), id},
        {QStringLiteral("date_insert"), at.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("author"), QJsonObject{{QStringLiteral("id_ambassador"), author},
                                               {QStringLiteral("firstname"), QStringLiteral("A")},
                                               {QStringLiteral("lastname"), QStringLiteral("B")}}},
        {QStringLiteral("content"), QStringLiteral("product")},
        {QStringLiteral("type_message"), 3},
        {QStringLiteral("status_moderation"), 0},
        {QStringLiteral("products"),
         QJsonArray{QJsonObject{{QStringLiteral("id_product"), product},
                                {QStringLiteral("name"), QStringLiteral("Thing")}}}},
    };
}

QByteArray pageOf(const QJsonArray &items)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("current_page"), 1},
                                     {QStringLiteral("data"), items},
                                     {QStringLiteral("last_page"), 1},
                                     {QStringLiteral("per_page"), 15},
                                     {QStringLiteral("total"), items.size()},
                                     {QStringLiteral("next_page_url"), QJsonValue::Null}})
        .toJson(QJsonDocument::Compact);
}

FaultBehaviour created(qint64 idMessage)
{
    return FaultBehaviour::json(201,
                                QJsonDocument(QJsonObject{{QStringLiteral("id_message"), idMessage},
                                                          {QStringLiteral("type_message"), 3}})
                                    .toJson(QJsonDocument::Compact));
}

qint64 productOf(const ReceivedRequest &request)
{
    return QJsonDocument::fromJson(request.body).object().value(u"id_product").toInteger();
}

// One outbox over its own client, recording every change it reports.
struct Rig
{
    std::unique_ptr<ApiClient> client;
    std::unique_ptr<PopsellApi> api;
    std::unique_ptr<Outbox> outbox;
    QList<OutboxAction> changes;
    QList<qint64> removed;

    // The latest reported state of `id`.
    std::optional<OutboxAction> last(qint64 id) const
    {
        for (qsizetype i = changes.size() - 1; i >= 0; --i) {
            if (changes.at(i).id == id)
                return changes.at(i);
        }
        return std::nullopt;
    }
    bool reached(qint64 id, OutboxState state) const
    {
        const std::optional<OutboxAction> row = last(id);
        return row && row->state == state;
    }
    QString describe(qint64 id) const
    {
        const std::optional<OutboxAction> row = last(id);
        if (!row)
            return QStringLiteral("action %1: no change reported").arg(id);
        return QStringLiteral("action %1 is %2 after %3 attempt(s): %4")
            .arg(id)
            .arg(outbox::stateName(row->state))
            .arg(row->attempts)
            .arg(row->lastError.message);
    }
    // The states `id` went through, in order.
    QList<OutboxState> states(qint64 id) const
    {
        QList<OutboxState> seen;
        for (const OutboxAction &change : changes) {
            if (change.id == id)
                seen.append(change.state);
        }
        return seen;
    }
};

std::unique_ptr<Rig> makeRig(const ApiConfig &config, const QString &token,
                             const QString &storePath, const OutboxOptions &options,
                             const QString &profile = kProfileA, int busyTimeoutMs = 5000)
{
    auto rig = std::make_unique<Rig>();
    rig->client = std::make_unique<ApiClient>(config);
    rig->client->setToken(token);
    rig->api = std::make_unique<PopsellApi>(*rig->client);
    auto store = std::make_unique<OutboxStore>(storePath, busyTimeoutMs);
    store->open();
    rig->outbox = std::make_unique<Outbox>(std::move(store), *rig->client, *rig->api, options);
    Rig *raw = rig.get();
    QObject::connect(rig->outbox.get(), &Outbox::actionChanged, rig->outbox.get(),
                     [raw](const OutboxAction &action) { raw->changes.append(action); });
    QObject::connect(rig->outbox.get(), &Outbox::actionRemoved, rig->outbox.get(),
                     [raw](qint64 id) { raw->removed.append(id); });
    if (!profile.isEmpty())
        rig->outbox->setProfile(profile);
    return rig;
}

// Stops a rig the way a crash would: its calls are aborted, nothing is finished.
void crash(std::unique_ptr<Rig> &rig)
{
    rig->outbox.reset();
    rig->api.reset();
    rig->client.reset();
    rig.reset();
    // Whatever reached the in-process server is processed now, as it would be on a real one.
    QTest::qWait(200);
}

} // namespace

// Waits until `rig` reported `state_` for action `id_`; on failure says where it stopped.
#define WAIT_STATE(rig_, id_, state_)                                                              \
    QTRY_VERIFY2_WITH_TIMEOUT((rig_).reached((id_), (state_)), qPrintable((rig_).describe(id_)),   \
                              15000)

class TestOutbox : public QObject
{
    Q_OBJECT

    SandboxFixture m_sandbox;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FaultServer> m_fault;

    QString storePath(const QString &name = QStringLiteral("outbox.sqlite")) const
    {
        return m_dir->filePath(name);
    }

    ApiConfig sandboxConfig() const
    {
        ApiConfig config;
        config.baseUrl = QUrl(m_sandbox.baseUrl());
        config.domain = m_sandbox.config().domain;
        config.brandId = m_sandbox.brandId();
        return config;
    }

    std::unique_ptr<Rig> sandboxRig(const OutboxOptions &options = fastOptions(),
                                    const QString &profile = kProfileA)
    {
        return makeRig(sandboxConfig(), m_sandbox.token(), storePath(), options, profile);
    }

    std::unique_ptr<Rig> faultRig(const OutboxOptions &options = fastOptions(),
                                  const QString &profile = kProfileA)
    {
        return makeRig(faultConfig(*m_fault), kFaultToken, storePath(), options, profile);
    }

    qint64 messageTotal(qint64 room)
    {
        const auto r =
            m_sandbox.get(QStringLiteral("/chat/chatrooms/%1/messages?per_page=1").arg(room));
        return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger(-1) : -1;
    }

    qint64 chatroomTotal()
    {
        RequestOptions o;
        o.brandHeader = false;
        const auto r = m_sandbox.get(QStringLiteral("/manager/chatrooms?per_page=1"), o);
        return r.status == 200 ? r.object().value(QStringLiteral("total")).toInteger(-1) : -1;
    }

    // The members of a sandbox chatroom, in the order the API lists them.
    QList<qint64> members(qint64 room)
    {
        const auto r = m_sandbox.get(QStringLiteral("/chat/chatrooms/%1").arg(room));
        QList<qint64> ids;
        if (const auto chatroom = domain::Chatroom::fromJson(r.object())) {
            for (const domain::ChatroomMember &member : chatroom->ambassadors)
                ids.append(member.ambassador->id);
        }
        return ids;
    }

    QList<qint64> productIds()
    {
        RequestOptions o;
        o.brandHeader = false;
        const auto r = m_sandbox.get(QStringLiteral("/manager/products?per_page=30"), o);
        QList<qint64> ids;
        for (const QJsonValue &product : r.data())
            ids.append(product.toObject().value(u"id_product").toInteger());
        return ids;
    }

    // Chatrooms of the sandbox with at least two members. Tests that read back use rooms of
    // their own: a read-back must not find what another test (another store) did there.
    QList<qint64> m_rooms;
    QList<qint64> m_products;

    qint64 room(int index) const { return m_rooms.value(index); }

private Q_SLOTS:
    void initTestCase()
    {
        QCOMPARE(m_sandbox.start(), QString());
        for (qint64 id = 1; id <= 60; ++id) {
            if (members(id).size() >= 2)
                m_rooms.append(id);
        }
        QVERIFY2(m_rooms.size() >= 12, "the demo data has too few chatrooms with two members");
        m_products = productIds();
        QVERIFY2(m_products.size() >= 12, "the demo data has too few products");
    }

    void init()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
        m_fault = std::make_unique<FaultServer>();
        QVERIFY(m_fault->listen());
    }

    void cleanup()
    {
        m_fault.reset();
        m_dir.reset();
    }

    // ------------------------------------------------------------------ accept and send

    void acceptStoresBeforeAnythingIsSent()
    {
        m_fault->script(productPath(7), created(501));
        auto rig = faultRig(fastOptions(), QString()); // no profile yet: nothing may go
        const auto accepted = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 7, api::ProductMessageRequest{1, 42}));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));
        const OutboxAction action = *accepted.action;
        QVERIFY(action.id > 0);
        QVERIFY(!action.idempotencyKey.isEmpty());
        QCOMPARE(action.state, OutboxState::Queued);

        // On disk the moment accept() returns, before the event loop has run once.
        {
            OutboxStore reader(storePath());
            QVERIFY2(reader.open(), qPrintable(reader.lastError()));
            const auto stored = reader.action(action.id);
            QVERIFY(stored);
            QCOMPARE(stored->state, OutboxState::Queued);
            QCOMPARE(stored->idempotencyKey, action.idempotencyKey);
            QCOMPARE(stored->body, action.body);
        }
        // The process dies before anything went: the action is still there afterwards.
        rig.reset();
        QVERIFY(m_fault->requests().isEmpty());

        auto next = faultRig();
        QCOMPARE(next->outbox->pendingCount(), 1);
        WAIT_STATE(*next, action.id, OutboxState::Sent);
        const QList<ReceivedRequest> sent = m_fault->requestsTo(productPath(7));
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().header("idempotency-key"), action.idempotencyKey);
        QCOMPARE(next->last(action.id)->serverId, 501);
        QCOMPARE(next->outbox->pendingCount(), 0);
    }

    void sentOnlyAfterA2xxWithTheSameKeyEachTime()
    {
        m_fault->scriptSequence(productPath(8),
                                {FaultBehaviour::json(503, R"({"message":"busy"})"),
                                 FaultBehaviour::json(503, R"({"message":"busy"})"), created(777)});
        auto rig = faultRig();
        const auto accepted = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 8, api::ProductMessageRequest{1, 5}));
        QVERIFY(accepted.ok());
        const qint64 id = accepted.action->id;
        WAIT_STATE(*rig, id, OutboxState::Sent);

        const QList<OutboxState> states = rig->states(id);
        QCOMPARE(states.count(OutboxState::Sent), 1);
        QCOMPARE(states.last(), OutboxState::Sent);
        QCOMPARE(states.count(OutboxState::Sending), 3);
        // Each 503 put it back in the queue with the reason, never Sent.
        bool sawBusy = false;
        for (const OutboxAction &change : std::as_const(rig->changes)) {
            if (change.state == OutboxState::Queued && change.lastError.httpStatus == 503)
                sawBusy = true;
        }
        QVERIFY(sawBusy);
        const QList<ReceivedRequest> sent = m_fault->requestsTo(productPath(8));
        QCOMPARE(sent.size(), 3);
        for (const ReceivedRequest &request : sent)
            QCOMPARE(request.header("idempotency-key"), accepted.action->idempotencyKey);
        const OutboxAction done = *rig->last(id);
        QCOMPARE(done.serverId, 777);
        QCOMPARE(done.serverAnswer.toObject().value(u"id_message").toInteger(), 777);
        QVERIFY(done.lastError.isEmpty());
        // The store agrees.
        const auto stored = rig->outbox->rows(kProfileA);
        QCOMPARE(stored.size(), 1);
        QCOMPARE(stored.first().state, OutboxState::Sent);
        QCOMPARE(stored.first().serverId, 777);
    }

    void unreadable2xxIsSentAndNotRepeated()
    {
        m_fault->script(productPath(9), FaultBehaviour::json(201, "this is not json"));
        auto rig = faultRig();
        const auto accepted = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 9, api::ProductMessageRequest{1, 5}));
        WAIT_STATE(*rig, accepted.action->id, OutboxState::Sent);
        QTest::qWait(200);
        QCOMPARE(m_fault->requestsTo(productPath(9)).size(), 1);
    }

    // Found by the fault campaign: a captive portal's 200 page or a redirect is not the API's
    // answer. The push is neither Sent (the API may not have seen it) nor Failed (it may have
    // been applied: Qt re-sends by itself after a dropped connection, notes 2.4): it goes
    // again with its key, or is read back first where the server keeps no keys.
    void foreignAnswerIsNeitherSentNorFinal_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("honoursKeys");
        QTest::newRow("portal page, server keeps keys") << 200 << true;
        QTest::newRow("302, server keeps keys") << 302 << true;
        QTest::newRow("307, no keys: read back first") << 307 << false;
    }

    void foreignAnswerIsNeitherSentNorFinal()
    {
        QFETCH(int, status);
        QFETCH(bool, honoursKeys);
        const FaultBehaviour foreign =
            status == 200
                ? FaultBehaviour::respond(200, "text/html",
                                          "<html><body>Sign in to the Wi-Fi</body></html>")
                : FaultBehaviour::redirect(status, m_fault->url(QStringLiteral("/portal")));
        m_fault->scriptSequence(productPath(41), {foreign, created(4141)});
        m_fault->script(messagesPath(41), FaultBehaviour::json(200, pageOf({})));
        auto rig = faultRig(fastOptions(honoursKeys));
        const qint64 id =
            rig->outbox
                ->accept(OutboxAction::pushProduct(kProfileA, 41, api::ProductMessageRequest{1, 5}))
                .action->id;
        WAIT_STATE(*rig, id, OutboxState::Sent);
        QCOMPARE(rig->last(id)->serverId, 4141);
        QVERIFY(!rig->states(id).contains(OutboxState::Failed));
        const QList<ReceivedRequest> sent = m_fault->requestsTo(productPath(41));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].header("idempotency-key"), sent[1].header("idempotency-key"));
        QCOMPARE(m_fault->requestsTo(messagesPath(41)).isEmpty(), honoursKeys);
    }

    // Found by the fault campaign: a 401 whose body is over the size cap is still a 401 (sign
    // in again, the action waits), not an unreadable answer that fails the action for good.
    void unauthorizedWithAnOversizedBodyWaitsForSignIn()
    {
        FaultBehaviour huge = FaultBehaviour::huge(1024 * 1024);
        huge.status = 401;
        m_fault->script(productPath(42), huge);
        ApiConfig config = faultConfig(*m_fault);
        config.maxBodyBytes = 64 * 1024;
        auto rig = makeRig(config, kFaultToken, storePath(), fastOptions());
        const qint64 id =
            rig->outbox
                ->accept(OutboxAction::pushProduct(kProfileA, 42, api::ProductMessageRequest{1, 5}))
                .action->id;
        QTRY_VERIFY_WITH_TIMEOUT(rig->outbox->isPaused(), 10000);
        QCOMPARE(rig->last(id)->state, OutboxState::Queued);
        QCOMPARE(rig->last(id)->lastError.httpStatus, 401);
        QCOMPARE(rig->last(id)->lastError.kindName, QStringLiteral("unauthorized"));
    }

    // Found by the fault campaign: the connection broke after the request was written, and
    // Qt's own re-send of it (notes 2.4) met a closed port, or got a 503. Either answer
    // describes only that copy: the first may have been applied, so it is read back before
    // anything goes again.
    void qtResendOfAWrittenRequestIsStillUncertain_data()
    {
        QTest::addColumn<bool>("resendRefused");
        QTest::newRow("re-send refused") << true;
        QTest::newRow("re-send answered 503") << false;
    }

    void qtResendOfAWrittenRequestIsStillUncertain()
    {
        QFETCH(bool, resendRefused);
        QTcpServer once;
        QVERIFY(once.listen(QHostAddress::LocalHost, 0));
        QByteArray received;
        int connections = 0;
        connect(&once, &QTcpServer::newConnection, &once, [&, resendRefused] {
            QTcpSocket *socket = once.nextPendingConnection();
            const bool first = ++connections == 1;
            auto *request = new QByteArray;
            connect(socket, &QTcpSocket::destroyed, socket, [request] { delete request; });
            connect(socket, &QTcpSocket::readyRead, socket, [&, first, request, socket] {
                *request += socket->readAll();
                if (!request->contains("\r\n\r\n") || !request->endsWith('}'))
                    return;
                received += *request;
                if (!first) {
                    socket->write("HTTP/1.1 503 Service Unavailable\r\nContent-Type: "
                                  "application/json\r\nContent-Length: 2\r\n\r\n{}");
                    return;
                }
                if (resendRefused)
                    once.close(); // the re-send finds nobody listening
                socket->disconnectFromHost();
            });
        });
        ApiConfig config = faultConfig(*m_fault);
        config.baseUrl = QUrl(QStringLiteral("http://127.0.0.1:%1/api/v2").arg(once.serverPort()));
        auto rig = makeRig(config, kFaultToken, storePath(), fastOptions(false));
        const qint64 id =
            rig->outbox
                ->accept(OutboxAction::pushProduct(kProfileA, 43, api::ProductMessageRequest{1, 5}))
                .action->id;
        // The first failure: the change to Queued that follows the first Sending.
        const auto firstFailure = [&rig, id]() -> std::optional<OutboxAction> {
            bool sending = false;
            for (const OutboxAction &change : rig->changes) {
                if (change.id != id)
                    continue;
                if (change.state == OutboxState::Sending)
                    sending = true;
                else if (sending)
                    return change;
            }
            return std::nullopt;
        };
        QTRY_VERIFY_WITH_TIMEOUT(firstFailure().has_value(), 10000);
        QVERIFY(received.startsWith("POST "));
        QCOMPARE(received.count("POST "), resendRefused ? 1 : 2);
        QCOMPARE(firstFailure()->state, OutboxState::Queued);
        QCOMPARE(firstFailure()->lastError.kindName,
                 resendRefused ? QStringLiteral("network") : QStringLiteral("server"));
        QVERIFY2(firstFailure()->ambiguous, "a written request was taken as never applied");
    }

    void sandboxPushIsSentWithTheServersMessage()
    {
        const qint64 room = this->room(0);
        const qint64 author = members(room).first();
        const qint64 product = m_products.value(3);
        QVERIFY(product > 0);
        const qint64 before = messageTotal(room);

        auto rig = sandboxRig();
        const auto accepted = rig->outbox->accept(OutboxAction::pushProduct(
            kProfileA, room, api::ProductMessageRequest{author, product}));
        QVERIFY(accepted.ok());
        WAIT_STATE(*rig, accepted.action->id, OutboxState::Sent);
        const OutboxAction sent = *rig->last(accepted.action->id);
        QVERIFY(sent.serverId > 0);
        QCOMPARE(messageTotal(room), before + 1);

        const auto message = m_sandbox.get(QStringLiteral("/chat/messages/%1").arg(sent.serverId));
        QCOMPARE(message.status, 200);
        const auto decoded = domain::Message::fromJson(message.object());
        QVERIFY(decoded);
        QCOMPARE(decoded->kind(), domain::MessageType::Product);
        QCOMPARE(decoded->author->id, author);
        QCOMPARE(decoded->products.value(0).id, product);
        // The answer kept for the local echo is that message.
        QCOMPARE(domain::Message::fromJson(sent.serverAnswer)->id, sent.serverId);
    }

    // ----------------------------------------------------------------------- ordering

    void oneRoomKeepsItsOrderThroughARetry()
    {
        // The first push meets a 503: the two behind it must wait for it, not overtake.
        int answered = 0;
        bool firstRefused = false;
        m_fault->handle(productPath(11), [&](const ReceivedRequest &) {
            if (!firstRefused) {
                firstRefused = true;
                return FaultBehaviour::json(503, R"({"message":"busy"})");
            }
            return created(1000 + ++answered);
        });
        auto rig = faultRig();
        QList<qint64> ids;
        for (qint64 product : {101, 102, 103}) {
            const auto accepted = rig->outbox->accept(
                OutboxAction::pushProduct(kProfileA, 11, api::ProductMessageRequest{1, product}));
            QVERIFY(accepted.ok());
            ids.append(accepted.action->id);
        }
        for (qint64 id : std::as_const(ids))
            WAIT_STATE(*rig, id, OutboxState::Sent);

        QList<qint64> order;
        for (const ReceivedRequest &request : m_fault->requestsTo(productPath(11)))
            order.append(productOf(request));
        QCOMPARE(order, (QList<qint64>{101, 101, 102, 103}));
        QCOMPARE(rig->last(ids[0])->serverId, 1001);
        QCOMPARE(rig->last(ids[1])->serverId, 1002);
        QCOMPARE(rig->last(ids[2])->serverId, 1003);
    }

    void sandboxPushesArriveInTheirOrder()
    {
        const qint64 room = this->room(0);
        const qint64 author = members(room).first();
        const QList<qint64> products = m_products.mid(0, 3);
        QCOMPARE(products.size(), 3);
        auto rig = sandboxRig();
        QList<qint64> ids;
        for (qint64 product : products) {
            ids.append(rig->outbox
                           ->accept(OutboxAction::pushProduct(
                               kProfileA, room, api::ProductMessageRequest{author, product}))
                           .action->id);
        }
        for (qint64 id : std::as_const(ids))
            WAIT_STATE(*rig, id, OutboxState::Sent);
        // The room's newest three messages, oldest first, are the three pushes in order.
        const auto page = m_sandbox.get(QStringLiteral("/chat/chatrooms/%1/messages").arg(room));
        const QJsonArray newest = page.data();
        QVERIFY(newest.size() >= 3);
        QList<qint64> pushed;
        for (int i = 2; i >= 0; --i) {
            const auto message = domain::Message::fromJson(newest.at(i));
            QVERIFY(message);
            pushed.append(message->products.value(0).id);
        }
        QCOMPARE(pushed, products);
        QVERIFY(rig->last(ids[0])->serverId < rig->last(ids[1])->serverId);
        QVERIFY(rig->last(ids[1])->serverId < rig->last(ids[2])->serverId);
    }

    void twoRoomsGoTogetherAndNoMoreThanTwo()
    {
        // Rooms 21 and 22 hang on their first attempt; room 23 must wait for a free slot.
        for (qint64 room : {21, 22})
            m_fault->scriptSequence(productPath(room),
                                    {FaultBehaviour::stallBeforeHeaders(), created(2000 + room)});
        m_fault->script(productPath(23), created(2023));
        ApiConfig config = faultConfig(*m_fault);
        config.inactivityTimeoutMs = 800;
        auto rig = makeRig(config, kFaultToken, storePath(), fastOptions(true));
        QList<qint64> ids;
        for (qint64 room : {21, 22, 23}) {
            ids.append(rig->outbox
                           ->accept(OutboxAction::pushProduct(kProfileA, room,
                                                              api::ProductMessageRequest{1, 7}))
                           .action->id);
        }
        // Both hanging rooms are on the wire at once...
        QTRY_VERIFY_WITH_TIMEOUT(m_fault->requestsTo(productPath(21)).size() == 1 &&
                                     m_fault->requestsTo(productPath(22)).size() == 1,
                                 5000);
        // ...and the third room waits while they hang.
        QTest::qWait(300);
        QVERIFY(m_fault->requestsTo(productPath(23)).isEmpty());
        for (qint64 id : std::as_const(ids))
            WAIT_STATE(*rig, id, OutboxState::Sent);
        QCOMPARE(rig->last(ids[0])->serverId, 2021);
        QCOMPARE(rig->last(ids[1])->serverId, 2022);
        QCOMPARE(rig->last(ids[2])->serverId, 2023);
        // The timed-out attempt went again with its own key (the server honours keys).
        const QList<ReceivedRequest> first = m_fault->requestsTo(productPath(21));
        QCOMPARE(first.size(), 2);
        QCOMPARE(first[0].header("idempotency-key"), first[1].header("idempotency-key"));
    }

    // ------------------------------------------------------------- failures block a room

    void validationFailureBlocksItsRoomUntilEdited()
    {
        const qint64 room = this->room(0);
        const qint64 other = this->room(1);
        const qint64 author = members(room).first();
        const QList<qint64> products = m_products;
        const qint64 before = messageTotal(room);

        auto rig = sandboxRig();
        OutboxModel model(*rig->outbox);
        const auto bad = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, room, api::ProductMessageRequest{author, 999999}));
        const auto behind = rig->outbox->accept(OutboxAction::pushProduct(
            kProfileA, room, api::ProductMessageRequest{author, products.value(1)}));
        const auto elsewhere = rig->outbox->accept(OutboxAction::pushProduct(
            kProfileA, other,
            api::ProductMessageRequest{members(other).first(), products.value(2)}));
        QVERIFY(bad.ok() && behind.ok() && elsewhere.ok());
        QCOMPARE(model.rowCount(), 3);

        WAIT_STATE(*rig, bad.action->id, OutboxState::Failed);
        const OutboxAction failed = *rig->last(bad.action->id);
        QCOMPARE(failed.lastError.httpStatus, 422);
        QVERIFY(failed.lastError.fieldErrors.contains(QStringLiteral("id_product")));
        QVERIFY(!failed.lastError.message.isEmpty());
        // Another room is not held back...
        WAIT_STATE(*rig, elsewhere.action->id, OutboxState::Sent);
        // ...but this one is: the push behind the failed head does not go.
        QTest::qWait(300);
        QCOMPARE(rig->last(behind.action->id)->state, OutboxState::Queued);
        QCOMPARE(messageTotal(room), before);
        QCOMPARE(rig->outbox->pendingCount(), 2);
        QCOMPARE(model.rowCount(), 2);
        const int failedRow = model.rowOf(bad.action->id);
        QCOMPARE(failedRow, 0);
        QCOMPARE(model.index(failedRow).data(OutboxModel::StateRole).toInt(),
                 int(OutboxState::Failed));
        QCOMPARE(model.index(failedRow).data(OutboxModel::ErrorTextRole).toString(),
                 failed.lastError.message);
        QVERIFY(model.index(failedRow)
                    .data(OutboxModel::FieldErrorsRole)
                    .toMap()
                    .contains(QStringLiteral("id_product")));

        // Edited and sent again with a new key; then the room moves on, in order.
        const auto edited = rig->outbox->replace(
            bad.action->id, api::ProductMessageRequest{author, products.value(0)}.toJson());
        QVERIFY2(edited.ok(), qPrintable(edited.error));
        QVERIFY(edited.action->idempotencyKey != bad.action->idempotencyKey);
        WAIT_STATE(*rig, bad.action->id, OutboxState::Sent);
        WAIT_STATE(*rig, behind.action->id, OutboxState::Sent);
        QVERIFY(rig->last(bad.action->id)->serverId < rig->last(behind.action->id)->serverId);
        QCOMPARE(messageTotal(room), before + 2);
        QCOMPARE(model.rowCount(), 0);
    }

    void discardingAFailedHeadLetsTheRoomGoOn()
    {
        const qint64 room = this->room(0);
        const qint64 author = members(room).first();
        const qint64 before = messageTotal(room);
        auto rig = sandboxRig();
        const auto bad = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, room, api::ProductMessageRequest{author, 888888}));
        const auto behind = rig->outbox->accept(OutboxAction::pushProduct(
            kProfileA, room, api::ProductMessageRequest{author, m_products.value(4)}));
        WAIT_STATE(*rig, bad.action->id, OutboxState::Failed);
        // Retrying a final answer as it is fails the same way, with a new key each time.
        const auto retried = rig->outbox->retry(bad.action->id);
        QVERIFY(retried.ok());
        QVERIFY(retried.action->idempotencyKey != bad.action->idempotencyKey);
        QTRY_VERIFY_WITH_TIMEOUT(rig->states(bad.action->id).count(OutboxState::Failed) == 2,
                                 10000);
        QCOMPARE(rig->last(behind.action->id)->state, OutboxState::Queued);

        QVERIFY(!rig->outbox->discard(behind.action->id + 1000).ok());
        const auto discarded = rig->outbox->discard(bad.action->id);
        QVERIFY2(discarded.ok(), qPrintable(discarded.error));
        QVERIFY(rig->removed.contains(bad.action->id));
        WAIT_STATE(*rig, behind.action->id, OutboxState::Sent);
        QCOMPARE(messageTotal(room), before + 1);
        QCOMPARE(rig->outbox->rows(kProfileA).size(), 1);
    }

    void unauthorizedStaysQueuedUntilResumed()
    {
        bool signedIn = false;
        m_fault->handle(productPath(12), [&](const ReceivedRequest &) {
            return signedIn ? created(1212)
                            : FaultBehaviour::json(401, R"({"message":"Unauthenticated."})");
        });
        auto rig = faultRig();
        const auto accepted = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 12, api::ProductMessageRequest{1, 5}));
        QTRY_VERIFY_WITH_TIMEOUT(rig->outbox->isPaused(), 5000);
        QCOMPARE(rig->last(accepted.action->id)->state, OutboxState::Queued);
        QCOMPARE(rig->last(accepted.action->id)->lastError.httpStatus, 401);
        QTest::qWait(300);
        QCOMPARE(m_fault->requestsTo(productPath(12)).size(), 1); // no 401 loop

        signedIn = true;
        rig->outbox->resume();
        WAIT_STATE(*rig, accepted.action->id, OutboxState::Sent);
        const QList<ReceivedRequest> sent = m_fault->requestsTo(productPath(12));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent[0].header("idempotency-key"), sent[1].header("idempotency-key"));
    }

    // -------------------------------------------------- uncertain outcomes are read back

    void lostConnectionIsReadBackBeforeAnyResend_data()
    {
        QTest::addColumn<bool>("applied");
        QTest::newRow("effect on the server") << true;
        QTest::newRow("no effect") << false;
    }

    void lostConnectionIsReadBackBeforeAnyResend()
    {
        QFETCH(bool, applied);
        const qint64 room = 13;
        QList<QString> sequence; // "POST" / "GET", as they arrived
        // Every POST before the read-back loses its connection: Qt itself sends a POST once
        // more when the connection closes without an answer (reliability notes 2.4).
        m_fault->handle(productPath(room), [&](const ReceivedRequest &) {
            sequence.append(QStringLiteral("POST"));
            if (!sequence.contains(QStringLiteral("GET")))
                return FaultBehaviour::closeWithoutResponse();
            return created(1313);
        });
        m_fault->handle(messagesPath(room), [&](const ReceivedRequest &) {
            sequence.append(QStringLiteral("GET"));
            QJsonArray items;
            // Someone else's older push of the same product, then (maybe) ours.
            items.append(productMessageJson(1290, 1, 5, QDateTime::currentDateTimeUtc()));
            if (applied)
                items.prepend(productMessageJson(1300, 1, 5, QDateTime::currentDateTimeUtc()));
            items.append(
                productMessageJson(1100, 1, 5, QDateTime::currentDateTimeUtc().addSecs(-3600)));
            return FaultBehaviour::json(200, pageOf(items));
        });
        auto rig = faultRig(fastOptions(false));
        // The older message 1290 is already some other action's.
        const auto older = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 99, api::ProductMessageRequest{1, 5}));
        QVERIFY(older.ok());
        {
            OutboxStore store(storePath());
            QVERIFY(store.open());
            QVERIFY(store.markSent(older.action->id, 1290, QJsonValue()));
        }
        rig.reset();
        rig = faultRig(fastOptions(false));
        const auto accepted = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, room, api::ProductMessageRequest{1, 5}));
        WAIT_STATE(*rig, accepted.action->id, OutboxState::Sent);

        QVERIFY(sequence.size() >= 2);
        QCOMPARE(sequence.first(), QStringLiteral("POST"));
        const qsizetype firstGet = sequence.indexOf(QStringLiteral("GET"));
        QVERIFY2(firstGet > 0, qPrintable(sequence.join(u' ')));
        const qsizetype postsAfterGet = sequence.mid(firstGet).count(QStringLiteral("POST"));
        if (applied) {
            QCOMPARE(rig->last(accepted.action->id)->serverId, 1300);
            QCOMPARE(postsAfterGet, 0);
        } else {
            QCOMPARE(rig->last(accepted.action->id)->serverId, 1313);
            QCOMPARE(postsAfterGet, 1);
            const QList<ReceivedRequest> posts = m_fault->requestsTo(productPath(room));
            QCOMPARE(posts.last().header("idempotency-key"), accepted.action->idempotencyKey);
        }
    }

    // ---------------------------------------------------------------- crash and restart

    void rowLeftSendingIsReconciledOnRestart_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<bool>("applied");
        QTest::addColumn<int>("roomIndex");
        int index = 2;
        for (const char *kind : {"product", "rating", "chatroom"}) {
            QTest::addRow("%s, applied before the crash", kind)
                << QString::fromLatin1(kind) << true << index++;
            QTest::addRow("%s, lost with the crash", kind)
                << QString::fromLatin1(kind) << false << index++;
        }
    }

    void rowLeftSendingIsReconciledOnRestart()
    {
        QFETCH(QString, kind);
        QFETCH(bool, applied);
        QFETCH(int, roomIndex);
        const qint64 room = this->room(roomIndex);
        const QList<qint64> people = members(room);
        OutboxAction action;
        QString directPath;
        if (kind == u"product") {
            action = OutboxAction::pushProduct(
                kProfileA, room, api::ProductMessageRequest{people[0], m_products.value(5)});
            directPath = QStringLiteral("/chat/chatrooms/%1/messages-product").arg(room);
        } else if (kind == u"rating") {
            action = OutboxAction::requestRating(kProfileA, room,
                                                 api::RatingRequest{people[0], people[1]});
            directPath = QStringLiteral("/chat/chatrooms/%1/ratings").arg(room);
        } else {
            action = OutboxAction::createChatroom(
                kProfileA, api::CreateChatroomRequest::betweenAmbassadors(
                               people[0], people[1], api::CreateChatroomRequest::WaitingList));
            directPath = QStringLiteral("/chat/chatrooms");
        }
        const bool isRoom = kind == u"chatroom";
        const auto total = [&] {
            return isRoom ? chatroomTotal() : messageTotal(room);
        };

        // A process accepted the action, started sending it, and died.
        qint64 id = 0;
        {
            OutboxStore store(storePath());
            QVERIFY(store.open());
            const auto stored = store.accept(action);
            QVERIFY(stored);
            id = stored->id;
            QVERIFY(store.markSending(id));
        }
        const qint64 before = total();
        qint64 appliedId = 0;
        if (applied) {
            // The request had reached the server, which applied it. No Idempotency-Key here:
            // the real API documents none, so only a read-back can tell.
            const auto direct = m_sandbox.post(directPath, action.body);
            QCOMPARE(direct.status, 201);
            appliedId = direct.object().value(isRoom ? u"id_chatroom" : u"id_message").toInteger();
            QCOMPARE(total(), before + 1);
        }

        auto rig = sandboxRig(fastOptions(false));
        WAIT_STATE(*rig, id, OutboxState::Sent);
        const OutboxAction sent = *rig->last(id);
        QCOMPARE(total(), before + 1); // exactly once, either way
        if (applied)
            QCOMPARE(sent.serverId, appliedId);
        else
            QVERIFY(sent.serverId > 0);
        QVERIFY(!sent.ambiguous);
    }

    void identicalActionsClaimOneEffectEach()
    {
        const qint64 room = this->room(8);
        const qint64 author = members(room).first();
        const api::ProductMessageRequest push{author, m_products.value(6)};
        QList<qint64> ids;
        {
            OutboxStore store(storePath());
            QVERIFY(store.open());
            for (int i = 0; i < 2; ++i) {
                const auto stored = store.accept(OutboxAction::pushProduct(kProfileA, room, push));
                QVERIFY(stored);
                QVERIFY(store.markSending(stored->id));
                ids.append(stored->id);
            }
        }
        const qint64 before = messageTotal(room);
        // Only one of the two had reached the server.
        const auto direct = m_sandbox.post(
            QStringLiteral("/chat/chatrooms/%1/messages-product").arg(room), push.toJson());
        QCOMPARE(direct.status, 201);
        const qint64 appliedId = direct.object().value(u"id_message").toInteger();

        auto rig = sandboxRig(fastOptions(false));
        WAIT_STATE(*rig, ids[0], OutboxState::Sent);
        WAIT_STATE(*rig, ids[1], OutboxState::Sent);
        QCOMPARE(rig->last(ids[0])->serverId, appliedId);
        QVERIFY(rig->last(ids[1])->serverId > appliedId);
        QCOMPARE(messageTotal(room), before + 2);
    }

    void droppedMidSendTakesEffectExactlyOnce_data()
    {
        QTest::addColumn<bool>("honoursKeys");
        QTest::addColumn<int>("roomIndex");
        QTest::newRow("server without keys: read back") << false << 9;
        QTest::newRow("server with keys: same key") << true << 10;
    }

    void droppedMidSendTakesEffectExactlyOnce()
    {
        QFETCH(bool, honoursKeys);
        QFETCH(int, roomIndex);
        const qint64 room = this->room(roomIndex);
        const qint64 author = members(room).first();
        const QList<qint64> products = m_products.mid(7, 3);
        const qint64 before = messageTotal(room);

        auto rig = sandboxRig(fastOptions(honoursKeys));
        QList<qint64> ids;
        for (qint64 product : products) {
            ids.append(rig->outbox
                           ->accept(OutboxAction::pushProduct(
                               kProfileA, room, api::ProductMessageRequest{author, product}))
                           .action->id);
        }
        // Killed while the first one is on its way.
        QTRY_VERIFY_WITH_TIMEOUT(rig->reached(ids[0], OutboxState::Sending), 5000);
        crash(rig);

        auto next = sandboxRig(fastOptions(honoursKeys));
        for (qint64 id : std::as_const(ids))
            WAIT_STATE(*next, id, OutboxState::Sent);
        QCOMPARE(messageTotal(room), before + 3);
        // Still in their order.
        QVERIFY(next->last(ids[0])->serverId < next->last(ids[1])->serverId);
        QVERIFY(next->last(ids[1])->serverId < next->last(ids[2])->serverId);
    }

    // ------------------------------------------------------------------------ profiles

    void otherProfilesActionsWait()
    {
        m_fault->script(productPath(31), created(3131));
        m_fault->script(productPath(32), created(3232));
        auto rig = faultRig(fastOptions(), kProfileB);
        OutboxModel model(*rig->outbox);
        const auto ofA = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 31, api::ProductMessageRequest{1, 5}));
        const auto ofB = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileB, 32, api::ProductMessageRequest{1, 5}));
        QVERIFY(ofA.ok() && ofB.ok());
        QCOMPARE(model.rowCount(), 1); // B's panel shows B's action only
        QCOMPARE(rig->outbox->pendingCount(), 1);
        WAIT_STATE(*rig, ofB.action->id, OutboxState::Sent);
        QTest::qWait(300);
        QVERIFY(m_fault->requestsTo(productPath(31)).isEmpty());
        QCOMPARE(rig->outbox->rows(kProfileA).first().state, OutboxState::Queued);

        QSignalSpy profiles(rig->outbox.get(), &Outbox::profileChanged);
        rig->outbox->setProfile(kProfileA);
        QCOMPARE(profiles.size(), 1);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0).data(OutboxModel::IdRole).toLongLong(), ofA.action->id);
        WAIT_STATE(*rig, ofA.action->id, OutboxState::Sent);
        QCOMPARE(m_fault->requestsTo(productPath(31)).size(), 1);
        QCOMPARE(m_fault->requestsTo(productPath(32)).size(), 1);
    }

    // ---------------------------------------------------------------- store failures

    void lockedStoreRefusesTheAction()
    {
        // A short wait for the lock keeps the test fast; the product waits 5 s.
        auto rig =
            makeRig(faultConfig(*m_fault), kFaultToken, storePath(), fastOptions(), QString(), 200);
        QVERIFY(rig->outbox->isStoreOpen());
        // Another writer holds the file (a second instance, a backup tool).
        QSqlDatabase locker = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"),
                                                        QStringLiteral("tst_outbox_locker"));
        locker.setDatabaseName(storePath());
        QVERIFY(locker.open());
        {
            QSqlQuery lock(locker);
            QVERIFY(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")));
        }
        const auto refused = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 7, api::ProductMessageRequest{1, 5}));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.action);
        QVERIFY(!refused.error.isEmpty());
        QCOMPARE(rig->outbox->pendingCount(), 0);
        {
            QSqlQuery unlock(locker);
            QVERIFY(unlock.exec(QStringLiteral("ROLLBACK")));
        }
        locker.close();
        locker = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("tst_outbox_locker"));

        const auto accepted = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 7, api::ProductMessageRequest{1, 5}));
        QVERIFY2(accepted.ok(), qPrintable(accepted.error));
        QCOMPARE(rig->outbox->rows(kProfileA).size(), 1);
    }

    void unusableStoreRefusesTheAction()
    {
        // The store's folder is a plain file: nothing can be created there.
        QFile blocker(m_dir->filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        const QString path = blocker.fileName() + QStringLiteral("/outbox.sqlite");
        auto rig = makeRig(faultConfig(*m_fault), kFaultToken, path, fastOptions());
        QVERIFY(!rig->outbox->isStoreOpen());
        const auto refused = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 7, api::ProductMessageRequest{1, 5}));
        QVERIFY(!refused.ok());
        QVERIFY(!refused.action);
        QVERIFY(!refused.error.isEmpty());
        QTest::qWait(200);
        QVERIFY(m_fault->requests().isEmpty());
    }

    void invalidActionIsRefusedAtAccept()
    {
        auto rig = faultRig();
        const auto noProduct = rig->outbox->accept(
            OutboxAction::pushProduct(kProfileA, 7, api::ProductMessageRequest{1, 0}));
        QVERIFY(!noProduct.ok());
        const auto noProfile = rig->outbox->accept(
            OutboxAction::pushProduct(QString(), 7, api::ProductMessageRequest{1, 5}));
        QVERIFY(!noProfile.ok());
        QCOMPARE(rig->outbox->rows(kProfileA).size(), 0);
    }

    // ---------------------------------------------------------------- the store itself

    void sentRowsAreRemovedAfterSevenDays()
    {
        qint64 clock = QDateTime::currentMSecsSinceEpoch();
        qint64 sentId = 0;
        qint64 failedId = 0;
        {
            OutboxStore store(storePath());
            store.setClock([&] { return clock; });
            QVERIFY(store.open());
            sentId = store
                         .accept(OutboxAction::pushProduct(kProfileA, 7,
                                                           api::ProductMessageRequest{1, 5}))
                         ->id;
            failedId = store
                           .accept(OutboxAction::pushProduct(kProfileA, 7,
                                                             api::ProductMessageRequest{1, 6}))
                           ->id;
            QVERIFY(store.markSent(sentId, 55, QJsonObject{{QStringLiteral("id_message"), 55}}));
            outbox::OutboxError error;
            error.kindName = QStringLiteral("not_found");
            error.httpStatus = 404;
            error.message = QStringLiteral("gone");
            QVERIFY(store.markFailed(failedId, error));
        }
        for (const auto &[daysLater, sentKept] : {std::pair{6, true}, std::pair{8, false}}) {
            OutboxStore store(storePath());
            const qint64 later = clock + qint64(daysLater) * 24 * 3600 * 1000;
            store.setClock([later] { return later; });
            QVERIFY(store.open());
            QCOMPARE(bool(store.action(sentId)), sentKept);
            const auto failed = store.action(failedId);
            QVERIFY(failed); // failed rows wait for the moderator
            QCOMPARE(failed->lastError.httpStatus, 404);
            QCOMPARE(failed->lastError.message, QStringLiteral("gone"));
        }
    }

    void laterReadMarkerReplacesAQueuedOne()
    {
        const qint64 room = this->room(0);
        const qint64 ambassador = members(room).first();
        auto rig = sandboxRig(fastOptions(), QString());
        const auto first = rig->outbox->accept(OutboxAction::markRead(kProfileA, room, ambassador));
        const auto second =
            rig->outbox->accept(OutboxAction::markRead(kProfileA, room, ambassador));
        QVERIFY(first.ok() && second.ok());
        QVERIFY(rig->removed.contains(first.action->id));
        QCOMPARE(rig->outbox->rows(kProfileA).size(), 1);
        rig->outbox->setProfile(kProfileA);
        WAIT_STATE(*rig, second.action->id, OutboxState::Sent);
        QVERIFY(rig->last(second.action->id)->serverId > 0);
    }
};

QTEST_GUILESS_MAIN(TestOutbox)
#include "tst_outbox.moc"
