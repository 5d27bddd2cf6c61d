#include "cli/commands/commands.h"
#include "cli/commands/common.h"
#include "cli/humanformat.h"
#include "cli/labels.h"
#include "core/timestamps.h"

namespace popsell::cli {

using api::Endpoint;
using domain::Chatroom;

namespace {

class ChatroomCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChatroomCommands)

public:
    static CommandSpec createChatroom();
    static CommandSpec setDialogue();
    static CommandSpec chatroom();
    static CommandSpec managerChatroom();
    static CommandSpec chatrooms();
    static CommandSpec ambassadorChatrooms();
};

std::optional<int> sourceOption(CommandArgs &args)
{
    return args.choice(QStringLiteral("source"), Labels::sourceNames());
}

CommandRun::Render<Chatroom> chatroomText()
{
    return [](const Chatroom &room) {
        return HumanFormat::chatroom(room);
    };
}

CommandRun::Render<QList<Chatroom>> chatroomTable()
{
    return [](const QList<Chatroom> &rooms) {
        return HumanFormat::chatrooms(rooms);
    };
}

CommandSpec ChatroomCommands::createChatroom()
{
    CommandSpec spec;
    spec.name = QStringLiteral("create-chatroom");
    spec.summary = tr("Create a chatroom between two ambassadors, or for a brand tag.");
    spec.options = {
        common::option(QStringLiteral("ambassadors"), tr("The two members: two ambassador ids."),
                       QStringLiteral("A,B")),
        common::option(QStringLiteral("brand-tag"),
                       tr("A one-to-many chatroom for this brand tag instead."),
                       QStringLiteral("ID")),
        common::option(QStringLiteral("source"),
                       tr("0 direct, 1 waiting_list, 2 hot_list (number or name; default 0)."),
                       QStringLiteral("SOURCE")),
    };
    spec.endpoints = {Endpoint::CreateChatroom};
    spec.prepare = [](CommandArgs &args) -> Action {
        const QList<qint64> ambassadors = args.idList(QStringLiteral("ambassadors"));
        const std::optional<qint64> brandTag = args.id(QStringLiteral("brand-tag"));
        const int source = sourceOption(args).value_or(api::CreateChatroomRequest::Direct);
        const bool byAmbassadors = args.isSet(QStringLiteral("ambassadors"));
        // The reference's rule, not its example (quirk 9): one or the other.
        if (byAmbassadors == args.isSet(QStringLiteral("brand-tag")))
            args.fail(tr("give either --ambassadors A,B or --brand-tag ID"));
        else if (byAmbassadors && ambassadors.size() != 2 && !args.failed())
            args.fail(tr("--ambassadors expects exactly two ids"));
        const api::CreateChatroomRequest request =
            byAmbassadors ? api::CreateChatroomRequest::betweenAmbassadors(
                                ambassadors.value(0), ambassadors.value(1), source)
                          : api::CreateChatroomRequest::forBrandTag(brandTag.value_or(0), source);
        return [request](CommandRun &run) {
            run.api().createChatroom(request, run.context(),
                                     run.finishWith<Chatroom>(chatroomText()));
        };
    };
    return spec;
}

CommandSpec ChatroomCommands::setDialogue()
{
    CommandSpec spec;
    spec.name = QStringLiteral("set-dialogue");
    spec.summary = tr("Mark a chatroom's dialogue as established (at DATE, default now), or clear "
                      "it.");
    spec.arguments = {common::Texts::chatroom(),
                      {QStringLiteral("DATE"),
                       tr("When it was established: 2023-10-06 13:41:09.123, "
                          "2023-10-06T13:41:09Z, ... (no zone = UTC; default now)."),
                       false}};
    spec.options = {common::option(QStringLiteral("clear"), tr("Clear it instead."))};
    spec.endpoints = {Endpoint::UpdateChatroom, Endpoint::GetChatroom};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        const std::optional<QString> dateText = args.optionalPositional(1);
        const bool clear = args.isSet(QStringLiteral("clear"));
        std::optional<QDateTime> at = QDateTime::currentDateTimeUtc();
        if (clear && dateText)
            args.fail(tr("give DATE or --clear, not both"));
        else if (clear)
            at.reset();
        else if (dateText) {
            at = timestamps::parse(*dateText);
            if (!at)
                args.fail(tr("DATE must be a timestamp such as 2023-10-06 13:41:09.123 or "
                             "2023-10-06T13:41:09Z, not \"%1\"")
                              .arg(*dateText));
        }
        return [chatroom, at](CommandRun &run) {
            run.api().setEstablishedDialogue(chatroom, at, run.context(),
                                             run.finishWith<Chatroom>(chatroomText()));
        };
    };
    return spec;
}

CommandSpec ChatroomCommands::chatroom()
{
    CommandSpec spec;
    spec.name = QStringLiteral("chatroom");
    spec.summary = tr("Show one chatroom.");
    spec.arguments = {common::Texts::chatroom()};
    spec.endpoints = {Endpoint::GetChatroom};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        return [chatroom](CommandRun &run) {
            run.api().chatroom(chatroom, run.context(), run.finishWith<Chatroom>(chatroomText()));
        };
    };
    return spec;
}

CommandSpec ChatroomCommands::managerChatroom()
{
    CommandSpec spec;
    spec.name = QStringLiteral("manager-chatroom");
    spec.summary = tr("Show one chatroom with its messages (manager scope).");
    spec.arguments = {common::Texts::chatroom()};
    spec.endpoints = {Endpoint::ManagerGetChatroom};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        return [chatroom](CommandRun &run) {
            run.api().managerChatroom(chatroom, run.context(),
                                      run.finishWith<Chatroom>(chatroomText()));
        };
    };
    return spec;
}

CommandSpec ChatroomCommands::chatrooms()
{
    CommandSpec spec;
    spec.name = QStringLiteral("chatrooms");
    spec.summary = tr("List the brand's chatrooms: the moderator inbox (manager scope).");
    spec.options = {
        common::option(QStringLiteral("type"), tr("Chatroom type: 0 one to one, 7 one to many."),
                       QStringLiteral("N")),
        common::option(QStringLiteral("discussion"),
                       tr("Discussion type: 0 members, 1 external, 2 both."), QStringLiteral("N")),
        common::option(QStringLiteral("source"), tr("direct, waiting_list or hot_list (or 0-2)."),
                       QStringLiteral("NAME")),
        common::option(QStringLiteral("dialogue"), tr("established or not_established."),
                       QStringLiteral("STATE")),
        common::option(QStringLiteral("last-rating"), tr("0 to 5, or not_rated."),
                       QStringLiteral("R")),
        common::option(QStringLiteral("ambassador"), tr("Chatrooms this ambassador posted in."),
                       QStringLiteral("ID")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::perPage(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ManagerListChatrooms};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::ChatroomFilters filters;
        filters.typeChatroom = args.integer(QStringLiteral("type"), 0, 7);
        filters.typeDiscussion = args.integer(QStringLiteral("discussion"), 0, 2);
        filters.source = sourceOption(args);
        if (const std::optional<int> dialogue =
                args.choice(QStringLiteral("dialogue"),
                            {QStringLiteral("not_established"), QStringLiteral("established")}))
            filters.dialogueEstablished = *dialogue == 1;
        if (args.text(QStringLiteral("last-rating")).trimmed() == u"not_rated")
            filters.lastRating = api::ChatroomFilters::kNotRated;
        else
            filters.lastRating = args.integer(QStringLiteral("last-rating"), 0, 5);
        filters.ambassador = args.id(QStringLiteral("ambassador"));
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        filters.perPage = common::perPage(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Chatroom>(
                run, Endpoint::ManagerListChatrooms,
                [&api, filters](QObject *context, auto done) {
                    return api.managerChatrooms(filters, context, std::move(done));
                },
                all, chatroomTable());
        };
    };
    return spec;
}

CommandSpec ChatroomCommands::ambassadorChatrooms()
{
    CommandSpec spec;
    spec.name = QStringLiteral("ambassador-chatrooms");
    spec.summary = tr("List the chatrooms of an ambassador and of his guest accounts.");
    spec.arguments = {common::Texts::ambassador()};
    spec.options = {
        common::option(QStringLiteral("archived"), tr("true: archived chatrooms too."),
                       QStringLiteral("BOOL")),
        common::option(QStringLiteral("commented"), tr("true: commented only; false: not."),
                       QStringLiteral("BOOL")),
        common::option(QStringLiteral("flag"), tr("todo (1) or done (2)."), QStringLiteral("FLAG")),
        common::option(QStringLiteral("type"), tr("Chatroom type: 0 one to one, 7 one to many."),
                       QStringLiteral("N")),
        common::option(QStringLiteral("before"),
                       tr("Last action strictly before this timestamp (as the API gave it)."),
                       QStringLiteral("TIME")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ListAmbassadorChatrooms};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 ambassador = args.positionalId(0, QStringLiteral("AMBASSADOR"));
        api::AmbassadorChatroomFilters filters;
        filters.archived = args.boolean(QStringLiteral("archived"));
        filters.commented = args.boolean(QStringLiteral("commented"));
        filters.flag = args.choice(QStringLiteral("flag"),
                                   {QStringLiteral("todo"), QStringLiteral("done")}, 1);
        filters.typeChatroom = args.integer(QStringLiteral("type"), 0, 7);
        filters.lastActionDateBefore = args.text(QStringLiteral("before"));
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [ambassador, filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Chatroom>(
                run, Endpoint::ListAmbassadorChatrooms,
                [&api, ambassador, filters](QObject *context, auto done) {
                    return api.ambassadorChatrooms(ambassador, filters, context, std::move(done));
                },
                all, chatroomTable());
        };
    };
    return spec;
}

} // namespace

QList<CommandSpec> chatroomCommands()
{
    return {ChatroomCommands::createChatroom(),
            ChatroomCommands::setDialogue(),
            ChatroomCommands::chatroom(),
            ChatroomCommands::chatrooms(),
            ChatroomCommands::ambassadorChatrooms(),
            ChatroomCommands::managerChatroom()};
}

} // namespace popsell::cli
