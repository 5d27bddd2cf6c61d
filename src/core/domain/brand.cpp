#include "core/domain/brand.h"

#include "core/domain/jsonread.h"

#include <QJsonArray>

namespace popsell::domain {

std::optional<BrandInfo> BrandInfo::fromJson(const QJsonValue &json)
{
    const QJsonObject o = json.toObject();
    const std::optional<qint64> id = jsonread::id(o, u"id_brand");
    if (!id)
        return std::nullopt;
    BrandInfo b;
    b.id = *id;
    b.label = jsonread::string(o, u"label");
    b.defaultLanguage = jsonread::string(o, u"default_language");
    b.url = jsonread::string(o, u"url");
    b.programLabel = jsonread::string(o, u"program_label");
    b.frontOfficeDomain = jsonread::string(o, u"front_office_domain");
    b.registerRestriction = jsonread::string(o, u"register_restriction");
    b.productPriceDisplayLimit = jsonread::int32(o, u"product_price_display_limit");
    b.widgetWlCtaChatTopic = jsonread::int32(o, u"widget_wl_cta_chat_topic");
    b.widgetCommunityDefaultSortAmbBy = jsonread::int32(o, u"widget_community_default_sort_amb_by");
    b.brandConfig = o.value(u"brand_config").toObject();
    b.availableContentLanguages = jsonread::toStringList(o.value(u"available_content_language"));
    b.timezone = jsonread::string(o, u"timezone");
    return b;
}

QJsonObject BrandInfo::toJson() const
{
    return QJsonObject{
        {QStringLiteral("id_brand"), id},
        {QStringLiteral("label"), label},
        {QStringLiteral("default_language"), defaultLanguage},
        {QStringLiteral("url"), url},
        {QStringLiteral("program_label"), programLabel},
        {QStringLiteral("front_office_domain"), frontOfficeDomain},
        {QStringLiteral("register_restriction"), registerRestriction},
        {QStringLiteral("product_price_display_limit"), productPriceDisplayLimit},
        {QStringLiteral("widget_wl_cta_chat_topic"), widgetWlCtaChatTopic},
        {QStringLiteral("widget_community_default_sort_amb_by"), widgetCommunityDefaultSortAmbBy},
        {QStringLiteral("brand_config"), brandConfig},
        {QStringLiteral("available_content_language"),
         QJsonArray::fromStringList(availableContentLanguages)},
        {QStringLiteral("timezone"), timezone},
    };
}

} // namespace popsell::domain
