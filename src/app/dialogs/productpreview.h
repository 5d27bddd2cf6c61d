#pragma once

#include "core/domain/product.h"

#include <QFrame>

#include <optional>

class QLabel;

namespace popsell::app {

// The card a product message will show: name, price, discount, stock.
class ProductPreview : public QFrame
{
    Q_OBJECT

public:
    explicit ProductPreview(QWidget *parent = nullptr);

    void setProduct(const std::optional<domain::Product> &product);
    // The card's text, as a screen reader reads it.
    QString summary() const;

private:
    QLabel *m_name = nullptr;
    QLabel *m_price = nullptr;
    QLabel *m_discount = nullptr;
    QLabel *m_stock = nullptr;
};

} // namespace popsell::app
