#pragma once

#include "sandbox/apireply.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QHash>
#include <QJsonArray>
#include <QMap>
#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <functional>
#include <limits>
#include <optional>

namespace popsell::sandbox {

// The filter[...] parameters of one list route, read the way Spatie's query builder
// does: blank values are ignored, names outside the route's list are a 400, and values
// that do not fit are 422 field errors named "filter.<name>" (Laravel's nested input).
// Accepted filters become SQL joins and conditions on top of the route's own (brand,
// membership), so that the count and the page see the same rows.
class Filters
{
public:
    Filters(const RouteContext &ctx, QStringList allowed);

    // SQL. Joins come before the WHERE clause, and so do their binds.
    void join(const QString &clause, const QVariantList &binds = {});
    void where(const QString &condition, const QVariantList &binds = {});
    // column IN (values); an empty list matches no row.
    void whereIn(const QString &column, const QVariantList &values);

    // The value of filter[name], trimmed; nullopt when absent or blank.
    std::optional<QString> text(const QString &name) const;
    // The value when it is one of `choices` (filter values are strings, quirk 14).
    std::optional<QString> choice(const QString &name, const QStringList &choices);
    std::optional<qint64> integer(const QString &name,
                                  qint64 min = std::numeric_limits<qint64>::min(),
                                  qint64 max = std::numeric_limits<qint64>::max());
    // A comma-separated list such as filter[status]=7,8.
    std::optional<QVariantList> integerList(const QString &name, qint64 min, qint64 max);
    // true/false/1/0, in any letter case.
    std::optional<bool> boolean(const QString &name);
    // A number for an exact match or "min,max" for an inclusive range.
    std::optional<QPair<double, double>> numberRange(const QString &name);
    // A timestamp in any documented shape, in microseconds since the epoch. Clients page
    // backwards by sending a date the API gave them, which has 6 fractional digits, so
    // the sub-millisecond digits count.
    std::optional<qint64> timestamp(const QString &name);

    // The 400 for unknown filter names, else the 422 for unreadable values.
    std::optional<ApiReply> failure() const;

    // The joins and the WHERE clause, to follow "FROM <table> <alias>".
    QString sql() const;
    QVariantList binds() const;

private:
    static QString field(const QString &name) { return u"filter." + name; }
    void invalid(const QString &name);

    QStringList m_allowed;
    QHash<QString, QString> m_values;
    QStringList m_joins;
    QVariantList m_joinBinds;
    QStringList m_conditions;
    QVariantList m_conditionBinds;
    ValidationErrors m_errors;
};

// "sort" in the Spatie query-builder style the API uses: "field" or "-field", mapped to
// SQL through `allowed` (API name -> SQL expression). The ORDER BY clause, or a 400
// naming the allowed sorts.
struct SortClause
{
    QString orderBy;
    std::optional<ApiReply> failure;
};
// tieBreaker (a unique column) follows in the same direction, so pages stay stable when
// many rows share a sort value.
SortClause sortClause(const RouteContext &ctx, const QMap<QString, QString> &allowed,
                      const QString &defaultSort, const QString &tieBreaker);

// Loads one page of resources: (joins, WHERE, ORDER BY and LIMIT; binds) -> items.
using PageFetcher =
    std::function<QJsonArray(const QString &whereOrderLimit, const QVariantList &binds)>;

// The common tail of every list route: reject bad filters and sorts, count, fetch one
// page and wrap it in the Laravel envelope. `from` names the table and its alias.
ApiReply pagedList(RouteContext &ctx, const QString &from, const Filters &filters,
                   const SortClause &sort, const PageFetcher &fetch);

} // namespace popsell::sandbox
