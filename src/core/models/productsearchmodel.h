#pragma once

#include "core/domain/product.h"
#include "core/models/debouncedsearchmodel.h"

#include <QList>

namespace popsell::api {
class PopsellApi;
} // namespace popsell::api

namespace popsell::models {

// The product picker's list: GET /manager/products with filter[name], debounced, first
// page of results (a picker narrows by typing rather than by scrolling).
class ProductSearchModel : public DebouncedSearchModel
{
    Q_OBJECT

public:
    enum Role
    {
        ProductRole = ValueRole,   // QVariant<domain::Product>; IdRole: qint64
        NameRole = FirstModelRole, // QString
        PriceRole,                 // double
        DiscountRole,              // double, percent
        StockRole,                 // double: stock_available
        SkuRole,                   // QString
    };

    explicit ProductSearchModel(api::PopsellApi &api, QObject *parent = nullptr);

    const domain::Product *productAt(int row) const;
    int rowOf(qint64 idProduct) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    api::ApiCall *startSearch(const QString &text, quint64 generation) override;

private:
    api::PopsellApi &m_api;
    QList<domain::Product> m_rows;
};

} // namespace popsell::models
