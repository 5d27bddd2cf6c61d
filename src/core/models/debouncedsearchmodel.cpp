#include "core/models/debouncedsearchmodel.h"

#include "core/api/apicall.h"

namespace popsell::models {

DebouncedSearchModel::DebouncedSearchModel(QObject *parent)
    : QAbstractListModel(parent)
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &DebouncedSearchModel::searchNow);
}

DebouncedSearchModel::~DebouncedSearchModel()
{
    if (m_pending)
        m_pending->cancel();
}

void DebouncedSearchModel::setSearchText(const QString &text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    Q_EMIT searchTextChanged(text);
    m_debounce.start(); // restarts: only a pause in typing sends a request
}

void DebouncedSearchModel::searchNow()
{
    m_debounce.stop();
    invalidate();
    setLoading(true);
    m_pending = startSearch(m_searchText, m_generation);
}

bool DebouncedSearchModel::acceptAnswer(quint64 generation)
{
    if (generation != m_generation)
        return false;
    m_pending = nullptr;
    setLoading(false);
    return true;
}

void DebouncedSearchModel::finishSearch(const QString &error)
{
    if (m_errorText != error) {
        m_errorText = error;
        Q_EMIT errorTextChanged(error);
    }
    Q_EMIT searched(m_searchText);
}

void DebouncedSearchModel::invalidate()
{
    ++m_generation;
    if (m_pending)
        m_pending->cancel(); // its answer arrives as Canceled and is dropped
    m_pending = nullptr;
    setLoading(false);
}

void DebouncedSearchModel::setLoading(bool loading)
{
    if (m_loading == loading)
        return;
    m_loading = loading;
    Q_EMIT loadingChanged(loading);
}

} // namespace popsell::models
