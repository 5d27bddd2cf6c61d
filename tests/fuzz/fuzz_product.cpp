// Product::fromJson on arbitrary bytes: never crashes, and what it decodes reads back from its
// normalised shape.
#include "core/domain/product.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace popsell;
    const QJsonValue json = fuzz::parse(data, size);
    const std::optional<domain::Product> decoded = domain::Product::fromJson(json);
    fuzz::requireRoundTrip(decoded);
    return 0;
}
