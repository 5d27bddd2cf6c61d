#include "core/models/messagepreview.h"

#include "core/api/popsellapi.h"

#include <QCoreApplication>

namespace popsell::models {

namespace {
// lupdate only knows a context that a class declares: a lambda's would be filed elsewhere.
struct MessagePreview
{
    Q_DECLARE_TR_FUNCTIONS(popsell::models::MessagePreview)
};
} // namespace

using domain::Message;
using domain::MessageType;

QString messagePreviewText(const Message &message)
{
    if (!message.active)
        return MessagePreview::tr("Hidden message");
    switch (message.kind()) {
    case MessageType::Product:
        if (!message.products.isEmpty())
            return MessagePreview::tr("Product: %1").arg(message.products.constFirst().name);
        return MessagePreview::tr("Product");
    case MessageType::Rating:
        if (message.rating && message.rating->value)
            return MessagePreview::tr("Rating: %1/5").arg(*message.rating->value);
        return MessagePreview::tr("Rating requested");
    case MessageType::Picture:
        return MessagePreview::tr("Picture");
    case MessageType::Video:
        return MessagePreview::tr("Video");
    default:
        break;
    }
    // Newlines would break a one-line preview.
    return message.content.simplified();
}

api::ApiCall *fetchNewestMessage(api::PopsellApi &api, qint64 idChatroom, QObject *context,
                                 std::function<void(api::Result<std::optional<Message>>)> done)
{
    api::MessageFilters filters;
    filters.sort = QStringLiteral("-date_insert");
    QUrlQuery query = filters.toQuery();
    query.addQueryItem(QStringLiteral("per_page"), QStringLiteral("1"));
    return api.client().send(api::Endpoint::ListMessages, {idChatroom}, query, std::nullopt,
                             context, [done = std::move(done)](api::Result<api::JsonReply> reply) {
                                 if (!reply) {
                                     done(reply.error());
                                     return;
                                 }
                                 const std::optional<domain::Page<Message>> page =
                                     domain::decodePage<Message>(reply.value().json);
                                 if (!page) {
                                     done(api::ApiError(api::ApiError::Kind::BadResponse,
                                                        QStringLiteral("messages: not a page")));
                                     return;
                                 }
                                 if (page->items.isEmpty())
                                     done(std::optional<Message>());
                                 else
                                     done(std::optional<Message>(page->items.constFirst()));
                             });
}

} // namespace popsell::models
