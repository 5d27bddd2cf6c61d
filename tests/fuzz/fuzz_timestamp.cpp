// popsell::timestamps::parse on arbitrary text: never crashes; what it accepts is a valid UTC
// time, and our normalised writing of it (ISO-8601, milliseconds, Z) parses to the same instant.
#include "core/domain/jsonread.h"
#include "core/timestamps.h"
#include "fuzzsupport.h"

#include <QString>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace popsell;
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const std::optional<QDateTime> parsed = timestamps::parse(text);
    if (!parsed)
        return 0;
    fuzz::require(parsed->isValid() && parsed->timeSpec() == Qt::UTC);
    const std::optional<QDateTime> inRange = domain::jsonread::toTimestamp(text);
    if (inRange) {
        const QJsonValue written = domain::jsonread::timestampValue(*inRange);
        fuzz::require(timestamps::parse(written.toString()) == inRange);
    }
    return 0;
}
