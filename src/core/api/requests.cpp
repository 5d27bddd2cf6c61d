#include "core/api/requests.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QStringList>
#include <QTimeZone>

namespace popsell::api {

namespace {

// Collects field errors and turns them into the Validation error a 422 would give, so a
// request refused locally reads like one refused by the server.
class LocalValidation
{
public:
    void add(const QString &field, const QString &message) { m_errors[field].append(message); }

    std::optional<ApiError> result() const
    {
        if (m_errors.isEmpty())
            return std::nullopt;
        const QString first = m_errors.first().first();
        ApiError error(ApiError::Kind::Validation,
                       QStringLiteral("refused before sending: ") + first);
        error.withServerMessage(first).withFieldErrors(m_errors);
        return error;
    }

private:
    QMap<QString, QStringList> m_errors;
};

QString boolText(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// QUrlQuery leaves '+' as is, which a PHP server reads as a space ("+00:00" zones, SKUs),
// and keeps a literal "%2B" as an escape; both are escaped here so values arrive verbatim.
QString queryValue(QString value)
{
    return value.replace(u'%', QStringLiteral("%25")).replace(u'+', QStringLiteral("%2B"));
}

void addFilter(QUrlQuery &query, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        query.addQueryItem(u"filter[" + name + u']', queryValue(value));
}

template<typename N>
void addFilter(QUrlQuery &query, const QString &name, const std::optional<N> &value)
{
    if (value)
        addFilter(query, name, QString::number(*value));
}

void addFilter(QUrlQuery &query, const QString &name, const std::optional<bool> &value)
{
    if (value)
        addFilter(query, name, boolText(*value));
}

void addStatuses(QUrlQuery &query, const QList<int> &statuses)
{
    QStringList values;
    for (int status : statuses)
        values.append(QString::number(status));
    addFilter(query, QStringLiteral("status"), values.join(u','));
}

void addSort(QUrlQuery &query, const QString &sort)
{
    if (!sort.isEmpty())
        query.addQueryItem(QStringLiteral("sort"), queryValue(sort));
}

void addPaging(QUrlQuery &query, const std::optional<int> &page,
               const std::optional<int> &perPage = std::nullopt)
{
    if (page)
        query.addQueryItem(QStringLiteral("page"), QString::number(*page));
    if (perPage)
        query.addQueryItem(QStringLiteral("per_page"), QString::number(*perPage));
}

} // namespace

// ------------------------------------------------------------------ CreateChatroomRequest

CreateChatroomRequest CreateChatroomRequest::betweenAmbassadors(qint64 first, qint64 second,
                                                                int source)
{
    CreateChatroomRequest request;
    request.ambassadorIds = {first, second};
    request.source = source;
    return request;
}

CreateChatroomRequest CreateChatroomRequest::forBrandTag(qint64 brandTagId, int source)
{
    CreateChatroomRequest request;
    request.brandTagId = brandTagId;
    request.source = source;
    return request;
}

std::optional<ApiError> CreateChatroomRequest::validate() const
{
    LocalValidation errors;
    const QString ids = QStringLiteral("ids_ambassadors");
    const QString tag = QStringLiteral("id_brand_tag");
    const bool hasIds = !ambassadorIds.isEmpty();
    if (hasIds && brandTagId) {
        const QString both = QCoreApplication::translate(
            "CreateChatroomRequest", "Give either two ambassadors or a brand tag, not both.");
        errors.add(ids, both);
        errors.add(tag, both);
    } else if (!hasIds && !brandTagId) {
        const QString none = QCoreApplication::translate(
            "CreateChatroomRequest", "Give either two ambassadors or a brand tag.");
        errors.add(ids, none);
        errors.add(tag, none);
    } else if (hasIds) {
        if (ambassadorIds.size() != 2) {
            errors.add(ids, QCoreApplication::translate("CreateChatroomRequest",
                                                        "Exactly two ambassadors are needed."));
        } else if (ambassadorIds.at(0) == ambassadorIds.at(1)) {
            errors.add(ids, QCoreApplication::translate("CreateChatroomRequest",
                                                        "The two ambassadors must differ."));
        }
        for (qint64 id : ambassadorIds) {
            if (id <= 0) {
                errors.add(ids, QCoreApplication::translate("CreateChatroomRequest",
                                                            "Ambassador ids are positive."));
                break;
            }
        }
    } else if (*brandTagId <= 0) {
        errors.add(tag, QCoreApplication::translate("CreateChatroomRequest",
                                                    "Brand tag ids are positive."));
    }
    if (source < Direct || source > HotList) {
        errors.add(QStringLiteral("source"),
                   QCoreApplication::translate(
                       "CreateChatroomRequest",
                       "The source is 0 (direct), 1 (waiting list) or 2 (hot list)."));
    }
    return errors.result();
}

QJsonObject CreateChatroomRequest::toJson() const
{
    QJsonObject body;
    if (!ambassadorIds.isEmpty()) {
        QJsonArray ids;
        for (qint64 id : ambassadorIds)
            ids.append(id);
        body.insert(QStringLiteral("ids_ambassadors"), ids);
    }
    if (brandTagId)
        body.insert(QStringLiteral("id_brand_tag"), *brandTagId);
    body.insert(QStringLiteral("source"), source);
    return body;
}

// ------------------------------------------------------------------ ProductMessageRequest

std::optional<ApiError> ProductMessageRequest::validate() const
{
    LocalValidation errors;
    if (ambassador <= 0)
        errors.add(QStringLiteral("id_ambassador"),
                   QCoreApplication::translate("ProductMessageRequest",
                                               "The author ambassador is required."));
    if (product <= 0)
        errors.add(
            QStringLiteral("id_product"),
            QCoreApplication::translate("ProductMessageRequest", "The product is required."));
    return errors.result();
}

QJsonObject ProductMessageRequest::toJson() const
{
    return QJsonObject{{QStringLiteral("id_ambassador"), ambassador},
                       {QStringLiteral("id_product"), product}};
}

// --------------------------------------------------------------------- PostMessageRequest

std::optional<ApiError> PostMessageRequest::validate() const
{
    LocalValidation errors;
    if (ambassador <= 0)
        errors.add(QStringLiteral("id_ambassador"),
                   QCoreApplication::translate("PostMessageRequest",
                                               "The author ambassador is required."));
    if (typeMessage < 0 || typeMessage > 9 || typeMessage == 2)
        errors.add(QStringLiteral("type_message"),
                   QCoreApplication::translate(
                       "PostMessageRequest",
                       "The message type is 0, 1 or 3 to 9 (ratings are requested apart)."));
    return errors.result();
}

QJsonObject PostMessageRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("id_ambassador"), ambassador},
                     {QStringLiteral("type_message"), typeMessage}};
    if (!content.isNull())
        body.insert(QStringLiteral("content"), content);
    return body;
}

// -------------------------------------------------------------------------- RatingRequest

std::optional<ApiError> RatingRequest::validate() const
{
    LocalValidation errors;
    if (rater && *rater <= 0)
        errors.add(QStringLiteral("id_user_rater"),
                   QCoreApplication::translate("RatingRequest", "Ambassador ids are positive."));
    if (rated && *rated <= 0)
        errors.add(QStringLiteral("id_user_rated"),
                   QCoreApplication::translate("RatingRequest", "Ambassador ids are positive."));
    return errors.result();
}

QJsonObject RatingRequest::toJson() const
{
    QJsonObject body;
    if (rated)
        body.insert(QStringLiteral("id_user_rated"), *rated);
    if (rater)
        body.insert(QStringLiteral("id_user_rater"), *rater);
    return body;
}

// --------------------------------------------------------------------------- RatingUpdate

std::optional<ApiError> RatingUpdate::validate() const
{
    LocalValidation errors;
    if (value && (*value < 0 || *value > 5))
        errors.add(QStringLiteral("value"),
                   QCoreApplication::translate("RatingUpdate", "The score is from 0 to 5."));
    if (!value && !content)
        errors.add(QStringLiteral("value"),
                   QCoreApplication::translate("RatingUpdate", "Give a score, a comment or both."));
    return errors.result();
}

QJsonObject RatingUpdate::toJson() const
{
    QJsonObject body;
    if (value)
        body.insert(QStringLiteral("value"), *value);
    if (content)
        body.insert(QStringLiteral("content"), *content);
    return body;
}

// -------------------------------------------------------------------------- MessageUpdate

MessageUpdate MessageUpdate::hide()
{
    MessageUpdate update;
    update.active = false;
    return update;
}

MessageUpdate MessageUpdate::show()
{
    MessageUpdate update;
    update.active = true;
    return update;
}

std::optional<ApiError> MessageUpdate::validate() const
{
    LocalValidation errors;
    if (!content && !active)
        errors.add(QStringLiteral("content"),
                   QCoreApplication::translate("MessageUpdate",
                                               "Give a new content, a visibility or both."));
    return errors.result();
}

QJsonObject MessageUpdate::toJson() const
{
    QJsonObject body;
    if (content)
        body.insert(QStringLiteral("content"), *content);
    if (active)
        body.insert(QStringLiteral("active"), *active);
    return body;
}

// -------------------------------------------------------------- EstablishedDialogueUpdate

QString EstablishedDialogueUpdate::wireTimestamp(const QDateTime &at)
{
    return at.toTimeZone(QTimeZone::utc()).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
}

std::optional<ApiError> EstablishedDialogueUpdate::validate() const
{
    LocalValidation errors;
    if (at && !at->isValid())
        errors.add(QStringLiteral("established_dialogue"),
                   QCoreApplication::translate("EstablishedDialogueUpdate",
                                               "The dialogue date is not a valid date."));
    return errors.result();
}

QJsonObject EstablishedDialogueUpdate::toJson() const
{
    return QJsonObject{{QStringLiteral("established_dialogue"),
                        at ? QJsonValue(wireTimestamp(*at)) : QJsonValue(QJsonValue::Null)}};
}

// ------------------------------------------------------------------- ChatAmbassadorUpdate

QJsonObject ChatAmbassadorUpdate::toJson() const
{
    return QJsonObject{{QStringLiteral("email_tmp"),
                        emailTmp ? QJsonValue(*emailTmp) : QJsonValue(QJsonValue::Null)}};
}

// -------------------------------------------------------------------- ShopCustomerRequest

std::optional<ApiError> ShopCustomerRequest::validate() const
{
    LocalValidation errors;
    if (emailTmp.trimmed().isEmpty())
        errors.add(QStringLiteral("email_tmp"),
                   QCoreApplication::translate("ShopCustomerRequest",
                                               "The customer's email is required."));
    return errors.result();
}

QJsonObject ShopCustomerRequest::toJson() const
{
    QJsonObject body{{QStringLiteral("email_tmp"), emailTmp}};
    if (!firstname.isEmpty())
        body.insert(QStringLiteral("firstname"), firstname);
    if (!lastname.isEmpty())
        body.insert(QStringLiteral("lastname"), lastname);
    return body;
}

// --------------------------------------------------------------------------------- queries

QString ChatroomFilters::sourceName(int source)
{
    switch (source) {
    case 0:
        return QStringLiteral("direct");
    case 1:
        return QStringLiteral("waiting_list");
    case 2:
        return QStringLiteral("hot_list");
    default:
        return {};
    }
}

QUrlQuery ChatroomFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("type_chatroom"), typeChatroom);
    addFilter(query, QStringLiteral("type_discussion"), typeDiscussion);
    if (source)
        addFilter(query, QStringLiteral("source"), sourceName(*source));
    if (dialogueEstablished)
        addFilter(query, QStringLiteral("dialogue"),
                  *dialogueEstablished ? QStringLiteral("established")
                                       : QStringLiteral("not_established"));
    if (lastRating)
        addFilter(query, QStringLiteral("last_rating"),
                  *lastRating == kNotRated ? QStringLiteral("not_rated")
                                           : QString::number(*lastRating));
    addFilter(query, QStringLiteral("ambassador"), ambassador);
    addSort(query, sort);
    addPaging(query, page, perPage);
    return query;
}

QUrlQuery AmbassadorChatroomFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("last_action_date_before"), lastActionDateBefore);
    addFilter(query, QStringLiteral("archived"), archived);
    if (commented)
        addFilter(query, QStringLiteral("commented"),
                  *commented ? QStringLiteral("commented") : QStringLiteral("not_commented"));
    addFilter(query, QStringLiteral("flag"), flag);
    addFilter(query, QStringLiteral("type_chatroom"), typeChatroom);
    addSort(query, sort);
    addPaging(query, page);
    return query;
}

QUrlQuery MessageFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("sent_before"), sentBefore);
    addFilter(query, QStringLiteral("active"), active);
    addFilter(query, QStringLiteral("type_message"), typeMessage);
    addSort(query, sort);
    addPaging(query, page);
    return query;
}

QUrlQuery ChatAmbassadorFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("name"), name);
    addStatuses(query, statuses);
    addFilter(query, QStringLiteral("brand_tag"), brandTag);
    addFilter(query, QStringLiteral("exclude"), exclude);
    addFilter(query, QStringLiteral("social_community_display"), socialCommunityDisplay);
    addSort(query, sort);
    addPaging(query, page);
    return query;
}

QUrlQuery ManagerAmbassadorFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("ambassador_search"), search);
    addFilter(query, QStringLiteral("has_role"), hasRole);
    addFilter(query, QStringLiteral("active"), active);
    addStatuses(query, statuses);
    addFilter(query, QStringLiteral("suspicious"), suspicious);
    addFilter(query, QStringLiteral("quarantine"), quarantine);
    addFilter(query, QStringLiteral("manager_users_only"), managerUsersOnly);
    addSort(query, sort);
    addPaging(query, page, perPage);
    return query;
}

QUrlQuery AmbassadorMicroResourceFilters::toQuery() const
{
    QUrlQuery query;
    addStatuses(query, statuses);
    addPaging(query, page, perPage);
    return query;
}

QUrlQuery ProductFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("name"), name);
    addFilter(query, QStringLiteral("description"), description);
    addFilter(query, QStringLiteral("sku"), sku);
    addFilter(query, QStringLiteral("price"), price);
    addFilter(query, QStringLiteral("stock"), stock);
    addPaging(query, page, perPage);
    return query;
}

QUrlQuery BrandTagFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("visibility_chat"), visibilityChat);
    addSort(query, sort);
    addPaging(query, page, perPage);
    return query;
}

QUrlQuery ChatTopicFilters::toQuery() const
{
    QUrlQuery query;
    addFilter(query, QStringLiteral("chat_topic_search"), search);
    addFilter(query, QStringLiteral("active"), active);
    addSort(query, sort);
    addPaging(query, page, perPage);
    return query;
}

} // namespace popsell::api
