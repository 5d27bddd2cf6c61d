#pragma once

// Checks shared by the sandbox suites: JSON shapes field by field against the reference's
// seed examples, and walking a paginated list through its next_page_url links.
#include "support/sandboxfixture.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QSet>
#include <QString>

#include <cmath>

namespace popsell::testing {

enum class JsonKind
{
    Integer,
    Number,
    String,
    Boolean,
    Object,
    Array,
    Null
};

// One documented key and the JSON kinds its value may take.
struct FieldShape
{
    QString name;
    QList<JsonKind> kinds;
};

inline bool hasKind(const QJsonValue &value, JsonKind kind)
{
    switch (kind) {
    case JsonKind::Integer:
        return value.isDouble() && std::floor(value.toDouble()) == value.toDouble();
    case JsonKind::Number:
        return value.isDouble();
    case JsonKind::String:
        return value.isString();
    case JsonKind::Boolean:
        return value.isBool();
    case JsonKind::Object:
        return value.isObject();
    case JsonKind::Array:
        return value.isArray();
    case JsonKind::Null:
        return value.isNull();
    }
    return false;
}

// Empty when every field is present with one of its kinds; else what is wrong.
inline QString shapeMismatch(const QJsonObject &object, const QList<FieldShape> &fields)
{
    for (const FieldShape &field : fields) {
        if (!object.contains(field.name))
            return u"missing key " + field.name;
        bool matches = false;
        for (JsonKind kind : field.kinds)
            matches = matches || hasKind(object.value(field.name), kind);
        if (!matches)
            return u"wrong JSON type for " + field.name;
    }
    return {};
}

// "2023-10-09T12:12:40.220000Z": date_insert and friends.
inline bool isLaravelDate(const QJsonValue &value)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$)"));
    return shape.match(value.toString()).hasMatch();
}

// "2025-05-04T09:42:00Z": last_action_date as the seeds print it.
inline bool isSecondsDate(const QJsonValue &value)
{
    static const QRegularExpression shape(
        QStringLiteral(R"(^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$)"));
    return shape.match(value.toString()).hasMatch();
}

// AmbassadorSeed of the reference (email, email_tmp and customer_id may be null).
inline QString ambassadorMismatch(const QJsonObject &ambassador)
{
    const QList<JsonKind> text{JsonKind::String};
    const QList<JsonKind> optionalText{JsonKind::String, JsonKind::Null};
    const QString mismatch =
        shapeMismatch(ambassador, {{QStringLiteral("id_ambassador"), {JsonKind::Integer}},
                                   {QStringLiteral("image"), text},
                                   {QStringLiteral("firstname"), text},
                                   {QStringLiteral("lastname"), text},
                                   {QStringLiteral("username"), text},
                                   {QStringLiteral("email"), optionalText},
                                   {QStringLiteral("email_tmp"), optionalText},
                                   {QStringLiteral("active"), {JsonKind::Integer}},
                                   {QStringLiteral("status"), {JsonKind::Integer}},
                                   {QStringLiteral("online"), {JsonKind::Boolean}},
                                   {QStringLiteral("last_action_date"), text},
                                   {QStringLiteral("customer_id"), optionalText},
                                   {QStringLiteral("anonymized"), {JsonKind::Boolean}}});
    if (!mismatch.isEmpty())
        return u"ambassador: " + mismatch;
    if (!isSecondsDate(ambassador.value(QStringLiteral("last_action_date"))))
        return u"ambassador: last_action_date " +
               ambassador.value(QStringLiteral("last_action_date")).toString();
    return {};
}

// The common Message part of MessageSeed, author included.
inline QString messageMismatch(const QJsonObject &message)
{
    const QString mismatch =
        shapeMismatch(message, {{QStringLiteral("id_message"), {JsonKind::Integer}},
                                {QStringLiteral("date_insert"), {JsonKind::String}},
                                {QStringLiteral("author"), {JsonKind::Object}},
                                {QStringLiteral("content"), {JsonKind::String, JsonKind::Null}},
                                {QStringLiteral("type_message"), {JsonKind::Integer}},
                                {QStringLiteral("status_moderation"), {JsonKind::Integer}}});
    if (!mismatch.isEmpty())
        return u"message: " + mismatch;
    if (!isLaravelDate(message.value(QStringLiteral("date_insert"))))
        return u"message: date_insert " + message.value(QStringLiteral("date_insert")).toString();
    return ambassadorMismatch(message.value(QStringLiteral("author")).toObject());
}

// Every page of a list, reached by following next_page_url verbatim.
struct PageWalk
{
    QJsonArray items;
    qint64 total = -1; // "total" of the last page
    qint64 pages = 0;
    QStringList nextUrls; // every next_page_url followed
    QString error;        // empty when every page answered 200 with a coherent envelope
};

inline PageWalk walkPages(SandboxFixture &sandbox, const QString &firstPath,
                          const RequestOptions &options = {})
{
    constexpr int kMaxPages = 1000;
    PageWalk walk;
    QString url = firstPath;
    while (!url.isEmpty()) {
        if (++walk.pages > kMaxPages) {
            walk.error = QStringLiteral("more than %1 pages").arg(kMaxPages);
            return walk;
        }
        const HttpResult page = sandbox.get(url, options);
        if (page.status != 200) {
            walk.error = QStringLiteral("%1 answered %2: %3")
                             .arg(url)
                             .arg(page.status)
                             .arg(QString::fromUtf8(page.body));
            return walk;
        }
        const QJsonObject envelope = page.object();
        const qint64 total = envelope.value(QStringLiteral("total")).toInteger(-1);
        if (walk.total >= 0 && total != walk.total) {
            walk.error = QStringLiteral("total changed from %1 to %2").arg(walk.total).arg(total);
            return walk;
        }
        walk.total = total;
        for (const QJsonValue &item : page.data())
            walk.items.append(item);
        const QJsonValue next = envelope.value(QStringLiteral("next_page_url"));
        url = next.isNull() ? QString() : next.toString();
        if (!url.isEmpty())
            walk.nextUrls.append(url);
    }
    return walk;
}

// Ids of `key` in a list, for duplicate and membership checks.
inline QList<qint64> idsOf(const QJsonArray &items, const QString &key)
{
    QList<qint64> ids;
    for (const QJsonValue &item : items)
        ids.append(item.toObject().value(key).toInteger());
    return ids;
}

inline bool hasDuplicates(const QList<qint64> &ids)
{
    return QSet<qint64>(ids.cbegin(), ids.cend()).size() != ids.size();
}

} // namespace popsell::testing
