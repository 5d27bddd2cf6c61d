#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace popsell::api {

// Every operation of the Popsell API v2 the product uses, declared once: method, path
// template, headers and whether a retry is safe. The request builder reads this table;
// nothing else in the client spells a path.
enum class Endpoint
{
    CreateToken,
    Logout,
    GetBrand,
    CreateChatroom,
    GetChatroom,
    UpdateChatroom,
    ListAmbassadorChatrooms,
    MarkRead,
    SetArchived,
    SetBlocked,
    SetFlag,
    PurgeChatroom,
    ListMessages,
    PostMessage,
    PostProductMessage,
    GetMessage,
    UpdateMessage,
    RateChatroom,
    UpdateRating,
    ListChatAmbassadors,
    UpdateChatAmbassador,
    CreateShopCustomer,
    ManagerListChatrooms,
    ManagerGetChatroom,
    ManagerListAmbassadors,
    ManagerListAmbassadorMicroResources,
    ManagerListProducts,
    ManagerGetProduct,
    ManagerListBrandTags,
    ManagerListChatTopics,
    ManagerGetChatTopic,
};

struct EndpointSpec
{
    Endpoint endpoint;
    QByteArray method;        // "GET", "POST", "PATCH"
    const char *pathTemplate; // "/chat/chatrooms/{chatroom}/messages-product"
    bool bearer;              // Authorization: Bearer
    bool brandHeader;         // X-Popsell-Brand (quirk 8 of the reference)
    bool domainHeader;        // X-Popsell-Domain
    // Safe to send again after an ambiguous failure without an Idempotency-Key: GET,
    // PATCH and the read marker. Other POSTs carry an Idempotency-Key instead.
    bool idempotent;
};

const EndpointSpec &endpointSpec(Endpoint endpoint);
const QList<EndpointSpec> &allEndpoints();

// The path with its {placeholders} replaced, in order, by `ids`.
QString expandPath(const EndpointSpec &spec, const QList<qint64> &ids);

// CreateToken, Logout and GetBrand: the calls that sign in and out. The client never holds
// them back after a 401 (ApiClient::setHoldOnUnauthorized), or signing in again could not
// get past the calls waiting for it.
bool isSessionEndpoint(Endpoint endpoint);

} // namespace popsell::api
