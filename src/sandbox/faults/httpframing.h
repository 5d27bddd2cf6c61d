#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QPair>

#include <optional>

namespace popsell::sandbox::faults {

// The start line and header fields of an HTTP/1.1 message, as received.
struct HttpHead
{
    QByteArray startLine;
    QList<QPair<QByteArray, QByteArray>> fields;

    QByteArray value(QByteArrayView name) const; // first field of that name, trimmed
    bool has(QByteArrayView name) const;
    // Whether a comma-list field (Connection, Transfer-Encoding) holds `token`.
    bool hasToken(QByteArrayView name, QByteArrayView token) const;
    void remove(QByteArrayView name);
    void set(const QByteArray &name, const QByteArray &value);
    // Start line, fields and the empty line.
    QByteArray serialise() const;

    // Request line parts.
    QByteArray method() const;
    QByteArray target() const;
    // Status line part; 0 when it is not one.
    int status() const;
};

struct HeadParse
{
    enum class Status
    {
        Incomplete,
        Complete,
        Malformed
    };
    Status status = Status::Incomplete;
    HttpHead head;
    qsizetype size = 0; // bytes of the head, empty line included
};

// The head at the start of `buffer`; Malformed when it is not HTTP or exceeds 64 KiB.
HeadParse parseHead(const QByteArray &buffer);

struct BodyParse
{
    enum class Status
    {
        Incomplete,
        Complete,
        Malformed
    };
    Status status = Status::Incomplete;
    QByteArray body;        // decoded
    qsizetype consumed = 0; // bytes of `buffer` the body took
};

// A chunked body at the start of `buffer` (trailers are dropped).
BodyParse takeChunked(const QByteArray &buffer);

// How a message body is delimited.
struct BodyFraming
{
    enum class Kind
    {
        None,
        Length,
        Chunked,
        UntilClose
    };
    Kind kind = Kind::None;
    qint64 length = 0;
};

std::optional<BodyFraming> requestFraming(const HttpHead &head); // nullopt: malformed
std::optional<BodyFraming> responseFraming(const HttpHead &head, QByteArrayView requestMethod);

QByteArray reasonPhrase(int status);

} // namespace popsell::sandbox::faults
