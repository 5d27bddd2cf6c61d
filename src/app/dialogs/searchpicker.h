#pragma once

#include "core/models/debouncedsearchmodel.h"

#include <QPointer>
#include <QString>
#include <QVariant>
#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;

namespace popsell::app {

// A search field over a short list of matches, for choosing one thing (an ambassador, a
// product, a brand tag) without the mouse: typing searches, Up/Down move through the
// matches, the highlighted match is the choice. The searching itself (debounce, dropping
// answers to an older text, loading and error state) is the model's; this is its view.
class SearchPicker : public QWidget
{
    Q_OBJECT

public:
    struct Item
    {
        qint64 id = 0;
        QString title;
        QVariant payload; // the domain value, for previews
    };

    // Usable in Designer forms: the model is given afterwards with setModel().
    explicit SearchPicker(QWidget *parent = nullptr);
    ~SearchPicker() override;

    // The model searched and shown; not owned (parent it to the picker or the dialog).
    void setModel(models::DebouncedSearchModel *model);
    models::DebouncedSearchModel *model() const { return m_model; }

    QLineEdit *searchField() const { return m_field; }
    QListView *matchesView() const { return m_view; }
    std::optional<Item> current() const;
    // Searches now (no debounce) with the field's text, e.g. when the dialog opens.
    void refresh();

Q_SIGNALS:
    void currentChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    // "Searching…", "No match" or an error under the list.
    void setState(const QString &text);
    void showAnswer(const QString &text);

    QPointer<models::DebouncedSearchModel> m_model;
    QLineEdit *m_field = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_state = nullptr;
    QString m_shownText;       // the search the list shows
    qint64 m_chosenBefore = 0; // the choice before the rows were replaced
};

} // namespace popsell::app
