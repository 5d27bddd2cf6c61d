#include "app/dialogs/searchpicker.h"

#include "core/models/debouncedsearchmodel.h"

#include <QCoreApplication>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QStyledItemDelegate>
#include <QVBoxLayout>

namespace popsell::app {

using models::DebouncedSearchModel;

namespace {

constexpr int kVisibleRows = 5;

} // namespace

namespace {

// A match reads "name — detail" ("Zoé Dubois — #29", a product and its price), so that
// two people or products of the same name can be told apart from the keyboard.
class MatchDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::initStyleOption(option, index);
        const QString detail = index.data(models::DebouncedSearchModel::DetailRole).toString();
        if (!detail.isEmpty())
            option->text =
                QCoreApplication::translate("SearchPicker", "%1 — %2").arg(option->text, detail);
    }
};

} // namespace

SearchPicker::SearchPicker(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_state(new QLabel(this))
{
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_view->setUniformItemSizes(true);
    m_view->setItemDelegate(new MatchDelegate(m_view));
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The field keeps the focus; the list only shows where the choice is.
    m_view->setFocusPolicy(Qt::NoFocus);
    m_view->setFixedHeight(m_view->fontMetrics().height() * kVisibleRows + 8);
    m_state->setTextFormat(Qt::PlainText);
    m_state->setForegroundRole(QPalette::PlaceholderText);
    m_state->setMinimumHeight(m_state->fontMetrics().height());
    setFocusProxy(m_field);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(m_field);
    layout->addWidget(m_view);
    layout->addWidget(m_state);

    connect(m_field, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_model)
            m_model->setSearchText(text.trimmed()); // the model debounces
    });
}

SearchPicker::~SearchPicker() = default;

void SearchPicker::setModel(DebouncedSearchModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    m_view->setModel(model);
    m_shownText.clear();
    setState({});
    if (!model)
        return;
    // setModel() gave the view a new selection model.
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchPicker::currentChanged);
    connect(model, &DebouncedSearchModel::loadingChanged, this, [this](bool loading) {
        if (loading)
            setState(tr("Searching…"));
    });
    connect(model, &QAbstractItemModel::modelAboutToBeReset, this, [this] {
        const std::optional<Item> chosen = current();
        m_chosenBefore = chosen ? chosen->id : 0;
    });
    connect(model, &DebouncedSearchModel::searched, this, &SearchPicker::showAnswer);
}

std::optional<SearchPicker::Item> SearchPicker::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return Item{index.data(DebouncedSearchModel::IdRole).toLongLong(),
                index.data(Qt::DisplayRole).toString(),
                index.data(DebouncedSearchModel::ValueRole)};
}

void SearchPicker::refresh()
{
    if (!m_model)
        return;
    m_model->setSearchText(m_field->text().trimmed());
    m_model->searchNow();
}

bool SearchPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_model ? m_model->rowCount() : 0;
            if (rows > 0) {
                const int step = key->key() == Qt::Key_Down ? 1 : -1;
                const int row = qBound(0, m_view->currentIndex().row() + step, rows - 1);
                m_view->setCurrentIndex(m_model->index(row, 0));
            }
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SearchPicker::setState(const QString &text)
{
    // The line keeps its height when empty: the dialog does not jump at each keystroke.
    m_state->setText(text);
}

void SearchPicker::showAnswer(const QString &text)
{
    const int rows = m_model->rowCount();
    if (!m_model->errorText().isEmpty())
        setState(m_model->errorText());
    else if (rows == 0)
        setState(tr("No match"));
    else
        setState({});
    // The same search again (the dialog reopened) keeps the choice; a new one starts at
    // its best match, the first, until the moderator moves.
    int keep = 0;
    if (text == m_shownText && m_chosenBefore != 0) {
        const QModelIndexList same =
            m_model->match(m_model->index(0, 0), DebouncedSearchModel::IdRole, m_chosenBefore, 1,
                           Qt::MatchExactly);
        if (!same.isEmpty())
            keep = same.first().row();
    }
    m_shownText = text;
    if (rows > 0)
        m_view->setCurrentIndex(m_model->index(keep, 0));
    Q_EMIT currentChanged();
}

} // namespace popsell::app
