#include "app/dialogs/cheatsheetdialog.h"

#include "app/actions/actionregistry.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequenceEdit>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace popsell::app {

namespace {

constexpr int kIdRole = Qt::UserRole + 1;

QString shortcutsText(const QAction *action)
{
    QStringList texts;
    for (const QKeySequence &sequence : action->shortcuts())
        texts.append(sequence.toString(QKeySequence::NativeText));
    return texts.isEmpty() ? CheatSheetDialog::tr("(none)", "no shortcut")
                           : texts.join(QStringLiteral(", "));
}

} // namespace

CheatSheetDialog::CheatSheetDialog(ActionRegistry &registry, QWidget *parent)
    : QDialog(parent)
    , m_registry(registry)
    , m_tree(new QTreeWidget(this))
    , m_keys(new QKeySequenceEdit(this))
    , m_assign(new QPushButton(tr("&Assign"), this))
    , m_reset(new QPushButton(tr("&Default"), this))
{
    setObjectName(QStringLiteral("cheatSheetDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_tree->setAccessibleName(tr("Actions and their shortcuts"));
    m_tree->setHeaderLabels({tr("Action"), tr("Shortcut")});
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);
    m_keys->setAccessibleName(tr("New shortcut"));
    m_assign->setAccessibleName(tr("Assign the new shortcut"));
    m_reset->setAccessibleName(tr("Restore the default shortcut"));

    auto *keysLabel = new QLabel(tr("&New shortcut:"), this);
    keysLabel->setBuddy(m_keys);
    auto *rebind = new QHBoxLayout;
    rebind->addWidget(keysLabel);
    rebind->addWidget(m_keys, 1);
    rebind->addWidget(m_assign);
    rebind->addWidget(m_reset);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addLayout(rebind);
    layout->addWidget(buttons);
    resize(560, 640);

    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_assign, &QPushButton::clicked, this, &CheatSheetDialog::assign);
    connect(m_reset, &QPushButton::clicked, this, &CheatSheetDialog::reset);
    connect(&m_registry, &ActionRegistry::shortcutsChanged, this, &CheatSheetDialog::rebuild);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this] {
        const bool action = !selectedId().isEmpty();
        m_assign->setEnabled(action);
        m_reset->setEnabled(action);
    });
}

CheatSheetDialog::~CheatSheetDialog() = default;

void CheatSheetDialog::popUp()
{
    rebuild();
    show();
    raise();
    activateWindow();
    m_tree->setFocus(Qt::ShortcutFocusReason);
}

QString CheatSheetDialog::listedShortcut(const QString &actionId) const
{
    for (int c = 0; c < m_tree->topLevelItemCount(); ++c) {
        const QTreeWidgetItem *category = m_tree->topLevelItem(c);
        for (int r = 0; r < category->childCount(); ++r) {
            if (category->child(r)->data(0, kIdRole).toString() == actionId)
                return category->child(r)->text(1);
        }
    }
    return {};
}

void CheatSheetDialog::rebuild()
{
    const QString selected = selectedId();
    m_tree->clear();
    QTreeWidgetItem *current = nullptr;
    for (const QString &category : m_registry.categories()) {
        auto *group = new QTreeWidgetItem(m_tree, {category});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        group->setFirstColumnSpanned(true);
        for (const ActionRegistry::Entry &entry : m_registry.entries()) {
            if (entry.category != category)
                continue;
            auto *row = new QTreeWidgetItem(
                group, {entry.action->text().remove(u'&'), shortcutsText(entry.action)});
            row->setData(0, kIdRole, entry.id);
            if (entry.id == selected || !current)
                current = row;
        }
    }
    m_tree->expandAll();
    if (current)
        m_tree->setCurrentItem(current);
}

void CheatSheetDialog::assign()
{
    const QString id = selectedId();
    if (id.isEmpty())
        return;
    const QKeySequence keys = m_keys->keySequence();
    m_registry.setShortcuts(id, keys.isEmpty() ? QList<QKeySequence>() : QList{keys});
    m_keys->clear();
    m_tree->setFocus(Qt::OtherFocusReason);
}

void CheatSheetDialog::reset()
{
    const QString id = selectedId();
    if (!id.isEmpty())
        m_registry.resetShortcuts(id);
    m_tree->setFocus(Qt::OtherFocusReason);
}

QString CheatSheetDialog::selectedId() const
{
    const QTreeWidgetItem *item = m_tree->currentItem();
    return item ? item->data(0, kIdRole).toString() : QString();
}

} // namespace popsell::app
