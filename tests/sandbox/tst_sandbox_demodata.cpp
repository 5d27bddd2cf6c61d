#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxDemodata : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSandboxDemodata)
#include "tst_sandbox_demodata.moc"
