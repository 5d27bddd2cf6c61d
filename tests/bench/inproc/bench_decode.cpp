// bench_decode: decoding API pages into the console's domain structs against the raw
// QJsonDocument::fromJson of the same bytes, and the console's timestamp parser against
// QDateTime::fromString(Qt::ISODateWithMs). Pages are made from the pool (the sandbox's own
// items, escaped as Laravel escapes them), so the text is what the API sends.
//
//   decode.rooms100 / decode.rooms15 / decode.messages100   µs per page
//   dates.parse                                               ns per timestamp
//   dates.mismatch      timestamps (of 200k with 6-digit fractions) whose result differs
//   dates.mismatch_ms   the same on timestamps whose fraction has 3 digits of precision
#include "common/measure.h"
#include "common/pool.h"
#include "core/domain/chatroom.h"
#include "core/domain/message.h"
#include "core/domain/page.h"
#include "core/timestamps.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QRandomGenerator>

#include <cstdio>
#include <functional>

using namespace popsell;
using namespace popsell::bench;

namespace {

constexpr double kBudgetMs = 250; // per measurement
constexpr int kRepeats = 3;       // per side and round, interleaved; the median is reported

// Runs `once` until kBudgetMs passed (at least 5 times); the mean time per call, in ms.
double timePerCall(const std::function<qsizetype()> &once, qsizetype *sink)
{
    int calls = 0;
    const qint64 start = nowNs();
    do {
        *sink += once();
        ++calls;
    } while (calls < 5 || msSince(start) < kBudgetMs);
    return msSince(start) / calls;
}

QJsonValue parsed(const QByteArray &body)
{
    // As the API client does: the document's object (or array) becomes the reply's value.
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
}

template<typename T>
qsizetype decodeInto(const QByteArray &body)
{
    // As the API client decodes its pages (PopsellApi::decodePageOf).
    const std::optional<domain::Page<T>> page = domain::decodePage<T>(parsed(body));
    return page ? page->items.size() : 0;
}

void benchPage(QStringView metric, const QByteArray &body,
               const std::function<qsizetype(const QByteArray &)> &appDecode,
               const QStringList &order)
{
    qsizetype sink = 0;
    QList<double> app;
    QList<double> floor;
    for (int i = 0; i < kRepeats; ++i) {
        for (const QString &side : order) {
            if (side == u"app") {
                app << timePerCall([&] { return appDecode(body); }, &sink);
            } else {
                floor << timePerCall([&] { return QJsonDocument::fromJson(body).object().size(); },
                                     &sink);
            }
        }
    }
    report(metric, u"app", median(app) * 1000);
    report(metric, u"floor", median(floor) * 1000);
    note(QString(metric.toString() + u".bytes"), QString::number(body.size()));
    if (sink == 42) // keeps the work observable
        std::fprintf(stderr, " ");
}

QStringList timestamps(bool millisecondsOnly)
{
    QRandomGenerator random(20240601);
    QStringList stamps;
    stamps.reserve(200'000);
    for (int i = 0; i < 200'000; ++i) {
        const int micros =
            millisecondsOnly ? random.bounded(1000) * 1000 : random.bounded(1'000'000);
        stamps << QStringLiteral("%1-%2-%3T%4:%5:%6.%7Z")
                      .arg(2015 + random.bounded(15))
                      .arg(1 + random.bounded(12), 2, 10, QLatin1Char('0'))
                      .arg(1 + random.bounded(28), 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(24), 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(60), 2, 10, QLatin1Char('0'))
                      .arg(random.bounded(60), 2, 10, QLatin1Char('0'))
                      .arg(micros, 6, 10, QLatin1Char('0'));
    }
    return stamps;
}

int mismatches(const QStringList &stamps, QString *example)
{
    int count = 0;
    for (const QString &s : stamps) {
        const std::optional<QDateTime> ours = timestamps::parse(s);
        const QDateTime qt = QDateTime::fromString(s, Qt::ISODateWithMs);
        if (!ours || *ours != qt || ours->timeSpec() != qt.timeSpec()) {
            if (count == 0 && example) {
                *example = s + u" -> " +
                           (ours ? ours->toString(Qt::ISODateWithMs) : QStringLiteral("none")) +
                           u" vs Qt " + qt.toString(Qt::ISODateWithMs);
            }
            ++count;
        }
    }
    return count;
}

void benchDates(const QStringList &order)
{
    const QStringList stamps = timestamps(false);
    qint64 sink = 0;
    QList<double> app;
    QList<double> floor;
    for (int i = 0; i < kRepeats; ++i) {
        for (const QString &side : order) {
            const qint64 start = nowNs();
            if (side == u"app") {
                for (const QString &s : stamps)
                    sink += timestamps::parse(s).value_or(QDateTime()).toMSecsSinceEpoch();
                app << double(nowNs() - start) / double(stamps.size());
            } else {
                for (const QString &s : stamps)
                    sink += QDateTime::fromString(s, Qt::ISODateWithMs).toMSecsSinceEpoch();
                floor << double(nowNs() - start) / double(stamps.size());
            }
        }
    }
    report(u"dates.parse", u"app", median(app));
    report(u"dates.parse", u"floor", median(floor));
    QString example;
    report(u"dates.mismatch", u"app", mismatches(stamps, &example));
    if (!example.isEmpty())
        note(u"dates.mismatch_example", example);
    report(u"dates.mismatch_ms", u"app", mismatches(timestamps(true), nullptr));
    if (sink == 42)
        std::fprintf(stderr, " ");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption poolFile(QStringLiteral("pool"), QString(), QStringLiteral("file"));
    const QCommandLineOption order(QStringLiteral("order"), QString(), QStringLiteral("sides"),
                                   QStringLiteral("app,floor"));
    parser.addOptions({poolFile, order});
    parser.process(application);
    QString error;
    const std::optional<Pool> pool = Pool::load(parser.value(poolFile), &error);
    if (!pool) {
        std::fprintf(stderr, "bench_decode: %s\n", qUtf8Printable(error));
        return 2;
    }
    const QStringList sides = parser.value(order).split(u',');
    const QString base = QStringLiteral("https://demo.popsell.test/api/v2");
    const QString rooms = base + u"/manager/chatrooms";
    benchPage(u"decode.rooms100", pool->roomsPage(rooms, 7, 100, 100'000),
              decodeInto<domain::Chatroom>, sides);
    benchPage(u"decode.rooms15", pool->roomsPage(rooms, 7, 15, 100'000),
              decodeInto<domain::Chatroom>, sides);
    benchPage(u"decode.messages100",
              pool->messagesPage(base + u"/chat/chatrooms/2/messages", 2, 1, 100, 500),
              decodeInto<domain::Message>, sides);
    benchDates(sides);
    return 0;
}
