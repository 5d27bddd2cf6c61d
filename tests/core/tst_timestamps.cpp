#include "core/timestamps.h"

#include <QTest>
#include <QTimeZone>

using namespace popsell;

class TestTimestamps : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // Zone-less values must not depend on the machine's zone: run in one far from UTC.
        qputenv("TZ", "America/New_York");
    }

    void parsesEveryDocumentedShape_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const auto utc = [](int y, int mo, int d, int h, int mi, int s, int ms) {
            return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), QTimeZone::utc());
        };
        QTest::newRow("laravel micros")
            << QStringLiteral("2023-10-09T12:12:40.220000Z") << utc(2023, 10, 9, 12, 12, 40, 220);
        QTest::newRow("seconds Z")
            << QStringLiteral("2025-05-04T09:42:00Z") << utc(2025, 5, 4, 9, 42, 0, 0);
        QTest::newRow("offset +00:00")
            << QStringLiteral("2024-05-04T09:42:00+00:00") << utc(2024, 5, 4, 9, 42, 0, 0);
        QTest::newRow("offset +02:00")
            << QStringLiteral("2024-05-04T11:42:00+02:00") << utc(2024, 5, 4, 9, 42, 0, 0);
        QTest::newRow("offset -0130")
            << QStringLiteral("2024-05-04T08:12:00-0130") << utc(2024, 5, 4, 9, 42, 0, 0);
        QTest::newRow("dialogue, zone-less")
            << QStringLiteral("2023-10-06 13:41:09.123") << utc(2023, 10, 6, 13, 41, 9, 123);
        QTest::newRow("zone-less no fraction")
            << QStringLiteral("2024-03-05 10:11:12") << utc(2024, 3, 5, 10, 11, 12, 0);
        QTest::newRow("nanoseconds truncated") << QStringLiteral("2023-10-09T12:12:40.999999999Z")
                                               << utc(2023, 10, 9, 12, 12, 40, 999);
        QTest::newRow("one fraction digit")
            << QStringLiteral("2023-10-09T12:12:40.5Z") << utc(2023, 10, 9, 12, 12, 40, 500);
        QTest::newRow("date only") << QStringLiteral("2021-06-01") << utc(2021, 6, 1, 0, 0, 0, 0);
        QTest::newRow("no seconds")
            << QStringLiteral("2021-06-01T08:30Z") << utc(2021, 6, 1, 8, 30, 0, 0);
        QTest::newRow("surrounding spaces")
            << QStringLiteral("  2021-06-01T08:30:00Z ") << utc(2021, 6, 1, 8, 30, 0, 0);
    }

    void parsesEveryDocumentedShape()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        const std::optional<QDateTime> parsed = timestamps::parse(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(parsed->toMSecsSinceEpoch(), expected.toMSecsSinceEpoch());
        QCOMPARE(parsed->timeSpec(), Qt::UTC);
    }

    void rejectsGarbage_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "true", "2023", "2023-13-01", "2023-02-30", "2023-10-09X12:00:00",
              "2023-10-09T25:00:00Z", "2023-10-09T12:00:00+25:00", "2023-10-09T12:00:00 UTC",
              "2023-10-09T12:00:00.Z", "09/10/2023"}) {
            QTest::newRow(bad) << QString::fromLatin1(bad);
        }
    }

    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!timestamps::parse(text).has_value());
    }

    void formatsTheWireShapes()
    {
        const QDateTime t(QDate(2023, 10, 9), QTime(12, 12, 40, 220), QTimeZone::utc());
        QCOMPARE(timestamps::formatMicros(timestamps::toMicros(t) + 123),
                 QStringLiteral("2023-10-09T12:12:40.220123Z"));
        QCOMPARE(timestamps::formatSeconds(t), QStringLiteral("2023-10-09T12:12:40Z"));
        QCOMPARE(timestamps::formatDialogue(t), QStringLiteral("2023-10-09 12:12:40.220"));
    }

    void formattedValuesParseBack()
    {
        const QDateTime t(QDate(2024, 2, 29), QTime(23, 59, 59, 7), QTimeZone::utc());
        for (const QString &text :
             {timestamps::formatMicros(timestamps::toMicros(t)), timestamps::formatDialogue(t)}) {
            QCOMPARE(timestamps::parse(text)->toMSecsSinceEpoch(), t.toMSecsSinceEpoch());
        }
    }
};

QTEST_GUILESS_MAIN(TestTimestamps)
#include "tst_timestamps.moc"
