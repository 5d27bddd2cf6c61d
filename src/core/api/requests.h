#pragma once

#include "core/api/apierror.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrlQuery>

#include <optional>

// Request bodies and list queries of the Popsell API v2, as value types. Bodies know their
// wire shape (toJson) and the rules the reference states for them (validate: a request the
// server is documented to refuse is refused here first, with a Validation ApiError whose
// field errors use the wire's field names). Queries render to a QUrlQuery (toQuery) with the
// filter[...] spelling and value shapes of the reference (quirk 14: filter values are
// strings; quirk 1: filter[source] takes names).
namespace popsell::api {

// ------------------------------------------------------------------------------ bodies

// POST /chat/chatrooms (seed 001): exactly one of two ambassador ids or a brand tag id
// (the reference's rule, not its contradicting example: quirk 9); source 0, 1 or 2.
struct CreateChatroomRequest
{
    enum Source
    {
        Direct = 0,
        WaitingList = 1,
        HotList = 2
    };

    QList<qint64> ambassadorIds;      // ids_ambassadors: exactly two when set
    std::optional<qint64> brandTagId; // id_brand_tag
    int source = Direct;

    static CreateChatroomRequest betweenAmbassadors(qint64 first, qint64 second,
                                                    int source = Direct);
    static CreateChatroomRequest forBrandTag(qint64 brandTagId, int source = Direct);

    // nullopt when the request may be sent.
    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// POST /chat/chatrooms/{chatroom}/messages-product (seed 000).
struct ProductMessageRequest
{
    qint64 ambassador = 0; // id_ambassador: the author
    qint64 product = 0;    // id_product

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// POST /chat/chatrooms/{chatroom}/messages. type_message 2 (rating) is not accepted there:
// ratings go through RatingRequest.
struct PostMessageRequest
{
    qint64 ambassador = 0; // id_ambassador: the author
    int typeMessage = 0;   // 0,1,3,4,5,6,7,8,9
    QString content;       // omitted when null

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// POST /chat/chatrooms/{chatroom}/ratings (seed 002): who rates whom; neither is required.
struct RatingRequest
{
    std::optional<qint64> rater; // id_user_rater
    std::optional<qint64> rated; // id_user_rated

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// PATCH /chat/ratings/{rating}: the score and comment (quirk 15). Absent fields are left
// as they are.
struct RatingUpdate
{
    std::optional<int> value; // 0..5
    std::optional<QString> content;

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// PATCH /chat/messages/{id}: edit the content and/or hide (active false) a message.
struct MessageUpdate
{
    std::optional<QString> content;
    std::optional<bool> active;

    static MessageUpdate hide();
    static MessageUpdate show();

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// PATCH /chat/chatrooms/{id} (seed 004): established_dialogue set to a time, sent as
// "YYYY-MM-DD HH:MM:SS.mmm" in UTC (the reference's own request value, quirk 2), or null to
// clear it.
struct EstablishedDialogueUpdate
{
    std::optional<QDateTime> at;

    // "2023-10-06 13:41:09.123" for the UTC instant of `at`.
    static QString wireTimestamp(const QDateTime &at);

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// PATCH /chat/ambassadors/{ambassador}: only email_tmp is writable; nullopt sends null.
struct ChatAmbassadorUpdate
{
    std::optional<QString> emailTmp;

    QJsonObject toJson() const;
};

// POST /chat/ambassadors/shop-customer: create, or find by email_tmp, a client ambassador.
struct ShopCustomerRequest
{
    QString emailTmp;
    QString firstname; // omitted when empty
    QString lastname;  // omitted when empty

    std::optional<ApiError> validate() const;
    QJsonObject toJson() const;
};

// ----------------------------------------------------------------------------- queries
// Unset members are not sent. `page` / `perPage` are printed only on manager lists; chat
// lists page through next_page_url, but the paginator honours ?page there too.

// GET /manager/chatrooms: the brand-wide inbox.
struct ChatroomFilters
{
    static constexpr int kNotRated = -1; // lastRating: chatrooms never rated

    std::optional<int> typeChatroom;         // 0 one to one, 7 one to many
    std::optional<int> typeDiscussion;       // 0, 1, 2
    std::optional<int> source;               // 0/1/2, sent as direct/waiting_list/hot_list
    std::optional<bool> dialogueEstablished; // established / not_established
    std::optional<int> lastRating;           // 0..5 or kNotRated
    std::optional<qint64> ambassador;        // rooms this ambassador posted in
    QString sort;                            // "-last_message_date", "id_chatroom", ...
    std::optional<int> page;
    std::optional<int> perPage;

    // "direct", "waiting_list", "hot_list"; empty for any other value.
    static QString sourceName(int source);

    QUrlQuery toQuery() const;
};

// GET /chat/ambassadors/{ambassador}/chatrooms.
struct AmbassadorChatroomFilters
{
    QString sort;                 // "last_action_date" is the documented one
    QString lastActionDateBefore; // a timestamp as the API gave it
    std::optional<bool> archived;
    std::optional<bool> commented;   // commented / not_commented
    std::optional<int> flag;         // 1 todo, 2 done
    std::optional<int> typeChatroom; // 0, 7
    std::optional<int> page;

    QUrlQuery toQuery() const;
};

// GET /chat/chatrooms/{chatroom}/messages.
struct MessageFilters
{
    QString sort;
    // A timestamp as the API gave it (date_insert of the oldest message held): the sandbox
    // compares microseconds, so it is passed through verbatim rather than re-formatted.
    QString sentBefore;
    std::optional<bool> active;
    std::optional<int> typeMessage;
    std::optional<int> page;

    QUrlQuery toQuery() const;
};

// GET /chat/ambassadors.
struct ChatAmbassadorFilters
{
    QString name;        // first name, last name or username
    QList<int> statuses; // filter[status]=7,8
    std::optional<qint64> brandTag;
    std::optional<qint64> exclude;
    std::optional<int> socialCommunityDisplay; // 0/1; parameter name unverified
    QString sort;
    std::optional<int> page;

    QUrlQuery toQuery() const;
};

// GET /manager/ambassadors.
struct ManagerAmbassadorFilters
{
    QString search; // filter[ambassador_search]
    QString hasRole;
    std::optional<int> active; // -5..1
    QList<int> statuses;
    std::optional<bool> suspicious;
    std::optional<bool> quarantine;
    std::optional<bool> managerUsersOnly;
    QString sort;
    std::optional<int> page;
    std::optional<int> perPage;

    QUrlQuery toQuery() const;
};

// GET /manager/ambassadors/micro-resource.
struct AmbassadorMicroResourceFilters
{
    QList<int> statuses;
    std::optional<int> page;
    std::optional<int> perPage;

    QUrlQuery toQuery() const;
};

// GET /manager/products.
struct ProductFilters
{
    QString name;
    QString description;
    QString sku;
    QString price; // "42" or "10,50" (a range)
    QString stock;
    std::optional<int> page;
    std::optional<int> perPage;

    QUrlQuery toQuery() const;
};

// GET /manager/brand-tags.
struct BrandTagFilters
{
    QString sort;
    std::optional<int> visibilityChat; // 1/2; parameter name unverified
    std::optional<int> page;
    std::optional<int> perPage;

    QUrlQuery toQuery() const;
};

// GET /manager/chat-topics.
struct ChatTopicFilters
{
    QString sort;
    QString search; // filter[chat_topic_search]
    std::optional<bool> active;
    std::optional<int> page;
    std::optional<int> perPage;

    QUrlQuery toQuery() const;
};

} // namespace popsell::api
