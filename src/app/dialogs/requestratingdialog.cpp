#include "app/dialogs/requestratingdialog.h"

#include "app/dialogs/roommembers.h"
#include "app/outbox/actionsender.h"
#include "core/api/popsellapi.h"
#include "core/outbox/outboxaction.h"
#include "ui_requestratingdialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace popsell::app {

RequestRatingDialog::RequestRatingDialog(api::PopsellApi &api, ActionSender &sender,
                                         QWidget *parent)
    : ActionDialog(parent)
    , m_api(api)
    , m_sender(sender)
    , m_ui(std::make_unique<Ui::RequestRatingForm>())
{
    m_ui->setupUi(form());
    m_rater = m_ui->rater;
    m_rated = m_ui->rated;
    m_score = m_ui->score;
    m_comment = m_ui->comment;
    setObjectName(QStringLiteral("requestRatingDialog"));
    setOkText(tr("&Request"));
    // kNoScore shows as "No score": the score is optional.
    m_score->setRange(kNoScore, 5);
    m_score->setSpecialValueText(tr("No score"));
    m_score->setValue(kNoScore);
    m_comment->setPlaceholderText(tr("Optional comment"));

    adoptFieldErrorLabel(QStringLiteral("id_user_rater"), m_ui->raterError);
    adoptFieldErrorLabel(QStringLiteral("id_user_rated"), m_ui->ratedError);
    adoptFieldErrorLabel(QStringLiteral("value"), m_ui->scoreError);
    adoptFieldErrorLabel(QStringLiteral("content"), m_ui->commentError);
    // The score comes first: rater and rated usually keep their defaults.
    setTabOrder(m_score, m_comment);
    setTabOrder(m_comment, m_rater);
    setTabOrder(m_rater, m_rated);

    connect(m_rater, &QComboBox::currentIndexChanged, this, &RequestRatingDialog::updateOk);
    connect(m_rated, &QComboBox::currentIndexChanged, this, &RequestRatingDialog::updateOk);
}

RequestRatingDialog::~RequestRatingDialog() = default;

void RequestRatingDialog::prepare(const domain::Chatroom &room)
{
    if (room.id != m_room.id || m_rater->count() == 0) {
        clearErrors();
        m_created.reset();
        fillMemberBox(m_rater, room, 0, 0);
        fillMemberBox(m_rated, room, 0, 1);
        m_score->setValue(kNoScore);
        m_comment->clear();
    }
    m_room = room;
    setWindowTitle(tr("Request a rating in chatroom #%1").arg(room.id));
    updateOk();
}

void RequestRatingDialog::submit()
{
    if (m_created) {
        sendScore(); // the rating exists: only the score is left to send
        return;
    }
    api::RatingRequest request;
    request.rater = selectedMember(m_rater);
    request.rated = selectedMember(m_rated);

    domain::Message draft;
    draft.idChatroom = m_room.id;
    draft.dateInsert = QDateTime::currentDateTimeUtc();
    draft.typeMessage = int(domain::MessageType::Rating);
    if (const domain::ChatroomMember *rater = m_room.member(*request.rater))
        draft.author = rater->ambassador;
    draft.rating = domain::Rating{};

    // With a score or comment to send after it, the dialog waits for the rating through any
    // retries: the score needs the rating's id.
    const bool scoreToFollow =
        m_score->value() != kNoScore || !m_comment->text().trimmed().isEmpty();
    sendAction(
        m_sender, outbox::OutboxAction::requestRating({}, m_room.id, request), draft,
        [this](const QJsonValue &answer) {
            m_created = domain::Message::fromJson(answer);
            if (!m_created) {
                accept(); // requested; the answer cannot be read, so no score can follow
                return;
            }
            sendScore();
        },
        scoreToFollow);
}

void RequestRatingDialog::sendScore()
{
    api::RatingUpdate update;
    if (m_score->value() != kNoScore)
        update.value = m_score->value();
    if (!m_comment->text().trimmed().isEmpty())
        update.content = m_comment->text().trimmed();
    if (!update.value && !update.content) {
        complete();
        return;
    }
    if (!m_created->rating) {
        // The server answered without the rating object: nothing to score.
        complete();
        return;
    }
    startRequest(m_api.updateRating(m_created->rating->id, update, this,
                                    [this](api::Result<domain::Rating> rating) {
                                        if (!rating) {
                                            failRequest(rating.error());
                                            return;
                                        }
                                        m_created->rating = rating.value();
                                        finishRequest();
                                        complete();
                                    }));
}

void RequestRatingDialog::complete()
{
    const domain::Message message = *m_created;
    m_created.reset();
    m_score->setValue(kNoScore);
    m_comment->clear();
    Q_EMIT requested(message);
    accept();
}

QWidget *RequestRatingDialog::initialFocusWidget() const
{
    return m_score;
}

void RequestRatingDialog::updateOk()
{
    // A member cannot rate themself.
    const bool distinct = selectedMember(m_rater) != selectedMember(m_rated);
    setOkEnabled(m_rater->count() > 0 && distinct);
}

} // namespace popsell::app
