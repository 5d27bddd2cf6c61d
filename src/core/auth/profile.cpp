#include "core/auth/profile.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QStringList>

#include <optional>
#include <utility>

namespace popsell::auth {

namespace {

// RFC 1123 labels; an all-numeric last label would be read as an IPv4 address by URL
// parsers ("12345" becomes 0.0.48.57), so only a full dotted quad may be numeric.
QString validHostName(QString host)
{
    if (host.endsWith(u'.'))
        host.chop(1);
    host = host.toLower();
    bool ascii = true;
    for (const QChar c : std::as_const(host))
        ascii = ascii && c.unicode() < 0x80;
    if (!ascii) {
        host = QString::fromLatin1(QUrl::toAce(host));
        if (host.isEmpty())
            return {};
    }
    if (host.isEmpty() || host.size() > 253)
        return {};
    const QStringList labels = host.split(u'.');
    bool allNumeric = true;
    for (const QString &label : labels) {
        if (label.isEmpty() || label.size() > 63 || label.startsWith(u'-') || label.endsWith(u'-'))
            return {};
        bool numeric = true;
        for (const QChar c : label) {
            const bool digit = c >= u'0' && c <= u'9';
            if (!digit && !(c >= u'a' && c <= u'z') && c != u'-')
                return {};
            numeric = numeric && digit;
        }
        allNumeric = allNumeric && numeric;
    }
    if (allNumeric) {
        if (labels.size() != 4)
            return {};
        const QHostAddress address(host);
        return address.protocol() == QAbstractSocket::IPv4Protocol ? address.toString() : QString();
    }
    bool lastNumeric = true;
    for (const QChar c : labels.constLast())
        lastNumeric = lastNumeric && c >= u'0' && c <= u'9';
    return lastNumeric ? QString() : host;
}

// 1..65535 written in decimal, or nullopt.
std::optional<int> validPort(const QString &text)
{
    if (text.isEmpty() || text.size() > 5)
        return std::nullopt;
    for (const QChar c : text) {
        if (c < u'0' || c > u'9')
            return std::nullopt;
    }
    const int port = text.toInt();
    if (port < 1 || port > 65535)
        return std::nullopt;
    return port;
}

} // namespace

QString Profile::displayName() const
{
    if (sandbox)
        return QCoreApplication::translate("Profile", "Sandbox");
    if (brandName.isEmpty())
        return domain;
    return QCoreApplication::translate("Profile", "%1 · %2", "brand name · domain")
        .arg(brandName, domain);
}

bool Profile::isValid() const
{
    return !id.isEmpty() && (sandbox || (!domain.isEmpty() && baseUrl.isValid()));
}

QUrl defaultBaseUrl(const QString &domain)
{
    if (domain.isEmpty())
        return {};
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setAuthority(domain);
    url.setPath(QStringLiteral("/api/v2"));
    return url;
}

QString normalizedDomain(const QString &typed)
{
    QString text = typed.trimmed();
    if (const qsizetype scheme = text.indexOf(u"://"); scheme >= 0) {
        const QString name = text.left(scheme).toLower();
        if (name != u"https" && name != u"http")
            return {};
        text = text.mid(scheme + 3);
    }
    // The authority ends where a path, query or fragment starts.
    qsizetype end = 0;
    while (end < text.size() && text.at(end) != u'/' && text.at(end) != u'?' &&
           text.at(end) != u'#')
        ++end;
    const QString authority = text.left(end);
    if (authority.isEmpty() || authority.contains(u'@'))
        return {};

    QString host;
    QString portText;
    bool hasPort = false;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return {};
        const QHostAddress address(authority.mid(1, close - 1));
        if (address.protocol() != QAbstractSocket::IPv6Protocol)
            return {};
        host = u'[' + address.toString().toLower() + u']';
        const QString rest = authority.mid(close + 1);
        if (!rest.isEmpty()) {
            if (!rest.startsWith(u':'))
                return {};
            hasPort = true;
            portText = rest.mid(1);
        }
    } else {
        const qsizetype colon = authority.indexOf(u':');
        if (colon >= 0) {
            hasPort = true;
            portText = authority.mid(colon + 1);
        }
        host = validHostName(colon >= 0 ? authority.left(colon) : authority);
        if (host.isEmpty())
            return {};
    }
    if (!hasPort)
        return host;
    const std::optional<int> port = validPort(portText);
    if (!port)
        return {};
    return host + u':' + QString::number(*port);
}

Profile sandboxProfile()
{
    Profile profile;
    profile.id = QStringLiteral("sandbox");
    profile.sandbox = true;
    return profile;
}

} // namespace popsell::auth
