#pragma once

#include <QAbstractListModel>
#include <QPointer>
#include <QString>
#include <QTimer>

namespace popsell::api {
class ApiCall;
} // namespace popsell::api

namespace popsell::models {

// The part every server-searched picker shares: the text typed, a debounce so that a
// word typed quickly costs one request, a generation so that only the answer to the
// latest text is shown, and the loading / error state a picker displays. Subclasses send
// the request (startSearch) and hand their rows over through the generation check.
class DebouncedSearchModel : public QAbstractListModel
{
    Q_OBJECT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY searchTextChanged)
    Q_PROPERTY(bool loading READ isLoading NOTIFY loadingChanged)
    Q_PROPERTY(QString errorText READ errorText NOTIFY errorTextChanged)

public:
    // Roles every search model answers, so that one picker view serves them all.
    enum SearchRole
    {
        ValueRole = Qt::UserRole + 1, // QVariant of the domain value, for previews
        IdRole,                       // qint64: the id a request names it by
        DetailRole,                   // QString shown beside the name: "#29", a price...
        FirstModelRole,               // where a subclass's own roles start
    };

    static constexpr int kDefaultDebounceMs = 250;

    explicit DebouncedSearchModel(QObject *parent = nullptr);
    ~DebouncedSearchModel() override;

    QString searchText() const { return m_searchText; }
    // Searches after the text has stayed the same for the debounce interval.
    void setSearchText(const QString &text);
    // Searches now with the current text (Enter in a picker, or the first showing).
    void searchNow();

    int debounceInterval() const { return m_debounce.interval(); }
    void setDebounceInterval(int ms) { m_debounce.setInterval(ms); }

    bool isLoading() const { return m_loading; }
    QString errorText() const { return m_errorText; }

Q_SIGNALS:
    void searchTextChanged(const QString &text);
    void loadingChanged(bool loading);
    void errorTextChanged(const QString &errorText);
    // The rows now answer the text `text`.
    void searched(const QString &text);

protected:
    // Sends the search for `text`; the answer is passed to acceptAnswer(generation, ...)
    // first. Returns the call (nullptr when answered without a request).
    virtual api::ApiCall *startSearch(const QString &text, quint64 generation) = 0;
    // True when an answer of `generation` is still wanted; it then ends the loading
    // state. Subclasses replace their rows after a true, then call finishSearch().
    bool acceptAnswer(quint64 generation);
    void finishSearch(const QString &error);
    // Drops any answer in flight (a subclass changed what it searches in).
    void invalidate();

private:
    void setLoading(bool loading);

    QString m_searchText;
    QTimer m_debounce;
    QPointer<api::ApiCall> m_pending;
    quint64 m_generation = 0;
    bool m_loading = false;
    QString m_errorText;
};

} // namespace popsell::models
