#include "app/dialogs/memberactiondialog.h"

#include "app/dialogs/roommembers.h"
#include "core/api/popsellapi.h"
#include "ui_memberactiondialog.h"

#include <QComboBox>
#include <QLabel>

namespace popsell::app {

MemberActionDialog::MemberActionDialog(api::PopsellApi &api, Spec spec, QWidget *parent)
    : ActionDialog(parent)
    , m_api(api)
    , m_spec(std::move(spec))
    , m_ui(std::make_unique<Ui::MemberActionForm>())
{
    m_ui->setupUi(form());
    m_member = m_ui->member;
    m_description = m_ui->description;
    setOkText(m_spec.okText);
    m_description->setTextFormat(Qt::PlainText);
    adoptFieldErrorLabel(QStringLiteral("id_ambassador"), m_ui->memberError);
    connect(m_member, &QComboBox::currentIndexChanged, this,
            &MemberActionDialog::updateDescription);
}

MemberActionDialog::~MemberActionDialog() = default;

void MemberActionDialog::prepare(const domain::Chatroom &room)
{
    if (isBusy())
        return; // a request of this dialog still runs: it is shown as it is
    setWindowTitle(m_spec.title.arg(room.id));
    showRoom(room);
    startRequest(m_api.chatroom(room.id, this, [this](api::Result<domain::Chatroom> fresh) {
        if (!fresh) {
            failRequest(fresh.error()); // the members as known stay usable
            return;
        }
        finishRequest();
        showRoom(fresh.value());
    }));
}

void MemberActionDialog::showRoom(const domain::Chatroom &room)
{
    m_room = room;
    fillMemberBox(m_member, room, m_spec.prefer ? m_spec.prefer(room) : 0);
    setOkEnabled(m_member->count() > 0);
    updateDescription();
}

void MemberActionDialog::submit()
{
    const domain::ChatroomMember *member = m_room.member(selectedMember(m_member));
    if (!member)
        return;
    const qint64 room = m_room.id;
    const qint64 ambassador = member->ambassador->id;
    startRequest(m_spec.operation(room, *member, this,
                                  [this, room, ambassador](std::optional<api::ApiError> error) {
                                      if (error) {
                                          failRequest(*error);
                                          return;
                                      }
                                      finishRequest();
                                      Q_EMIT succeeded(room, ambassador);
                                      accept();
                                  }));
}

QWidget *MemberActionDialog::initialFocusWidget() const
{
    return m_member;
}

void MemberActionDialog::updateDescription()
{
    const domain::ChatroomMember *member = m_room.member(selectedMember(m_member));
    m_description->setText(member && m_spec.describe ? m_spec.describe(*member) : QString());
}

} // namespace popsell::app
