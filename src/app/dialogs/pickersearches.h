#pragma once

#include "app/dialogs/searchpicker.h"

namespace popsell::api {
class PopsellApi;
}

// The searches behind the console's pickers, each one page of a server list turned into
// picker items (the domain value rides along as the payload, for previews).
namespace popsell::app::pickers {

// GET /chat/ambassadors?filter[name]=...; a number typed alone is also offered as that
// ambassador id, for moderators who know it (the server checks it exists).
SearchPicker::Search ambassadors(api::PopsellApi &api);
// GET /manager/products?filter[name]=...
SearchPicker::Search products(api::PopsellApi &api);
// GET /manager/brand-tags, matched locally (a brand has a handful).
SearchPicker::Search brandTags(api::PopsellApi &api);

} // namespace popsell::app::pickers
