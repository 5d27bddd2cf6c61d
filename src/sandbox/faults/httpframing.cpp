#include "sandbox/faults/httpframing.h"

namespace popsell::sandbox::faults {

namespace {

constexpr qsizetype kMaxHead = 64 * 1024;

bool sameName(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

} // namespace

QByteArray HttpHead::value(QByteArrayView name) const
{
    for (const auto &[field, value] : fields) {
        if (sameName(field, name))
            return value;
    }
    return {};
}

bool HttpHead::has(QByteArrayView name) const
{
    for (const auto &field : fields) {
        if (sameName(field.first, name))
            return true;
    }
    return false;
}

bool HttpHead::hasToken(QByteArrayView name, QByteArrayView token) const
{
    for (const auto &[field, value] : fields) {
        if (!sameName(field, name))
            continue;
        for (const QByteArray &part : value.split(',')) {
            if (sameName(part.trimmed(), token))
                return true;
        }
    }
    return false;
}

void HttpHead::remove(QByteArrayView name)
{
    fields.removeIf(
        [name](const QPair<QByteArray, QByteArray> &f) { return sameName(f.first, name); });
}

void HttpHead::set(const QByteArray &name, const QByteArray &value)
{
    remove(name);
    fields.append({name, value});
}

QByteArray HttpHead::serialise() const
{
    QByteArray out = startLine + "\r\n";
    for (const auto &[name, value] : fields)
        out += name + ": " + value + "\r\n";
    out += "\r\n";
    return out;
}

QByteArray HttpHead::method() const
{
    return startLine.left(qMax<qsizetype>(startLine.indexOf(' '), 0));
}

QByteArray HttpHead::target() const
{
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 ? parts.at(1) : QByteArray();
}

int HttpHead::status() const
{
    if (!startLine.startsWith("HTTP/"))
        return 0;
    const QList<QByteArray> parts = startLine.split(' ');
    return parts.size() >= 2 ? parts.at(1).toInt() : 0;
}

HeadParse parseHead(const QByteArray &buffer)
{
    HeadParse result;
    const qsizetype end = buffer.indexOf("\r\n\r\n");
    if (end < 0) {
        if (buffer.size() > kMaxHead)
            result.status = HeadParse::Status::Malformed;
        return result;
    }
    if (end > kMaxHead) {
        result.status = HeadParse::Status::Malformed;
        return result;
    }
    const QList<QByteArray> lines = buffer.left(end).split('\n');
    result.head.startLine = lines.first().trimmed();
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0) {
            result.status = HeadParse::Status::Malformed;
            return result;
        }
        result.head.fields.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (result.head.startLine.count(' ') < 2) {
        result.status = HeadParse::Status::Malformed;
        return result;
    }
    result.status = HeadParse::Status::Complete;
    result.size = end + 4;
    return result;
}

BodyParse takeChunked(const QByteArray &buffer)
{
    BodyParse result;
    qsizetype pos = 0;
    for (;;) {
        const qsizetype lineEnd = buffer.indexOf("\r\n", pos);
        if (lineEnd < 0)
            return result;
        QByteArray sizeText = buffer.mid(pos, lineEnd - pos);
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText.truncate(semicolon);
        bool ok = false;
        const qint64 size = sizeText.trimmed().toLongLong(&ok, 16);
        if (!ok || size < 0) {
            result.status = BodyParse::Status::Malformed;
            return result;
        }
        pos = lineEnd + 2;
        if (size == 0) {
            // Trailers up to the empty line.
            for (;;) {
                const qsizetype end = buffer.indexOf("\r\n", pos);
                if (end < 0)
                    return result;
                const bool empty = end == pos;
                pos = end + 2;
                if (empty) {
                    result.status = BodyParse::Status::Complete;
                    result.consumed = pos;
                    return result;
                }
            }
        }
        if (buffer.size() < pos + size + 2)
            return result;
        result.body += buffer.mid(pos, size);
        pos += size + 2;
    }
}

std::optional<BodyFraming> requestFraming(const HttpHead &head)
{
    if (head.has("transfer-encoding")) {
        if (!head.hasToken("transfer-encoding", "chunked"))
            return std::nullopt;
        return BodyFraming{BodyFraming::Kind::Chunked, 0};
    }
    if (!head.has("content-length"))
        return BodyFraming{};
    bool ok = false;
    const qint64 length = head.value("content-length").toLongLong(&ok);
    if (!ok || length < 0)
        return std::nullopt;
    return BodyFraming{BodyFraming::Kind::Length, length};
}

std::optional<BodyFraming> responseFraming(const HttpHead &head, QByteArrayView requestMethod)
{
    const int status = head.status();
    if (requestMethod == "HEAD" || (status >= 100 && status < 200) || status == 204 ||
        status == 304) {
        return BodyFraming{};
    }
    if (head.has("transfer-encoding")) {
        if (head.hasToken("transfer-encoding", "chunked"))
            return BodyFraming{BodyFraming::Kind::Chunked, 0};
        return BodyFraming{BodyFraming::Kind::UntilClose, 0};
    }
    if (!head.has("content-length"))
        return BodyFraming{BodyFraming::Kind::UntilClose, 0};
    bool ok = false;
    const qint64 length = head.value("content-length").toLongLong(&ok);
    if (!ok || length < 0)
        return std::nullopt;
    return BodyFraming{BodyFraming::Kind::Length, length};
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 100:
        return "Continue";
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 404:
        return "Not Found";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return "Status";
    }
}

} // namespace popsell::sandbox::faults
