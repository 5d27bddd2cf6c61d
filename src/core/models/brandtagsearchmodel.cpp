#include "core/models/brandtagsearchmodel.h"

#include "core/api/popsellapi.h"

#include <algorithm>

namespace popsell::models {

using domain::BrandTag;

BrandTagSearchModel::BrandTagSearchModel(api::PopsellApi &api, QObject *parent)
    : DebouncedSearchModel(parent)
    , m_api(api)
{}

api::ApiCall *BrandTagSearchModel::startSearch(const QString &text, quint64 generation)
{
    // A brand has a handful of tags: one large page holds them all, and the name is then
    // matched locally (the list route has no name filter).
    api::BrandTagFilters filters;
    filters.perPage = kPageSize;
    return m_api.brandTags(
        filters, this,
        [this, text = text.trimmed(), generation](api::Result<domain::Page<BrandTag>> result) {
            if (!acceptAnswer(generation))
                return;
            // A failed search shows no rows: the old ones do not answer the text typed.
            QList<BrandTag> rows;
            const QList<BrandTag> tags = result ? result.value().items : QList<BrandTag>();
            std::copy_if(tags.cbegin(), tags.cend(), std::back_inserter(rows),
                         [&text](const BrandTag &tag) {
                             return tag.displayName().contains(text, Qt::CaseInsensitive);
                         });
            beginResetModel();
            m_rows = std::move(rows);
            endResetModel();
            finishSearch(result ? QString() : result.error().userMessage());
        });
}

const BrandTag *BrandTagSearchModel::brandTagAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int BrandTagSearchModel::rowOf(qint64 idBrandTag) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [idBrandTag](const BrandTag &t) { return t.id == idBrandTag; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int BrandTagSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BrandTagSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrandTag &tag = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return tag.displayName();
    case DetailRole:
    case Qt::ToolTipRole:
        return tr("%n member(s)", nullptr, int(tag.members.size()));
    case BrandTagRole:
        return QVariant::fromValue(tag);
    case IdRole:
        return tag.id;
    case MemberCountRole:
        return int(tag.members.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> BrandTagSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BrandTagRole, "brandTag");
    names.insert(IdRole, "idBrandTag");
    names.insert(NameRole, "name");
    names.insert(MemberCountRole, "memberCount");
    return names;
}

} // namespace popsell::models
