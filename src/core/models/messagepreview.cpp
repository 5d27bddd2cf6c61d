#include "core/models/messagepreview.h"

#include "core/api/popsellapi.h"

#include <QCoreApplication>

namespace popsell::models {

using domain::Message;
using domain::MessageType;

QString messagePreviewText(const Message &message)
{
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("popsell::models::MessagePreview", text);
    };
    if (!message.active)
        return tr("Hidden message");
    switch (message.kind()) {
    case MessageType::Product:
        if (!message.products.isEmpty())
            return tr("Product: %1").arg(message.products.constFirst().name);
        return tr("Product");
    case MessageType::Rating:
        if (message.rating && message.rating->value)
            return tr("Rating: %1/5").arg(*message.rating->value);
        return tr("Rating requested");
    case MessageType::Picture:
        return tr("Picture");
    case MessageType::Video:
        return tr("Video");
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
    return api.client().send(
        api::Endpoint::ListMessages, {idChatroom}, query, std::nullopt, context,
        [done = std::move(done)](api::Result<api::JsonReply> reply) {
            if (!reply) {
                done(reply.error());
                return;
            }
            const std::function<std::optional<Message>(const QJsonValue &)> item =
                [](const QJsonValue &v) {
                    return Message::fromJson(v);
                };
            const std::optional<domain::Page<Message>> page =
                domain::decodePage<Message>(reply.value().json, item);
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
