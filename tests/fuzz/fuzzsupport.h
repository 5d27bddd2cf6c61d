#pragma once

// Shared by the fuzz targets: bytes to JSON the way the client reads a body, and the
// invariants every decoder keeps whatever it is fed.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <optional>

namespace popsell::fuzz {

// The body as QJsonDocument::fromJson reads it: an object, an array, or undefined when it
// is not JSON (the decoders must refuse that too).
inline QJsonValue parse(const uint8_t *data, size_t size)
{
    const QJsonDocument doc = QJsonDocument::fromJson(
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size)));
    if (doc.isObject())
        return doc.object();
    if (doc.isArray())
        return doc.array();
    return QJsonValue(QJsonValue::Undefined);
}

// libFuzzer reports an abort as a crash, with the input that caused it.
inline void require(bool condition)
{
    if (!condition)
        std::abort();
}

// What toJson() writes (popsellctl --json), fromJson() reads back to the same value.
template<typename T>
void requireRoundTrip(const std::optional<T> &decoded)
{
    if (decoded)
        require(T::fromJson(decoded->toJson()) == decoded);
}

} // namespace popsell::fuzz
