#include "app/actions/memberactionspecs.h"

#include "app/outbox/actionsender.h"
#include "core/api/popsellapi.h"
#include "core/outbox/outboxaction.h"

#include <QCoreApplication>

namespace popsell::app::memberactions {

using api::PopsellApi;
using api::Result;
using domain::ChatroomMember;
using Done = MemberActionDialog::Done;

namespace {

// A class rather than a free tr(): lupdate files a free function's strings under a guessed
// context, which then never matches the one looked up at run time.
struct MemberActions
{
    Q_DECLARE_TR_FUNCTIONS(MemberActions)
};

// An action route's answer as the dialog's Done.
PopsellApi::Callback<api::ActionAck> ackTo(Done done)
{
    return [done = std::move(done)](Result<api::ActionAck> ack) {
        done(ack ? std::nullopt : std::optional(ack.error()));
    };
}

QString name(const ChatroomMember &member)
{
    return member.ambassador->displayName();
}

} // namespace

QList<qint64> membersWithUnread(const domain::Chatroom &room, std::optional<qint64> newestMessage)
{
    qint64 newest = newestMessage.value_or(0);
    if (!newestMessage) {
        for (const ChatroomMember &member : room.ambassadors) {
            if (member.pivot && member.pivot->lastReadMessage)
                newest = qMax(newest, *member.pivot->lastReadMessage);
        }
    }
    QList<qint64> unread;
    for (const ChatroomMember &member : room.ambassadors) {
        if (!member.pivot)
            continue;
        const qint64 read = member.pivot->lastReadMessage.value_or(0);
        if (read < newest || (newest == 0 && !member.pivot->lastReadMessage))
            unread.append(member.ambassador->id);
    }
    return unread;
}

MemberActionDialog::Spec markRead(ActionSender &sender,
                                  std::function<std::optional<qint64>(qint64 room)> newestMessage)
{
    MemberActionDialog::Spec spec;
    spec.title = MemberActions::tr("Mark read in chatroom #%1");
    spec.okText = MemberActions::tr("&Mark read");
    spec.prefer = [newestMessage](const domain::Chatroom &room) -> qint64 {
        const QList<qint64> unread = membersWithUnread(room, newestMessage(room.id));
        return unread.isEmpty() ? 0 : unread.first();
    };
    spec.describe = [](const ChatroomMember &member) {
        return MemberActions::tr("Marks every message of the room as read by %1.")
            .arg(name(member));
    };
    spec.operation = [&sender](qint64 room, const ChatroomMember &member, QObject *context,
                               Done done) -> api::ApiCall * {
        // The first try settles the dialog: a refusal keeps it open, anything else closes it
        // and the outbox carries the read marker through a lost network or a restart.
        sender.send(outbox::OutboxAction::markRead({}, room, member.ambassador->id), context,
                    [done](const SendOutcome &outcome) {
                        done(outcome.kind == SendOutcome::Kind::Refused
                                 ? std::optional(outcome.error)
                                 : std::nullopt);
                    });
        return nullptr;
    };
    return spec;
}

MemberActionDialog::Spec flag(PopsellApi &api, std::optional<int> flag)
{
    MemberActionDialog::Spec spec;
    if (flag == 1) {
        spec.title = MemberActions::tr("Flag chatroom #%1 as to do");
        spec.okText = MemberActions::tr("Flag as &to do");
    } else if (flag == 2) {
        spec.title = MemberActions::tr("Flag chatroom #%1 as done");
        spec.okText = MemberActions::tr("Flag as &done");
    } else {
        spec.title = MemberActions::tr("Clear the flag of chatroom #%1");
        spec.okText = MemberActions::tr("&Clear flag");
    }
    // The member whose flag would change; the first otherwise.
    spec.prefer = [flag](const domain::Chatroom &room) -> qint64 {
        for (const ChatroomMember &member : room.ambassadors) {
            if (member.pivot && member.pivot->flag != flag)
                return member.ambassador->id;
        }
        return 0;
    };
    spec.describe = [](const ChatroomMember &member) {
        const std::optional<int> now = member.pivot ? member.pivot->flag : std::nullopt;
        const QString state = now == 1   ? MemberActions::tr("to do")
                              : now == 2 ? MemberActions::tr("done")
                                         : MemberActions::tr("no flag");
        return MemberActions::tr("For %1 (now: %2).").arg(name(member), state);
    };
    spec.operation = [&api, flag](qint64 room, const ChatroomMember &member, QObject *context,
                                  Done done) {
        return api.setFlag(room, member.ambassador->id, flag, context, ackTo(std::move(done)));
    };
    return spec;
}

MemberActionDialog::Spec archive(PopsellApi &api)
{
    MemberActionDialog::Spec spec;
    spec.title = MemberActions::tr("Archive or unarchive chatroom #%1");
    spec.okText = MemberActions::tr("&Apply");
    spec.describe = [](const ChatroomMember &member) {
        return member.pivot && member.pivot->archived
                   ? MemberActions::tr("Unarchives the room for %1 (archived now).")
                         .arg(name(member))
                   : MemberActions::tr("Archives the room for %1.").arg(name(member));
    };
    spec.operation = [&api](qint64 room, const ChatroomMember &member, QObject *context,
                            Done done) {
        const bool archived = member.pivot && member.pivot->archived;
        return api.setArchived(room, member.ambassador->id, !archived, context,
                               ackTo(std::move(done)));
    };
    return spec;
}

MemberActionDialog::Spec block(PopsellApi &api)
{
    MemberActionDialog::Spec spec;
    spec.title = MemberActions::tr("Block or unblock in chatroom #%1");
    spec.okText = MemberActions::tr("&Apply");
    spec.describe = [](const ChatroomMember &member) {
        return member.pivot && member.pivot->isBlocked
                   ? MemberActions::tr("Unblocks %1 in this room (blocked now).").arg(name(member))
                   : MemberActions::tr("Blocks %1 in this room: they can no longer post.")
                         .arg(name(member));
    };
    spec.operation = [&api](qint64 room, const ChatroomMember &member, QObject *context,
                            Done done) {
        const bool blocked = member.pivot && member.pivot->isBlocked;
        return api.setBlocked(room, member.ambassador->id, !blocked, context,
                              ackTo(std::move(done)));
    };
    return spec;
}

} // namespace popsell::app::memberactions
