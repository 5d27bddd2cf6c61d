#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxIdempotency : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSandboxIdempotency)
#include "tst_sandbox_idempotency.moc"
