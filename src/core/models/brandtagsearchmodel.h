#pragma once

#include "core/domain/brandtag.h"
#include "core/models/debouncedsearchmodel.h"

#include <QList>

namespace popsell::api {
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// The brand tag picker's list: GET /manager/brand-tags (one page: a brand has a handful),
// matched locally against the text typed, since the server has no name filter for tags.
// Each search asks again, so a tag created meanwhile shows up the next time.
class BrandTagSearchModel : public DebouncedSearchModel
{
    Q_OBJECT

public:
    enum Role
    {
        BrandTagRole = ValueRole,  // QVariant<domain::BrandTag>; IdRole: qint64
        NameRole = FirstModelRole, // QString: displayName()
        MemberCountRole,           // int
    };

    explicit BrandTagSearchModel(api::PopsellApi &api, QObject *parent = nullptr);

    const domain::BrandTag *brandTagAt(int row) const;
    int rowOf(qint64 idBrandTag) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    api::ApiCall *startSearch(const QString &text, quint64 generation) override;

private:
    static constexpr int kPageSize = 500;
    api::PopsellApi &m_api;
    QList<domain::BrandTag> m_rows;
};

} // namespace popsell::models
