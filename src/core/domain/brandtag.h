#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/i18ncontent.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace popsell::domain {

// A brand tag (GET /manager/brand-tags): the group behind a one-to-many chatroom.
struct BrandTag
{
    qint64 id = 0;
    int visibilityChat = 0; // 1 or 2 in requests; the response example shows 0 (quirk 16)
    QString name;
    QString image;
    QList<I18nContent> images;
    QList<I18nContent> names;
    // Documented as ONE ambassador object (quirk 16); an array is accepted too. Members
    // without a usable id are left out.
    QList<Ambassador> members;

    // The name in `lang` (en_GB, ...), else `name`, else "#id".
    QString displayName(const QString &lang = {}) const;

    // nullopt when the value is not an object or has no usable id_brand_tag.
    static std::optional<BrandTag> fromJson(const QJsonValue &json);
    // "members" is written as an array, whatever the API sent.
    QJsonObject toJson() const;

    friend bool operator==(const BrandTag &, const BrandTag &) = default;
};

} // namespace popsell::domain
