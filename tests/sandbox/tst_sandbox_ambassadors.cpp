#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxAmbassadors : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSandboxAmbassadors)
#include "tst_sandbox_ambassadors.moc"
