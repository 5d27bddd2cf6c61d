#pragma once

#include <QListView>

namespace popsell::app {

// The inbox list: one fixed-height row per room (uniform row heights, so scrolling
// through thousands of rooms measures one), and a line of text in the empty viewport
// saying why it is empty: loading, an error, no match for the filter.
class InboxView : public QListView
{
    Q_OBJECT

public:
    explicit InboxView(QWidget *parent = nullptr);

    void setPlaceholderText(const QString &text);
    QString placeholderText() const { return m_placeholder; }

Q_SIGNALS:
    // Enter or Return on a row.
    void activatedByKeyboard(const QModelIndex &index);

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    QString m_placeholder;
};

} // namespace popsell::app
