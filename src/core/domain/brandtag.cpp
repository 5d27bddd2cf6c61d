#include "core/domain/brandtag.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

QString BrandTag::displayName(const QString &lang) const
{
    if (!lang.isEmpty()) {
        for (const I18nContent &item : names) {
            if (item.lang == lang && !item.content.isEmpty())
                return item.content;
        }
    }
    if (!name.isEmpty())
        return name;
    const QString any = contentFor(names, lang);
    return any.isEmpty() ? QString(u'#' + QString::number(id)) : any;
}

std::optional<BrandTag> BrandTag::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_brand_tag");
    if (!id)
        return std::nullopt;
    BrandTag tag;
    tag.id = *id;
    tag.visibilityChat = jsonread::int32(o, u"visibility_chat");
    tag.name = jsonread::string(o, u"name");
    tag.image = jsonread::string(o, u"image");
    tag.images = i18nContentsFromJson(o.value(u"images"));
    tag.names = i18nContentsFromJson(o.value(u"names"));
    const QJsonValue members = o.value(u"members");
    const QJsonArray list = members.isArray() ? members.toArray() : QJsonArray{members};
    for (const QJsonValue &value : list) {
        if (std::optional<Ambassador> member = Ambassador::fromJson(value))
            tag.members.append(std::move(*member));
    }
    return tag;
}

QJsonObject BrandTag::toJson() const
{
    QJsonArray memberArray;
    for (const Ambassador &member : members)
        memberArray.append(member.toJson());
    return QJsonObject{
        {QStringLiteral("id_brand_tag"), id},
        {QStringLiteral("visibility_chat"), visibilityChat},
        {QStringLiteral("name"), name},
        {QStringLiteral("image"), image},
        {QStringLiteral("images"), i18nContentsToJson(images)},
        {QStringLiteral("names"), i18nContentsToJson(names)},
        {QStringLiteral("members"), memberArray},
    };
}

} // namespace popsell::domain
