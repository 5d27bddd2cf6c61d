#include "support/sandboxfixture.h"

#include <QTest>

using namespace popsell::testing;

class TestSandboxChatrooms : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestSandboxChatrooms)
#include "tst_sandbox_chatrooms.moc"
