#include "app/dialogs/postmessagedialog.h"

#include "app/dialogs/roommembers.h"
#include "core/api/popsellapi.h"
#include "ui_postmessagedialog.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QShortcut>

namespace popsell::app {

PostMessageDialog::PostMessageDialog(api::PopsellApi &api, QWidget *parent)
    : ActionDialog(parent)
    , m_api(api)
    , m_ui(std::make_unique<Ui::PostMessageForm>())
{
    m_ui->setupUi(form());
    m_author = m_ui->author;
    m_text = m_ui->text;
    setObjectName(QStringLiteral("postMessageDialog"));
    setOkText(tr("&Send"));
    okButton()->setToolTip(tr("Send (Ctrl+Enter)"));
    // Enter belongs to the text (new lines); Ctrl+Enter sends.
    okButton()->setDefault(false);
    m_text->setPlaceholderText(tr("Write a message — Ctrl+Enter sends"));

    adoptFieldErrorLabel(QStringLiteral("id_ambassador"), m_ui->authorError);
    adoptFieldErrorLabel(QStringLiteral("content"), m_ui->contentError);
    setTabOrder(m_text, m_author);

    for (const QKeySequence &send :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(send, this);
        connect(shortcut, &QShortcut::activated, okButton(), &QPushButton::click);
    }
    connect(m_text, &QPlainTextEdit::textChanged, this, &PostMessageDialog::updateOk);
    updateOk();
}

PostMessageDialog::~PostMessageDialog() = default;

void PostMessageDialog::prepare(const domain::Chatroom &room)
{
    if (room.id != m_room) {
        clearErrors();
        fillMemberBox(m_author, room);
    }
    m_room = room.id;
    setWindowTitle(tr("Post a message in chatroom #%1").arg(room.id));
    updateOk();
}

void PostMessageDialog::submit()
{
    api::PostMessageRequest request;
    request.ambassador = selectedMember(m_author);
    request.typeMessage = 0;
    request.content = m_text->toPlainText().trimmed();
    startRequest(
        m_api.postMessage(m_room, request, this, [this](api::Result<domain::Message> message) {
            if (!message) {
                failRequest(message.error());
                return;
            }
            finishRequest();
            m_text->clear();
            Q_EMIT posted(message.value());
            accept();
        }));
}

QWidget *PostMessageDialog::initialFocusWidget() const
{
    return m_text;
}

void PostMessageDialog::updateOk()
{
    setOkEnabled(m_author->count() > 0 && !m_text->toPlainText().trimmed().isEmpty());
}

} // namespace popsell::app
