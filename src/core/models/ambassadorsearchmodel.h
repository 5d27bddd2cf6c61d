#pragma once

#include "core/domain/ambassador.h"
#include "core/models/debouncedsearchmodel.h"

#include <QList>

#include <optional>

namespace popsell::api {
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// The ambassador picker's list. By default a server search (GET /chat/ambassadors with
// filter[name], debounced); a number typed alone is also offered first as that ambassador
// id, for moderators who know it (the server checks it exists when it is used). Restricted to a
// chatroom's members (setMembers), it filters that list locally and at once: no request, since the
// room already names them.
class AmbassadorSearchModel : public DebouncedSearchModel
{
    Q_OBJECT

public:
    enum Role
    {
        AmbassadorRole = ValueRole, // QVariant<domain::Ambassador>; IdRole: qint64
        NameRole = FirstModelRole,  // QString: displayName()
        UsernameRole,               // QString
    };

    explicit AmbassadorSearchModel(api::PopsellApi &api, QObject *parent = nullptr);

    // Only these ambassadors are offered (a room's members); filtering is local.
    void setMembers(const QList<domain::Ambassador> &members);
    // Back to searching every ambassador of the brand.
    void clearMembers();
    bool isRestricted() const { return m_members.has_value(); }

    const domain::Ambassador *ambassadorAt(int row) const;
    int rowOf(qint64 idAmbassador) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // True when `ambassador` matches the text typed (every word in a name, the username,
    // or "#id" / the id).
    static bool matches(const domain::Ambassador &ambassador, const QString &text);

protected:
    api::ApiCall *startSearch(const QString &text, quint64 generation) override;

private:
    // The server's answer for `text`, with the typed id first when `text` is one.
    static QList<domain::Ambassador> withTypedId(const QString &text,
                                                 QList<domain::Ambassador> found);
    void setRows(QList<domain::Ambassador> rows);

    api::PopsellApi &m_api;
    std::optional<QList<domain::Ambassador>> m_members;
    QList<domain::Ambassador> m_rows;
};

} // namespace popsell::models
