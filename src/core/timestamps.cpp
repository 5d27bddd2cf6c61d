#include "core/timestamps.h"

#include <QTimeZone>

#include <algorithm>

namespace popsell::timestamps {

namespace {

// Pages carry a few timestamps per item, thousands per page: parsing is arithmetic on the
// text, with no allocation, no QDate/QTime validation and no QTimeZone conversion.

constexpr qint64 kSecondsPerDay = 86'400;

bool isDigit(char16_t c)
{
    // ASCII only: QChar::isDigit() would let other scripts' digits through, which
    // no API writes and which no number parser here reads.
    return c >= u'0' && c <= u'9';
}

// The number written by `count` ASCII digits at `p`; -1 when one is not a digit. The
// digits are checked together rather than one branch each: the loop is unrolled for the
// fixed widths of the shapes.
int digits(const char16_t *p, int count)
{
    int value = 0;
    bool ok = true;
    for (int i = 0; i < count; ++i) {
        const unsigned digit = unsigned(p[i]) - u'0';
        ok &= digit < 10;
        value = value * 10 + int(digit);
    }
    return ok ? value : -1;
}

// The same for the fixed widths of the shapes, unrolled.
template<int Count>
int digits(const char16_t *p)
{
    int value = 0;
    bool ok = true;
    for (int i = 0; i < Count; ++i) {
        const unsigned digit = unsigned(p[i]) - u'0';
        ok &= digit < 10;
        value = value * 10 + int(digit);
    }
    return ok ? value : -1;
}

template<int Count>
int digits(QStringView s, qsizetype at)
{
    return digits<Count>(s.utf16() + at);
}

// QStringView::trimmed(), without its call when the ends are visible ASCII, as they are
// in every value the API sends.
QStringView trimmed(QStringView s)
{
    const auto visible = [](char16_t c) {
        return c > u' ' && c < 0x7f;
    };
    if (s.isEmpty() || (visible(s.front().unicode()) && visible(s.back().unicode())))
        return s;
    return s.trimmed();
}

bool isLeapYear(int year)
{
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int daysInMonth(int year, int month)
{
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && isLeapYear(year) ? 29 : kDays[month - 1];
}

// Days from 1970-01-01 to a proleptic Gregorian date (H. Hinnant's days_from_civil).
qint64 daysFromCivil(int year, int month, int day)
{
    year -= month <= 2 ? 1 : 0;
    const int era = (year >= 0 ? year : year - 399) / 400;
    const int yearOfEra = year - era * 400;
    const int dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1;
    const int dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
    return qint64(era) * 146'097 + dayOfEra - 719'468;
}

// Offset in seconds from "", "Z", "+HH", "+HHMM" or "+HH:MM" (or "-"); nullopt otherwise.
std::optional<int> zoneOffset(QStringView zone)
{
    if (zone.isEmpty() || (zone.size() == 1 && (zone[0] == u'Z' || zone[0] == u'z')))
        return 0;
    const QChar sign = zone.front();
    if (sign != u'+' && sign != u'-')
        return std::nullopt;
    int hours = -1;
    int minutes = 0;
    if (zone.size() == 3) {
        hours = digits<2>(zone, 1);
    } else if (zone.size() == 5) {
        hours = digits<2>(zone, 1);
        minutes = digits<2>(zone, 3);
    } else if (zone.size() == 6 && zone[3] == u':') {
        hours = digits<2>(zone, 1);
        minutes = digits<2>(zone, 4);
    }
    if (hours < 0 || hours > 18 || minutes < 0 || minutes > 59)
        return std::nullopt;
    const int seconds = hours * 3600 + minutes * 60;
    return sign == u'-' ? -seconds : seconds;
}

struct Scanned
{
    qint64 seconds = 0;   // whole seconds since the epoch, the offset applied
    QStringView fraction; // the digits after the seconds' point; empty when none
};

std::optional<Scanned> scan(QStringView text)
{
    const QStringView s = trimmed(text);
    // Date part: YYYY-MM-DD
    if (s.size() < 10 || s[4] != u'-' || s[7] != u'-')
        return std::nullopt;
    const int year = digits<4>(s, 0);
    const int month = digits<2>(s, 5);
    const int day = digits<2>(s, 8);
    if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month))
        return std::nullopt;
    Scanned result;
    result.seconds = daysFromCivil(year, month, day) * kSecondsPerDay;
    if (s.size() == 10)
        return result;

    const QChar separator = s[10];
    if (separator != u'T' && separator != u't' && separator != u' ')
        return std::nullopt;
    QStringView rest = s.sliced(11);
    // Time part: HH:MM[:SS[.fraction]]
    if (rest.size() < 5 || rest[2] != u':')
        return std::nullopt;
    const int hours = digits<2>(rest, 0);
    const int minutes = digits<2>(rest, 3);
    if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59)
        return std::nullopt;
    int seconds = 0;
    rest = rest.sliced(5);
    if (rest.startsWith(u':')) {
        if (rest.size() < 3)
            return std::nullopt;
        seconds = digits<2>(rest, 1);
        if (seconds < 0 || seconds > 59)
            return std::nullopt;
        rest = rest.sliced(3);
        if (rest.startsWith(u'.') || rest.startsWith(u',')) {
            qsizetype n = 1;
            while (n < rest.size() && isDigit(rest[n].unicode()))
                ++n;
            if (n == 1)
                return std::nullopt;
            result.fraction = rest.sliced(1, n - 1);
            rest = rest.sliced(n);
        }
    }
    const std::optional<int> offset = zoneOffset(trimmed(rest));
    if (!offset)
        return std::nullopt;
    result.seconds += hours * 3600 + minutes * 60 + seconds - *offset;
    return result;
}

// The first `width` digits of a fraction as a whole number of 10^-width s, zero-padded.
int leadingDigits(QStringView fraction, int width)
{
    static constexpr int kPowers[] = {1, 10, 100, 1'000, 10'000, 100'000, 1'000'000};
    const int used = int(std::min<qsizetype>(fraction.size(), width));
    return digits(fraction.utf16(), used) * kPowers[width - used];
}

// The shapes nearly every timestamp of a page has, "YYYY-MM-DDTHH:MM:SS" then ".ffffffZ",
// "Z", or (with a space) ".fff", read at fixed positions: the milliseconds since the epoch,
// or nullopt when `s` is not one of them, for scan() to decide (and reject what it must).
std::optional<qint64> commonShapeMillis(QStringView s)
{
    const qsizetype size = s.size();
    if (size < 19)
        return std::nullopt;
    const char16_t *p = s.utf16();
    if (p[4] != u'-' || p[7] != u'-' || (p[10] != u'T' && p[10] != u' ') || p[13] != u':' ||
        p[16] != u':') {
        return std::nullopt;
    }
    int fraction = 0;
    if (size == 27 && p[19] == u'.' && p[26] == u'Z') {
        // Beyond the fourth digit none changes the rounding, but each must be a digit.
        if (digits<2>(p + 24) < 0)
            return std::nullopt;
        fraction = digits<4>(p + 20);
    } else if (size == 23 && p[19] == u'.') {
        fraction = digits<3>(p + 20) * 10;
    } else if (!(size == 20 && p[19] == u'Z') && size != 19) {
        return std::nullopt;
    }
    const int year = digits<4>(p);
    const int month = digits<2>(p + 5);
    const int day = digits<2>(p + 8);
    const int hours = digits<2>(p + 11);
    const int minutes = digits<2>(p + 14);
    const int seconds = digits<2>(p + 17);
    if ((year | month | day | hours | minutes | seconds | fraction) < 0 || year < 1 || month < 1 ||
        month > 12 || day < 1 || day > daysInMonth(year, month) || hours > 23 || minutes > 59 ||
        seconds > 59) {
        return std::nullopt;
    }
    const qint64 wholeSeconds =
        daysFromCivil(year, month, day) * kSecondsPerDay + hours * 3600 + minutes * 60 + seconds;
    return wholeSeconds * 1000 + (fraction + 5) / 10;
}

} // namespace

std::optional<QDateTime> parse(QStringView text)
{
    if (const std::optional<qint64> millis = commonShapeMillis(text))
        return QDateTime::fromMSecsSinceEpoch(*millis, Qt::UTC);
    const std::optional<Scanned> scanned = scan(text);
    if (!scanned)
        return std::nullopt;
    // Half up, as Qt's ISO parser does: only the fourth digit can decide it, and a fraction
    // of .9995 or more carries into the next second.
    const int millis = (leadingDigits(scanned->fraction, 4) + 5) / 10;
    return QDateTime::fromMSecsSinceEpoch(scanned->seconds * 1000 + millis, Qt::UTC);
}

std::optional<qint64> parseMicros(QStringView text)
{
    const std::optional<Scanned> scanned = scan(text);
    if (!scanned)
        return std::nullopt;
    return scanned->seconds * 1'000'000 + leadingDigits(scanned->fraction, 6);
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
