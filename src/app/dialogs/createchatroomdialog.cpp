#include "app/dialogs/createchatroomdialog.h"

#include "app/dialogs/searchpicker.h"
#include "app/outbox/actionsender.h"
#include "core/api/popsellapi.h"
#include "core/models/ambassadorsearchmodel.h"
#include "core/models/brandtagsearchmodel.h"
#include "core/outbox/outboxaction.h"
#include "ui_createchatroomdialog.h"

#include <QButtonGroup>
#include <QLineEdit>

namespace popsell::app {

using api::CreateChatroomRequest;

CreateChatroomDialog::CreateChatroomDialog(api::PopsellApi &api, ActionSender &sender,
                                           QWidget *parent)
    : ActionDialog(parent)
    , m_sender(sender)
    , m_ui(std::make_unique<Ui::CreateChatroomForm>())
{
    m_ui->setupUi(form());
    setObjectName(QStringLiteral("createChatroomDialog"));
    setWindowTitle(tr("Create chatroom"));
    setOkText(tr("&Create"));

    m_ui->firstPicker->setModel(new models::AmbassadorSearchModel(api, m_ui->firstPicker));
    m_ui->secondPicker->setModel(new models::AmbassadorSearchModel(api, m_ui->secondPicker));
    m_ui->tagPicker->setModel(new models::BrandTagSearchModel(api, m_ui->tagPicker));
    // The fields, not the pickers, take focus: they carry the names screen readers say.
    m_ui->firstPicker->searchField()->setAccessibleName(tr("First ambassador"));
    m_ui->firstPicker->searchField()->setPlaceholderText(tr("Search by name or id"));
    m_ui->secondPicker->searchField()->setAccessibleName(tr("Second ambassador"));
    m_ui->secondPicker->searchField()->setPlaceholderText(tr("Search by name or id"));
    m_ui->tagPicker->searchField()->setAccessibleName(tr("Brand tag"));
    m_ui->tagPicker->searchField()->setPlaceholderText(tr("Search brand tags"));

    // "ids_ambassadors.0" is the first picker's error, "ids_ambassadors" the pair's.
    adoptFieldErrorLabel(QStringLiteral("ids_ambassadors.0"), m_ui->firstError);
    adoptFieldErrorLabel(QStringLiteral("ids_ambassadors.1"), m_ui->secondError);
    adoptFieldErrorLabel(QStringLiteral("ids_ambassadors"), m_ui->pairError);
    adoptFieldErrorLabel(QStringLiteral("id_brand_tag"), m_ui->tagError);
    adoptFieldErrorLabel(QStringLiteral("source"), m_ui->sourceError);

    m_ui->source->addItem(tr("Direct"), CreateChatroomRequest::Direct);
    m_ui->source->addItem(tr("Waiting list"), CreateChatroomRequest::WaitingList);
    m_ui->source->addItem(tr("Hot list"), CreateChatroomRequest::HotList);

    auto *modes = new QButtonGroup(this);
    modes->addButton(m_ui->byAmbassadors);
    modes->addButton(m_ui->byTag);

    setTabOrder(m_ui->byAmbassadors, m_ui->byTag);
    setTabOrder(m_ui->byTag, m_ui->firstPicker->searchField());
    setTabOrder(m_ui->firstPicker->searchField(), m_ui->secondPicker->searchField());
    setTabOrder(m_ui->secondPicker->searchField(), m_ui->tagPicker->searchField());
    setTabOrder(m_ui->tagPicker->searchField(), m_ui->source);

    connect(modes, &QButtonGroup::buttonToggled, this, &CreateChatroomDialog::updateMode);
    for (SearchPicker *picker : {m_ui->firstPicker, m_ui->secondPicker, m_ui->tagPicker})
        connect(picker, &SearchPicker::currentChanged, this, &CreateChatroomDialog::updateOk);
    updateMode();
}

CreateChatroomDialog::~CreateChatroomDialog() = default;

SearchPicker *CreateChatroomDialog::firstAmbassadorPicker() const
{
    return m_ui->firstPicker;
}

SearchPicker *CreateChatroomDialog::secondAmbassadorPicker() const
{
    return m_ui->secondPicker;
}

SearchPicker *CreateChatroomDialog::brandTagPicker() const
{
    return m_ui->tagPicker;
}

QComboBox *CreateChatroomDialog::sourceBox() const
{
    return m_ui->source;
}

void CreateChatroomDialog::prepare()
{
    if (!m_keepInput) {
        m_ui->firstPicker->searchField()->clear();
        m_ui->secondPicker->searchField()->clear();
        m_ui->tagPicker->searchField()->clear();
        m_ui->source->setCurrentIndex(0);
        clearErrors();
    }
    m_ui->firstPicker->refresh();
    m_ui->secondPicker->refresh();
    m_ui->tagPicker->refresh();
    updateMode();
}

void CreateChatroomDialog::submit()
{
    const int source = m_ui->source->currentData().toInt();
    const CreateChatroomRequest request =
        m_ui->byTag->isChecked()
            ? CreateChatroomRequest::forBrandTag(m_ui->tagPicker->current()->id, source)
            : CreateChatroomRequest::betweenAmbassadors(m_ui->firstPicker->current()->id,
                                                        m_ui->secondPicker->current()->id, source);
    m_keepInput = true;
    sendAction(m_sender, outbox::OutboxAction::createChatroom({}, request), std::nullopt,
               [this](const QJsonValue &answer) {
                   m_keepInput = false;
                   if (const std::optional<domain::Chatroom> created =
                           domain::Chatroom::fromJson(answer))
                       Q_EMIT this->created(*created);
                   accept();
               });
}

void CreateChatroomDialog::updateMode()
{
    const bool byTag = m_ui->byTag->isChecked();
    m_ui->stack->setCurrentIndex(byTag ? 1 : 0);
    if (isVisible() && !isBusy() &&
        (m_ui->tagPicker->hasFocus() || m_ui->firstPicker->hasFocus() ||
         m_ui->secondPicker->hasFocus())) {
        initialFocusWidget()->setFocus(Qt::OtherFocusReason);
    }
    updateOk();
}

QWidget *CreateChatroomDialog::initialFocusWidget() const
{
    return m_ui->byTag->isChecked() ? m_ui->tagPicker->searchField()
                                    : m_ui->firstPicker->searchField();
}

void CreateChatroomDialog::updateOk()
{
    // Both pickers on the same person is caught locally by PopsellApi (with a field
    // error), so OK only waits for a choice in each picker.
    const bool ready = m_ui->byTag->isChecked()
                           ? m_ui->tagPicker->current().has_value()
                           : m_ui->firstPicker->current() && m_ui->secondPicker->current();
    setOkEnabled(ready);
}

} // namespace popsell::app
