// The fault campaign (reliability notes 6.4; docs/reliability.md, "Fault campaign"): thousands
// of moderator actions sent by the outbox of a real client process through the sandbox's
// fault front, while the client is killed (SIGKILL) at random moments and restarted on the
// same store, and the sandbox is killed and restarted on the same data file. At the end the
// sandbox's effects ledger must hold exactly one effect for every planned create-chatroom,
// push-product and rating action, and the idempotent actions must have reached their end
// state. Each leg prints one line, "actions N faults F lost L duplicates D crashes C".
//
// - campaign: idempotency on, the client re-sends with the same key. L = D = C = 0.
// - negativeControl: --idempotency off and the same blind re-sends: D > 0, which proves the
//   ledger check can see duplicates at all.
// - readBack: --idempotency off and the outbox's read-back reconciliation (the real API,
//   which documents no Idempotency-Key). Its L and D are printed, not asserted to be zero
//   (see the docs): only that every duplicate is Qt's own re-send, none the outbox's.
//
// Seeds are fixed (POPSELL_CAMPAIGN_SEED and POPSELL_CAMPAIGN_ACTIONS override them for a
// nightly run); faults are a function of the seed and the request sequence, kills of the seed
// and the client's progress, so a run is repeatable up to timing.

#include "campaignplan.h"
#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/outbox/outboxstore.h"
#include "core/timestamps.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMap>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <random>

using namespace popsell;
using campaign::Plan;
using campaign::PlannedAction;
using campaign::World;
using outbox::OutboxAction;
using outbox::OutboxState;

namespace {

const QString kProfile = QStringLiteral("campaign");
// The campaign's scaled-down timings (reliability notes 6.4, "Budget"): stalls and drips
// long enough to trip the client's 1 s inactivity timeout and 3 s deadline.
const QString kFaultOptions =
    QStringLiteral("stall-ms=2000,drip-ms=100,refuse-ms=300,huge-bytes=2097152,retry-after=1");

void print(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

quint64 envNumber(const char *name, quint64 fallback)
{
    bool ok = false;
    const quint64 value = qEnvironmentVariable(name).toULongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

// What one leg does.
struct LegSettings
{
    QString name;
    quint64 seed = 7;
    int actions = 2000;
    QString faults = QStringLiteral("all:0.35");
    bool serverIdempotency = true;
    bool clientHonoursKeys = true;
    int clientKills = 12;
    int serverRestarts = 2;
    int budgetSeconds = 500; // the run fails when the client has not finished by then
};

// What a leg measured.
struct LegResult
{
    int actions = 0;
    int keyedActions = 0;
    qint64 faults = 0;
    qint64 revokedTokens = 0;
    int lost = 0;
    int duplicates = 0;
    int crashes = 0;
    int kills = 0;
    int serverRestarts = 0;
    int refused = 0;            // Failed with the server's own final answer
    int appliedButNotSent = 0;  // one effect, but the outbox did not say Sent
    int superseded = 0;         // mark read / dialogue replaced by a later one (by design)
    int dialogueMismatches = 0; // counted in lost as well
    // Keyed POSTs of one room whose effects are not in the plan's order (notes 6.4: the
    // ledger's order per conversation is the acceptance order).
    int orderViolations = 0;
    // What the redirects' foreign origin received, over every server run.
    qint64 foreignRequests = 0;
    qint64 foreignAuthorizationHeaders = 0;
    // Duplicates whose every extra effect came within 50 ms of a commit-close of the same
    // key: Qt's own re-send on a dropped connection (reliability notes 2.4; measured 1 to 13
    // ms). Where it is asserted (the read-back leg) the outbox re-sends an uncertain action
    // only after a read-back, 200 ms later at the earliest.
    int qtResendDuplicates = 0;
    double seconds = 0;
    bool finished = false;
    QStringList problems; // the first few lost and duplicated actions, for the log

    QString summary() const
    {
        return QStringLiteral("actions %1 faults %2 lost %3 duplicates %4 crashes %5")
            .arg(actions)
            .arg(faults)
            .arg(lost)
            .arg(duplicates)
            .arg(crashes);
    }
};

// Runs `start` and waits for its callback (the calls of the driver go to the sandbox's
// direct port, which is never faulted).
template<typename T>
std::optional<T> await(const std::function<void(QObject *, api::PopsellApi::Callback<T>)> &start)
{
    QEventLoop loop;
    QObject context;
    std::optional<T> value;
    start(&context, [&](api::Result<T> result) {
        if (result)
            value = result.value();
        else
            qWarning() << "driver call failed:" << result.error().detail();
        loop.quit();
    });
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    loop.exec();
    return value;
}

quint16 freeLoopbackPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

// One popsell-sandbox process, restartable on the same port and data file.
class SandboxProcess
{
public:
    QStringList arguments;
    QString logPath;
    QUrl baseUrl;
    QUrl directUrl; // the real server's own /api/v2, never faulted
    QString domain;
    QString apiKey;
    qint64 brand = 0;

    QString start()
    {
        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(logPath, QIODevice::Append);
        m_process->start(QString::fromLocal8Bit(qgetenv("POPSELL_SANDBOX")), arguments);
        if (!m_process->waitForStarted(10000))
            return QStringLiteral("popsell-sandbox did not start: ") + m_process->errorString();
        QElapsedTimer waited;
        waited.start();
        while (!m_process->canReadLine() && waited.elapsed() < 60000 &&
               m_process->state() == QProcess::Running)
            m_process->waitForReadyRead(200);
        const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
        static const QRegularExpression format(QStringLiteral(
            R"(^popsell-sandbox listening on (\S+) domain (\S+) api-key (\S+) brand (\d+))"
            R"((?: faults-direct (\S+))?$)"));
        const QRegularExpressionMatch match = format.match(line);
        if (!match.hasMatch())
            return QStringLiteral("unexpected first line from popsell-sandbox: \"%1\" (see %2)")
                .arg(line, logPath);
        baseUrl = QUrl(match.captured(1));
        domain = match.captured(2);
        apiKey = match.captured(3);
        brand = match.captured(4).toLongLong();
        directUrl = QUrl(match.captured(5).isEmpty() ? match.captured(1) : match.captured(5));
        return {};
    }

    // As a crash would: SIGKILL.
    void kill()
    {
        if (!m_process)
            return;
        m_process->kill();
        m_process->waitForFinished(10000);
        m_process.reset();
    }

    bool isRunning() const { return m_process && m_process->state() == QProcess::Running; }

    // GET or POST a sandbox control route (/__sandbox/...) on the direct port.
    QJsonObject control(const QString &path, const QByteArray &postBody = {}) const
    {
        QNetworkAccessManager network;
        QUrl url = directUrl;
        url.setPath(path.section(u'?', 0, 0));
        url.setQuery(path.section(u'?', 1));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        QNetworkReply *reply =
            postBody.isEmpty() ? network.get(request) : network.post(request, postBody);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        QTimer::singleShot(30000, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonObject object = QJsonDocument::fromJson(reply->readAll()).object();
        reply->deleteLater();
        return object;
    }

private:
    std::unique_ptr<QProcess> m_process;
};

// One popsell-campaign-client process; its stdout lines are kept and logged.
class ClientProcess
{
public:
    QStringList arguments;
    QString logPath;
    qsizetype accepted = 0;
    QString finalLine;

    void start()
    {
        m_killedByUs = false;
        m_process = std::make_unique<QProcess>();
        m_process->setStandardErrorFile(logPath, QIODevice::Append);
        m_process->start(QString::fromLocal8Bit(qgetenv("POPSELL_CAMPAIGN_CLIENT")), arguments);
        m_process->waitForStarted(10000);
        log(QStringLiteral("--- client started (pid %1)").arg(m_process->processId()));
    }

    void kill()
    {
        m_killedByUs = true;
        m_process->kill();
        m_process->waitForFinished(10000);
        readLines();
        log(QStringLiteral("--- client killed"));
    }

    // Reads what the client printed; false once it has exited.
    bool poll()
    {
        readLines();
        return m_process->state() != QProcess::NotRunning;
    }

    // It ended by itself: true for a clean exit 0 after its final line.
    bool exitedCleanly() const
    {
        return !m_killedByUs && m_process->exitStatus() == QProcess::NormalExit &&
               m_process->exitCode() == 0 && !finalLine.isEmpty();
    }
    QString exitDescription() const
    {
        return m_process->exitStatus() == QProcess::CrashExit
                   ? QStringLiteral("crashed (signal)")
                   : QStringLiteral("exited with code %1").arg(m_process->exitCode());
    }

private:
    void readLines()
    {
        while (m_process && m_process->canReadLine()) {
            const QString line = QString::fromUtf8(m_process->readLine()).trimmed();
            log(line);
            if (line.startsWith(u"accepted "))
                accepted = line.mid(9).toLongLong();
            else if (line.startsWith(u"final "))
                finalLine = line;
        }
    }
    void log(const QString &line) const
    {
        QFile file(logPath);
        if (file.open(QIODevice::Append))
            file.write(line.toUtf8() + '\n');
    }

    std::unique_ptr<QProcess> m_process;
    bool m_killedByUs = false;
};

class TestFaultCampaign : public QObject
{
    Q_OBJECT

    // The rooms, people and products of the demo data that every planned action is valid
    // with, read through the direct port.
    static std::optional<World> discoverWorld(const SandboxProcess &sandbox, QString *error)
    {
        api::ApiConfig config;
        config.baseUrl = sandbox.directUrl;
        config.domain = sandbox.domain;
        config.brandId = sandbox.brand;
        api::ApiClient client(config);
        api::PopsellApi api(client);
        if (!await<QString>([&](QObject *c, auto done) {
                api.exchangeApiKey(sandbox.apiKey, c, std::move(done));
            })) {
            *error = QStringLiteral("the driver could not sign in");
            return std::nullopt;
        }
        World world;
        QSet<qint64> ambassadors;
        for (qint64 id = 1; id <= 80; ++id) {
            const std::optional<domain::Chatroom> room = await<domain::Chatroom>(
                [&](QObject *c, auto done) { api.chatroom(id, c, std::move(done)); });
            if (!room)
                continue;
            QList<qint64> members;
            for (const domain::ChatroomMember &member : room->ambassadors)
                members.append(member.ambassador->id);
            ambassadors.unite(QSet<qint64>(members.cbegin(), members.cend()));
            if (members.size() >= 2 && room->lastMessageDate.isValid() && world.rooms.size() < 16)
                world.rooms.append({room->id, members});
        }
        world.ambassadors = QList<qint64>(ambassadors.cbegin(), ambassadors.cend());
        std::sort(world.ambassadors.begin(), world.ambassadors.end());
        api::ProductFilters products;
        products.perPage = 100;
        if (const auto page = await<api::PopsellApi::ProductPage>(
                [&](QObject *c, auto done) { api.products(products, c, std::move(done)); })) {
            for (const domain::Product &product : page->items)
                world.products.append(product.id);
        }
        api::BrandTagFilters tags;
        tags.perPage = 50;
        if (const auto page = await<api::PopsellApi::BrandTagPage>(
                [&](QObject *c, auto done) { api.brandTags(tags, c, std::move(done)); })) {
            for (const domain::BrandTag &tag : page->items) {
                if (!tag.members.isEmpty())
                    world.brandTags.append(tag.id);
            }
        }
        if (world.rooms.size() < 8 || world.ambassadors.size() < 8 || world.products.size() < 20) {
            *error = QStringLiteral("the demo data has too little to plan with (%1 rooms, %2 "
                                    "ambassadors, %3 products)")
                         .arg(world.rooms.size())
                         .arg(world.ambassadors.size())
                         .arg(world.products.size());
            return std::nullopt;
        }
        return world;
    }

    // The dialogue state each planned room must end with, checked through the direct port.
    static QStringList dialogueMismatches(const SandboxProcess &sandbox, const Plan &plan)
    {
        QMap<qint64, QJsonValue> expected; // room -> its last planned established_dialogue
        for (const PlannedAction &action : plan.actions) {
            if (action.kind == outbox::OutboxKind::SetDialogue)
                expected.insert(action.chatroom, action.body.value(u"established_dialogue"));
        }
        api::ApiConfig config;
        config.baseUrl = sandbox.directUrl;
        config.domain = sandbox.domain;
        config.brandId = sandbox.brand;
        api::ApiClient client(config);
        api::PopsellApi api(client);
        await<QString>(
            [&](QObject *c, auto done) { api.exchangeApiKey(sandbox.apiKey, c, std::move(done)); });
        QStringList mismatches;
        for (auto it = expected.cbegin(); it != expected.cend(); ++it) {
            const qint64 id = it.key();
            const std::optional<domain::Chatroom> room = await<domain::Chatroom>(
                [&](QObject *c, auto done) { api.chatroom(id, c, std::move(done)); });
            const QDateTime want =
                it.value().isString()
                    ? QDateTime::fromString(it.value().toString(),
                                            QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"))
                    : QDateTime();
            QDateTime wantUtc = want;
            wantUtc.setTimeZone(QTimeZone::utc());
            const bool ok =
                room && (it.value().isString() ? room->established && room->establishedAt == wantUtc
                                               : !room->established);
            if (!ok) {
                mismatches.append(QStringLiteral("room %1: dialogue %2, expected %3")
                                      .arg(id)
                                      .arg(room ? (room->established ? room->establishedAt.toString(
                                                                           Qt::ISODateWithMs)
                                                                     : QStringLiteral("cleared"))
                                                : QStringLiteral("unreadable"))
                                      .arg(it.value().isString() ? it.value().toString()
                                                                 : QStringLiteral("cleared")));
            }
        }
        return mismatches;
    }

    static void evaluate(const Plan &plan, const QString &storePath, const SandboxProcess &sandbox,
                         LegResult &result)
    {
        QHash<QByteArray, OutboxAction> rows;
        {
            outbox::OutboxStore store(storePath);
            if (store.open()) {
                for (const OutboxAction &row : store.actions(kProfile))
                    rows.insert(row.idempotencyKey, row);
            } else {
                result.problems.append(QStringLiteral("store: ") + store.lastError());
            }
        }
        const QJsonObject effects = sandbox.control(QStringLiteral("/__sandbox/effects"));
        const QJsonObject byKey = effects.value(u"by_key").toObject();
        // Commit times of effects are microsecond timestamps.
        const auto micros = [](const QJsonObject &effect) {
            const std::optional<QDateTime> at = timestamps::parse(effect.value(u"time").toString());
            return at ? timestamps::toMicros(*at) : qint64(0);
        };
        QHash<QString, QList<QJsonObject>> effectsOfKey; // in commit order
        for (const QJsonValue &effect : effects.value(u"effects").toArray()) {
            const QJsonObject object = effect.toObject();
            effectsOfKey[object.value(u"idempotency_key").toString()].append(object);
        }
        const auto onlyQtResends = [&effectsOfKey, &micros](const QByteArray &key) {
            const QList<QJsonObject> list = effectsOfKey.value(QString::fromLatin1(key));
            for (qsizetype i = 1; i < list.size(); ++i) {
                const qint64 gapMicros = micros(list.at(i)) - micros(list.at(i - 1));
                if (list.at(i - 1).value(u"fault").toString() != u"commit-close" ||
                    gapMicros > 50'000)
                    return false;
            }
            return list.size() > 1;
        };
        const QJsonObject faults = sandbox.control(QStringLiteral("/__sandbox/faults"));
        result.faults = faults.value(u"injected_total").toInteger();
        result.revokedTokens = faults.value(u"injected").toObject().value(u"401").toInteger();

        const auto legitimatelyRefused = [](const OutboxAction &row) {
            const int status = row.lastError.httpStatus;
            return row.state == OutboxState::Failed &&
                   (status == 403 || status == 404 || status == 410 || status == 422);
        };
        const auto describe = [](const PlannedAction &action, const OutboxAction *row,
                                 qint64 effectsOfKey) {
            return QStringLiteral("%1 %2 room %3: %4 effect(s), outbox %5 (%6)")
                .arg(QString::fromLatin1(action.key), outbox::kindName(action.kind))
                .arg(action.chatroom)
                .arg(effectsOfKey)
                .arg(row ? outbox::stateName(row->state) : QStringLiteral("no row"),
                     row ? row->lastError.message : QString());
        };
        result.actions = int(plan.actions.size());
        for (const PlannedAction &action : plan.actions) {
            const auto it = rows.constFind(action.key);
            const OutboxAction *row = it == rows.cend() ? nullptr : &it.value();
            if (action.isKeyedPost()) {
                ++result.keyedActions;
                const qint64 count = byKey.value(QString::fromLatin1(action.key)).toInteger();
                if (count > 1) {
                    ++result.duplicates;
                    if (onlyQtResends(action.key))
                        ++result.qtResendDuplicates;
                    QStringList timeline; // each effect: the fault it came with, ms after the first
                    const QList<QJsonObject> list =
                        effectsOfKey.value(QString::fromLatin1(action.key));
                    for (const QJsonObject &effect : list) {
                        timeline.append(
                            QStringLiteral("%1@+%2ms")
                                .arg(effect.value(u"fault").toString(QStringLiteral("none")))
                                .arg((micros(effect) - micros(list.first())) / 1000));
                    }
                    result.problems.append(QStringLiteral("duplicate: ") +
                                           describe(action, row, count) + QStringLiteral(" [") +
                                           timeline.join(QStringLiteral(", ")) + u']');
                } else if (count == 0) {
                    if (row && legitimatelyRefused(*row)) {
                        ++result.refused;
                    } else {
                        ++result.lost;
                        result.problems.append(QStringLiteral("lost: ") +
                                               describe(action, row, count));
                    }
                } else if (!row || row->state != OutboxState::Sent) {
                    ++result.appliedButNotSent;
                    result.problems.append(QStringLiteral("applied, not sent: ") +
                                           describe(action, row, count));
                }
                continue;
            }
            // Mark read and dialogue: no key reaches the ledger; the outbox's own end state
            // (and the rooms' final dialogue below) says whether they were applied.
            if (!row) {
                ++result.superseded;
            } else if (row->state == OutboxState::Sent) {
                continue;
            } else if (legitimatelyRefused(*row)) {
                ++result.refused;
            } else {
                ++result.lost;
                result.problems.append(QStringLiteral("lost: ") + describe(action, row, 0));
            }
        }
        QHash<qint64, qint64> lastSeqOfRoom;
        for (const PlannedAction &action : plan.actions) {
            const QList<QJsonObject> list = effectsOfKey.value(QString::fromLatin1(action.key));
            if (!action.isKeyedPost() || action.chatroom <= 0 || list.isEmpty())
                continue;
            const qint64 seq = list.first().value(u"seq").toInteger();
            if (seq < lastSeqOfRoom.value(action.chatroom)) {
                ++result.orderViolations;
                result.problems.append(QStringLiteral("out of order: %1 in room %2")
                                           .arg(QString::fromLatin1(action.key))
                                           .arg(action.chatroom));
            }
            lastSeqOfRoom.insert(action.chatroom, seq);
        }
        const QStringList mismatches = dialogueMismatches(sandbox, plan);
        result.dialogueMismatches = int(mismatches.size());
        result.lost += result.dialogueMismatches;
        for (const QString &mismatch : mismatches)
            result.problems.append(QStringLiteral("lost: ") + mismatch);
    }

    static LegResult runLeg(const LegSettings &leg)
    {
        LegResult result;
        QElapsedTimer clock;
        clock.start();
        QTemporaryDir dir;
        dir.setAutoRemove(qEnvironmentVariableIsEmpty("POPSELL_CAMPAIGN_KEEP"));
        std::mt19937_64 draw(leg.seed * 7919 + 17);
        const auto below = [&draw](quint64 n) {
            return n == 0 ? 0 : draw() % n;
        };

        SandboxProcess sandbox;
        sandbox.logPath = dir.filePath(QStringLiteral("sandbox.log"));
        const quint16 port = freeLoopbackPort();
        sandbox.arguments = {QStringLiteral("--port"),
                             QString::number(port),
                             QStringLiteral("--data"),
                             dir.filePath(QStringLiteral("sandbox.sqlite")),
                             QStringLiteral("--rooms"),
                             QStringLiteral("120"),
                             QStringLiteral("--messages"),
                             QStringLiteral("4000"),
                             QStringLiteral("--faults"),
                             leg.faults + u',' + kFaultOptions,
                             QStringLiteral("--fault-seed"),
                             QString::number(leg.seed),
                             QStringLiteral("--idempotency"),
                             leg.serverIdempotency ? QStringLiteral("on") : QStringLiteral("off"),
                             QStringLiteral("--quiet")};
        if (const QString error = sandbox.start(); !error.isEmpty()) {
            result.problems.append(error);
            return result;
        }
        QString error;
        const std::optional<World> world = discoverWorld(sandbox, &error);
        if (!world) {
            result.problems.append(error);
            return result;
        }
        const Plan plan = Plan::make(*world, leg.name, leg.seed, leg.actions);
        const QString planPath = dir.filePath(QStringLiteral("plan.json"));
        {
            QFile file(planPath);
            if (!file.open(QIODevice::WriteOnly) ||
                file.write(QJsonDocument(plan.toJson()).toJson(QJsonDocument::Compact)) < 0) {
                result.problems.append(QStringLiteral("cannot write the plan"));
                return result;
            }
        }
        const QString storePath = dir.filePath(QStringLiteral("outbox.sqlite"));

        ClientProcess client;
        client.logPath = dir.filePath(QStringLiteral("client.log"));
        const auto clientArguments = [&] {
            return QStringList{QStringLiteral("--base-url"),
                               sandbox.baseUrl.toString(),
                               QStringLiteral("--domain"),
                               sandbox.domain,
                               QStringLiteral("--api-key"),
                               sandbox.apiKey,
                               QStringLiteral("--brand"),
                               QString::number(sandbox.brand),
                               QStringLiteral("--store"),
                               storePath,
                               QStringLiteral("--plan"),
                               planPath,
                               QStringLiteral("--honours-keys"),
                               leg.clientHonoursKeys ? QStringLiteral("yes") : QStringLiteral("no"),
                               QStringLiteral("--inactivity-ms"),
                               QStringLiteral("1000"),
                               QStringLiteral("--deadline-ms"),
                               QStringLiteral("3000")};
        };

        // Kills and restarts at seeded points of the client's progress (actions accepted),
        // each after a seeded delay of up to 1.5 s: anywhere in accepting, sending, reading
        // back or writing the store.
        const qsizetype total = plan.actions.size();
        QList<qsizetype> killAt;
        for (int i = 0; i < leg.clientKills; ++i)
            killAt.append(qsizetype(total * 3 / 100 + below(quint64(total * 90 / 100))));
        std::sort(killAt.begin(), killAt.end());
        QList<qsizetype> restartAt;
        for (int i = 0; i < leg.serverRestarts; ++i)
            restartAt.append(total * (i + 1) / (leg.serverRestarts + 1) +
                             qsizetype(below(quint64(total / 20 + 1))));

        // The foreign origin's counts start again with every server run.
        const auto countForeignOrigin = [&sandbox, &result] {
            const QJsonObject foreign = sandbox.control(QStringLiteral("/__sandbox/faults"))
                                            .value(u"foreign_origin")
                                            .toObject();
            result.foreignRequests += foreign.value(u"requests").toInteger();
            result.foreignAuthorizationHeaders +=
                foreign.value(u"authorization_headers").toInteger();
        };

        client.arguments = clientArguments();
        client.start();
        qint64 killDue = -1;
        const qint64 budgetMs = qint64(leg.budgetSeconds) * 1000;
        while (clock.elapsed() < budgetMs) {
            QTest::qWait(20);
            if (!client.poll()) {
                if (client.exitedCleanly()) {
                    result.finished = true;
                    break;
                }
                ++result.crashes;
                result.problems.append(QStringLiteral("client %1").arg(client.exitDescription()));
                if (result.crashes > 3)
                    break;
                client.start();
                continue;
            }
            if (killDue < 0 && !killAt.isEmpty() && client.accepted >= killAt.first()) {
                killAt.removeFirst();
                killDue = clock.elapsed() + qint64(below(1500));
            }
            if (killDue >= 0 && clock.elapsed() >= killDue) {
                killDue = -1;
                client.kill();
                ++result.kills;
                QTest::qWait(int(below(300)));
                client.start();
            }
            if (!sandbox.isRunning()) {
                ++result.crashes;
                result.problems.append(QStringLiteral("the sandbox stopped by itself"));
                if (const QString error = sandbox.start(); !error.isEmpty()) {
                    result.problems.append(error);
                    break;
                }
            }
            if (!restartAt.isEmpty() && client.accepted >= restartAt.first()) {
                restartAt.removeFirst();
                countForeignOrigin();
                sandbox.kill();
                ++result.serverRestarts;
                // Down for a moment: connections are refused meanwhile.
                QTest::qWait(500 + int(below(1000)));
                if (const QString error = sandbox.start(); !error.isEmpty()) {
                    result.problems.append(error);
                    break;
                }
                if (sandbox.baseUrl.port() != port) {
                    result.problems.append(QStringLiteral("the sandbox came back on another port"));
                    break;
                }
            }
        }
        if (!result.finished)
            result.problems.append(
                QStringLiteral("the client did not finish within %1 s (accepted %2 of %3)")
                    .arg(leg.budgetSeconds)
                    .arg(client.accepted)
                    .arg(total));
        if (client.poll())
            client.kill();
        if (!sandbox.isRunning()) {
            ++result.crashes;
            result.problems.append(QStringLiteral("the sandbox is not running at the end"));
        } else {
            countForeignOrigin();
            evaluate(plan, storePath, sandbox, result);
        }
        sandbox.kill();
        result.seconds = double(clock.elapsed()) / 1000.0;

        print(QStringLiteral("campaign %1: seed %2, %3 actions (%4 keyed POSTs), %5 faults "
                             "(%6 revoked tokens), %7 client kills, %8 server restarts, %9 s")
                  .arg(leg.name)
                  .arg(leg.seed)
                  .arg(result.actions)
                  .arg(result.keyedActions)
                  .arg(result.faults)
                  .arg(result.revokedTokens)
                  .arg(result.kills)
                  .arg(result.serverRestarts)
                  .arg(result.seconds, 0, 'f', 1));
        print(QStringLiteral("campaign %1: client: %2; refused %3, superseded %4, applied but "
                             "not marked sent %5, dialogue mismatches %6, duplicates made by "
                             "Qt's own re-send after a commit-close %7, out of order %8, "
                             "foreign origin: %9 requests, %10 Authorization headers")
                  .arg(leg.name, client.finalLine.isEmpty() ? QStringLiteral("no final line")
                                                            : client.finalLine)
                  .arg(result.refused)
                  .arg(result.superseded)
                  .arg(result.appliedButNotSent)
                  .arg(result.dialogueMismatches)
                  .arg(result.qtResendDuplicates)
                  .arg(result.orderViolations)
                  .arg(result.foreignRequests)
                  .arg(result.foreignAuthorizationHeaders));
        for (const QString &problem : result.problems.mid(0, 25))
            print(QStringLiteral("  ") + problem);
        if (result.problems.size() > 25)
            print(QStringLiteral("  ... and %1 more").arg(result.problems.size() - 25));
        if (!dir.autoRemove())
            print(QStringLiteral("campaign %1: files kept in %2").arg(leg.name, dir.path()));
        print(result.summary());
        return result;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFile::exists(qEnvironmentVariable("POPSELL_SANDBOX")),
                 "POPSELL_SANDBOX must name the popsell-sandbox executable");
        QVERIFY2(QFile::exists(qEnvironmentVariable("POPSELL_CAMPAIGN_CLIENT")),
                 "POPSELL_CAMPAIGN_CLIENT must name the popsell-campaign-client executable");
    }

    // The headline numbers: 0 lost, 0 duplicates, 0 crashes. Two seeds (the notes ask for
    // several in CI), one ctest entry each.
    void campaign_data()
    {
        QTest::addColumn<quint64>("seed");
        const quint64 seed = envNumber("POPSELL_CAMPAIGN_SEED", 7);
        QTest::newRow("first") << seed;
        QTest::newRow("second") << seed + 4;
    }

    void campaign()
    {
        QFETCH(quint64, seed);
        LegSettings leg;
        leg.name = QStringLiteral("campaign");
        leg.seed = seed;
        leg.actions = int(envNumber("POPSELL_CAMPAIGN_ACTIONS", 2000));
        const LegResult result = runLeg(leg);
        QVERIFY2(result.finished, qPrintable(result.problems.value(0)));
        QVERIFY2(result.kills >= 10, "fewer than 10 client kills");
        QVERIFY2(result.serverRestarts >= 2, "fewer than 2 server restarts");
        QVERIFY2(result.revokedTokens > 0, "no token was revoked");
        if (leg.actions >= 2000)
            QVERIFY2(result.faults >= 800, "fewer than 800 injected faults");
        QCOMPARE(result.lost, 0);
        QCOMPARE(result.duplicates, 0);
        QCOMPARE(result.crashes, 0);
        // Valid plans: a final refusal by the server would be a mistake of the plan (or of
        // the outbox's keys).
        QCOMPARE(result.refused, 0);
        QCOMPARE(result.orderViolations, 0);
        // Redirects are never followed: the foreign origin never sees the token.
        QCOMPARE(result.foreignAuthorizationHeaders, qint64(0));
    }

    // Without idempotency on the server, blind re-sends must show up as duplicates: the
    // check above could not pass by being blind.
    void negativeControl()
    {
        LegSettings leg;
        leg.name = QStringLiteral("negative");
        leg.seed = envNumber("POPSELL_CAMPAIGN_SEED", 7);
        leg.actions = 300;
        leg.serverIdempotency = false;
        leg.clientHonoursKeys = true;
        leg.clientKills = 4;
        leg.serverRestarts = 1;
        leg.budgetSeconds = 240;
        const LegResult result = runLeg(leg);
        QVERIFY2(result.finished, qPrintable(result.problems.value(0)));
        QCOMPARE(result.crashes, 0);
        QVERIFY2(result.duplicates > 0, "the negative control found no duplicate");
    }

    // The real API keeps no keys: uncertain outcomes are read back before a re-send.
    void readBack()
    {
        LegSettings leg;
        leg.name = QStringLiteral("readback");
        leg.seed = envNumber("POPSELL_CAMPAIGN_SEED", 7);
        leg.actions = 500;
        leg.serverIdempotency = false;
        leg.clientHonoursKeys = false;
        leg.clientKills = 6;
        leg.serverRestarts = 1;
        leg.budgetSeconds = 360;
        const LegResult result = runLeg(leg);
        QVERIFY2(result.finished, qPrintable(result.problems.value(0)));
        QCOMPARE(result.crashes, 0);
        // Every duplicate is Qt's own re-send of a request the server had applied before the
        // connection dropped, which no client can tell apart (reliability notes 2.4): none
        // may come from the outbox re-sending what a read-back should have found.
        QCOMPARE(result.duplicates - result.qtResendDuplicates, 0);
    }
};

} // namespace

QTEST_GUILESS_MAIN(TestFaultCampaign)
#include "tst_fault_campaign.moc"
