#include "common/measure.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>
#include <malloc.h>

namespace popsell::bench {

namespace {

double clockMs(clockid_t clock)
{
    timespec ts{};
    clock_gettime(clock, &ts);
    return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
}

void printLine(const QJsonObject &object)
{
    const QByteArray line = QJsonDocument(object).toJson(QJsonDocument::Compact);
    // One write per line: the driver reads stdout line by line while the child runs.
    std::fprintf(stdout, "%s\n", line.constData());
    std::fflush(stdout);
}

} // namespace

qint64 nowNs()
{
    timespec ts{};
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

double msSince(qint64 startNs)
{
    return double(nowNs() - startNs) / 1e6;
}

double processCpuMs()
{
    return clockMs(CLOCK_PROCESS_CPUTIME_ID);
}

double threadCpuMs()
{
    return clockMs(CLOCK_THREAD_CPUTIME_ID);
}

Memory memory()
{
    Memory result;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return result;
    const auto kb = [](const QByteArray &line) {
        return line.mid(line.indexOf(':') + 1).trimmed().split(' ').value(0).toDouble();
    };
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            result.rssMb = kb(line) / 1024.0;
        else if (line.startsWith("VmHWM:"))
            result.peakMb = kb(line) / 1024.0;
    }
    return result;
}

void trimHeap()
{
    malloc_trim(0);
}

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return std::nan("");
    std::sort(values.begin(), values.end());
    const double rank = std::clamp(p, 0.0, 100.0) / 100.0 * double(values.size() - 1);
    const auto low = qsizetype(std::floor(rank));
    const auto high = qsizetype(std::ceil(rank));
    return values[low] + (values[high] - values[low]) * (rank - double(low));
}

double median(QList<double> values)
{
    return percentile(std::move(values), 50);
}

void report(QStringView metric, QStringView side, double value)
{
    printLine({{QStringLiteral("metric"), metric.toString()},
               {QStringLiteral("side"), side.toString()},
               {QStringLiteral("value"), value}});
}

void note(QStringView key, const QString &value)
{
    printLine({{QStringLiteral("note"), key.toString()}, {QStringLiteral("value"), value}});
}

} // namespace popsell::bench
