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
    Ambassador a;
    if (!read(json, a))
        return std::nullopt;
    return a;
}

bool Ambassador::read(const QJsonValue &json, Ambassador &a, QJsonValue *chatroomPivotData)
{
    enum Field
    {
        Id,
        Image,
        Firstname,
        Lastname,
        Username,
        Email,
        EmailTmp,
        CustomerId,
        Active,
        Status,
        Online,
        LastActionDate,
        Anonymized,
        PivotData,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("id_ambassador"),
        QLatin1StringView("image"),
        QLatin1StringView("firstname"),
        QLatin1StringView("lastname"),
        QLatin1StringView("username"),
        QLatin1StringView("email"),
        QLatin1StringView("email_tmp"),
        QLatin1StringView("customer_id"),
        QLatin1StringView("active"),
        QLatin1StringView("status"),
        QLatin1StringView("online"),
        QLatin1StringView("last_action_date"),
        QLatin1StringView("anonymized"),
        QLatin1StringView("chatroom_pivot_data"),
    });
    const QJsonObject object = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(object);
    const std::optional<qint64> id = jsonread::toId(v[Id]);
    if (!id)
        return false;
    a.id = *id;
    a.image = jsonread::toString(v[Image]);
    a.firstname = jsonread::toString(v[Firstname]);
    a.lastname = jsonread::toString(v[Lastname]);
    a.username = jsonread::toString(v[Username]);
    a.email = jsonread::toString(v[Email]);
    a.emailTmp = jsonread::toString(v[EmailTmp]);
    a.customerId = jsonread::toString(v[CustomerId]);
    a.active = jsonread::toInt(v[Active]).value_or(0);
    a.status = jsonread::toInt(v[Status]).value_or(0);
    a.online = jsonread::toBool(v[Online]).value_or(false);
    a.lastActionDate = jsonread::toTimestamp(v[LastActionDate]).value_or(QDateTime());
    a.anonymized = jsonread::toBool(v[Anonymized]).value_or(false);
    if (chatroomPivotData)
        *chatroomPivotData = v[PivotData].value();
    return true;
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
