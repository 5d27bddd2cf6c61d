#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxManager : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSandboxManager)
#include "tst_sandbox_manager.moc"
