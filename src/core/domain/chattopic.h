#pragma once

#include "core/domain/i18ncontent.h"

#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::domain {

// A chat topic (GET /manager/chat-topics): what last_summary.topic presumably points at.
struct ChatTopic
{
    qint64 id = 0;
    QString color; // e.g. #FF0000
    QList<I18nContent> contents;
    int position = 0;
    QDateTime dateInsert; // UTC; invalid when absent
    QStringList roles;    // e.g. administrator, seller
    QDateTime dateUpdate;
    bool active = false;

    // The label in `lang`, else the first non-empty one, else "#id".
    QString label(const QString &lang = {}) const;

    // nullopt when the value is not an object or has no usable id_chat_topic.
    static std::optional<ChatTopic> fromJson(const QJsonValue &json);
    QJsonObject toJson() const;

    friend bool operator==(const ChatTopic &, const ChatTopic &) = default;
};

} // namespace popsell::domain
