#include <QTest>

class TestApiTransport : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestApiTransport)
#include "tst_api_transport.moc"
