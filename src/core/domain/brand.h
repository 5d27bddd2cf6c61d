#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::domain {

// GET /brand: public information about the brand behind a domain.
struct BrandInfo
{
    qint64 id = 0;
    QString label;
    QString defaultLanguage; // e.g. fr_FR
    QString url;
    QString programLabel;
    QString frontOfficeDomain;
    QString registerRestriction; // e.g. MANUALLY
    int productPriceDisplayLimit = 0;
    int widgetWlCtaChatTopic = 0;
    int widgetCommunityDefaultSortAmbBy = 0;
    QJsonObject brandConfig; // free-form; kept as sent
    QStringList availableContentLanguages;
    QString timezone; // IANA name, e.g. Europe/Paris; empty when not given

    // nullopt when the value is not an object or has no usable id_brand.
    static std::optional<BrandInfo> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const BrandInfo &, const BrandInfo &) = default;
};

} // namespace popsell::domain
