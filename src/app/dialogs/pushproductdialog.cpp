#include "app/dialogs/pushproductdialog.h"

#include "app/dialogs/productpreview.h"
#include "app/dialogs/roommembers.h"
#include "app/dialogs/searchpicker.h"
#include "app/outbox/actionsender.h"
#include "core/api/popsellapi.h"
#include "core/models/productsearchmodel.h"
#include "core/outbox/outboxaction.h"
#include "ui_pushproductdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>

namespace popsell::app {

PushProductDialog::PushProductDialog(api::PopsellApi &api, ActionSender &sender, QWidget *parent)
    : ActionDialog(parent)
    , m_sender(sender)
    , m_ui(std::make_unique<Ui::PushProductForm>())
{
    m_ui->setupUi(form());
    m_product = m_ui->product;
    m_preview = m_ui->preview;
    m_author = m_ui->author;
    setObjectName(QStringLiteral("pushProductDialog"));
    setOkText(tr("&Push"));
    m_product->setModel(new models::ProductSearchModel(api, m_product));
    m_product->searchField()->setAccessibleName(tr("Product"));
    m_product->searchField()->setPlaceholderText(tr("Search products by name"));

    adoptFieldErrorLabel(QStringLiteral("id_product"), m_ui->productError);
    adoptFieldErrorLabel(QStringLiteral("id_ambassador"), m_ui->authorError);
    setTabOrder(m_product->searchField(), m_author);

    connect(m_product, &SearchPicker::currentChanged, this, &PushProductDialog::updatePreview);
    updatePreview();
}

PushProductDialog::~PushProductDialog() = default;

void PushProductDialog::prepare(const domain::Chatroom &room)
{
    if (room.id != m_room.id) {
        clearErrors();
        fillMemberBox(m_author, room);
    }
    m_room = room;
    setWindowTitle(tr("Push a product into chatroom #%1").arg(room.id));
    m_product->refresh();
}

void PushProductDialog::submit()
{
    api::ProductMessageRequest request;
    request.product = m_product->current()->id;
    request.ambassador = selectedMember(m_author);

    // How the card will look in the thread until the server has it.
    domain::Message draft;
    draft.idChatroom = m_room.id;
    draft.dateInsert = QDateTime::currentDateTimeUtc();
    draft.typeMessage = int(domain::MessageType::Product);
    if (const domain::ChatroomMember *author = m_room.member(request.ambassador))
        draft.author = author->ambassador;
    draft.products = {m_product->current()->payload.value<domain::Product>()};

    sendAction(m_sender, outbox::OutboxAction::pushProduct({}, m_room.id, request), draft,
               [this](const QJsonValue &answer) {
                   m_product->searchField()->clear();
                   if (const std::optional<domain::Message> message =
                           domain::Message::fromJson(answer))
                       Q_EMIT pushed(*message);
                   accept();
               });
}

QWidget *PushProductDialog::initialFocusWidget() const
{
    return m_product->searchField();
}

void PushProductDialog::updatePreview()
{
    const std::optional<SearchPicker::Item> item = m_product->current();
    m_preview->setProduct(item ? std::optional(item->payload.value<domain::Product>())
                               : std::nullopt);
    setOkEnabled(item.has_value() && m_author->count() > 0);
}

} // namespace popsell::app
