// decodePage<Chatroom> on arbitrary bytes: never crashes; every item of "data" is either decoded
// or counted as skipped; the envelope stays sane; decoded items read back.
#include "core/domain/chatroom.h"
#include "core/domain/page.h"
#include "fuzzsupport.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace popsell;
    const QJsonValue json = fuzz::parse(data, size);
    const std::optional<domain::Page<domain::Chatroom>> page =
        domain::decodePage<domain::Chatroom>(json);
    const QJsonValue items = json.toObject().value(u"data");
    fuzz::require(page.has_value() == items.isArray());
    if (!page)
        return 0;
    fuzz::require(page->items.size() + page->skipped == items.toArray().size());
    fuzz::require(page->currentPage >= 1 && page->lastPage >= page->currentPage);
    fuzz::require(page->perPage >= 0 && page->total >= 0);
    for (const domain::Chatroom &item : page->items)
        fuzz::requireRoundTrip(std::optional<domain::Chatroom>(item));
    return 0;
}
