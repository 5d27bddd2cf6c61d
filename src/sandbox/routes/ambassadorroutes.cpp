// Ambassadors of the chat scope: search, email_tmp update, and the shop-customer
// create-or-get.
#include "sandbox/database.h"
#include "sandbox/resources.h"
#include "sandbox/routes/listquery.h"
#include "sandbox/routes/routehelpers.h"
#include "sandbox/routetable.h"
#include "sandbox/validation.h"

#include <QRegularExpression>
#include <QSqlQuery>

namespace popsell::sandbox {

namespace {

constexpr int kClientStatus = 7;
constexpr int kUnactivated = 0;
constexpr int kMaxNameLength = 255;

// Laravel's default `email` rule: something before and after a single '@', no spaces.
bool isEmailAddress(const QString &text)
{
    static const QRegularExpression email(QStringLiteral(R"(^[^@\s]+@[^@\s.]+(\.[^@\s.]+)*$)"));
    return email.match(text).hasMatch();
}

// Reads an email_tmp field. Adds the Laravel error when it is present and not an address.
std::optional<QString> readEmail(BodyReader &reader, Presence presence)
{
    const QString field = QStringLiteral("email_tmp");
    const std::optional<QString> email = reader.string(field, presence, kMaxNameLength);
    if (!email)
        return std::nullopt;
    const QString address = email->trimmed();
    if (!isEmailAddress(address)) {
        reader.errors().add(field, QStringLiteral("The email tmp must be a valid email address."));
        return std::nullopt;
    }
    return address;
}

// filter[name] matches case-insensitively in C++: SQLite's LIKE and lower() only fold
// ASCII, and the demo brand's names are French ("Élodie" must match "élo").
QList<qint64> ambassadorsNamed(const RouteContext &ctx, const QString &needle)
{
    QList<qint64> ids;
    QSqlQuery q = ctx.db.run(QStringLiteral("SELECT id_ambassador, firstname, lastname, username"
                                            " FROM ambassadors WHERE id_brand = ?"),
                             {ctx.caller.idBrand});
    while (q.next()) {
        const QString firstname = q.value(1).toString();
        const QString lastname = q.value(2).toString();
        const QStringList candidates{firstname, lastname, q.value(3).toString(),
                                     firstname + u' ' + lastname};
        for (const QString &candidate : candidates) {
            if (candidate.contains(needle, Qt::CaseInsensitive)) {
                ids.append(q.value(0).toLongLong());
                break;
            }
        }
    }
    return ids;
}

// Filters of GET /chat/ambassadors, on "ambassadors a" of the caller's brand.
Filters ambassadorFilters(const RouteContext &ctx)
{
    Filters filters(ctx,
                    {QStringLiteral("brand_tag"), QStringLiteral("name"), QStringLiteral("status"),
                     QStringLiteral("exclude"), QStringLiteral("social_community_display")});
    filters.where(QStringLiteral("a.id_brand = ?"), {ctx.caller.idBrand});
    if (const auto tag = filters.integer(QStringLiteral("brand_tag"))) {
        filters.where(QStringLiteral("EXISTS (SELECT 1 FROM brand_tag_members t WHERE"
                                     " t.id_brand_tag = ? AND t.id_ambassador = a.id_ambassador)"),
                      {*tag});
    }
    if (const auto name = filters.text(QStringLiteral("name")))
        filters.whereIn(QStringLiteral("a.id_ambassador"),
                        Database::values(ambassadorsNamed(ctx, *name)));
    // Documented as an integer, used with comma lists ("7,8").
    if (const auto statuses = filters.integerList(QStringLiteral("status"), 0, 8))
        filters.whereIn(QStringLiteral("a.status"), *statuses);
    if (const auto excluded = filters.integer(QStringLiteral("exclude")))
        filters.where(QStringLiteral("a.id_ambassador <> ?"), {*excluded});
    // The parameter's name is our guess (section 8 of the reference).
    if (const auto display = filters.choice(QStringLiteral("social_community_display"),
                                            {QStringLiteral("0"), QStringLiteral("1")}))
        filters.where(QStringLiteral("a.social_community_display = ?"), {display->toInt()});
    return filters;
}

// "jane.doe@example.com" -> "jane.doe", made unique within the brand ("jane.doe2"...).
QString usernameFor(const RouteContext &ctx, const QString &email)
{
    const QString base = email.section(u'@', 0, 0);
    QString candidate = base;
    for (int suffix = 2; ctx.db.exists(
             QStringLiteral("SELECT 1 FROM ambassadors WHERE id_brand = ? AND username = ?"),
             {ctx.caller.idBrand, candidate});
         ++suffix) {
        candidate = base + QString::number(suffix);
    }
    return candidate;
}

// ---------------------------------------------------------------- handlers

ApiReply listAmbassadors(RouteContext &ctx)
{
    const SortClause sort =
        sortClause(ctx,
                   {{QStringLiteral("id_ambassador"), QStringLiteral("a.id_ambassador")},
                    {QStringLiteral("last_action_date"), QStringLiteral("a.last_action_date")}},
                   QStringLiteral("id_ambassador"), QStringLiteral("a.id_ambassador"));
    return pagedList(ctx, QStringLiteral("ambassadors a"), ambassadorFilters(ctx), sort,
                     [&](const QString &sql, const QVariantList &binds) {
                         return ctx.resources.ambassadorsWhere(sql, binds);
                     });
}

ApiReply updateAmbassador(RouteContext &ctx)
{
    const qint64 idAmbassador = ctx.param(QStringLiteral("ambassador"));
    if (std::optional<ApiReply> failure = checkAmbassador(ctx, idAmbassador))
        return *failure;
    if (speaksForSomeoneElse(ctx, idAmbassador))
        return ApiReply::forbidden();
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    // email_tmp is the only editable field, so it must be there; null (or "") clears it.
    if (!reader.has(QStringLiteral("email_tmp")))
        errors.add(QStringLiteral("email_tmp"),
                   QStringLiteral("The email tmp field must be present."));
    const std::optional<QString> email = readEmail(reader, Presence::Optional);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    ctx.db.run(QStringLiteral("UPDATE ambassadors SET email_tmp = ? WHERE id_ambassador = ?"),
               {nullable(email), idAmbassador});
    return ApiReply::json(200, ctx.resources.ambassador(idAmbassador));
}

ApiReply shopCustomer(RouteContext &ctx)
{
    const ParsedBody body = parseBody(ctx);
    if (body.failure)
        return *body.failure;
    ValidationErrors errors;
    BodyReader reader(body.object, errors);
    const std::optional<QString> email = readEmail(reader, Presence::Required);
    const std::optional<QString> firstname =
        reader.string(QStringLiteral("firstname"), Presence::Optional, kMaxNameLength);
    const std::optional<QString> lastname =
        reader.string(QStringLiteral("lastname"), Presence::Optional, kMaxNameLength);
    if (!errors.isEmpty())
        return ApiReply::validation(errors);

    const std::optional<qint64> existing = ctx.db.integer(
        QStringLiteral("SELECT MIN(id_ambassador) FROM ambassadors WHERE id_brand = ?"
                       " AND email_tmp = ? COLLATE NOCASE"),
        {ctx.caller.idBrand, *email});
    if (existing)
        return ApiReply::json(200, ctx.resources.ambassador(*existing));

    // A new client account, not activated yet. 200 even so (quirk 18).
    QSqlQuery insert = ctx.db.run(
        QStringLiteral(
            "INSERT INTO ambassadors (id_brand, firstname, lastname, username, email_tmp,"
            " active, status, last_action_date, date_insert) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {ctx.caller.idBrand, firstname.value_or(QStringLiteral("")),
         lastname.value_or(QStringLiteral("")), usernameFor(ctx, *email), *email, kUnactivated,
         kClientStatus, ctx.nowMicros, ctx.nowMicros});
    return ApiReply::json(200, ctx.resources.ambassador(ctx.db.lastInsertId(insert)));
}

} // namespace

void registerAmbassadorRoutes(RouteTable &table)
{
    table.add(HttpMethod::Get, QStringLiteral("/chat/ambassadors"),
              Guard::Token | Guard::BrandHeader, listAmbassadors);
    table.add(HttpMethod::Patch, QStringLiteral("/chat/ambassadors/{ambassador}"), Guard::Token,
              updateAmbassador);
    // Creating client accounts is the brand's business: ambassador keys get 403.
    table.add(HttpMethod::Post, QStringLiteral("/chat/ambassadors/shop-customer"),
              Guard::Token | Guard::BrandHeader | Guard::BrandKey, shopCustomer);
}

} // namespace popsell::sandbox
