#include <QTest>

class TestDomainDecoders : public QObject
{
    Q_OBJECT
};

QTEST_GUILESS_MAIN(TestDomainDecoders)
#include "tst_domain_decoders.moc"
