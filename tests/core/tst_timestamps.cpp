#include "core/timestamps.h"

#include <QRandomGenerator>
#include <QTest>
#include <QTimeZone>

#include <cmath>
#include <cstdlib>

using namespace popsell;

class TestTimestamps : public QObject
{
    Q_OBJECT

    // Qt reads a zone-less value as local time where ours is UTC: it is given the "Z".
    static QString asQtReadsUtc(const QString &stamp)
    {
        if (stamp.size() == 10)
            return stamp + u"T00:00Z";
        const QStringView time = QStringView(stamp).sliced(11);
        const bool zoned =
            time.endsWith(u'Z', Qt::CaseInsensitive) || time.contains(u'+') || time.contains(u'-');
        return zoned ? stamp : QString(stamp + u'Z');
    }

    static QStringList edgeStamps()
    {
        return {
            QStringLiteral("2023-10-09T12:12:40.9995Z"),
            QStringLiteral("2023-10-09T12:12:40.9994Z"),
            QStringLiteral("2023-10-09T12:12:40.99949999Z"),
            QStringLiteral("2023-10-09T12:12:40.999999Z"),
            QStringLiteral("2023-10-09T12:12:40.999999999999Z"),
            QStringLiteral("2023-10-09T12:12:40.000499Z"),
            QStringLiteral("2023-10-09T12:12:40.0005Z"),
            QStringLiteral("2023-10-09T12:12:40.180722Z"),
            QStringLiteral("2023-12-31T23:59:59.999999Z"),
            QStringLiteral("2023-12-31T23:59:59.999999+00:00"),
            QStringLiteral("2023-12-31 23:59:59.9995"),
            QStringLiteral("2024-02-29T00:00:00.000000Z"),
            QStringLiteral("2024-02-28T23:59:59.999500Z"),
            QStringLiteral("2024-02-29T23:59:59.999999Z"),
            QStringLiteral("2000-02-29T12:00:00Z"),
            QStringLiteral("1900-02-28T23:59:59.9999Z"),
            QStringLiteral("1969-12-31T23:59:59.999999Z"),
            QStringLiteral("1970-01-01T00:00:00Z"),
            QStringLiteral("0001-01-01T00:00:00Z"),
            QStringLiteral("0001-01-01T00:00:00.0004Z"),
            QStringLiteral("9999-12-31T23:59:59.999Z"),
            QStringLiteral("9999-12-31T23:59:59.9996Z"),
            QStringLiteral("2024-05-04T09:42:00+00:00"),
            QStringLiteral("2024-05-04T09:42:00-00:00"),
            QStringLiteral("2024-05-04T09:42:00+0000"),
            QStringLiteral("2024-05-04T09:42:00+14:00"),
            QStringLiteral("2024-05-04T09:42:00-12:00"),
            QStringLiteral("2024-05-04T09:42:00.5-0130"),
            QStringLiteral("2021-06-01T08:30Z"),
            QStringLiteral("2021-06-01t08:30:00z"),
            QStringLiteral("2021-06-01"),
        };
    }

    // Stamps in the documented shapes: Laravel's 6-digit fraction, the dialogue's 3 digits
    // and none; with "Z", "+00:00", another offset or no zone; any day of the years 1-9999,
    // mostly recent ones.
    static QStringList randomStamps(int count)
    {
        QRandomGenerator random(20241121);
        const auto two = [](int n) {
            return QString::number(n).rightJustified(2, u'0');
        };
        QStringList stamps;
        stamps.reserve(count);
        for (int i = 0; i < count; ++i) {
            const int year =
                random.bounded(8) == 0 ? 1 + random.bounded(9999) : 1990 + random.bounded(60);
            const int month = 1 + random.bounded(12);
            const int day = 1 + random.bounded(QDate(year, month, 1).daysInMonth());
            QString stamp = QString::number(year).rightJustified(4, u'0') + u'-' + two(month) +
                            u'-' + two(day) + (random.bounded(4) == 0 ? u' ' : u'T') +
                            two(random.bounded(24)) + u':' + two(random.bounded(60)) + u':' +
                            two(random.bounded(60));
            switch (random.bounded(5)) {
            case 0:
            case 1:
                stamp += u'.' + QString::number(random.bounded(1'000'000)).rightJustified(6, u'0');
                break;
            case 2: // the top of the second, where rounding carries
                stamp += u'.' + QString::number(999'000 + random.bounded(1'000));
                break;
            case 3:
                stamp += u'.' + QString::number(random.bounded(1'000)).rightJustified(3, u'0');
                break;
            default:
                break;
            }
            switch (random.bounded(6)) {
            case 0:
                stamp += u"+00:00";
                break;
            case 1: {
                const int minutes = random.bounded(-12 * 60, 14 * 60 + 1);
                stamp += (minutes < 0 ? u'-' : u'+') + two(std::abs(minutes) / 60) + u':' +
                         two(std::abs(minutes) % 60);
                break;
            }
            case 2:
                break; // zone-less
            default:
                stamp += u'Z';
            }
            stamps.append(stamp);
        }
        return stamps;
    }

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
        // Fractions round to the millisecond, half up, as Qt's ISO parser does.
        QTest::newRow("micros rounded down")
            << QStringLiteral("2023-10-09T12:12:40.180499Z") << utc(2023, 10, 9, 12, 12, 40, 180);
        QTest::newRow("micros rounded up")
            << QStringLiteral("2023-10-09T12:12:40.180500Z") << utc(2023, 10, 9, 12, 12, 40, 181);
        QTest::newRow("nanoseconds rounded into the next second")
            << QStringLiteral("2023-10-09T12:12:40.999999999Z") << utc(2023, 10, 9, 12, 12, 41, 0);
        QTest::newRow(".9995 of the year's last second")
            << QStringLiteral("2023-12-31T23:59:59.9995Z") << utc(2024, 1, 1, 0, 0, 0, 0);
        QTest::newRow(".99949 stays")
            << QStringLiteral("2023-12-31T23:59:59.99949Z") << utc(2023, 12, 31, 23, 59, 59, 999);
        QTest::newRow("leap day") << QStringLiteral("2024-02-29T23:59:59.999999Z")
                                  << utc(2024, 3, 1, 0, 0, 0, 0);
        QTest::newRow("comma fraction")
            << QStringLiteral("2023-10-09T12:12:40,25Z") << utc(2023, 10, 9, 12, 12, 40, 250);
        QTest::newRow("offset beyond 14 hours")
            << QStringLiteral("2024-05-05T00:42:00+15:00") << utc(2024, 5, 4, 9, 42, 0, 0);
        QTest::newRow("offset +HH")
            << QStringLiteral("2024-05-04T07:42:00-02") << utc(2024, 5, 4, 9, 42, 0, 0);
        QTest::newRow("offset pushes past the day")
            << QStringLiteral("2024-12-31T23:30:00-01:00") << utc(2025, 1, 1, 0, 30, 0, 0);
        QTest::newRow("first day of the calendar")
            << QStringLiteral("0001-01-01T00:00:00Z") << utc(1, 1, 1, 0, 0, 0, 0);
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
        for (const char *bad : {"",
                                "true",
                                "2023",
                                "2023-13-01",
                                "2023-02-30",
                                "2023-10-09X12:00:00",
                                "2023-10-09T25:00:00Z",
                                "2023-10-09T12:00:00+25:00",
                                "2023-10-09T12:00:00 UTC",
                                "2023-10-09T12:00:00.Z",
                                "09/10/2023",
                                "2023-02-29",
                                "1900-02-29",
                                "0000-01-01",
                                "2023-10-09T12:60:00Z",
                                "2023-10-09T12:00:60Z",
                                "2023-10-09T24:00:00Z",
                                "2023-10-09T12:00:00+19:00",
                                "2023-10-09T12:00:00+02:60",
                                "2023-10-09T12:00:00+0:2:00",
                                "2023-10-09T12:00:00+02:",
                                "2023-10-09T12:00:00+2",
                                "2023-10-09T12:0:00Z",
                                "2023-10-09T12:00:0Z",
                                "2023-10-09T12:00.5Z",
                                "2023-10-09T12:00:00.12xZ",
                                "2023-10-09T12:00:00ZZ",
                                "2023-1-09",
                                "2023-10-09T"}) {
            QTest::newRow(bad) << QString::fromLatin1(bad);
        }
    }

    void rejectsGarbage()
    {
        QFETCH(QString, text);
        QVERIFY(!timestamps::parse(text).has_value());
        QVERIFY(!timestamps::parseMicros(text).has_value());
    }

    // Digits of other scripts are not numbers to the API (QChar::isDigit() says they are).
    void rejectsNonAsciiDigits()
    {
        QVERIFY(!timestamps::parse(u"2023-10-09T\u0660\u0665:12Z").has_value());
        QVERIFY(!timestamps::parse(u"2023-10-09T12:12:40.5\u0663Z").has_value());
        QVERIFY(!timestamps::parse(u"2023-10-09T12:12:40+\u0660\u0662:00").has_value());
        QVERIFY(!timestamps::parse(u"\u0662\u0660\u0662\u0663-10-09").has_value());
    }

    // The sandbox's filters compare microseconds: those are read as written, not rounded.
    void parsesMicroseconds_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("micros");
        const qint64 base =
            QDateTime(QDate(2023, 10, 9), QTime(12, 12, 40), QTimeZone::utc()).toMSecsSinceEpoch() *
            1000;
        QTest::newRow("6 digits") << QStringLiteral("2023-10-09T12:12:40.999700Z")
                                  << base + 999'700;
        QTest::newRow("9 digits") << QStringLiteral("2023-10-09T12:12:40.999999999Z")
                                  << base + 999'999;
        QTest::newRow("3 digits, zone-less")
            << QStringLiteral("2023-10-09 12:12:40.123") << base + 123'000;
        QTest::newRow("none, offset") << QStringLiteral("2023-10-09T14:12:40+02:00") << base;
        QTest::newRow("date only")
            << QStringLiteral("2023-10-09") << base - qint64(12 * 3600 + 12 * 60 + 40) * 1'000'000;
    }

    void parsesMicroseconds()
    {
        QFETCH(QString, text);
        QFETCH(qint64, micros);
        QCOMPARE(timestamps::parseMicros(text), std::optional<qint64>(micros));
    }

    // parse() gives the instant QDateTime::fromString(Qt::ISODateWithMs) gives, to the
    // millisecond, on the documented shapes Qt reads: random stamps, every fraction of up to
    // four digits (the fourth decides the rounding) and the edges of days and years.
    void agreesWithQt()
    {
        QStringList stamps = edgeStamps();
        for (int n = 1; n <= 4; ++n) {
            for (int f = 0, end = int(std::pow(10, n)); f < end; ++f)
                stamps.append(u"2023-12-31T23:59:59." + QString::number(f).rightJustified(n, u'0') +
                              u'Z');
        }
        stamps.append(randomStamps(50'000));
        for (const QString &stamp : std::as_const(stamps)) {
            const QDateTime qt = QDateTime::fromString(asQtReadsUtc(stamp), Qt::ISODateWithMs);
            QVERIFY2(qt.isValid(), qPrintable(stamp));
            const std::optional<QDateTime> ours = timestamps::parse(stamp);
            QVERIFY2(ours.has_value(), qPrintable(stamp));
            QCOMPARE(ours->timeSpec(), Qt::UTC);
            if (ours->toMSecsSinceEpoch() != qt.toMSecsSinceEpoch()) {
                QFAIL(qPrintable(stamp + u": " + ours->toString(Qt::ISODateWithMs) + u" vs Qt " +
                                 qt.toUTC().toString(Qt::ISODateWithMs)));
            }
        }
        QVERIFY(stamps.size() > 60'000);
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
