#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace popsell::domain {

// A localised content item (I18nContent): brand tag names and images, chat topic labels.
struct I18nContent
{
    qint64 id = 0; // id_i18n_content; 0 when not given
    QString lang;  // en_GB, fr_FR, es_ES, de_DE
    QString content;

    // nullopt when the value is not an object.
    static std::optional<I18nContent> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const I18nContent &, const I18nContent &) = default;
};

// The items of a JSON array that decode; anything else gives an empty list.
QList<I18nContent> i18nContentsFromJson(const QJsonValue &json);
QJsonValue i18nContentsToJson(const QList<I18nContent> &contents);

// The content in `lang`, else the first one with a non-empty content, else empty.
QString contentFor(const QList<I18nContent> &contents, const QString &lang);

} // namespace popsell::domain
