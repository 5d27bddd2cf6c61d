#include "cli/labels.h"

namespace popsell::cli {

QString Labels::time(const QDateTime &time)
{
    if (!time.isValid())
        return QStringLiteral("-");
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) + u'Z';
}

QStringList Labels::sourceNames()
{
    return {QStringLiteral("direct"), QStringLiteral("waiting_list"), QStringLiteral("hot_list")};
}

QString Labels::withCode(const QString &word, int code)
{
    return word.isEmpty() ? QString::number(code) : QStringLiteral("%1 (%2)").arg(word).arg(code);
}

QString Labels::source(int source)
{
    const QStringList names = sourceNames();
    return source >= 0 && source < names.size() ? names.at(source) : QString::number(source);
}

QString Labels::chatroomType(int type)
{
    switch (type) {
    case 0:
        return withCode(tr("one to one"), type);
    case 7:
        return withCode(tr("one to many"), type);
    default:
        return QString::number(type);
    }
}

QString Labels::discussionType(int type)
{
    switch (type) {
    case 0:
        return withCode(tr("between members"), type);
    case 1:
        return withCode(tr("between external"), type);
    case 2:
        return withCode(tr("members and external"), type);
    default:
        return QString::number(type);
    }
}

QString Labels::messageType(int type)
{
    const QStringList names = {tr("text"),       tr("picture"), tr("rating"),      tr("product"),
                               tr("connection"), tr("request"), tr("unavailable"), tr("video"),
                               tr("email"),      tr("missed")};
    return type >= 0 && type < names.size() ? names.at(type) : QString::number(type);
}

QString Labels::ambassadorStatus(int status)
{
    const QStringList names = {tr("ambassador"), tr("employee"),     tr("administrator"),
                               tr("seller"),     tr("shop manager"), tr("manager"),
                               tr("expert"),     tr("client"),       tr("temp")};
    return status >= 0 && status < names.size() ? names.at(status) : QString::number(status);
}

QString Labels::ambassadorActive(int active)
{
    switch (active) {
    case -3:
        return tr("unsubscribed by brand");
    case -2:
        return tr("unsubscribed");
    case -1:
        return tr("blocked");
    case 0:
        return tr("unactivated");
    case 1:
        return tr("active");
    default:
        return QString::number(active);
    }
}

QString Labels::flag(std::optional<int> flag)
{
    if (!flag)
        return {};
    switch (*flag) {
    case 1:
        return tr("todo");
    case 2:
        return tr("done");
    default:
        return QString::number(*flag);
    }
}

QString Labels::yesNo(bool value)
{
    return value ? tr("yes") : tr("no");
}

QString Labels::number(double value)
{
    return QString::number(value, 'g', 15);
}

} // namespace popsell::cli
