#include "app/inbox/inboxdelegate.h"

#include "app/painting/badge.h"
#include "app/painting/colours.h"
#include "app/painting/ratingstars.h"
#include "core/domain/chatroom.h"
#include "core/models/chatroominboxmodel.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QLocale>
#include <QPainter>

namespace popsell::app {

using models::ChatroomInboxModel;

namespace {

constexpr int kPaddingX = 8;
constexpr int kPaddingY = 6;
constexpr int kLineGap = 3;
constexpr int kMarkerColumn = 16; // the unread dot

const domain::Chatroom *chatroomAt(const QModelIndex &index)
{
    QModelIndex source = index;
    while (const auto *proxy = qobject_cast<const QAbstractProxyModel *>(source.model()))
        source = proxy->mapToSource(source);
    const auto *inbox = qobject_cast<const ChatroomInboxModel *>(source.model());
    return inbox ? inbox->chatroomAt(source.row()) : nullptr;
}

QString whenText(const QDateTime &utc)
{
    if (!utc.isValid())
        return {};
    const QDateTime local = utc.toLocalTime();
    const QLocale locale;
    if (local.date() == QDate::currentDate())
        return locale.toString(local.time(), QLocale::ShortFormat);
    return locale.toString(local.date(), QLocale::ShortFormat);
}

int lineHeight(const QStyleOptionViewItem &option)
{
    return qMax(
        option.fontMetrics.height(),
        painting::badgeSize({QStringLiteral("X"), {}}, painting::badgeFont(option.font)).height());
}

QColor sourceColour(int source)
{
    switch (source) {
    case domain::Chatroom::WaitingList:
        return QColor(0x02, 0x77, 0xbd);
    case domain::Chatroom::HotList:
        return QColor(0xc6, 0x28, 0x28);
    default:
        return QColor(0x54, 0x6e, 0x7a);
    }
}

} // namespace

QString InboxDelegate::sourceLabel(int source)
{
    switch (source) {
    case domain::Chatroom::WaitingList:
        return tr("Waiting list");
    case domain::Chatroom::HotList:
        return tr("Hot list");
    default:
        return tr("Direct");
    }
}

QString InboxDelegate::flagLabel(int flag)
{
    return flag == 1   ? tr("To do", "moderation flag")
           : flag == 2 ? tr("Done", "moderation flag")
                       : QString();
}

QSize InboxDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    return {200, 2 * kPaddingY + 3 * lineHeight(option) + 2 * kLineGap};
}

void InboxDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // Where the keyboard is must be obvious: the selected room is strong while the inbox
    // has focus and muted while the moderator works in the room.
    if (widget && !widget->hasFocus() && option.state.testFlag(QStyle::State_Selected)) {
        const QColor base = opt.palette.color(QPalette::Base);
        const QColor highlight = opt.palette.color(QPalette::Highlight);
        opt.palette.setColor(QPalette::Highlight, painting::blend(base, highlight, 0.22));
        opt.palette.setColor(QPalette::HighlightedText, opt.palette.color(QPalette::Text));
    }
    // The style's own item panel: selection and focus look as everywhere else on the desktop.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state.testFlag(QStyle::State_Selected);
    const QPalette::ColorGroup group =
        option.state.testFlag(QStyle::State_Active) ? QPalette::Active : QPalette::Inactive;
    const QColor text =
        opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor muted = text;
    muted.setAlphaF(0.7);

    const bool unread = index.data(ChatroomInboxModel::UnreadRole).toBool();
    const domain::Chatroom *room = chatroomAt(index);
    const int line = lineHeight(option);
    const QRect area = option.rect.adjusted(kPaddingX, kPaddingY, -kPaddingX, -kPaddingY);
    const int left = area.left() + kMarkerColumn;
    const int width = area.right() - left;
    QRect first(left, area.top(), width, line);
    QRect second = first.translated(0, line + kLineGap);
    QRect third = second.translated(0, line + kLineGap);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    if (unread) {
        const int dot = 8;
        painter->setPen(Qt::NoPen);
        painter->setBrush(selected ? text : QColor(0x19, 0x76, 0xd2));
        painter->drawEllipse(QRect(area.left() + 1, first.center().y() - dot / 2, dot, dot));
    }

    // Line 1: parties and time.
    const QString when = whenText(index.data(ChatroomInboxModel::LastMessageDateRole).toDateTime());
    const int whenWidth = option.fontMetrics.horizontalAdvance(when);
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(first, Qt::AlignRight | Qt::AlignVCenter, when);
    QString parties = index.data(ChatroomInboxModel::MembersRole).toString();
    if (room && room->idBrandTag)
        parties = tr("Brand tag #%1 · %2").arg(*room->idBrandTag).arg(parties);
    if (parties.isEmpty())
        parties = tr("Chatroom #%1").arg(index.data(ChatroomInboxModel::IdRole).toLongLong());
    QFont partiesFont = option.font;
    partiesFont.setBold(unread);
    painter->setFont(partiesFont);
    painter->setPen(text);
    const int partiesWidth = qMax(width - whenWidth - 10, 0);
    painter->drawText(QRect(left, first.top(), partiesWidth, line),
                      Qt::AlignLeft | Qt::AlignVCenter,
                      QFontMetrics(partiesFont).elidedText(parties, Qt::ElideRight, partiesWidth));

    // Line 2: preview and last rating.
    int previewWidth = width;
    const QVariant rating = index.data(ChatroomInboxModel::LastRatingRole);
    if (!rating.isNull() && rating.isValid()) {
        const int starSize = qMax(option.fontMetrics.height() - 4, 8);
        const int starsWidth = painting::ratingStarsWidth(starSize);
        painting::paintRatingStars(
            painter, {second.right() - starsWidth, second.top() + (line - starSize) / 2}, starSize,
            rating.toInt(), QColor(0xe0, 0x9b, 0x00), muted);
        previewWidth -= starsWidth + 10;
    }
    const QString preview = index.data(ChatroomInboxModel::LastMessagePreviewRole).toString();
    painter->setFont(option.font);
    painter->setPen(muted);
    painter->drawText(
        QRect(left, second.top(), qMax(previewWidth, 0), line), Qt::AlignLeft | Qt::AlignVCenter,
        option.fontMetrics.elidedText(preview.simplified(), Qt::ElideRight, qMax(previewWidth, 0)));

    // Line 3: badges.
    const QFont badgeFont = painting::badgeFont(option.font);
    QList<painting::Badge> badges;
    const int type = index.data(ChatroomInboxModel::TypeChatroomRole).toInt();
    badges.append({type == 7 ? tr("One to many") : tr("One to one"), QColor(0x5e, 0x35, 0xb1)});
    const int source = index.data(ChatroomInboxModel::SourceRole).toInt();
    badges.append({sourceLabel(source), sourceColour(source)});
    if (index.data(ChatroomInboxModel::EstablishedRole).toBool())
        badges.append({tr("Dialogue"), QColor(0x2e, 0x7d, 0x32)});
    const QVariant flag = index.data(ChatroomInboxModel::FlagRole);
    if (!flag.isNull() && flag.isValid()) {
        const int value = flag.toInt();
        badges.append(
            {flagLabel(value), value == 1 ? QColor(0xb2, 0x5e, 0x00) : QColor(0x61, 0x61, 0x61)});
    }
    if (unread)
        badges.append({tr("Unread"), QColor(0x19, 0x76, 0xd2)});
    int x = left;
    for (const painting::Badge &badge : std::as_const(badges)) {
        const QSize size = painting::badgeSize(badge, badgeFont);
        if (x + size.width() > third.right())
            break;
        x += painting::paintBadge(painter, {x, third.top() + (line - size.height()) / 2}, badge,
                                  badgeFont) +
             5;
    }

    // A separator between rooms, so the three lines read as one.
    if (!selected) {
        QColor separator = option.palette.color(QPalette::Text);
        separator.setAlphaF(0.12);
        painter->setPen(separator);
        painter->drawLine(option.rect.left() + kPaddingX, option.rect.bottom(),
                          option.rect.right() - kPaddingX, option.rect.bottom());
    }
    painter->restore();
}

} // namespace popsell::app
