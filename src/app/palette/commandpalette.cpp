#include "app/palette/commandpalette.h"

#include "app/actions/actionregistry.h"
#include "app/palette/palettematch.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLineEdit>
#include <QPointer>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace popsell::app {

namespace {

constexpr int kMaxResults = 50;
constexpr int kRoomRole = Qt::UserRole + 1;   // qint64 id; unset for actions
constexpr int kActionRole = Qt::UserRole + 2; // QString action id

struct Candidate
{
    int score = 0;
    QString text;
    QString detail;
    qint64 room = 0;
    QString actionId;
};

} // namespace

CommandPalette::CommandPalette(const ActionRegistry &registry, const QAbstractItemModel &rooms,
                               int roomIdRole, int roomTextRole, QWidget *parent)
    : QDialog(parent, Qt::Dialog | Qt::FramelessWindowHint)
    , m_registry(registry)
    , m_rooms(rooms)
    , m_roomIdRole(roomIdRole)
    , m_roomTextRole(roomTextRole)
    , m_query(new QLineEdit(this))
    , m_results(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("commandPalette"));
    setWindowTitle(tr("Command palette"));
    setAccessibleName(tr("Command palette"));
    m_query->setAccessibleName(tr("Find a room or an action"));
    m_query->setPlaceholderText(tr("Find a room (member name, #id) or an action…"));
    m_query->installEventFilter(this);
    m_results->setAccessibleName(tr("Matches"));
    m_results->setFocusPolicy(Qt::NoFocus); // typing never leaves the field
    m_results->setUniformRowHeights(true);
    m_results->setRootIsDecorated(false);
    m_results->setHeaderHidden(true);
    m_results->setColumnCount(2);
    m_results->header()->setStretchLastSection(false);
    m_results->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_results->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_results->setMinimumWidth(520);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_query);
    layout->addWidget(m_results);

    connect(m_query, &QLineEdit::textChanged, this, &CommandPalette::updateResults);
    connect(m_query, &QLineEdit::returnPressed, this, &CommandPalette::runCurrent);
    connect(m_results, &QTreeWidget::itemActivated, this, &CommandPalette::runCurrent);
}

CommandPalette::~CommandPalette() = default;

void CommandPalette::popUp()
{
    m_query->clear();
    updateResults();
    if (QWidget *window = parentWidget() ? parentWidget()->window() : nullptr) {
        resize(qMax(560, window->width() / 2), qMin(420, window->height() * 2 / 3));
        const QPoint top = window->mapToGlobal(QPoint((window->width() - width()) / 2, 60));
        move(top);
    }
    show();
    raise();
    activateWindow();
    m_query->setFocus(Qt::ShortcutFocusReason);
}

bool CommandPalette::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_query && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        int step = 0;
        if (key->key() == Qt::Key_Down)
            step = 1;
        else if (key->key() == Qt::Key_Up)
            step = -1;
        else if (key->key() == Qt::Key_PageDown)
            step = 10;
        else if (key->key() == Qt::Key_PageUp)
            step = -10;
        const int count = m_results->topLevelItemCount();
        if (step != 0 && count > 0) {
            const int row = m_results->indexOfTopLevelItem(m_results->currentItem());
            m_results->setCurrentItem(m_results->topLevelItem(qBound(0, row + step, count - 1)));
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void CommandPalette::updateResults()
{
    const QString query = m_query->text();
    QList<Candidate> candidates;
    for (const ActionRegistry::Entry &entry : m_registry.entries()) {
        if (!entry.action->isEnabled() || !entry.action->isVisible())
            continue;
        const QString text = entry.action->text().remove(u'&');
        if (const std::optional<int> score = paletteMatch(query, text)) {
            candidates.append({*score, text,
                               entry.category + QStringLiteral(" · ") +
                                   entry.action->shortcut().toString(QKeySequence::NativeText),
                               0, entry.id});
        }
    }
    for (int row = 0; row < m_rooms.rowCount(); ++row) {
        const QModelIndex index = m_rooms.index(row, 0);
        const qint64 id = index.data(m_roomIdRole).toLongLong();
        const QString text = index.data(m_roomTextRole).toString();
        const QString haystack = text + QStringLiteral(" #") + QString::number(id);
        if (const std::optional<int> score = paletteMatch(query, haystack))
            candidates.append({*score, text, tr("Room #%1").arg(id), id, {}});
    }
    // Stable: among equals, actions (registered order) come before rooms (inbox order).
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });

    m_results->clear();
    for (const Candidate &c : candidates.mid(0, kMaxResults)) {
        auto *item = new QTreeWidgetItem(m_results, {c.text, c.detail});
        item->setForeground(1, palette().brush(QPalette::PlaceholderText));
        if (c.room != 0)
            item->setData(0, kRoomRole, c.room);
        else
            item->setData(0, kActionRole, c.actionId);
    }
    if (m_results->topLevelItemCount() > 0)
        m_results->setCurrentItem(m_results->topLevelItem(0));
}

void CommandPalette::runCurrent()
{
    const QTreeWidgetItem *item = m_results->currentItem();
    if (!item)
        return;
    const qint64 room = item->data(0, kRoomRole).toLongLong();
    const QString actionId = item->data(0, kActionRole).toString();
    // Closed first, so that focus is back in the window before the room or action takes it.
    accept();
    if (room != 0) {
        Q_EMIT roomChosen(room);
    } else if (QAction *action = m_registry.action(actionId)) {
        action->trigger();
    }
}

} // namespace popsell::app
