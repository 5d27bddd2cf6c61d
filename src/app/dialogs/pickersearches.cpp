#include "app/dialogs/pickersearches.h"

#include "core/api/popsellapi.h"

#include <QCoreApplication>
#include <QLocale>

namespace popsell::app::pickers {

using api::PopsellApi;
using api::Result;

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("popsell::app::pickers", text, nullptr, n);
}

SearchPicker::Item ambassadorItem(const domain::Ambassador &ambassador)
{
    return {ambassador.id, ambassador.displayName(), QStringLiteral("#%1").arg(ambassador.id),
            QVariant()};
}

} // namespace

SearchPicker::Search ambassadors(PopsellApi &api)
{
    return [&api](const QString &text, QObject *context, SearchPicker::Reply reply) {
        api::ChatAmbassadorFilters filters;
        filters.name = text;
        bool isId = false;
        const qint64 id = text.toLongLong(&isId);
        api.chatAmbassadors(
            filters, context,
            [reply, id = isId && id > 0 ? id : 0](Result<PopsellApi::AmbassadorPage> page) {
                QList<SearchPicker::Item> items;
                // A number typed alone is first offered as that id.
                if (id != 0)
                    items.append({id, tr("Ambassador #%1").arg(id), {}, {}});
                if (!page) {
                    reply(items, page.error().userMessage());
                    return;
                }
                for (const domain::Ambassador &a : page.value().items) {
                    if (a.id != id)
                        items.append(ambassadorItem(a));
                    else
                        items.first() = ambassadorItem(a); // named after all
                }
                reply(items, {});
            });
    };
}

SearchPicker::Search products(PopsellApi &api)
{
    return [&api](const QString &text, QObject *context, SearchPicker::Reply reply) {
        api::ProductFilters filters;
        filters.name = text;
        api.products(filters, context, [reply](Result<PopsellApi::ProductPage> page) {
            if (!page) {
                reply({}, page.error().userMessage());
                return;
            }
            QList<SearchPicker::Item> items;
            const QLocale locale;
            for (const domain::Product &p : page.value().items) {
                items.append(
                    {p.id, p.name, locale.toString(p.price, 'f', 2), QVariant::fromValue(p)});
            }
            reply(items, {});
        });
    };
}

SearchPicker::Search brandTags(PopsellApi &api)
{
    return [&api](const QString &text, QObject *context, SearchPicker::Reply reply) {
        api.brandTags({}, context, [reply, text](Result<PopsellApi::BrandTagPage> page) {
            if (!page) {
                reply({}, page.error().userMessage());
                return;
            }
            QList<SearchPicker::Item> items;
            for (const domain::BrandTag &tag : page.value().items) {
                const QString name = tag.displayName();
                if (text.isEmpty() || name.contains(text, Qt::CaseInsensitive)) {
                    items.append({tag.id, name, tr("%n member(s)", int(tag.members.size())), {}});
                }
            }
            reply(items, {});
        });
    };
}

} // namespace popsell::app::pickers
