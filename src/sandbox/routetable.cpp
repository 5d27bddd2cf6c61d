#include "sandbox/routetable.h"

namespace popsell::sandbox {

namespace {

QStringList splitPath(const QString &path)
{
    return path.split(u'/', Qt::SkipEmptyParts);
}

bool isParameter(const QString &segment)
{
    return segment.startsWith(u'{') && segment.endsWith(u'}');
}

} // namespace

void RouteTable::add(HttpMethod method, const QString &pattern, Guards guards, Handler handler)
{
    m_routes.append(Route{method, pattern, guards, std::move(handler), splitPath(pattern)});
}

RouteMatch RouteTable::match(HttpMethod method, const QString &path) const
{
    RouteMatch result;
    const QStringList segments = splitPath(path);
    for (const Route &route : m_routes) {
        if (route.segments.size() != segments.size())
            continue;
        QHash<QString, qint64> params;
        bool matches = true;
        for (qsizetype i = 0; i < segments.size() && matches; ++i) {
            const QString &expected = route.segments.at(i);
            if (isParameter(expected)) {
                bool ok = false;
                const qint64 value = segments.at(i).toLongLong(&ok);
                matches = ok && value > 0;
                params.insert(expected.mid(1, expected.size() - 2), value);
            } else {
                matches = expected == segments.at(i);
            }
        }
        if (!matches)
            continue;
        if (route.method == method) {
            result.route = &route;
            result.params = params;
            return result;
        }
        result.allowedMethods.append(methodName(route.method));
    }
    return result;
}

} // namespace popsell::sandbox
