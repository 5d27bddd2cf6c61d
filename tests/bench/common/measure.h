#pragma once

#include <QList>
#include <QString>
#include <QStringView>

// Clocks, memory and statistics shared by every benchmark and floor probe. No Qt module
// beyond Core, so the floor probes link nothing the floors themselves would not.
namespace popsell::bench {

// CLOCK_MONOTONIC, the clock the launcher (bench_exec) stamps before execve.
qint64 nowNs();
double msSince(qint64 startNs);
// CPU time of the whole process (all threads: QNAM's HTTP thread counts) and of this thread.
double processCpuMs();
double threadCpuMs();

struct Memory
{
    double rssMb = 0;  // VmRSS
    double peakMb = 0; // VmHWM
};
Memory memory();
// Gives freed heap pages back (malloc_trim), so that RSS reflects what is kept, not what a
// parse left behind; both sides of a memory comparison call it.
void trimHeap();

double median(QList<double> values);
// p in [0, 100], linear interpolation between closest ranks.
double percentile(QList<double> values, double p);

// One measured value, as one JSON line on stdout: {"metric":..,"side":..,"value":..}.
// `side` is "app", "floor" or "info" (reported beside, not compared). The driver adds the
// round number; the report knows units and goals (tests/bench/report/metrics.cpp).
void report(QStringView metric, QStringView side, double value);
// A fact about the run (platform, versions, counts), shown under the table.
void note(QStringView key, const QString &value);

} // namespace popsell::bench
