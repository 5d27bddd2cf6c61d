#pragma once

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>

#include <optional>

namespace popsell::domain {

struct ProductImage
{
    qint64 id = 0;
    QString lang; // en_GB, fr_FR, es_ES, de_DE
    QString url;  // the I18nContent "content"

    friend bool operator==(const ProductImage &, const ProductImage &) = default;
};

// Prices and stocks are doubles whatever the documented type (quirk 4).
struct Product
{
    qint64 id = 0;
    QString name;
    QString type;
    double discountPercentage = 0;
    double priceCatalog = 0;
    double referenceUnitPrice = 0;
    QString sku;
    QString youtubeId;
    QString url;
    QString description;
    QList<ProductImage> images;
    double price = 0;
    double stock = 0;
    double stockAvailable = 0;
    QString oldImage;

    static std::optional<Product> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const Product &, const Product &) = default;
};

} // namespace popsell::domain
