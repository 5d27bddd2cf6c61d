#include "core/domain/product.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

namespace {

// An I18nContent whose content is the image URL; entries that are not objects are dropped.
QList<ProductImage> imagesFromJson(const QJsonValue &json)
{
    QList<ProductImage> images;
    const QJsonArray array = json.toArray();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue;
        const QJsonObject o = value.toObject();
        images.append(ProductImage{jsonread::integer(o, u"id_i18n_content"),
                                   jsonread::string(o, u"lang"), jsonread::string(o, u"content")});
    }
    return images;
}

} // namespace

std::optional<Product> Product::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_product");
    if (!id)
        return std::nullopt;
    Product p;
    p.id = *id;
    p.name = jsonread::string(o, u"name");
    p.type = jsonread::string(o, u"type");
    p.discountPercentage = jsonread::number(o, u"discount_percentage");
    p.priceCatalog = jsonread::number(o, u"price_catalog");
    p.referenceUnitPrice = jsonread::number(o, u"reference_unit_price");
    p.sku = jsonread::string(o, u"sku");
    p.youtubeId = jsonread::string(o, u"youtube_id");
    p.url = jsonread::string(o, u"url");
    p.description = jsonread::string(o, u"description");
    p.images = imagesFromJson(o.value(u"images"));
    p.price = jsonread::number(o, u"price");
    p.stock = jsonread::number(o, u"stock");
    p.stockAvailable = jsonread::number(o, u"stock_available");
    p.oldImage = jsonread::string(o, u"old_image");
    return p;
}

QJsonObject Product::toJson() const
{
    QJsonArray imageArray;
    for (const ProductImage &image : images) {
        imageArray.append(QJsonObject{{QStringLiteral("id_i18n_content"), image.id},
                                      {QStringLiteral("lang"), image.lang},
                                      {QStringLiteral("content"), image.url}});
    }
    return QJsonObject{
        {QStringLiteral("id_product"), id},
        {QStringLiteral("name"), name},
        {QStringLiteral("type"), type},
        {QStringLiteral("discount_percentage"), discountPercentage},
        {QStringLiteral("price_catalog"), priceCatalog},
        {QStringLiteral("reference_unit_price"), referenceUnitPrice},
        {QStringLiteral("sku"), sku},
        {QStringLiteral("youtube_id"), youtubeId},
        {QStringLiteral("url"), url},
        {QStringLiteral("description"), description},
        {QStringLiteral("images"), imageArray},
        {QStringLiteral("price"), price},
        {QStringLiteral("stock"), stock},
        {QStringLiteral("stock_available"), stockAvailable},
        {QStringLiteral("old_image"), oldImage},
    };
}

} // namespace popsell::domain
