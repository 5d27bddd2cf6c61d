#include "core/models/productsearchmodel.h"

#include "core/api/popsellapi.h"

#include <QLocale>

#include <algorithm>

namespace popsell::models {

using domain::Product;

ProductSearchModel::ProductSearchModel(api::PopsellApi &api, QObject *parent)
    : DebouncedSearchModel(parent)
    , m_api(api)
{}

api::ApiCall *ProductSearchModel::startSearch(const QString &text, quint64 generation)
{
    api::ProductFilters filters;
    filters.name = text.trimmed();
    return m_api.products(filters, this,
                          [this, generation](api::Result<domain::Page<Product>> result) {
                              if (!acceptAnswer(generation))
                                  return;
                              // A failed search shows no rows: the old ones do not
                              // answer the text typed.
                              beginResetModel();
                              m_rows = result ? std::move(result.value().items) : QList<Product>();
                              endResetModel();
                              finishSearch(result ? QString() : result.error().userMessage());
                          });
}

const Product *ProductSearchModel::productAt(int row) const
{
    if (row < 0 || row >= m_rows.size())
        return nullptr;
    return &m_rows.at(row);
}

int ProductSearchModel::rowOf(qint64 idProduct) const
{
    const auto it = std::find_if(m_rows.cbegin(), m_rows.cend(),
                                 [idProduct](const Product &p) { return p.id == idProduct; });
    return it == m_rows.cend() ? -1 : int(it - m_rows.cbegin());
}

int ProductSearchModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant ProductSearchModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Product &product = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole:
        return product.name;
    case DetailRole:
        return QLocale().toString(product.price, 'f', 2);
    case Qt::ToolTipRole:
        return product.sku.isEmpty() ? product.name
                                     : tr("%1 (SKU %2)").arg(product.name, product.sku);
    case ProductRole:
        return QVariant::fromValue(product);
    case IdRole:
        return product.id;
    case PriceRole:
        return product.price;
    case DiscountRole:
        return product.discountPercentage;
    case StockRole:
        return product.stockAvailable;
    case SkuRole:
        return product.sku;
    default:
        return {};
    }
}

QHash<int, QByteArray> ProductSearchModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(ProductRole, "product");
    names.insert(IdRole, "idProduct");
    names.insert(NameRole, "name");
    names.insert(PriceRole, "price");
    names.insert(DiscountRole, "discount");
    names.insert(StockRole, "stock");
    names.insert(SkuRole, "sku");
    return names;
}

} // namespace popsell::models
