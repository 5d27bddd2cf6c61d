#pragma once

#include "core/api/result.h"
#include "core/domain/message.h"

#include <QString>

#include <functional>
#include <optional>

class QObject;

namespace popsell::api {
class ApiCall;
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// One line for a message in a list of rooms: its text, or what it is when it has none
// ("Product: Lens cap", "Rating: 4/5", "Picture").
QString messagePreviewText(const domain::Message &message);

// The newest message of a room (nullopt: the room has none), with one small request:
// GET /chat/chatrooms/{id}/messages?sort=-date_insert&per_page=1. MessageFilters has no
// per_page, hence the query is completed here.
api::ApiCall *
fetchNewestMessage(api::PopsellApi &api, qint64 idChatroom, QObject *context,
                   std::function<void(api::Result<std::optional<domain::Message>>)> done);

} // namespace popsell::models
