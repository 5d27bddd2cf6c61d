// popsell-campaign-client: the headless moderator of the fault campaign (reliability notes
// 6.4). It signs in with an API key, opens its outbox store, accepts the planned actions into
// the outbox a few at a time (as a moderator working through a shift would) and lets the
// outbox send them through whatever the sandbox's fault front does, until every action is
// sent or has come to a stop. The driver (tst_fault_campaign) kills it at random moments and
// starts it again on the same store.
//
// Accepting twice is impossible by construction: the plan gives every action a key derived
// from its index, accept() stores the action with that key in one transaction, and a restart
// resumes after the highest plan index found among the store's rows. The plan is accepted in
// order and a row only ever leaves the store when a later one of the same target supersedes
// it, so every index up to that highest one was accepted. (The key column is also UNIQUE: a
// second accept of the same action would be refused, not stored twice.)
//
// Exit codes: 0 done; 2 bad arguments or plan; 3 the store failed (open or accept).

#include "campaignplan.h"
#include "core/api/apiclient.h"
#include "core/api/popsellapi.h"
#include "core/api/retrypolicy.h"
#include "core/outbox/outbox.h"
#include "core/outbox/outboxstore.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QHash>
#include <QJsonDocument>
#include <QMap>
#include <QSet>
#include <QTimer>

#include <chrono>
#include <cstdio>
#include <memory>

using namespace popsell;
using namespace std::chrono_literals;
using outbox::OutboxAction;
using outbox::OutboxState;

namespace {

const QString kProfile = QStringLiteral("campaign");
// A moderator presses "Retry" on an action that needs attention (same key), this often.
constexpr int kModeratorRetries = 3;

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

struct Options
{
    api::ApiConfig config;
    QString apiKey;
    QString storePath;
    campaign::Plan plan;
    bool honoursKeys = true;
    int roomsInFlight = 2;
    int window = 40; // actions queued or on their way at most; more are accepted as they go
};

class CampaignClient : public QObject
{
public:
    explicit CampaignClient(Options options)
        : m_options(std::move(options))
        , m_client(m_options.config)
        , m_api(m_client)
    {
        // Scaled down like the sandbox's stalls (the notes' CI budget): the read retries of
        // the console, in milliseconds instead of seconds.
        api::RetryLimits reads = api::RetryLimits::interactive();
        reads.base = 100ms;
        reads.cap = 1000ms;
        m_client.setRetryPolicy(api::RetryPolicy(reads));
        m_client.setHoldOnUnauthorized(true);
        connect(&m_client, &api::ApiClient::unauthorizedDuringSession, this, [this] {
            // A revoked token is of no use again (reliability notes 4.3).
            m_client.clearToken();
            ++m_revoked;
            signIn();
        });
    }

    bool start()
    {
        auto store = std::make_unique<outbox::OutboxStore>(m_options.storePath);
        if (!store->open()) {
            say(QStringLiteral("store-failed %1").arg(store->lastError()));
            return false;
        }
        const int recovered = store->recoveredAtOpen();
        outbox::OutboxOptions options;
        options.serverHonoursIdempotencyKeys = m_options.honoursKeys;
        options.maxRoomsInFlight = m_options.roomsInFlight;
        options.retryLimits.base = 100ms;
        options.retryLimits.cap = 2000ms;
        options.readBackDelay = 200ms;
        options.readBackDelayAfterTimeout = 500ms;
        options.storeRetryDelay = 500ms;
        m_outbox = std::make_unique<outbox::Outbox>(std::move(store), m_client, m_api, options);
        connect(m_outbox.get(), &outbox::Outbox::storeFailed, this, [](const QString &message) {
            say(QStringLiteral("store-warning %1").arg(message));
        });
        connect(m_outbox.get(), &outbox::Outbox::actionChanged, this,
                [this](const OutboxAction &row) {
                    if (row.state == OutboxState::Sent)
                        ++m_sentThisRun;
                });

        for (const OutboxAction &row : m_outbox->rows(kProfile))
            m_nextIndex =
                std::max(m_nextIndex, qsizetype(m_options.plan.indexOfKey(row.idempotencyKey)) + 1);
        say(QStringLiteral("started resume-at %1 of %2 recovered-sending %3")
                .arg(m_nextIndex)
                .arg(m_options.plan.actions.size())
                .arg(recovered));

        connect(&m_tick, &QTimer::timeout, this, &CampaignClient::tick);
        m_tick.start(50);
        connect(&m_refresh, &QTimer::timeout, this, &CampaignClient::refresh);
        m_refresh.start(500);
        signIn();
        return true;
    }

private:
    void signIn()
    {
        if (m_signingIn)
            return;
        m_signingIn = true;
        m_api.exchangeApiKey(m_options.apiKey, this, [this](api::Result<QString> token) {
            m_signingIn = false;
            if (!token) {
                // The server may be restarting: try again shortly.
                QTimer::singleShot(300ms, this, [this] { signIn(); });
                return;
            }
            ++m_signIns;
            if (!m_signedIn) {
                m_signedIn = true;
                m_outbox->setProfile(kProfile);
            } else {
                // Parked calls go again with the same keys; the outbox follows the client.
                m_client.resume();
            }
        });
    }

    // The console keeps its room list fresh while the outbox works (reliability notes 6.4:
    // "plus a background list refresh"): reads meet the faults, the 401 hold and the
    // client's own retries too.
    void refresh()
    {
        if (!m_signedIn || m_refreshing)
            return;
        m_refreshing = true;
        api::ChatroomFilters filters;
        filters.perPage = 15;
        m_api.managerChatrooms(filters, this,
                               [this](api::Result<api::PopsellApi::ChatroomPage> page) {
                                   m_refreshing = false;
                                   ++(page ? m_refreshed : m_refreshFailed);
                               });
    }

    void tick()
    {
        if (!m_signedIn)
            return;
        // Actions still on their way. Queued actions behind a head that has come to a stop
        // (failed, or needing attention after the moderator's retries) wait for a decision
        // the campaign does not take: they count as blocked, not active.
        int active = 0;
        int blocked = 0;
        QSet<qint64> stoppedRooms;
        const QList<OutboxAction> pending = m_outbox->pending();
        for (const OutboxAction &row : pending) {
            if (stoppedRooms.contains(row.domain())) {
                ++blocked;
                continue;
            }
            if (row.state == OutboxState::NeedsAttention) {
                int &retries = m_moderatorRetries[row.id];
                if (retries < kModeratorRetries && !m_outbox->isUnderWay(row.id)) {
                    ++retries;
                    say(QStringLiteral("moderator-retry %1 %2: %3")
                            .arg(QString::fromLatin1(row.idempotencyKey))
                            .arg(retries)
                            .arg(row.lastError.message));
                    m_outbox->retry(row.id);
                    ++active;
                    continue;
                }
            }
            if (row.blocksItsRoom())
                stoppedRooms.insert(row.domain());
            else
                ++active;
        }
        acceptSome(active);
        if (++m_ticks % 20 == 0)
            progress(active, blocked);
        if (m_nextIndex >= m_options.plan.actions.size() && active == 0)
            finish(blocked);
    }

    void acceptSome(int &active)
    {
        const qsizetype before = m_nextIndex;
        while (m_nextIndex < m_options.plan.actions.size() && active < m_options.window) {
            const campaign::PlannedAction &planned = m_options.plan.actions.at(m_nextIndex);
            const outbox::OutboxResult accepted =
                m_outbox->accept(planned.toOutboxAction(kProfile));
            if (!accepted) {
                say(QStringLiteral("accept-failed %1: %2")
                        .arg(QString::fromLatin1(planned.key), accepted.error));
                QCoreApplication::exit(3);
                m_tick.stop();
                return;
            }
            ++m_nextIndex;
            ++active;
        }
        if (m_nextIndex != before)
            say(QStringLiteral("accepted %1").arg(m_nextIndex));
    }

    void progress(int active, int blocked)
    {
        say(QStringLiteral("progress accepted %1/%2 active %3 blocked %4 sent-this-run %5 "
                           "sign-ins %6 revoked %7 paused %8 suspended %9 refreshes %10/%11")
                .arg(m_nextIndex)
                .arg(m_options.plan.actions.size())
                .arg(active)
                .arg(blocked)
                .arg(m_sentThisRun)
                .arg(m_signIns)
                .arg(m_revoked)
                .arg(m_outbox->isPaused())
                .arg(m_client.isSuspended())
                .arg(m_refreshed)
                .arg(m_refreshed + m_refreshFailed));
    }

    void finish(int blocked)
    {
        m_tick.stop();
        m_refresh.stop();
        QMap<OutboxState, int> counts;
        for (const OutboxAction &row : m_outbox->rows(kProfile))
            ++counts[row.state];
        say(QStringLiteral("final accepted %1 sent %2 failed %3 needs-attention %4 queued %5 "
                           "blocked %6")
                .arg(m_nextIndex)
                .arg(counts.value(OutboxState::Sent))
                .arg(counts.value(OutboxState::Failed))
                .arg(counts.value(OutboxState::NeedsAttention))
                .arg(counts.value(OutboxState::Queued) + counts.value(OutboxState::Sending))
                .arg(blocked));
        QCoreApplication::exit(0);
    }

    Options m_options;
    api::ApiClient m_client;
    api::PopsellApi m_api;
    std::unique_ptr<outbox::Outbox> m_outbox;
    QTimer m_tick;
    QTimer m_refresh;
    bool m_refreshing = false;
    int m_refreshed = 0;
    int m_refreshFailed = 0;
    qsizetype m_nextIndex = 0;
    QHash<qint64, int> m_moderatorRetries;
    bool m_signingIn = false;
    bool m_signedIn = false;
    int m_signIns = 0;
    int m_revoked = 0;
    int m_sentThisRun = 0;
    int m_ticks = 0;
};

std::optional<Options> parse(const QStringList &arguments, QString *error)
{
    QCommandLineParser parser;
    parser.addOptions({
        {QStringLiteral("base-url"), QStringLiteral("API base URL."), QStringLiteral("URL")},
        {QStringLiteral("domain"), QStringLiteral("X-Popsell-Domain."), QStringLiteral("NAME")},
        {QStringLiteral("api-key"), QStringLiteral("Brand API key."), QStringLiteral("KEY")},
        {QStringLiteral("brand"), QStringLiteral("Brand id."), QStringLiteral("ID")},
        {QStringLiteral("store"), QStringLiteral("Outbox store file."), QStringLiteral("FILE")},
        {QStringLiteral("plan"), QStringLiteral("Plan file (JSON)."), QStringLiteral("FILE")},
        {QStringLiteral("honours-keys"),
         QStringLiteral("yes: re-send with the same key; no: read back first."),
         QStringLiteral("yes|no")},
        {QStringLiteral("rooms-in-flight"), QStringLiteral("Outbox rooms at once."),
         QStringLiteral("N")},
        {QStringLiteral("inactivity-ms"), QStringLiteral("Inactivity timeout."),
         QStringLiteral("MS")},
        {QStringLiteral("deadline-ms"), QStringLiteral("Overall deadline per attempt."),
         QStringLiteral("MS")},
    });
    if (!parser.parse(arguments)) {
        *error = parser.errorText();
        return std::nullopt;
    }
    Options options;
    options.config.baseUrl = QUrl(parser.value(QStringLiteral("base-url")));
    options.config.domain = parser.value(QStringLiteral("domain"));
    options.config.brandId = parser.value(QStringLiteral("brand")).toLongLong();
    options.config.inactivityTimeoutMs = parser.value(QStringLiteral("inactivity-ms")).toInt();
    options.config.deadlineMs = parser.value(QStringLiteral("deadline-ms")).toInt();
    // The sandbox's huge bodies are a few MiB in the campaign: the cap must be below them.
    options.config.maxBodyBytes = 1024 * 1024;
    options.apiKey = parser.value(QStringLiteral("api-key"));
    options.storePath = parser.value(QStringLiteral("store"));
    options.honoursKeys = parser.value(QStringLiteral("honours-keys")) != u"no";
    if (parser.isSet(QStringLiteral("rooms-in-flight")))
        options.roomsInFlight = parser.value(QStringLiteral("rooms-in-flight")).toInt();
    if (options.config.inactivityTimeoutMs <= 0)
        options.config.inactivityTimeoutMs = 1000;
    if (options.config.deadlineMs <= 0)
        options.config.deadlineMs = 3000;
    if (!options.config.baseUrl.isValid() || options.config.domain.isEmpty() ||
        options.apiKey.isEmpty() || options.storePath.isEmpty() || options.config.brandId <= 0) {
        *error =
            QStringLiteral("--base-url, --domain, --api-key, --brand and --store are required");
        return std::nullopt;
    }
    QFile file(parser.value(QStringLiteral("plan")));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read the plan: %1").arg(file.errorString());
        return std::nullopt;
    }
    std::optional<campaign::Plan> plan =
        campaign::Plan::fromJson(QJsonDocument::fromJson(file.readAll()).object());
    if (!plan) {
        *error = QStringLiteral("the plan file is not a plan");
        return std::nullopt;
    }
    options.plan = std::move(*plan);
    return options;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QString error;
    std::optional<Options> options = parse(QCoreApplication::arguments(), &error);
    if (!options) {
        say(QStringLiteral("popsell-campaign-client: %1").arg(error));
        return 2;
    }
    CampaignClient client(std::move(*options));
    if (!client.start())
        return 3;
    return QCoreApplication::exec();
}
