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
    enum Field
    {
        Id,
        Name,
        Type,
        DiscountPercentage,
        PriceCatalog,
        ReferenceUnitPrice,
        Sku,
        YoutubeId,
        Url,
        Description,
        Images,
        Price,
        Stock,
        StockAvailable,
        OldImage,
        FieldCount
    };
    static const jsonread::Fields<FieldCount> fields({
        QLatin1StringView("id_product"),
        QLatin1StringView("name"),
        QLatin1StringView("type"),
        QLatin1StringView("discount_percentage"),
        QLatin1StringView("price_catalog"),
        QLatin1StringView("reference_unit_price"),
        QLatin1StringView("sku"),
        QLatin1StringView("youtube_id"),
        QLatin1StringView("url"),
        QLatin1StringView("description"),
        QLatin1StringView("images"),
        QLatin1StringView("price"),
        QLatin1StringView("stock"),
        QLatin1StringView("stock_available"),
        QLatin1StringView("old_image"),
    });
    const QJsonObject object = json.toObject();
    const std::array<jsonread::Member, FieldCount> v = fields.read(object);
    const std::optional<qint64> id = jsonread::toId(v[Id]);
    if (!id)
        return std::nullopt;
    Product p;
    p.id = *id;
    p.name = jsonread::toString(v[Name]);
    p.type = jsonread::toString(v[Type]);
    p.discountPercentage = jsonread::toDouble(v[DiscountPercentage]).value_or(0);
    p.priceCatalog = jsonread::toDouble(v[PriceCatalog]).value_or(0);
    p.referenceUnitPrice = jsonread::toDouble(v[ReferenceUnitPrice]).value_or(0);
    p.sku = jsonread::toString(v[Sku]);
    p.youtubeId = jsonread::toString(v[YoutubeId]);
    p.url = jsonread::toString(v[Url]);
    p.description = jsonread::toString(v[Description]);
    p.images = imagesFromJson(v[Images].value());
    p.price = jsonread::toDouble(v[Price]).value_or(0);
    p.stock = jsonread::toDouble(v[Stock]).value_or(0);
    p.stockAvailable = jsonread::toDouble(v[StockAvailable]).value_or(0);
    p.oldImage = jsonread::toString(v[OldImage]);
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
