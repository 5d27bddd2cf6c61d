#pragma once

#include <QString>
#include <QTimer>
#include <QVariant>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QStandardItemModel;

namespace popsell::app {

// A search field over a short list of matches, for choosing one thing (an ambassador, a
// product, a brand tag) without the mouse: typing searches (debounced, answered by
// `search`), Up/Down move through the matches, the highlighted match is the choice.
// Answers to an older search are dropped.
class SearchPicker : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString title;
        QString subtitle;
        QVariant payload; // the domain value, for previews
    };
    using Reply = std::function<void(QList<Item> items, QString error)>;
    // Runs the search for `text` and answers once through `reply` (which must not be
    // called after the picker is gone: use the picker as the request's context).
    using Search = std::function<void(const QString &text, QObject *context, Reply reply)>;

    // Usable in Designer forms: the search is given afterwards with setSearch().
    explicit SearchPicker(QWidget *parent = nullptr);
    ~SearchPicker() override;

    void setSearch(Search search) { m_search = std::move(search); }

    QLineEdit *searchField() const { return m_field; }
    QListView *matchesView() const { return m_view; }
    std::optional<Item> current() const;
    // Searches now (no debounce), e.g. the empty text when the dialog opens.
    void refresh();
    void setDebounceMs(int ms) { m_debounce.setInterval(ms); }

Q_SIGNALS:
    void currentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void runSearch();
    // "Searching…", "No match" or an error under the list.
    void setState(const QString &text);
    void showItems(quint64 generation, const QString &text, const QList<Item> &items,
                   const QString &error);

    Search m_search;
    QLineEdit *m_field = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_state = nullptr;
    QStandardItemModel *m_model = nullptr;
    QTimer m_debounce;
    quint64 m_generation = 0;
    QString m_shownText; // the search the list shows
};

} // namespace popsell::app

Q_DECLARE_METATYPE(popsell::app::SearchPicker::Item)
