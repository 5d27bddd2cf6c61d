#pragma once

#include "core/domain/ambassador.h"
#include "core/domain/product.h"
#include "core/domain/shared.h"

#include <QHash>
#include <QList>

namespace popsell::models {

// One kept copy of each person and product a model holds. Pages repeat the same few people
// (every message's author, every room's members) and products, and each decoded copy owns
// its strings; turned into a copy of the kept value, a repeat shares them: a person costs
// a handle, a product its struct over shared strings. A value that differs from the kept one (a
// renamed person, a repriced product) replaces it for the rows that follow, and the row keeps what
// it came with: a row always shows what the server sent for it.
class InternedValues
{
public:
    void intern(domain::Shared<domain::Ambassador> &ambassador)
    {
        const auto it = m_people.find(ambassador->id);
        if (it == m_people.end())
            m_people.insert(ambassador->id, ambassador);
        else if (*it == ambassador)
            ambassador = *it;
        else
            *it = ambassador;
    }

    void intern(QList<domain::Product> &products)
    {
        if (products.isEmpty())
            return;
        for (domain::Product &product : products)
            internById(m_products, product);
        // The same card pushed again: the list itself is shared too.
        const qint64 first = products.constFirst().id;
        const auto kept = m_productLists.constFind(first);
        if (kept != m_productLists.cend() && *kept == products)
            products = *kept;
        else
            m_productLists.insert(first, products);
    }

    // Another profile or room: what was kept may no longer be true.
    void clear()
    {
        m_people.clear();
        m_products.clear();
        m_productLists.clear();
    }

private:
    template<typename T>
    static void internById(QHash<qint64, T> &kept, T &value)
    {
        const auto it = kept.find(value.id);
        if (it == kept.end())
            kept.insert(value.id, value);
        else if (*it == value)
            value = *it;
        else
            *it = value;
    }

    QHash<qint64, domain::Shared<domain::Ambassador>> m_people;
    QHash<qint64, domain::Product> m_products;
    QHash<qint64, QList<domain::Product>> m_productLists; // by the first product's id
};

} // namespace popsell::models
