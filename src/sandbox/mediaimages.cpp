#include "sandbox/mediaimages.h"

#include "sandbox/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace popsell::sandbox {

namespace {

QString initials(const QString &text)
{
    QString result;
    const QStringList words = text.split(u' ', Qt::SkipEmptyParts);
    for (const QString &word : words.first(std::min<qsizetype>(words.size(), 2))) {
        // A whole code point, even outside the BMP (a surrogate pair).
        const qsizetype length = word.front().isHighSurrogate() && word.size() > 1 ? 2 : 1;
        result += word.first(length).toUpper();
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// "#rrggbb" of an HSL colour. Qt's SVG renderer, which the console draws these images
// with, does not know CSS hsl() and paints such fills black.
QString hslColour(int hue, double saturation, double lightness)
{
    const double a = saturation * std::min(lightness, 1 - lightness);
    QString colour = QStringLiteral("#");
    for (const int n : {0, 8, 4}) {
        const double k = std::fmod(n + hue / 30.0, 12);
        const double channel = lightness - a * std::max(-1.0, std::min({k - 3, 9 - k, 1.0}));
        colour += QStringLiteral("%1").arg(qRound(channel * 255), 2, 16, QLatin1Char('0'));
    }
    return colour;
}

QByteArray svg(qint64 id, const QString &label, bool round)
{
    // A hue from the id (golden-angle steps keep neighbours apart).
    const int hue = static_cast<int>((id * 137) % 360);
    const QString shape =
        round ? QStringLiteral("<circle cx=\"64\" cy=\"64\" r=\"64\" fill=\"%1\"/>")
              : QStringLiteral("<rect width=\"128\" height=\"128\" rx=\"12\" fill=\"%1\"/>");
    return QStringLiteral(
               "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\""
               " viewBox=\"0 0 128 128\">%1<text x=\"64\" y=\"78\" font-family=\"DejaVu Sans,"
               " sans-serif\" font-size=\"44\" text-anchor=\"middle\" "
               "fill=\"#fff\">%2</text></svg>")
        .arg(shape.arg(hslColour(hue, 0.55, 0.45)), escaped(label))
        .toUtf8();
}

} // namespace

std::optional<QByteArray> renderMediaImage(Database &db, const QString &path)
{
    static const QRegularExpression pattern(
        QStringLiteral("^/media/(products|ambassadors|brand-tags)/([1-9][0-9]{0,17})\\.svg$"));
    const QRegularExpressionMatch match = pattern.match(path);
    if (!match.hasMatch())
        return std::nullopt;
    const QString kind = match.captured(1);
    const qint64 id = match.captured(2).toLongLong();
    QString sql;
    if (kind == u"products")
        sql = QStringLiteral("SELECT name FROM products WHERE id_product = ?");
    else if (kind == u"ambassadors")
        sql = QStringLiteral(
            "SELECT firstname || ' ' || lastname FROM ambassadors WHERE id_ambassador = ?");
    else
        sql = QStringLiteral("SELECT name FROM brand_tags WHERE id_brand_tag = ?");
    QSqlQuery q = db.run(sql, {id});
    if (!q.next())
        return std::nullopt;
    return svg(id, initials(q.value(0).toString()), kind == u"ambassadors");
}

} // namespace popsell::sandbox
