#pragma once

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

namespace popsell::sandbox {

class Database;

// Whether embedded ambassadors carry their chatroom_pivot_data rows. The manager
// chatroom list leaves them out (quirk 12 of the reference).
enum class PivotData
{
    Included,
    Omitted
};

// Builds the JSON "resources" of the API from the database, in the documented shapes
// (quirks included): Laravel dates with 6-digit fractions, established_dialogue as
// "YYYY-MM-DD HH:MM:SS.mmm", source as an integer, brand tag members as one object.
// Loads are batched: one query per kind of related row, never one per item.
class Resources
{
public:
    // mediaOrigin: "http://host:port" prefix for the image URLs the sandbox serves.
    Resources(Database &db, QString mediaOrigin, qint64 nowMicros);

    QJsonObject ambassador(qint64 id);
    QHash<qint64, QJsonObject> ambassadors(const QList<qint64> &ids);
    QJsonArray ambassadorsWhere(const QString &whereOrderLimit, const QVariantList &binds);
    QJsonArray managerAmbassadorsWhere(const QString &whereOrderLimit, const QVariantList &binds);

    QJsonObject chatroom(qint64 id, PivotData pivot = PivotData::Included);
    // whereOrderLimit applies to "chatrooms c"; withLastMessage adds last_message.
    QJsonArray chatroomsWhere(const QString &whereOrderLimit, const QVariantList &binds,
                              PivotData pivot, bool withLastMessage = false);

    QJsonObject message(qint64 id);
    // whereOrderLimit applies to "messages m".
    QJsonArray messagesWhere(const QString &whereOrderLimit, const QVariantList &binds);

    QJsonObject rating(qint64 idRating);
    QJsonObject product(qint64 id);
    QJsonArray productsWhere(const QString &whereOrderLimit, const QVariantList &binds);
    QJsonArray brandTagsWhere(const QString &whereOrderLimit, const QVariantList &binds);
    QJsonObject chatTopic(qint64 id);
    QJsonArray chatTopicsWhere(const QString &whereOrderLimit, const QVariantList &binds);
    QJsonObject brand(qint64 idBrand);

    QString mediaUrl(const QString &kind, qint64 id) const;

private:
    QHash<qint64, QJsonArray> productsOfMessages(const QList<qint64> &messageIds);
    QHash<qint64, QJsonObject> ratingsOfMessages(const QList<qint64> &messageIds);
    QJsonArray productImages(qint64 idProduct) const;

    Database &m_db;
    QString m_mediaOrigin;
    qint64 m_nowMicros;
};

} // namespace popsell::sandbox
