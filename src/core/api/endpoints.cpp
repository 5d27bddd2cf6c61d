#include "core/api/endpoints.h"

#include <QtGlobal>

namespace popsell::api {

namespace {

// clang-format off
const QList<EndpointSpec> kEndpoints = {
    // endpoint                                      method   path                                                              bearer brand  domain idempotent
    {Endpoint::CreateToken,                         "POST",  "/auth/token",                                                    false, false, true,  true},
    {Endpoint::Logout,                              "POST",  "/auth/logout",                                                   true,  false, true,  true},
    {Endpoint::GetBrand,                            "GET",   "/brand",                                                         false, false, true,  true},
    {Endpoint::CreateChatroom,                      "POST",  "/chat/chatrooms",                                                true,  true,  false, false},
    {Endpoint::GetChatroom,                         "GET",   "/chat/chatrooms/{id}",                                           true,  true,  false, true},
    {Endpoint::UpdateChatroom,                      "PATCH", "/chat/chatrooms/{id}",                                           true,  true,  false, true},
    {Endpoint::ListAmbassadorChatrooms,             "GET",   "/chat/ambassadors/{ambassador}/chatrooms",                       true,  true,  false, true},
    {Endpoint::MarkRead,                            "POST",  "/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/read",       true,  true,  false, true},
    {Endpoint::SetArchived,                         "PATCH", "/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/archive",    true,  true,  false, true},
    {Endpoint::SetBlocked,                          "PATCH", "/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/block",      true,  true,  false, true},
    {Endpoint::SetFlag,                             "PATCH", "/chat/chatrooms/{chatroom}/ambassadors/{ambassador}/flag",       true,  true,  false, true},
    {Endpoint::PurgeChatroom,                       "PATCH", "/chat/chatrooms/{chatroom}/purge",                               true,  false, false, true},
    {Endpoint::ListMessages,                        "GET",   "/chat/chatrooms/{chatroom}/messages",                            true,  true,  false, true},
    {Endpoint::PostMessage,                         "POST",  "/chat/chatrooms/{chatroom}/messages",                            true,  false, false, false},
    {Endpoint::PostProductMessage,                  "POST",  "/chat/chatrooms/{chatroom}/messages-product",                    true,  false, false, false},
    {Endpoint::GetMessage,                          "GET",   "/chat/messages/{id}",                                            true,  true,  false, true},
    {Endpoint::UpdateMessage,                       "PATCH", "/chat/messages/{id}",                                            true,  false, false, true},
    {Endpoint::RateChatroom,                        "POST",  "/chat/chatrooms/{chatroom}/ratings",                             true,  false, false, false},
    {Endpoint::UpdateRating,                        "PATCH", "/chat/ratings/{rating}",                                         true,  false, false, true},
    {Endpoint::ListChatAmbassadors,                 "GET",   "/chat/ambassadors",                                              true,  true,  false, true},
    {Endpoint::UpdateChatAmbassador,                "PATCH", "/chat/ambassadors/{ambassador}",                                 true,  false, false, true},
    {Endpoint::CreateShopCustomer,                  "POST",  "/chat/ambassadors/shop-customer",                                true,  true,  false, false},
    {Endpoint::ManagerListChatrooms,                "GET",   "/manager/chatrooms",                                             true,  false, false, true},
    {Endpoint::ManagerGetChatroom,                  "GET",   "/manager/chatrooms/{id}",                                        true,  false, false, true},
    {Endpoint::ManagerListAmbassadors,              "GET",   "/manager/ambassadors",                                           true,  false, false, true},
    {Endpoint::ManagerListAmbassadorMicroResources, "GET",   "/manager/ambassadors/micro-resource",                            true,  false, false, true},
    {Endpoint::ManagerListProducts,                 "GET",   "/manager/products",                                              true,  false, false, true},
    {Endpoint::ManagerGetProduct,                   "GET",   "/manager/products/{id}",                                         true,  false, false, true},
    {Endpoint::ManagerListBrandTags,                "GET",   "/manager/brand-tags",                                            true,  false, false, true},
    {Endpoint::ManagerListChatTopics,               "GET",   "/manager/chat-topics",                                           true,  false, false, true},
    {Endpoint::ManagerGetChatTopic,                 "GET",   "/manager/chat-topics/{id}",                                      true,  false, false, true},
};
// clang-format on

} // namespace

const QList<EndpointSpec> &allEndpoints()
{
    return kEndpoints;
}

const EndpointSpec &endpointSpec(Endpoint endpoint)
{
    for (const EndpointSpec &spec : kEndpoints) {
        if (spec.endpoint == endpoint)
            return spec;
    }
    qFatal("popsell: endpoint %d is not declared", int(endpoint));
}

QString expandPath(const EndpointSpec &spec, const QList<qint64> &ids)
{
    QString path = QString::fromLatin1(spec.pathTemplate);
    for (qint64 id : ids) {
        const qsizetype open = path.indexOf(u'{');
        const qsizetype close = path.indexOf(u'}', open);
        Q_ASSERT(open >= 0 && close > open);
        path.replace(open, close - open + 1, QString::number(id));
    }
    Q_ASSERT(!path.contains(u'{'));
    return path;
}

bool isSessionEndpoint(Endpoint endpoint)
{
    return endpoint == Endpoint::CreateToken || endpoint == Endpoint::Logout ||
           endpoint == Endpoint::GetBrand;
}

} // namespace popsell::api
