#include "core/domain/chattopic.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

QString ChatTopic::label(const QString &lang) const
{
    const QString text = contentFor(contents, lang);
    return text.isEmpty() ? QString(u'#' + QString::number(id)) : text;
}

std::optional<ChatTopic> ChatTopic::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_chat_topic");
    if (!id)
        return std::nullopt;
    ChatTopic topic;
    topic.id = *id;
    topic.color = jsonread::string(o, u"color");
    topic.contents = i18nContentsFromJson(o.value(u"contents"));
    topic.position = jsonread::int32(o, u"position");
    topic.dateInsert = jsonread::timestamp(o, u"date_insert");
    topic.roles = jsonread::toStringList(o.value(u"roles"));
    topic.dateUpdate = jsonread::timestamp(o, u"date_update");
    topic.active = jsonread::boolean(o, u"active");
    return topic;
}

QJsonObject ChatTopic::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id_chat_topic"), id},
        {QStringLiteral("color"), color},
        {QStringLiteral("contents"), i18nContentsToJson(contents)},
        {QStringLiteral("position"), position},
        {QStringLiteral("date_insert"), jsonread::timestampValue(dateInsert)},
        {QStringLiteral("roles"), QJsonArray::fromStringList(roles)},
        {QStringLiteral("date_update"), jsonread::timestampValue(dateUpdate)},
        {QStringLiteral("active"), active},
    };
}

} // namespace popsell::domain
