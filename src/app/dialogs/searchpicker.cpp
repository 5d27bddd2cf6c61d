#include "app/dialogs/searchpicker.h"

#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPointer>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace popsell::app {

namespace {

constexpr int kItemRole = Qt::UserRole + 1;
constexpr int kVisibleRows = 5;
constexpr int kDefaultDebounceMs = 200;

} // namespace

SearchPicker::SearchPicker(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_view(new QListView(this))
    , m_state(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    m_field->setClearButtonEnabled(true);
    m_field->installEventFilter(this);
    m_view->setModel(m_model);
    m_view->setUniformItemSizes(true);
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

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDefaultDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &SearchPicker::runSearch);
    connect(m_field, &QLineEdit::textEdited, this, [this] { m_debounce.start(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &SearchPicker::currentChanged);
}

SearchPicker::~SearchPicker() = default;

std::optional<SearchPicker::Item> SearchPicker::current() const
{
    const QModelIndex index = m_view->currentIndex();
    if (!index.isValid())
        return std::nullopt;
    return index.data(kItemRole).value<Item>();
}

void SearchPicker::refresh()
{
    m_debounce.stop();
    runSearch();
}

bool SearchPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_field && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down || key->key() == Qt::Key_Up) {
            const int rows = m_model->rowCount();
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

void SearchPicker::runSearch()
{
    if (!m_search)
        return;
    const quint64 generation = ++m_generation;
    setState(tr("Searching…"));
    QPointer<SearchPicker> self(this);
    const QString text = m_field->text().trimmed();
    m_search(text, this, [self, generation, text](QList<Item> items, QString error) {
        if (self)
            self->showItems(generation, text, items, error);
    });
}

void SearchPicker::showItems(quint64 generation, const QString &text, const QList<Item> &items,
                             const QString &error)
{
    if (generation != m_generation)
        return; // the answer to an older search
    // The same search again (the dialog reopened) keeps the choice; a new one starts at
    // its best match.
    const std::optional<Item> before = text == m_shownText ? current() : std::nullopt;
    m_shownText = text;
    m_model->clear();
    int keep = 0;
    for (const Item &item : items) {
        auto *row = new QStandardItem(item.subtitle.isEmpty()
                                          ? item.title
                                          : item.title + QStringLiteral(" — ") + item.subtitle);
        row->setData(QVariant::fromValue(item), kItemRole);
        row->setToolTip(row->text());
        if (before && before->id == item.id)
            keep = m_model->rowCount();
        m_model->appendRow(row);
    }
    if (!error.isEmpty())
        setState(error);
    else if (items.isEmpty())
        setState(tr("No match"));
    else
        setState({});
    // The first match is the choice until the moderator moves.
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(keep, 0));
    Q_EMIT currentChanged();
}

} // namespace popsell::app
