#pragma once

#include "core/domain/message.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

namespace popsell::app {

// How each of the ten message kinds is told apart at a glance: a label and a colour
// (the badge and the bubble's edge).
class MessageKindStyle
{
    Q_DECLARE_TR_FUNCTIONS(MessageKindStyle)

public:
    static QString label(domain::MessageType kind);
    static QColor colour(domain::MessageType kind);
};

} // namespace popsell::app
