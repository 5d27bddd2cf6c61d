#include "cli/commands/commands.h"
#include "cli/commands/common.h"
#include "cli/humanformat.h"

namespace popsell::cli {

using api::Endpoint;
using domain::Ambassador;
using domain::BrandTag;
using domain::ChatTopic;
using domain::Product;

namespace {

// Lists and lookups of what chatrooms refer to: ambassadors, products, brand tags, chat
// topics.
class DirectoryCommands
{
    Q_DECLARE_TR_FUNCTIONS(DirectoryCommands)

public:
    static CommandSpec ambassadors();
    static CommandSpec managerAmbassadors();
    static CommandSpec microAmbassadors();
    static CommandSpec products();
    static CommandSpec product();
    static CommandSpec brandTags();
    static CommandSpec chatTopics();
    static CommandSpec chatTopic();
};

constexpr int kLastStatus = 8;

QCommandLineOption statusOption()
{
    return common::option(QStringLiteral("status"),
                          DirectoryCommands::tr("Statuses, comma-separated: 0 ambassador ... 7 "
                                                "client, 8 temp."),
                          QStringLiteral("S,S"));
}

CommandRun::Render<QList<Ambassador>> ambassadorTable()
{
    return [](const QList<Ambassador> &list) {
        return HumanFormat::ambassadors(list);
    };
}

CommandSpec DirectoryCommands::ambassadors()
{
    CommandSpec spec;
    spec.name = QStringLiteral("ambassadors");
    spec.summary = tr("Search the brand's ambassadors (chat scope).");
    spec.options = {
        common::option(QStringLiteral("name"), tr("First name, last name or username contains."),
                       QStringLiteral("TEXT")),
        statusOption(),
        common::option(QStringLiteral("brand-tag"), tr("Members of this brand tag."),
                       QStringLiteral("ID")),
        common::option(QStringLiteral("exclude"), tr("Leave this ambassador out."),
                       QStringLiteral("ID")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ListChatAmbassadors};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::ChatAmbassadorFilters filters;
        filters.name = args.text(QStringLiteral("name"));
        filters.statuses = args.integerList(QStringLiteral("status"), 0, kLastStatus);
        filters.brandTag = args.id(QStringLiteral("brand-tag"));
        filters.exclude = args.id(QStringLiteral("exclude"));
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Ambassador>(
                run, Endpoint::ListChatAmbassadors,
                [&api, filters](QObject *context, auto done) {
                    return api.chatAmbassadors(filters, context, std::move(done));
                },
                all, ambassadorTable());
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::managerAmbassadors()
{
    CommandSpec spec;
    spec.name = QStringLiteral("manager-ambassadors");
    spec.summary = tr("List ambassadors with their moderation indicators (manager scope).");
    spec.options = {
        common::option(QStringLiteral("search"), tr("Name, username or e-mail contains."),
                       QStringLiteral("TEXT")),
        common::option(QStringLiteral("role"), tr("Has this role."), QStringLiteral("ROLE")),
        common::option(QStringLiteral("active"),
                       tr("Activity state: -3 unsubscribed by brand ... 1 active."),
                       QStringLiteral("N")),
        statusOption(),
        common::option(QStringLiteral("suspicious"), tr("true or false."), QStringLiteral("BOOL")),
        common::option(QStringLiteral("quarantine"), tr("true or false."), QStringLiteral("BOOL")),
        common::option(QStringLiteral("managers-only"), tr("Manager users only.")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::perPage(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ManagerListAmbassadors};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::ManagerAmbassadorFilters filters;
        filters.search = args.text(QStringLiteral("search"));
        filters.hasRole = args.text(QStringLiteral("role"));
        filters.active = args.integer(QStringLiteral("active"), -5, 1);
        filters.statuses = args.integerList(QStringLiteral("status"), 0, kLastStatus);
        filters.suspicious = args.boolean(QStringLiteral("suspicious"));
        filters.quarantine = args.boolean(QStringLiteral("quarantine"));
        if (args.isSet(QStringLiteral("managers-only")))
            filters.managerUsersOnly = true;
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        filters.perPage = common::perPage(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Ambassador>(
                run, Endpoint::ManagerListAmbassadors,
                [&api, filters](QObject *context, auto done) {
                    return api.managerAmbassadors(filters, context, std::move(done));
                },
                all, ambassadorTable());
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::microAmbassadors()
{
    CommandSpec spec;
    spec.name = QStringLiteral("micro-ambassadors");
    spec.summary = tr("List ambassadors, light records (manager scope).");
    spec.options = {statusOption(), common::Texts::page(), common::Texts::perPage(),
                    common::Texts::all()};
    spec.endpoints = {Endpoint::ManagerListAmbassadorMicroResources};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::AmbassadorMicroResourceFilters filters;
        filters.statuses = args.integerList(QStringLiteral("status"), 0, kLastStatus);
        filters.page = common::pageNumber(args);
        filters.perPage = common::perPage(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Ambassador>(
                run, Endpoint::ManagerListAmbassadorMicroResources,
                [&api, filters](QObject *context, auto done) {
                    return api.ambassadorMicroResources(filters, context, std::move(done));
                },
                all, ambassadorTable());
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::products()
{
    CommandSpec spec;
    spec.name = QStringLiteral("products");
    spec.summary = tr("Search the brand's products.");
    spec.options = {
        common::option(QStringLiteral("name"), tr("Name contains."), QStringLiteral("TEXT")),
        common::option(QStringLiteral("description"), tr("Description contains."),
                       QStringLiteral("TEXT")),
        common::option(QStringLiteral("sku"), tr("SKU contains."), QStringLiteral("TEXT")),
        common::option(QStringLiteral("price"), tr("Price, or a range MIN,MAX."),
                       QStringLiteral("P")),
        common::option(QStringLiteral("stock"), tr("Stock, or a range MIN,MAX."),
                       QStringLiteral("S")),
        common::Texts::page(),
        common::Texts::perPage(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ManagerListProducts};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::ProductFilters filters;
        filters.name = args.text(QStringLiteral("name"));
        filters.description = args.text(QStringLiteral("description"));
        filters.sku = args.text(QStringLiteral("sku"));
        filters.price = args.text(QStringLiteral("price"));
        filters.stock = args.text(QStringLiteral("stock"));
        filters.page = common::pageNumber(args);
        filters.perPage = common::perPage(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<Product>(
                run, Endpoint::ManagerListProducts,
                [&api, filters](QObject *context, auto done) {
                    return api.products(filters, context, std::move(done));
                },
                all, [](const QList<Product> &list) { return HumanFormat::products(list); });
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::product()
{
    CommandSpec spec;
    spec.name = QStringLiteral("product");
    spec.summary = tr("Show one product.");
    spec.arguments = {{QStringLiteral("PRODUCT"), tr("Product id."), true}};
    spec.endpoints = {Endpoint::ManagerGetProduct};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 product = args.positionalId(0, QStringLiteral("PRODUCT"));
        return [product](CommandRun &run) {
            run.api().product(product, run.context(), run.finishWith<Product>([](const Product &p) {
                return HumanFormat::product(p);
            }));
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::brandTags()
{
    CommandSpec spec;
    spec.name = QStringLiteral("brand-tags");
    spec.summary = tr("List the brand tags (for brand-tag chatrooms).");
    spec.options = {
        common::option(QStringLiteral("visibility"), tr("Chat visibility, 1 or 2."),
                       QStringLiteral("N")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::perPage(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ManagerListBrandTags};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::BrandTagFilters filters;
        filters.visibilityChat = args.integer(QStringLiteral("visibility"), 0, 2);
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        filters.perPage = common::perPage(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<BrandTag>(
                run, Endpoint::ManagerListBrandTags,
                [&api, filters](QObject *context, auto done) {
                    return api.brandTags(filters, context, std::move(done));
                },
                all, [](const QList<BrandTag> &list) { return HumanFormat::brandTags(list); });
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::chatTopics()
{
    CommandSpec spec;
    spec.name = QStringLiteral("chat-topics");
    spec.summary = tr("List the chat topics (what chatroom summaries are about).");
    spec.options = {
        common::option(QStringLiteral("search"), tr("Label contains."), QStringLiteral("TEXT")),
        common::option(QStringLiteral("active"), tr("true or false."), QStringLiteral("BOOL")),
        common::Texts::sort(),
        common::Texts::page(),
        common::Texts::perPage(),
        common::Texts::all(),
    };
    spec.endpoints = {Endpoint::ManagerListChatTopics};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::ChatTopicFilters filters;
        filters.search = args.text(QStringLiteral("search"));
        filters.active = args.boolean(QStringLiteral("active"));
        filters.sort = args.text(QStringLiteral("sort"));
        filters.page = common::pageNumber(args);
        filters.perPage = common::perPage(args);
        const bool all = args.isSet(QStringLiteral("all"));
        return [filters, all](CommandRun &run) {
            api::PopsellApi &api = run.api();
            common::list<ChatTopic>(
                run, Endpoint::ManagerListChatTopics,
                [&api, filters](QObject *context, auto done) {
                    return api.chatTopics(filters, context, std::move(done));
                },
                all, [](const QList<ChatTopic> &list) { return HumanFormat::chatTopics(list); });
        };
    };
    return spec;
}

CommandSpec DirectoryCommands::chatTopic()
{
    CommandSpec spec;
    spec.name = QStringLiteral("chat-topic");
    spec.summary = tr("Show one chat topic.");
    spec.arguments = {{QStringLiteral("TOPIC"), tr("Chat topic id."), true}};
    spec.endpoints = {Endpoint::ManagerGetChatTopic};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 topic = args.positionalId(0, QStringLiteral("TOPIC"));
        return [topic](CommandRun &run) {
            run.api().chatTopic(topic, run.context(),
                                run.finishWith<ChatTopic>(
                                    [](const ChatTopic &t) { return HumanFormat::chatTopic(t); }));
        };
    };
    return spec;
}

} // namespace

QList<CommandSpec> directoryCommands()
{
    return {DirectoryCommands::ambassadors(),      DirectoryCommands::managerAmbassadors(),
            DirectoryCommands::microAmbassadors(), DirectoryCommands::products(),
            DirectoryCommands::product(),          DirectoryCommands::brandTags(),
            DirectoryCommands::chatTopics(),       DirectoryCommands::chatTopic()};
}

} // namespace popsell::cli
