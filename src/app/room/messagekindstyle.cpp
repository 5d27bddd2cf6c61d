#include "app/room/messagekindstyle.h"

namespace popsell::app {

using domain::MessageType;

QString MessageKindStyle::label(MessageType kind)
{
    switch (kind) {
    case MessageType::Text:
        return tr("Text");
    case MessageType::Picture:
        return tr("Picture");
    case MessageType::Rating:
        return tr("Rating");
    case MessageType::Product:
        return tr("Product");
    case MessageType::Connection:
        return tr("Connection");
    case MessageType::Request:
        return tr("Request");
    case MessageType::Unavailable:
        return tr("Unavailable");
    case MessageType::Video:
        return tr("Video");
    case MessageType::Email:
        return tr("Email");
    case MessageType::Missed:
        return tr("Missed call");
    }
    return tr("Message");
}

QColor MessageKindStyle::colour(MessageType kind)
{
    // Dark enough for white badge text (WCAG AA at badge size), distinct in hue.
    switch (kind) {
    case MessageType::Text:
        return QColor(0x54, 0x6e, 0x7a);
    case MessageType::Picture:
        return QColor(0x00, 0x79, 0x6b);
    case MessageType::Rating:
        return QColor(0xb2, 0x5e, 0x00);
    case MessageType::Product:
        return QColor(0x39, 0x49, 0xab);
    case MessageType::Connection:
        return QColor(0x2e, 0x7d, 0x32);
    case MessageType::Request:
        return QColor(0x7b, 0x1f, 0xa2);
    case MessageType::Unavailable:
        return QColor(0x6d, 0x4c, 0x41);
    case MessageType::Video:
        return QColor(0xc6, 0x28, 0x28);
    case MessageType::Email:
        return QColor(0x02, 0x77, 0xbd);
    case MessageType::Missed:
        return QColor(0xad, 0x14, 0x57);
    }
    return QColor(0x54, 0x6e, 0x7a);
}

} // namespace popsell::app
