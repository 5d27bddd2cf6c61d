#include "sandbox/mediaimages.h"

#include "sandbox/database.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

QString initials(const QString &text)
{
    QString result;
    for (const QString &word : text.split(u' ', Qt::SkipEmptyParts)) {
        if (result.size() == 2)
            break;
        result += word.front().toUpper();
    }
    return result.isEmpty() ? QStringLiteral("?") : result;
}

QString escaped(const QString &text) { return text.toHtmlEscaped(); }

QByteArray svg(qint64 id, const QString &label, bool round)
{
    // A hue from the id (golden-angle steps keep neighbours apart).
    const int hue = static_cast<int>((id * 137) % 360);
    const QString shape = round ? QStringLiteral("<circle cx=\"64\" cy=\"64\" r=\"64\" fill=\"hsl(%1,55%,45%)\"/>")
                                : QStringLiteral("<rect width=\"128\" height=\"128\" rx=\"12\" fill=\"hsl(%1,55%,45%)\"/>");
    return QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"128\" height=\"128\""
                          " viewBox=\"0 0 128 128\">%1<text x=\"64\" y=\"78\" font-family=\"DejaVu Sans,"
                          " sans-serif\" font-size=\"44\" text-anchor=\"middle\" fill=\"#fff\">%2</text></svg>")
        .arg(shape.arg(hue), escaped(label))
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
        sql = QStringLiteral("SELECT firstname || ' ' || lastname FROM ambassadors WHERE id_ambassador = ?");
    else
        sql = QStringLiteral("SELECT name FROM brand_tags WHERE id_brand_tag = ?");
    QSqlQuery q = db.run(sql, {id});
    if (!q.next())
        return std::nullopt;
    return svg(id, initials(q.value(0).toString()), kind == u"ambassadors");
}

} // namespace popsell::sandbox
