#include "core/domain/ambassador.h"

#include "core/domain/jsonread.h"

namespace popsell::domain {

QString Ambassador::displayName() const
{
    const QString fullName = QString(firstname.trimmed() + u' ' + lastname.trimmed()).trimmed();
    if (!fullName.isEmpty())
        return fullName;
    if (!username.trimmed().isEmpty())
        return username.trimmed();
    return u'#' + QString::number(id);
}

std::optional<Ambassador> Ambassador::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_ambassador");
    if (!id)
        return std::nullopt;
    Ambassador a;
    a.id = *id;
    a.image = jsonread::string(o, u"image");
    a.firstname = jsonread::string(o, u"firstname");
    a.lastname = jsonread::string(o, u"lastname");
    a.username = jsonread::string(o, u"username");
    a.email = jsonread::string(o, u"email");
    a.emailTmp = jsonread::string(o, u"email_tmp");
    a.customerId = jsonread::string(o, u"customer_id");
    a.active = jsonread::int32(o, u"active");
    a.status = jsonread::int32(o, u"status");
    a.online = jsonread::boolean(o, u"online");
    a.lastActionDate = jsonread::timestamp(o, u"last_action_date");
    a.anonymized = jsonread::boolean(o, u"anonymized");
    return a;
}

QJsonObject Ambassador::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id_ambassador"), id},
        {QStringLiteral("image"), image},
        {QStringLiteral("firstname"), firstname},
        {QStringLiteral("lastname"), lastname},
        {QStringLiteral("username"), username},
        {QStringLiteral("email"), email},
        {QStringLiteral("email_tmp"), emailTmp},
        {QStringLiteral("active"), active},
        {QStringLiteral("status"), status},
        {QStringLiteral("online"), online},
        {QStringLiteral("last_action_date"), jsonread::timestampValue(lastActionDate)},
        {QStringLiteral("customer_id"), customerId},
        {QStringLiteral("anonymized"), anonymized},
    };
}

} // namespace popsell::domain
