// Chatroom::fromPatchResponse (object, array of one, []) on arbitrary bytes: never crashes;
// an object decodes exactly as fromJson decodes it; what it decodes reads back.
#include "core/domain/chatroom.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace popsell;
    const QJsonValue json = fuzz::parse(data, size);
    const std::optional<domain::Chatroom> decoded = domain::Chatroom::fromPatchResponse(json);
    if (json.isObject())
        fuzz::require(decoded == domain::Chatroom::fromJson(json));
    if (json.isArray() && json.toArray().isEmpty())
        fuzz::require(!decoded);
    fuzz::requireRoundTrip(decoded);
    return 0;
}
