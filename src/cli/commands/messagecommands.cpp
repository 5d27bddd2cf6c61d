#include "cli/commands/commands.h"
#include "cli/commands/common.h"
#include "cli/humanformat.h"

namespace popsell::cli {

using api::ApiError;
using api::Endpoint;
using api::Result;
using domain::Message;
using domain::Rating;

namespace {

class MessageCommands
{
    Q_DECLARE_TR_FUNCTIONS(MessageCommands)

public:
    static CommandSpec pushProduct();
    static CommandSpec postMessage();
    static CommandSpec rate();
    static CommandSpec messages();
    static CommandSpec message();
    static CommandSpec editMessage();
    static CommandSpec setVisible(bool visible);
};

constexpr int kLastMessageType = 9;

CommandRun::Render<Message> messageText()
{
    return [](const Message &message) {
        return HumanFormat::message(message);
    };
}

CommandSpec MessageCommands::pushProduct()
{
    CommandSpec spec;
    spec.name = QStringLiteral("push-product");
    spec.summary = tr("Post a message carrying a product card in a chatroom.");
    spec.arguments = {common::Texts::chatroom()};
    spec.options = {
        common::option(QStringLiteral("ambassador"), tr("The author (required)."),
                       QStringLiteral("ID")),
        common::option(QStringLiteral("product"), tr("The product (required)."),
                       QStringLiteral("ID")),
    };
    spec.endpoints = {Endpoint::PostProductMessage};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        api::ProductMessageRequest request;
        request.ambassador = args.requiredId(QStringLiteral("ambassador"));
        request.product = args.requiredId(QStringLiteral("product"));
        return [chatroom, request](CommandRun &run) {
            run.api().postProductMessage(chatroom, request, run.context(),
                                         run.finishWith<Message>(messageText()));
        };
    };
    return spec;
}

CommandSpec MessageCommands::postMessage()
{
    CommandSpec spec;
    spec.name = QStringLiteral("post-message");
    spec.summary = tr("Post a message (text by default) in a chatroom.");
    spec.arguments = {common::Texts::chatroom()};
    spec.options = {
        common::option(QStringLiteral("ambassador"), tr("The author (required)."),
                       QStringLiteral("ID")),
        common::option(QStringLiteral("text"), tr("The content (required)."),
                       QStringLiteral("TEXT")),
        common::option(QStringLiteral("type"),
                       tr("Message type: 0 text (default), 1 picture, 3 product, 4 connection, 5 "
                          "request, 6 unavailable, 7 video, 8 email, 9 missed; not 2 (use rate)."),
                       QStringLiteral("N")),
    };
    spec.endpoints = {Endpoint::PostMessage};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        api::PostMessageRequest request;
        request.ambassador = args.requiredId(QStringLiteral("ambassador"));
        request.content = args.requiredText(QStringLiteral("text"));
        request.typeMessage = args.integer(QStringLiteral("type"), 0, kLastMessageType).value_or(0);
        return [chatroom, request](CommandRun &run) {
            run.api().postMessage(chatroom, request, run.context(),
                                  run.finishWith<Message>(messageText()));
        };
    };
    return spec;
}

// The rating message first; with --value / --comment its score is then set by a second
// call, and the output is the message carrying the scored rating.
CommandSpec MessageCommands::rate()
{
    CommandSpec spec;
    spec.name = QStringLiteral("rate");
    spec.summary = tr("Ask for a rating in a chatroom (a rating message); optionally score it.");
    spec.arguments = {common::Texts::chatroom()};
    spec.options = {
        common::option(QStringLiteral("rater"), tr("The ambassador who rates."),
                       QStringLiteral("ID")),
        common::option(QStringLiteral("rated"), tr("The ambassador who is rated."),
                       QStringLiteral("ID")),
        common::option(QStringLiteral("value"), tr("Then set the score, 0 to 5."),
                       QStringLiteral("N")),
        common::option(QStringLiteral("comment"), tr("Then set the comment."),
                       QStringLiteral("TEXT")),
    };
    spec.endpoints = {Endpoint::RateChatroom, Endpoint::UpdateRating};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        api::RatingRequest request;
        request.rater = args.id(QStringLiteral("rater"));
        request.rated = args.id(QStringLiteral("rated"));
        api::RatingUpdate update;
        update.value = args.integer(QStringLiteral("value"), 0, 5);
        update.content = args.optionalText(QStringLiteral("comment"));
        const bool scored = update.value || update.content;
        return [chatroom, request, update, scored](CommandRun &run) {
            CommandRun *self = &run;
            run.api().requestRating(
                chatroom, request, run.context(), [self, update, scored](Result<Message> created) {
                    if (!created) {
                        self->fail(created.error());
                        return;
                    }
                    Message message = created.value();
                    if (!scored) {
                        self->succeed(message.toJson(), HumanFormat::message(message));
                        return;
                    }
                    if (!message.rating) {
                        self->fail(ApiError(ApiError::Kind::BadResponse,
                                            QStringLiteral("the rating message %1 carries no "
                                                           "rating to score")
                                                .arg(message.id)));
                        return;
                    }
                    self->api().updateRating(
                        message.rating->id, update, self->context(),
                        [self, message](Result<Rating> rating) mutable {
                            if (!rating) {
                                self->output().warning(
                                    tr("the rating message %1 was created, but its score was "
                                       "not set")
                                        .arg(message.id));
                                self->fail(rating.error());
                                return;
                            }
                            message.rating = rating.value();
                            self->succeed(message.toJson(), HumanFormat::message(message));
                        });
                });
        };
    };
    return spec;
}

CommandSpec MessageCommands::messages()
{
    CommandSpec spec;
    spec.name = QStringLiteral("messages");
    spec.summary = tr("List the messages of a chatroom (newest first by default).");
    spec.arguments = {common::Texts::chatroom()};
    spec.options = {
        common::option(QStringLiteral("sent-before"),
                       tr("Only messages sent strictly before this timestamp."),
                       QStringLiteral("TIME")),
        common::option(QStringLiteral("active"), tr("true: visible only; false: hidden only."),
                       QStringLiteral("BOOL")),
        common::option(QStringLiteral("type"), tr("Only this message type (0-9)."),
                       QStringLiteral("N")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ListMessages};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 chatroom = args.positionalId(0, QStringLiteral("CHATROOM"));
        api::MessageFilters filters;
        filters.sentBefore = args.text(QStringLiteral("sent-before"));
        filters.active = args.boolean(QStringLiteral("active"));
        filters.typeMessage = args.integer(QStringLiteral("type"), 0, kLastMessageType);
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [chatroom, filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Message>(
                run, Endpoint::ListMessages,
                [&api, chatroom, filters](QObject *context, auto done) {
                    return api.messages(chatroom, filters, context, std::move(done));
                },
                all,
                [](const QList<Message> &messages) { return HumanFormat::messages(messages); });
        };
    };
    return spec;
}

CommandSpec MessageCommands::message()
{
    CommandSpec spec;
    spec.name = QStringLiteral("message");
    spec.summary = tr("Show one message.");
    spec.arguments = {{QStringLiteral("MESSAGE"), tr("Message id."), true}};
    spec.endpoints = {Endpoint::GetMessage};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 message = args.positionalId(0, QStringLiteral("MESSAGE"));
        return [message](CommandRun &run) {
            run.api().message(message, run.context(), run.finishWith<Message>(messageText()));
        };
    };
    return spec;
}

CommandSpec MessageCommands::editMessage()
{
    CommandSpec spec;
    spec.name = QStringLiteral("edit-message");
    spec.summary = tr("Replace the content of a message.");
    spec.arguments = {{QStringLiteral("MESSAGE"), tr("Message id."), true}};
    spec.options = {common::option(QStringLiteral("text"), tr("The new content (required)."),
                                   QStringLiteral("TEXT"))};
    spec.endpoints = {Endpoint::UpdateMessage};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 message = args.positionalId(0, QStringLiteral("MESSAGE"));
        api::MessageUpdate update;
        update.content = args.requiredText(QStringLiteral("text"));
        return [message, update](CommandRun &run) {
            run.api().updateMessage(message, update, run.context(),
                                    run.finishWith<Message>(messageText()));
        };
    };
    return spec;
}

CommandSpec MessageCommands::setVisible(bool visible)
{
    CommandSpec spec;
    spec.name = visible ? QStringLiteral("unhide") : QStringLiteral("hide");
    spec.summary = visible ? tr("Show a hidden message again.")
                           : tr("Hide a message (moderation; it is kept, inactive).");
    spec.arguments = {{QStringLiteral("MESSAGE"), tr("Message id."), true}};
    spec.endpoints = {Endpoint::UpdateMessage};
    spec.prepare = [visible](CommandArgs &args) -> Action {
        const qint64 message = args.positionalId(0, QStringLiteral("MESSAGE"));
        const api::MessageUpdate update =
            visible ? api::MessageUpdate::show() : api::MessageUpdate::hide();
        return [message, update](CommandRun &run) {
            run.api().updateMessage(message, update, run.context(),
                                    run.finishWith<Message>(messageText()));
        };
    };
    return spec;
}

} // namespace

QList<CommandSpec> messageCommands()
{
    return {MessageCommands::pushProduct(),
            MessageCommands::postMessage(),
            MessageCommands::rate(),
            MessageCommands::messages(),
            MessageCommands::message(),
            MessageCommands::editMessage(),
            MessageCommands::setVisible(false),
            MessageCommands::setVisible(true)};
}

} // namespace popsell::cli
