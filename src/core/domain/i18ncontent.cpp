#include "core/domain/i18ncontent.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

std::optional<I18nContent> I18nContent::fromJson(const QJsonValue &json)
{
    if (!json.isObject())
        return std::nullopt;
    const QJsonObject o = json.toObject();
    I18nContent item;
    item.id = jsonread::integer(o, u"id_i18n_content");
    item.lang = jsonread::string(o, u"lang");
    item.content = jsonread::string(o, u"content");
    return item;
}

QJsonObject I18nContent::toJson() const
{
    return QJsonObject{{QStringLiteral("id_i18n_content"), id},
                       {QStringLiteral("lang"), lang},
                       {QStringLiteral("content"), content}};
}

QList<I18nContent> i18nContentsFromJson(const QJsonValue &json)
{
    QList<I18nContent> result;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        if (std::optional<I18nContent> item = I18nContent::fromJson(value))
            result.append(std::move(*item));
    }
    return result;
}

QJsonValue i18nContentsToJson(const QList<I18nContent> &contents)
{
    QJsonArray array;
    for (const I18nContent &item : contents)
        array.append(item.toJson());
    return array;
}

QString contentFor(const QList<I18nContent> &contents, const QString &lang)
{
    for (const I18nContent &item : contents) {
        if (item.lang == lang && !item.content.isEmpty())
            return item.content;
    }
    for (const I18nContent &item : contents) {
        if (!item.content.isEmpty())
            return item.content;
    }
    return {};
}

} // namespace popsell::domain
