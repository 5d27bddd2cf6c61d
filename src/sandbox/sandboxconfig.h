#pragma once

#include <QHostAddress>
#include <QString>

namespace popsell::sandbox {

// Everything the sandbox needs to know at start-up; filled from the command line.
struct SandboxConfig
{
    QHostAddress host = QHostAddress::LocalHost;
    quint16 port = 8765;
    QString dataFile; // empty: an in-memory database, gone at exit
    quint64 seed = 1; // demo data is a pure function of the seed
    QString apiKey = QStringLiteral("demo-brand-key");
    QString ambassadorApiKey = QStringLiteral("demo-ambassador-key");
    QString domain = QStringLiteral("demo.popsell.test");
    int rooms = 500; // demo data size, used only when the data file is new
    int messages = 20000;
    int latencyMs = 0; // delay before every API answer (loading states, 409s)
    // Fault mode (docs/sandbox.md): a --faults SPEC puts a fault-injecting TCP front on the
    // public port; empty (the default) means no front and no faults.
    QString faults;
    quint64 faultSeed = 1;
    // false: Idempotency-Key is ignored and every POST applies again, a negative control
    // that proves a fault campaign can see duplicates.
    bool idempotency = true;
    bool logRequests = true;
};

} // namespace popsell::sandbox
