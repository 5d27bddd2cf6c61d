#pragma once

#include "app/dialogs/actiondialog.h"
#include "core/domain/chatroom.h"

#include <memory>

class QComboBox;

namespace Ui {
class PushProductForm;
}
namespace popsell::api {
class PopsellApi;
}

namespace popsell::app {

class ActionSender;
class ProductPreview;
class SearchPicker;

// Push product (seed 000): a product found by name, previewed as the card the room will
// show, posted in the room in the name of one of its members (the first by default).
class PushProductDialog : public ActionDialog
{
    Q_OBJECT

public:
    PushProductDialog(api::PopsellApi &api, ActionSender &sender, QWidget *parent = nullptr);
    ~PushProductDialog() override;

    // The room to post in; the author box lists its members.
    void prepare(const domain::Chatroom &room);

    SearchPicker *productPicker() const { return m_product; }
    QComboBox *authorBox() const { return m_author; }
    ProductPreview *preview() const { return m_preview; }

Q_SIGNALS:
    void pushed(const popsell::domain::Message &message);

protected:
    void submit() override;
    QWidget *initialFocusWidget() const override;

private:
    void updatePreview();

    ActionSender &m_sender;
    std::unique_ptr<Ui::PushProductForm> m_ui;
    domain::Chatroom m_room;
    SearchPicker *m_product = nullptr;
    ProductPreview *m_preview = nullptr;
    QComboBox *m_author = nullptr;
};

} // namespace popsell::app
