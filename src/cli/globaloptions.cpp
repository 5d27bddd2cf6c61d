#include "cli/globaloptions.h"

#include "cli/commandargs.h"

namespace popsell::cli {

namespace {

const QString kBaseUrl = QStringLiteral("base-url");
const QString kToken = QStringLiteral("token");
const QString kApiKey = QStringLiteral("api-key");
const QString kDomain = QStringLiteral("domain");
const QString kBrand = QStringLiteral("brand");
const QString kJson = QStringLiteral("json");
const QString kSandbox = QStringLiteral("sandbox");
const QString kTimeout = QStringLiteral("timeout");
const QString kVerbose = QStringLiteral("verbose");
const QString kHelp = QStringLiteral("help");
const QString kVersion = QStringLiteral("version");

// A day: longer is a typo, not a timeout.
constexpr int kMaxTimeoutMs = 24 * 60 * 60 * 1000;

} // namespace

QList<QCommandLineOption> GlobalOptionSet::definitions()
{
    return {
        {kBaseUrl, tr("API base URL, https://DOMAIN/api/v2 (http:// only on loopback)."),
         QStringLiteral("URL")},
        {kToken, tr("Bearer token (default: the %1 environment variable).").arg(tokenVariable()),
         QStringLiteral("TOKEN")},
        {kApiKey, tr("API key, exchanged for a token first (POST /auth/token)."),
         QStringLiteral("KEY")},
        {kDomain, tr("Platform domain sent as X-Popsell-Domain (default: the base URL's host)."),
         QStringLiteral("D")},
        {kBrand,
         tr("Brand id sent as X-Popsell-Brand (default: asked from GET /brand when needed)."),
         QStringLiteral("ID")},
        {kJson, tr("Print the result as one JSON document; errors as one JSON line on stderr.")},
        {kSandbox, tr("Start a local API sandbox with demo data in memory and use it.")},
        {kTimeout, tr("Give up on a request after MS milliseconds (default 60000)."),
         QStringLiteral("MS")},
        {kVerbose, tr("Technical detail on stderr (never the token).")},
        {{QStringLiteral("h"), kHelp}, tr("Show the help (of a command, after its name).")},
        {kVersion, tr("Show the version.")},
    };
}

QStringList GlobalOptionSet::namesTakingValues()
{
    QStringList names;
    for (const QCommandLineOption &option : definitions()) {
        if (!option.valueName().isEmpty())
            names += option.names();
    }
    return names;
}

std::variant<GlobalOptions, QString> GlobalOptionSet::read(const QCommandLineParser &parser,
                                                           const QProcessEnvironment &environment)
{
    GlobalOptions options;
    options.json = parser.isSet(kJson);
    options.sandbox = parser.isSet(kSandbox);
    options.verbose = parser.isSet(kVerbose);
    options.help = parser.isSet(kHelp);
    options.version = parser.isSet(kVersion);
    options.apiKey = parser.value(kApiKey);
    options.domain = parser.value(kDomain).trimmed();

    if (parser.isSet(kBaseUrl)) {
        if (options.sandbox)
            return tr("--sandbox and --base-url exclude each other");
        const QUrl url(parser.value(kBaseUrl).trimmed(), QUrl::StrictMode);
        const QString scheme = url.scheme().toLower();
        if (!url.isValid() || url.host().isEmpty() || (scheme != u"https" && scheme != u"http"))
            return tr("--base-url expects an http(s) URL such as https://example.com/api/v2, "
                      "not \"%1\"")
                .arg(parser.value(kBaseUrl));
        options.baseUrl = url;
        if (options.domain.isEmpty())
            options.domain = url.host();
    }

    if (parser.isSet(kToken) && parser.isSet(kApiKey))
        return tr("--token and --api-key exclude each other");
    if (parser.isSet(kToken)) {
        options.token = parser.value(kToken);
        if (options.token.isEmpty())
            return tr("--token is empty");
    } else if (!parser.isSet(kApiKey) && !options.sandbox) {
        // The sandbox has its own demo key: a token of a real account in the
        // environment means nothing to it.
        options.token = environment.value(tokenVariable());
    }
    if (parser.isSet(kApiKey) && options.apiKey.isEmpty())
        return tr("--api-key is empty");

    if (parser.isSet(kBrand)) {
        options.brand = CommandArgs::parseId(parser.value(kBrand));
        if (!options.brand)
            return tr("--brand expects a positive whole number, not \"%1\"")
                .arg(parser.value(kBrand));
    }
    if (parser.isSet(kTimeout)) {
        bool ok = false;
        const qint64 ms = parser.value(kTimeout).trimmed().toLongLong(&ok);
        if (!ok || ms <= 0 || ms > kMaxTimeoutMs)
            return tr("--timeout expects milliseconds from 1 to %1, not \"%2\"")
                .arg(kMaxTimeoutMs)
                .arg(parser.value(kTimeout));
        options.timeoutMs = int(ms);
    }
    return options;
}

} // namespace popsell::cli
