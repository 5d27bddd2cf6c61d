#pragma once

#include "sandbox/faults/faultfront.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>

namespace popsell::sandbox {
class Database;
}

namespace popsell::sandbox::faults {

// An injected fault as kept in the data file.
struct StoredFaultEvent
{
    qint64 seq = 0;
    qint64 run = 0; // 1 for the first start of the data file in fault mode, then 2, ...
    FaultEvent event;

    QJsonObject toJson() const;
};

// The faults injected into a data file's sandbox, kept across restarts so that a campaign
// that kills the server still gets its totals.
class FaultLog
{
public:
    explicit FaultLog(Database &db);

    void ensureSchema();
    // A new run number for this start.
    qint64 startRun();
    void record(qint64 run, const FaultEvent &event);
    // By kind name; every kind is present, with 0 when never injected.
    QMap<QString, qint64> counts();
    QList<StoredFaultEvent> events(qint64 afterSeq = 0);

private:
    Database &m_db;
};

} // namespace popsell::sandbox::faults
