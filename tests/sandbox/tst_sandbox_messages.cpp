#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxMessages : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSandboxMessages)
#include "tst_sandbox_messages.moc"
