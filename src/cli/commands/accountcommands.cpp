#include "cli/commands/commands.h"
#include "cli/commands/common.h"
#include "cli/humanformat.h"

#include <QJsonObject>

namespace popsell::cli {

using api::ActionAck;
using api::Endpoint;
using domain::Ambassador;
using domain::BrandInfo;

namespace {

// The brand, the session, and the ambassador accounts.
class AccountCommands
{
    Q_DECLARE_TR_FUNCTIONS(AccountCommands)

public:
    static CommandSpec brand();
    static CommandSpec logout();
    static CommandSpec updateAmbassador();
    static CommandSpec shopCustomer();
};

CommandRun::Render<Ambassador> ambassadorText()
{
    return [](const Ambassador &a) {
        return HumanFormat::ambassador(a);
    };
}

CommandSpec AccountCommands::brand()
{
    CommandSpec spec;
    spec.name = QStringLiteral("brand");
    spec.summary = tr("Show the brand behind the domain (no token needed).");
    spec.endpoints = {Endpoint::GetBrand};
    spec.prepare = [](CommandArgs &) -> Action {
        return [](CommandRun &run) {
            run.api().brandInfo(run.context(), run.finishWith<BrandInfo>([](const BrandInfo &b) {
                return HumanFormat::brand(b);
            }));
        };
    };
    return spec;
}

CommandSpec AccountCommands::logout()
{
    CommandSpec spec;
    spec.name = QStringLiteral("logout");
    spec.summary = tr("Invalidate the token.");
    spec.endpoints = {Endpoint::Logout};
    spec.prepare = [](CommandArgs &) -> Action {
        return [](CommandRun &run) {
            run.api().logout(run.context(),
                             run.finishWith<ActionAck>(
                                 [](const ActionAck &ack) {
                                     return QJsonValue(QJsonObject{
                                         {QStringLiteral("logged_out"), true},
                                         {QStringLiteral("message"), ack.message},
                                     });
                                 },
                                 [](const ActionAck &) { return tr("Logged out."); }));
        };
    };
    return spec;
}

CommandSpec AccountCommands::updateAmbassador()
{
    CommandSpec spec;
    spec.name = QStringLiteral("update-ambassador");
    spec.summary = tr("Set (or clear) an ambassador's temporary e-mail address.");
    spec.arguments = {{QStringLiteral("AMBASSADOR"), tr("Ambassador id."), true}};
    spec.options = {
        common::option(QStringLiteral("email-tmp"), tr("The new email_tmp."),
                       QStringLiteral("EMAIL")),
        common::option(QStringLiteral("clear-email-tmp"), tr("Set email_tmp to null instead.")),
    };
    spec.endpoints = {Endpoint::UpdateChatAmbassador};
    spec.prepare = [](CommandArgs &args) -> Action {
        const qint64 ambassador = args.positionalId(0, QStringLiteral("AMBASSADOR"));
        api::ChatAmbassadorUpdate update;
        update.emailTmp = args.optionalText(QStringLiteral("email-tmp"));
        if (update.emailTmp.has_value() == args.isSet(QStringLiteral("clear-email-tmp")))
            args.fail(tr("give either --email-tmp EMAIL or --clear-email-tmp"));
        return [ambassador, update](CommandRun &run) {
            run.api().updateChatAmbassador(ambassador, update, run.context(),
                                           run.finishWith<Ambassador>(ambassadorText()));
        };
    };
    return spec;
}

CommandSpec AccountCommands::shopCustomer()
{
    CommandSpec spec;
    spec.name = QStringLiteral("shop-customer");
    spec.summary = tr("Find, or create, the client ambassador of an e-mail address.");
    spec.options = {
        common::option(QStringLiteral("email"), tr("Their e-mail address (required)."),
                       QStringLiteral("EMAIL")),
        common::option(QStringLiteral("firstname"), tr("First name, for a new account."),
                       QStringLiteral("NAME")),
        common::option(QStringLiteral("lastname"), tr("Last name, for a new account."),
                       QStringLiteral("NAME")),
    };
    spec.endpoints = {Endpoint::CreateShopCustomer};
    spec.prepare = [](CommandArgs &args) -> Action {
        api::ShopCustomerRequest request;
        request.emailTmp = args.requiredText(QStringLiteral("email"));
        request.firstname = args.text(QStringLiteral("firstname"));
        request.lastname = args.text(QStringLiteral("lastname"));
        return [request](CommandRun &run) {
            run.api().shopCustomer(request, run.context(),
                                   run.finishWith<Ambassador>(ambassadorText()));
        };
    };
    return spec;
}

} // namespace

QList<CommandSpec> accountCommands()
{
    return {AccountCommands::updateAmbassador(), AccountCommands::shopCustomer(),
            AccountCommands::brand(), AccountCommands::logout()};
}

} // namespace popsell::cli
