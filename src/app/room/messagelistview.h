#pragma once

#include <QListView>

namespace popsell::app {

class HistoryPagingProxy;

// A room's thread: newest message at the bottom. Scrolling to the top loads the previous
// page, which is inserted above without moving what the moderator is reading; new
// messages appended at the bottom keep the view at the bottom if it was there.
class MessageListView : public QListView
{
    Q_OBJECT

public:
    explicit MessageListView(QWidget *parent = nullptr);

    // The view's model: the paging proxy over a MessageListModel. Set the item delegate
    // first: a MessageDelegate then follows the model's rows.
    void setPagingModel(HistoryPagingProxy *model);

    void scrollToNewest();
    bool isAtBottom() const;

    // Text shown in the empty viewport ("Select a chatroom", "Loading messages…").
    void setPlaceholderText(const QString &text);

protected:
    void paintEvent(QPaintEvent *event) override;
    void verticalScrollbarValueChanged(int value) override;

private:
    void layoutNow();
    void rowsAboutToBeInsertedInModel(const QModelIndex &parent, int first, int last);
    void rowsInsertedInModel(const QModelIndex &parent, int first, int last);

    HistoryPagingProxy *m_paging = nullptr;
    QString m_placeholder;
    // Captured before an insertion, restored after it.
    bool m_wasAtBottom = true;
    int m_distanceFromBottom = 0;
};

} // namespace popsell::app
