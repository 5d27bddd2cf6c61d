#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/brand.h"
#include "core/domain/brandtag.h"
#include "core/domain/chatroom.h"
#include "core/domain/chattopic.h"
#include "core/domain/message.h"
#include "core/domain/product.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace popsell::cli {

// The human output of popsellctl: "key: value" blocks for one object, aligned tables for
// lists. Only what a moderator reads at a glance; --json has everything.
class HumanFormat
{
    Q_DECLARE_TR_FUNCTIONS(HumanFormat)

public:
    static QString chatroom(const domain::Chatroom &room);
    static QString chatrooms(const QList<domain::Chatroom> &rooms);
    static QString message(const domain::Message &message);
    static QString messages(const QList<domain::Message> &messages);
    static QString rating(const domain::Rating &rating);
    static QString ambassador(const domain::Ambassador &ambassador);
    static QString ambassadors(const QList<domain::Ambassador> &ambassadors);
    static QString product(const domain::Product &product);
    static QString products(const QList<domain::Product> &products);
    static QString brandTags(const QList<domain::BrandTag> &tags);
    static QString chatTopic(const domain::ChatTopic &topic);
    static QString chatTopics(const QList<domain::ChatTopic> &topics);
    static QString brand(const domain::BrandInfo &brand);

    // "#1 Alice Martin"
    static QString person(const domain::Ambassador &ambassador);
    // dialogue, rated 4, tag 7, #1:archived, #2:todo ...
    static QString chatroomFlags(const domain::Chatroom &room);
    // What a message says in one line: its text, its product, its rating.
    static QString messageGist(const domain::Message &message);
};

} // namespace popsell::cli
