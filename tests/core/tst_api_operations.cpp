#include <QTest>

class TestApiOperations : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestApiOperations)
#include "tst_api_operations.moc"
