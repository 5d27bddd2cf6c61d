#include "cli/commands/commands.h"
#include "cli/commands/common.h"
#include "cli/humanformat.h"
#include "cli/labels.h"

#include <QJsonObject>

namespace popsell::cli {

using api::ActionAck;
using api::Endpoint;
using domain::Message;

namespace {

// The per-ambassador actions on a chatroom: CHATROOM AMBASSADOR, then what to do.
class MemberCommands
{
    Q_DECLARE_TR_FUNCTIONS(MemberCommands)

public:
    static CommandSpec markRead();
    static CommandSpec flag();
    static CommandSpec archive(bool archived);
    static CommandSpec block(bool blocked);
    static CommandSpec purge();
};

struct Member
{
    qint64 chatroom = 0;
    qint64 ambassador = 0;
};

Member readMember(CommandArgs &args)
{
    Member member;
    member.chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
    member.ambassador = args.positionalId(1, QStringLiteral("AMBASSADOR"));
    return member;
}

// The answer of an action route is free text, never parsed (reference section 5): the
// output says what was done, with the server's words alongside.
CommandRun::Callback<ActionAck> finishAction(CommandRun &run, Member member, QString key,
                                             QJsonValue value, QString human)
{
    return run.finishWith<ActionAck>(
        [member, key, value](const ActionAck &ack) {
            return QJsonValue(QJsonObject{
                {QStringLiteral("chatroom"), member.chatroom},
                {QStringLiteral("ambassador"), member.ambassador},
                {key, value},
                {QStringLiteral("message"), ack.message},
            });
        },
        [human](const ActionAck &) { return human; });
}

CommandSpec MemberCommands::markRead()
{
    CommandSpec spec;
    spec.name = QStringLiteral("mark-read");
    spec.summary = tr("Mark the last message of a chatroom as read by an ambassador.");
    spec.arguments = {common::Texts::chatroom(), common::Texts::ambassador()};
    spec.endpoints = {Endpoint::MarkRead};
    spec.prepare = [](CommandArgs &args) -> Action {
        const Member member = readMember(args);
        return [member](CommandRun &run) {
            run.api().markRead(member.chatroom, member.ambassador, run.context(),
                               run.finishWith<Message>([](const Message &message) {
                                   return HumanFormat::message(message);
                               }));
        };
    };
    return spec;
}

CommandSpec MemberCommands::flag()
{
    CommandSpec spec;
    spec.name = QStringLiteral("flag");
    spec.summary = tr("Set an ambassador's moderation flag on a chatroom: todo, done or clear.");
    spec.arguments = {common::Texts::chatroom(),
                      common::Texts::ambassador(),
                      {QStringLiteral("FLAG"), tr("todo, done or clear."), true}};
    spec.endpoints = {Endpoint::SetFlag};
    spec.prepare = [](CommandArgs &args) -> Action {
        const Member member = readMember(args);
        std::optional<int> flag;
        const QString word = args.optionalPositional(2).value_or(QString()).trimmed().toLower();
        if (word == u"todo")
            flag = 1;
        else if (word == u"done")
            flag = 2;
        else if (word != u"clear")
            args.fail(tr("FLAG must be todo, done or clear, not \"%1\"").arg(word));
        return [member, flag](CommandRun &run) {
            const QString human = flag ? tr("Chatroom %1 flagged %2 for ambassador %3.")
                                             .arg(member.chatroom)
                                             .arg(Labels::flag(flag))
                                             .arg(member.ambassador)
                                       : tr("Chatroom %1 unflagged for ambassador %2.")
                                             .arg(member.chatroom)
                                             .arg(member.ambassador);
            run.api().setFlag(member.chatroom, member.ambassador, flag, run.context(),
                              finishAction(run, member, QStringLiteral("flag"),
                                           flag ? QJsonValue(*flag) : QJsonValue(QJsonValue::Null),
                                           human));
        };
    };
    return spec;
}

CommandSpec MemberCommands::archive(bool archived)
{
    CommandSpec spec;
    spec.name = archived ? QStringLiteral("archive") : QStringLiteral("unarchive");
    spec.summary = archived ? tr("Archive a chatroom for one ambassador.")
                            : tr("Bring an archived chatroom back for one ambassador.");
    spec.arguments = {common::Texts::chatroom(), common::Texts::ambassador()};
    spec.endpoints = {Endpoint::SetArchived};
    spec.prepare = [archived](CommandArgs &args) -> Action {
        const Member member = readMember(args);
        return [member, archived](CommandRun &run) {
            const QString human = (archived ? tr("Chatroom %1 archived for ambassador %2.")
                                            : tr("Chatroom %1 unarchived for ambassador %2."))
                                      .arg(member.chatroom)
                                      .arg(member.ambassador);
            run.api().setArchived(
                member.chatroom, member.ambassador, archived, run.context(),
                finishAction(run, member, QStringLiteral("archived"), archived, human));
        };
    };
    return spec;
}

CommandSpec MemberCommands::block(bool blocked)
{
    CommandSpec spec;
    spec.name = blocked ? QStringLiteral("block") : QStringLiteral("unblock");
    spec.summary = blocked ? tr("Block a chatroom for one ambassador.")
                           : tr("Unblock a chatroom for one ambassador.");
    spec.arguments = {common::Texts::chatroom(), common::Texts::ambassador()};
    spec.endpoints = {Endpoint::SetBlocked};
    spec.prepare = [blocked](CommandArgs &args) -> Action {
        const Member member = readMember(args);
        return [member, blocked](CommandRun &run) {
            const QString human = (blocked ? tr("Chatroom %1 blocked for ambassador %2.")
                                           : tr("Chatroom %1 unblocked for ambassador %2."))
                                      .arg(member.chatroom)
                                      .arg(member.ambassador);
            run.api().setBlocked(
                member.chatroom, member.ambassador, blocked, run.context(),
                finishAction(run, member, QStringLiteral("blocked"), blocked, human));
        };
    };
    return spec;
}

CommandSpec MemberCommands::purge()
{
    CommandSpec spec;
    spec.name = QStringLiteral("purge");
    spec.summary = tr("Purge a chatroom for one ambassador (hides it from his list).");
    spec.arguments = {common::Texts::chatroom()};
    spec.options = {common::option(QStringLiteral("ambassador"),
                                   tr("The ambassador it is purged for (required)."),
                                   QStringLiteral("ID"))};
    spec.endpoints = {Endpoint::PurgeChatroom};
    spec.prepare = [](CommandArgs &args) -> Action {
        Member member;
        member.chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        member.ambassador = args.requiredId(QStringLiteral("ambassador"));
        return [member](CommandRun &run) {
            const QString human = tr("Chatroom %1 purged for ambassador %2.")
                                      .arg(member.chatroom)
                                      .arg(member.ambassador);
            run.api().purgeChatroom(
                member.chatroom, member.ambassador, run.context(),
                finishAction(run, member, QStringLiteral("purged"), true, human));
        };
    };
    return spec;
}

} // namespace

QList<CommandSpec> memberCommands()
{
    return {MemberCommands::markRead(),    MemberCommands::flag(),
            MemberCommands::archive(true), MemberCommands::archive(false),
            MemberCommands::block(true),   MemberCommands::block(false),
            MemberCommands::purge()};
}

} // namespace popsell::cli
