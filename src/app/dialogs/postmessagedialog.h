#pragma once

#include "app/dialogs/actiondialog.h"
#include "core/domain/chatroom.h"

#include <memory>

class QComboBox;
class QPlainTextEdit;

namespace Ui {
class PostMessageForm;
}
namespace popsell::api {
class PopsellApi;
}

namespace popsell::app {

// Post a text message in the open room in the name of one of its members. Ctrl+Enter
// sends from the text (Enter makes a new line, as in every chat composer).
class PostMessageDialog : public ActionDialog
{
    Q_OBJECT

public:
    explicit PostMessageDialog(api::PopsellApi &api, QWidget *parent = nullptr);
    ~PostMessageDialog() override;

    void prepare(const domain::Chatroom &room);

    QComboBox *authorBox() const { return m_author; }
    QPlainTextEdit *textEdit() const { return m_text; }

Q_SIGNALS:
    void posted(const popsell::domain::Message &message);

protected:
    void submit() override;
    QWidget *initialFocusWidget() const override;

private:
    void updateOk();

    api::PopsellApi &m_api;
    std::unique_ptr<Ui::PostMessageForm> m_ui;
    qint64 m_room = 0;
    QComboBox *m_author = nullptr;
    QPlainTextEdit *m_text = nullptr;
};

} // namespace popsell::app
