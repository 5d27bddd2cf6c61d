#include "sandbox/routes/listquery.h"

#include "core/timestamps.h"
#include "sandbox/database.h"
#include "sandbox/pagination.h"

#include <QUrlQuery>

namespace popsell::sandbox {

namespace {

namespace ts = popsell::timestamps;

} // namespace

Filters::Filters(const RouteContext &ctx, QStringList allowed)
    : m_allowed(std::move(allowed))
{
    // Decoded keys: clients send "filter[name]" and "filter%5Bname%5D" alike.
    const auto items = ctx.request.query.queryItems(QUrl::FullyDecoded);
    for (const auto &[key, value] : items) {
        if (key.startsWith(u"filter[") && key.endsWith(u']'))
            m_values.insert(key.sliced(7).chopped(1), value.trimmed());
    }
}

void Filters::join(const QString &clause, const QVariantList &binds)
{
    m_joins.append(clause);
    m_joinBinds.append(binds);
}

void Filters::where(const QString &condition, const QVariantList &binds)
{
    m_conditions.append(condition);
    m_conditionBinds.append(binds);
}

void Filters::whereIn(const QString &column, const QVariantList &values)
{
    if (values.isEmpty())
        where(QStringLiteral("0"));
    else
        where(column + u" IN (" + Database::placeholders(values.size()) + u')', values);
}

std::optional<QString> Filters::text(const QString &name) const
{
    const QString value = m_values.value(name);
    return value.isEmpty() ? std::nullopt : std::optional<QString>(value);
}

std::optional<QString> Filters::choice(const QString &name, const QStringList &choices)
{
    const std::optional<QString> value = text(name);
    if (value && !choices.contains(*value)) {
        invalid(name);
        return std::nullopt;
    }
    return value;
}

std::optional<qint64> Filters::integer(const QString &name, qint64 min, qint64 max)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return std::nullopt;
    bool ok = false;
    const qint64 number = value->toLongLong(&ok);
    if (!ok) {
        m_errors.add(field(name),
                     QStringLiteral("The %1 must be an integer.").arg(fieldLabel(field(name))));
        return std::nullopt;
    }
    if (number < min || number > max) {
        invalid(name);
        return std::nullopt;
    }
    return number;
}

std::optional<QVariantList> Filters::integerList(const QString &name, qint64 min, qint64 max)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return std::nullopt;
    QVariantList numbers;
    for (const QString &item : value->split(u',')) {
        bool ok = false;
        const qint64 number = item.trimmed().toLongLong(&ok);
        if (!ok || number < min || number > max) {
            invalid(name);
            return std::nullopt;
        }
        numbers.append(number);
    }
    return numbers;
}

std::optional<bool> Filters::boolean(const QString &name)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return std::nullopt;
    const QString lower = value->toLower();
    if (lower == u"true" || lower == u"1")
        return true;
    if (lower == u"false" || lower == u"0")
        return false;
    m_errors.add(
        field(name),
        QStringLiteral("The %1 field must be true or false.").arg(fieldLabel(field(name))));
    return std::nullopt;
}

std::optional<QPair<double, double>> Filters::numberRange(const QString &name)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return std::nullopt;
    const QStringList bounds = value->split(u',');
    bool minOk = false;
    bool maxOk = false;
    const double min = bounds.first().trimmed().toDouble(&minOk);
    const double max = bounds.last().trimmed().toDouble(&maxOk);
    if (bounds.size() <= 2 && minOk && maxOk && min <= max)
        return qMakePair(min, max);
    m_errors.add(
        field(name),
        QStringLiteral("The %1 must be a number or a min,max range.").arg(fieldLabel(field(name))));
    return std::nullopt;
}

std::optional<qint64> Filters::timestamp(const QString &name)
{
    const std::optional<QString> value = text(name);
    if (!value)
        return std::nullopt;
    if (const std::optional<qint64> micros = ts::parseMicros(*value))
        return micros;
    m_errors.add(field(name),
                 QStringLiteral("The %1 is not a valid date.").arg(fieldLabel(field(name))));
    return std::nullopt;
}

std::optional<ApiReply> Filters::failure() const
{
    QStringList unknown;
    for (auto it = m_values.cbegin(); it != m_values.cend(); ++it) {
        if (!m_allowed.contains(it.key()))
            unknown.append(it.key());
    }
    if (!unknown.isEmpty()) {
        unknown.sort();
        return ApiReply::message(
            400,
            QStringLiteral("Requested filter(s) `%1` are not allowed. Allowed filter(s) are `%2`.")
                .arg(unknown.join(QStringLiteral(", ")), m_allowed.join(QStringLiteral(", "))));
    }
    if (!m_errors.isEmpty())
        return ApiReply::validation(m_errors);
    return std::nullopt;
}

QString Filters::sql() const
{
    QStringList parts = m_joins;
    if (!m_conditions.isEmpty())
        parts.append(u"WHERE " + m_conditions.join(QStringLiteral(" AND ")));
    return parts.join(u' ');
}

QVariantList Filters::binds() const
{
    return m_joinBinds + m_conditionBinds;
}

void Filters::invalid(const QString &name)
{
    m_errors.add(field(name),
                 QStringLiteral("The selected %1 is invalid.").arg(fieldLabel(field(name))));
}

SortClause sortClause(const RouteContext &ctx, const QMap<QString, QString> &allowed,
                      const QString &defaultSort, const QString &tieBreaker)
{
    QString sort = ctx.request.queryValue(QStringLiteral("sort")).trimmed();
    if (sort.isEmpty())
        sort = defaultSort;
    const bool descending = sort.startsWith(u'-');
    const QString field = descending ? sort.mid(1) : sort;
    if (!allowed.contains(field)) {
        return {{},
                ApiReply::message(400, QStringLiteral("Requested sort(s) `%1` is not allowed."
                                                      " Allowed sort(s) are `%2`.")
                                           .arg(sort, allowed.keys().join(QStringLiteral(", "))))};
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QStringLiteral(" ASC");
    return {u"ORDER BY " + allowed.value(field) + direction + u", " + tieBreaker + direction,
            std::nullopt};
}

ApiReply pagedList(RouteContext &ctx, const QString &from, const Filters &filters,
                   const SortClause &sort, const PageFetcher &fetch)
{
    if (std::optional<ApiReply> failure = filters.failure())
        return *failure;
    if (sort.failure)
        return *sort.failure;
    const QString clauses = filters.sql();
    const QVariantList binds = filters.binds();
    const PageRequest page = pageRequest(ctx.request);
    const qint64 total =
        ctx.db.integer(u"SELECT COUNT(*) FROM " + from + u' ' + clauses, binds).value_or(0);
    const QJsonArray items =
        fetch(clauses + u' ' + sort.orderBy +
                  QStringLiteral(" LIMIT %1 OFFSET %2").arg(page.perPage).arg(page.offset()),
              binds);
    return ApiReply::json(200, paginate(ctx.request, page, total, items));
}

} // namespace popsell::sandbox
