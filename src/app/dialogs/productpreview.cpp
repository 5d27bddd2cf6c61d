#include "app/dialogs/productpreview.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace popsell::app {

ProductPreview::ProductPreview(QWidget *parent)
    : QFrame(parent)
    , m_name(new QLabel(this))
    , m_price(new QLabel(this))
    , m_discount(new QLabel(this))
    , m_stock(new QLabel(this))
{
    setObjectName(QStringLiteral("productPreview"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Product preview"));
    QFont bold = m_name->font();
    bold.setBold(true);
    m_name->setFont(bold);
    m_name->setWordWrap(true);
    auto *layout = new QFormLayout(this);
    layout->addRow(m_name);
    layout->addRow(tr("Price"), m_price);
    layout->addRow(tr("Discount"), m_discount);
    layout->addRow(tr("Stock"), m_stock);
    for (QLabel *label : {m_name, m_price, m_discount, m_stock})
        label->setTextFormat(Qt::PlainText);
    setProduct(std::nullopt);
}

void ProductPreview::setProduct(const std::optional<domain::Product> &product)
{
    if (!product) {
        m_name->setText(tr("No product chosen"));
        m_price->setText(QStringLiteral("—"));
        m_discount->setText(QStringLiteral("—"));
        m_stock->setText(QStringLiteral("—"));
    } else {
        const QLocale locale;
        m_name->setText(product->name);
        m_price->setText(locale.toString(product->price, 'f', 2));
        m_discount->setText(
            product->discountPercentage > 0
                ? tr("%1 %").arg(locale.toString(product->discountPercentage, 'f', 0))
                : tr("none", "no discount"));
        m_stock->setText(
            product->stockAvailable > 0 || product->stock > 0
                ? locale.toString(qMax(product->stockAvailable, product->stock), 'f', 0)
                : tr("out of stock"));
    }
    setAccessibleDescription(summary());
}

QString ProductPreview::summary() const
{
    return tr("%1, price %2, discount %3, stock %4")
        .arg(m_name->text(), m_price->text(), m_discount->text(), m_stock->text());
}

} // namespace popsell::app
