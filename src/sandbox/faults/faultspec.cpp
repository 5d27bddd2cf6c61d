#include "sandbox/faults/faultspec.h"

#include <array>
#include <utility>

namespace popsell::sandbox::faults {

namespace {

struct KindName
{
    FaultKind kind;
    const char *name;
    bool forwards;
};

// The order is the order of allFaultKinds(), and of the counts in /__sandbox/faults.
constexpr std::array kKinds{
    KindName{FaultKind::Refused, "refused", false},
    KindName{FaultKind::CloseBeforeRequest, "close-before-request", false},
    KindName{FaultKind::CloseAfterRequest, "close-after-request", false},
    KindName{FaultKind::CommitThenClose, "commit-close", true},
    KindName{FaultKind::Truncate, "truncate", true},
    KindName{FaultKind::StallBeforeHeaders, "stall-headers", true},
    KindName{FaultKind::StallMidBody, "stall-body", true},
    KindName{FaultKind::Drip, "drip", true},
    KindName{FaultKind::Status500, "500", false},
    KindName{FaultKind::Status502, "502", false},
    KindName{FaultKind::Status503, "503", false},
    KindName{FaultKind::Status504, "504", false},
    KindName{FaultKind::RetryAfterSeconds, "429-seconds", false},
    KindName{FaultKind::RetryAfterDate, "429-date", false},
    KindName{FaultKind::RetryAfterGarbage, "429-garbage", false},
    KindName{FaultKind::HtmlOk, "html-200", false},
    KindName{FaultKind::InvalidJson, "bad-json", true},
    KindName{FaultKind::HugeBody, "huge", true},
    KindName{FaultKind::Redirect302, "302", false},
    KindName{FaultKind::Redirect307, "307", false},
    KindName{FaultKind::Unauthorized, "401", true},
};

std::optional<QList<FaultKind>> kindsOf(QStringView name)
{
    if (name == u"all")
        return allFaultKinds();
    if (name == u"5xx")
        return QList<FaultKind>{FaultKind::Status500, FaultKind::Status502, FaultKind::Status503,
                                FaultKind::Status504};
    if (name == u"429")
        return QList<FaultKind>{FaultKind::RetryAfterSeconds, FaultKind::RetryAfterDate,
                                FaultKind::RetryAfterGarbage};
    if (name == u"redirect")
        return QList<FaultKind>{FaultKind::Redirect302, FaultKind::Redirect307};
    if (const std::optional<FaultKind> kind = faultKindFromName(name))
        return QList<FaultKind>{*kind};
    return std::nullopt;
}

QStringList splitPath(QStringView path)
{
    QStringList segments;
    for (QStringView segment : path.split(u'/', Qt::SkipEmptyParts))
        segments.append(segment.toString());
    return segments;
}

RouteSelector pathSelector(const QString &method, QStringView glob)
{
    RouteSelector selector;
    selector.method = method;
    selector.segments = splitPath(glob);
    selector.hasPath = true;
    return selector;
}

RouteSelector methodSelector(const QString &method)
{
    RouteSelector selector;
    selector.method = method;
    return selector;
}

bool isMethod(QStringView text)
{
    for (const char *method : {"GET", "POST", "PATCH", "PUT", "DELETE"}) {
        if (text == QLatin1String(method))
            return true;
    }
    return false;
}

// The five seed operations by name, plus a few sets.
std::optional<QList<RouteSelector>> namedRoutes(QStringView name)
{
    const QString post = QStringLiteral("POST");
    const auto createChatroom = pathSelector(post, u"/chat/chatrooms");
    const auto productMessage = pathSelector(post, u"/chat/chatrooms/*/messages-product");
    const auto rating = pathSelector(post, u"/chat/chatrooms/*/ratings");
    const auto markRead = pathSelector(post, u"/chat/chatrooms/*/ambassadors/*/read");
    const auto patchChatroom = pathSelector(QStringLiteral("PATCH"), u"/chat/chatrooms/*");
    if (name == u"create-chatroom")
        return QList{createChatroom};
    if (name == u"product-message")
        return QList{productMessage};
    if (name == u"rating")
        return QList{rating};
    if (name == u"mark-read")
        return QList{markRead};
    if (name == u"patch-chatroom")
        return QList{patchChatroom};
    if (name == u"seed")
        return QList{createChatroom, productMessage, rating, markRead, patchChatroom};
    if (name == u"reads")
        return QList{methodSelector(QStringLiteral("GET"))};
    if (name == u"writes") {
        return QList{methodSelector(post), methodSelector(QStringLiteral("PATCH")),
                     methodSelector(QStringLiteral("PUT")),
                     methodSelector(QStringLiteral("DELETE"))};
    }
    if (name == u"any") {
        RouteSelector selector;
        selector.any = true;
        return QList{selector};
    }
    return std::nullopt;
}

std::optional<RouteSelector> parseSelector(QStringView text)
{
    if (text.startsWith(u'/'))
        return pathSelector({}, text);
    if (isMethod(text))
        return methodSelector(text.toString());
    const qsizetype slash = text.indexOf(u'/');
    if (slash > 0 && isMethod(text.left(slash)))
        return pathSelector(text.left(slash).toString(), text.mid(slash));
    return std::nullopt;
}

bool globMatches(const QStringList &glob, QStringView path)
{
    const QList<QStringView> segments = path.split(u'/', Qt::SkipEmptyParts);
    for (qsizetype i = 0; i < glob.size(); ++i) {
        if (glob.at(i) == u"**" && i == glob.size() - 1)
            return true;
        if (i >= segments.size())
            return false;
        if (glob.at(i) != u"*" && glob.at(i) != segments.at(i))
            return false;
    }
    return glob.size() == segments.size();
}

struct OptionRange
{
    const char *name;
    qint64 min;
    qint64 max;
};

// Applies "name=value"; an error text when the name or value is wrong.
QString applyOption(QStringView name, QStringView value, FaultOptions &options)
{
    static constexpr std::array kOptions{
        OptionRange{"stall-ms", 0, 600'000}, OptionRange{"drip-ms", 1, 60'000},
        OptionRange{"refuse-ms", 1, 600'000}, OptionRange{"huge-bytes", 1, 1LL << 34},
        OptionRange{"retry-after", 0, 86'400}};
    for (const OptionRange &option : kOptions) {
        if (name != QLatin1String(option.name))
            continue;
        bool ok = false;
        const qint64 number = value.toLongLong(&ok);
        if (!ok || number < option.min || number > option.max) {
            return QStringLiteral("%1 expects a whole number between %2 and %3, not \"%4\"")
                .arg(name)
                .arg(option.min)
                .arg(option.max)
                .arg(value);
        }
        if (name == u"stall-ms")
            options.stallMs = int(number);
        else if (name == u"drip-ms")
            options.dripMs = int(number);
        else if (name == u"refuse-ms")
            options.refuseMs = int(number);
        else if (name == u"huge-bytes")
            options.hugeBytes = number;
        else
            options.retryAfterSeconds = int(number);
        return {};
    }
    return QStringLiteral("unknown fault option \"%1\" (stall-ms, drip-ms, refuse-ms, huge-bytes, "
                          "retry-after)")
        .arg(name);
}

std::variant<FaultTerm, QString> parseTerm(QStringView text)
{
    FaultTerm term;
    term.text = text.toString();
    QStringView rest = text;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        const QStringView routes = rest.mid(at + 1);
        rest = rest.left(at);
        if (routes.isEmpty())
            return QStringLiteral("\"%1\": no route after @").arg(text);
        for (QStringView name : routes.split(u'+')) {
            if (const auto named = namedRoutes(name)) {
                term.routes.append(*named);
            } else if (const auto selector = parseSelector(name)) {
                term.routes.append(*selector);
            } else {
                return QStringLiteral("\"%1\": unknown route \"%2\" (a name such as seed or "
                                      "product-message, a method, /path/*/glob or METHOD/path)")
                    .arg(text, name);
            }
        }
    }
    const qsizetype hash = rest.indexOf(u'#');
    if (hash >= 0) {
        bool ok = false;
        const int limit = rest.mid(hash + 1).toInt(&ok);
        if (!ok || limit < 0)
            return QStringLiteral("\"%1\": the limit after # must be a whole number").arg(text);
        term.limit = limit;
        rest = rest.left(hash);
    }
    const qsizetype colon = rest.indexOf(u':');
    if (colon >= 0) {
        bool ok = false;
        const double rate = rest.mid(colon + 1).toDouble(&ok);
        if (!ok || !(rate >= 0.0 && rate <= 1.0))
            return QStringLiteral("\"%1\": the rate after : must be between 0 and 1").arg(text);
        term.rate = rate;
        rest = rest.left(colon);
    }
    const std::optional<QList<FaultKind>> kinds = kindsOf(rest);
    if (!kinds) {
        return QStringLiteral("\"%1\": unknown fault kind \"%2\" (see popsell-sandbox --help or "
                              "docs/sandbox.md)")
            .arg(text, rest);
    }
    term.kinds = *kinds;
    return term;
}

} // namespace

QList<FaultKind> allFaultKinds()
{
    QList<FaultKind> kinds;
    for (const KindName &entry : kKinds)
        kinds.append(entry.kind);
    return kinds;
}

QString faultKindName(FaultKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return QString::fromLatin1(entry.name);
    }
    return {};
}

std::optional<FaultKind> faultKindFromName(QStringView name)
{
    for (const KindName &entry : kKinds) {
        if (name == QLatin1String(entry.name))
            return entry.kind;
    }
    return std::nullopt;
}

bool forwardsRequest(FaultKind kind)
{
    for (const KindName &entry : kKinds) {
        if (entry.kind == kind)
            return entry.forwards;
    }
    return false;
}

bool needsBearerToken(FaultKind kind)
{
    return kind == FaultKind::Unauthorized;
}

bool RouteSelector::matches(QStringView requestMethod, QStringView path) const
{
    if (any)
        return true;
    if (!method.isEmpty() && method != requestMethod)
        return false;
    if (!hasPath) {
        // Sign-in must keep working under faults unless a spec names it by path.
        const bool signIn = requestMethod == u"POST" && path == u"/auth/token";
        const bool brand = requestMethod == u"GET" && path == u"/brand";
        return !signIn && !brand;
    }
    return globMatches(segments, path);
}

bool FaultTerm::matchesRoute(QStringView method, QStringView path) const
{
    if (routes.isEmpty())
        return RouteSelector{}.matches(method, path);
    for (const RouteSelector &selector : routes) {
        if (selector.matches(method, path))
            return true;
    }
    return false;
}

std::variant<FaultSpec, QString> FaultSpec::parse(const QString &text)
{
    FaultSpec spec;
    spec.text = text.trimmed();
    if (spec.text.isEmpty())
        return QStringLiteral("the fault spec is empty (use \"none\" for no faults)");
    for (QStringView part : QStringView(spec.text).split(u',')) {
        part = part.trimmed();
        if (part.isEmpty())
            return QStringLiteral("the fault spec has an empty term");
        if (part == u"none")
            continue;
        const qsizetype equals = part.indexOf(u'=');
        if (equals >= 0) {
            const QString error =
                applyOption(part.left(equals), part.mid(equals + 1), spec.options);
            if (!error.isEmpty())
                return error;
            continue;
        }
        auto term = parseTerm(part);
        if (const QString *error = std::get_if<QString>(&term))
            return *error;
        spec.terms.append(std::get<FaultTerm>(std::move(term)));
    }
    return spec;
}

} // namespace popsell::sandbox::faults
