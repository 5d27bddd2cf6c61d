#include "core/timestamps.h"

#include <QTimeZone>

namespace popsell::timestamps {

namespace {

bool allDigits(QStringView s)
{
    if (s.isEmpty())
        return false;
    for (QChar c : s) {
        if (!c.isDigit())
            return false;
    }
    return true;
}

int number(QStringView s)
{
    return s.toInt();
}

// Offset in seconds from "Z", "+HH:MM", "+HHMM" or "+HH"; nullopt when malformed.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty() || zone == u"Z" || zone == u"z")
        return 0;
    const QChar sign = zone.front();
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    QString digits = zone.mid(1).toString();
    digits.remove(u':');
    if (!allDigits(digits) || (digits.size() != 2 && digits.size() != 4))
        return std::nullopt;
    const int hours = number(QStringView(digits).left(2));
    const int minutes = digits.size() == 4 ? number(QStringView(digits).mid(2)) : 0;
    if (hours > 18 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return sign == u'-' ? -seconds : seconds;
}

} // namespace

std::optional<QDateTime> parse(QStringView text)
{
    const QStringView s = text.trimmed();
    // Date part: YYYY-MM-DD
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const QStringView y = s.left(4), mo = s.mid(5, 2), d = s.mid(8, 2);
    if (!allDigits(y) || !allDigits(mo) || !allDigits(d))
        return std::nullopt;
    const QDate date(number(y), number(mo), number(d));
    if (!date.isValid())
        return std::nullopt;
    if (s.size() == 10)
        return QDateTime(date, QTime(0, 0), Qt::UTC);

    const QChar separator = s[10];
    if (separator != u'T' && separator != u't' && separator != u' ')
        return std::nullopt;
    QStringView rest = s.mid(11);
    // Time part: HH:MM[:SS[.fraction]]
    if (rest.size() < 5 || rest[2] != u':')
        return std::nullopt;
    const QStringView hh = rest.left(2), mm = rest.mid(3, 2);
    if (!allDigits(hh) || !allDigits(mm))
        return std::nullopt;
    int seconds = 0;
    int millis = 0;
    rest = rest.mid(5);
    if (rest.startsWith(u':')) {
        const QStringView ss = rest.mid(1, 2);
        if (ss.size() != 2 || !allDigits(ss))
            return std::nullopt;
        seconds = number(ss);
        rest = rest.mid(3);
        if (rest.startsWith(u'.') || rest.startsWith(u',')) {
            qsizetype n = 1;
            while (n < rest.size() && rest[n].isDigit())
                ++n;
            const QStringView fraction = rest.mid(1, n - 1);
            if (fraction.isEmpty())
                return std::nullopt;
            millis = number(QString(fraction.toString() + u"00").left(3));
            rest = rest.mid(n);
        }
    }
    const QTime time(number(hh), number(mm), seconds, millis);
    if (!time.isValid())
        return std::nullopt;
    const std::optional<int> offset = zoneOffset(rest.trimmed());
    if (!offset)
        return std::nullopt;
    QDateTime result(date, time, QTimeZone(*offset));
    return result.toUTC();
}

qint64 toMicros(const QDateTime &dateTime)
{
    return dateTime.toMSecsSinceEpoch() * 1000;
}

QDateTime fromMicros(qint64 microsSinceEpoch)
{
    return QDateTime::fromMSecsSinceEpoch(microsSinceEpoch / 1000, QTimeZone::utc());
}

QString formatMicros(qint64 microsSinceEpoch)
{
    const qint64 seconds = microsSinceEpoch / 1'000'000;
    const qint64 micros = microsSinceEpoch % 1'000'000;
    const QDateTime utc = QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc());
    return utc.toString(u"yyyy-MM-ddTHH:mm:ss") + u'.' +
           QString::number(micros).rightJustified(6, u'0') + u'Z';
}

QString formatSeconds(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-ddTHH:mm:ss") + u'Z';
}

QString formatDialogue(const QDateTime &utc)
{
    return utc.toUTC().toString(u"yyyy-MM-dd HH:mm:ss.zzz");
}

} // namespace popsell::timestamps
