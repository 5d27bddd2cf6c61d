#include "core/models/brandtagmodel.h"

#include "core/api/popsellapi.h"

#include <algorithm>

namespace popsell::models {

using domain::BrandTag;

BrandTagModel::BrandTagModel(api::PopsellApi &api, QObject *parent)
    : QAbstractListModel(parent)
    , m_api(api)
{}

BrandTagModel::~BrandTagModel()
{
    if (m_walk)
        m_walk->cancel();
}

void BrandTagModel::reload()
{
    ++m_generation;
    if (m_walk) {
        api::PageWalk *old = m_walk;
        m_walk = nullptr;
        old->cancel(); // its Canceled answer carries the old generation and is dropped
        Q_EMIT loadingChanged(false);
    }
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    endResetModel();
    setErrorText({});
    load();
}

void BrandTagModel::load()
{
    if (m_walk)
        return;
    const quint64 generation = m_generation;
    m_walk = m_api.allPages<BrandTag>(
        api::Endpoint::ManagerListBrandTags,
        [this](QObject *context, api::PopsellApi::Callback<domain::Page<BrandTag>> done) {
            return m_api.brandTags({}, context, std::move(done));
        },
        api::PopsellApi::kDefaultMaxPages, this,
        [this, generation](api::Result<domain::Page<BrandTag>> result) {
            if (generation != m_generation)
                return;
            m_walk = nullptr;
            Q_EMIT loadingChanged(false);
            if (!result) {
                setErrorText(result.error().userMessage());
                return;
            }
            setErrorText({});
            m_loaded = true;
            QList<BrandTag> &tags = result.value().items;
            if (!tags.isEmpty()) {
                beginInsertRows({}, 0, int(tags.size()) - 1);
                m_rows = std::move(tags);
                endInsertRows();
            }
            Q_EMIT loaded();
        });
    Q_EMIT loadingChanged(true);
}

void BrandTagModel::setErrorText(const QString &text)
{
    if (m_errorText == text)
        return;
    m_errorText = text;
    Q_EMIT errorTextChanged(text);
}

const BrandTag *BrandTagModel::brandTagAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int BrandTagModel::rowOf(qint64 idBrandTag) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [idBrandTag](const BrandTag &t) { return t.id == idBrandTag; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int BrandTagModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant BrandTagModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BrandTag &tag = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return tag.displayName();
    case BrandTagRole:
        return QVariant::fromValue(tag);
    case IdRole:
        return tag.id;
    default:
        return {};
    }
}

QHash<int, QByteArray> BrandTagModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(BrandTagRole, "brandTag");
    names.insert(IdRole, "idBrandTag");
    names.insert(NameRole, "name");
    return names;
}

bool BrandTagModel::canFetchMore(const QModelIndex &parent) const
{
    // Until loaded; after a failure the next fetchMore() tries again.
    return !parent.isValid() && !m_loaded && !m_walk;
}

void BrandTagModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent))
        load();
}

} // namespace popsell::models
