#include "sandbox/commandline.h"

#include "sandbox/faults/faultspec.h"

#include <QCommandLineParser>

#include <limits>

namespace popsell::sandbox {

namespace {

QString faultKindList()
{
    QStringList names;
    for (faults::FaultKind kind : faults::allFaultKinds())
        names.append(faults::faultKindName(kind));
    return names.join(QStringLiteral(", "));
}

template<typename T>
bool readNumber(const QCommandLineParser &parser, const QString &name, qint64 min, qint64 max,
                T &target, QString *error)
{
    if (!parser.isSet(name))
        return true;
    bool ok = false;
    const qint64 value = parser.value(name).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = QStringLiteral("--%1 expects a whole number between %2 and %3, not \"%4\"")
                     .arg(name)
                     .arg(min)
                     .arg(max)
                     .arg(parser.value(name));
        return false;
    }
    target = static_cast<T>(value);
    return true;
}

} // namespace

std::variant<SandboxConfig, CommandLineHelp, CommandLineError>
parseCommandLine(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Local implementation of the Popsell REST API v2 with demo data, for the Popsell "
        "Moderator console, popsellctl and the tests."));
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QStringLiteral("Show this help."));
    parser.addOption(help);
    parser.addOptions({
        {QStringLiteral("host"), QStringLiteral("Address to listen on (default 127.0.0.1)."),
         QStringLiteral("ADDR")},
        {QStringLiteral("port"),
         QStringLiteral("Port to listen on; 0 picks a free one (default 8765)."),
         QStringLiteral("N")},
        {QStringLiteral("data"),
         QStringLiteral("SQLite data file; created with demo data when missing, reused otherwise. "
                        "Without it the data lives in memory."),
         QStringLiteral("FILE")},
        {QStringLiteral("seed"), QStringLiteral("Seed of the demo data (default 1)."),
         QStringLiteral("N")},
        {QStringLiteral("api-key"),
         QStringLiteral("Brand API key accepted by /auth/token (default demo-brand-key)."),
         QStringLiteral("KEY")},
        {QStringLiteral("ambassador-api-key"),
         QStringLiteral(
             "Ambassador API key accepted by /auth/token (default demo-ambassador-key)."),
         QStringLiteral("KEY")},
        {QStringLiteral("domain"),
         QStringLiteral(
             "Platform domain expected in X-Popsell-Domain (default demo.popsell.test)."),
         QStringLiteral("NAME")},
        {QStringLiteral("rooms"), QStringLiteral("Chatrooms in new demo data (default 500)."),
         QStringLiteral("N")},
        {QStringLiteral("messages"), QStringLiteral("Messages in new demo data (default 20000)."),
         QStringLiteral("M")},
        {QStringLiteral("latency"),
         QStringLiteral("Delay every API answer by MS milliseconds (default 0)."),
         QStringLiteral("MS")},
        {QStringLiteral("faults"),
         QStringLiteral("Fault mode: inject the faults of SPEC, a comma list of "
                        "kind[:rate][#limit][@routes] terms and name=value options, e.g. "
                        "all:0.35 or commit-close@product-message or none. Kinds: %1; groups: "
                        "all, 5xx, 429, redirect. Loopback only. See docs/sandbox.md.")
             .arg(faultKindList()),
         QStringLiteral("SPEC")},
        {QStringLiteral("fault-seed"),
         QStringLiteral("Seed of the fault draws (default 1): the same seed and requests give "
                        "the same faults."),
         QStringLiteral("N")},
        {QStringLiteral("idempotency"),
         QStringLiteral("on (default) or off: with off, Idempotency-Key is ignored and every "
                        "POST applies again (a negative control for fault campaigns)."),
         QStringLiteral("on|off")},
        {QStringLiteral("quiet"), QStringLiteral("Do not log one line per request.")},
    });

    if (!parser.parse(arguments))
        return CommandLineError{parser.errorText()};
    if (parser.isSet(help))
        return CommandLineHelp{parser.helpText()};
    if (!parser.positionalArguments().isEmpty()) {
        return CommandLineError{
            QStringLiteral("unexpected argument \"%1\"").arg(parser.positionalArguments().first())};
    }

    SandboxConfig config;
    QString error;
    if (parser.isSet(QStringLiteral("host"))) {
        const QString host = parser.value(QStringLiteral("host"));
        config.host =
            host == u"localhost" ? QHostAddress(QHostAddress::LocalHost) : QHostAddress(host);
        if (config.host.isNull())
            return CommandLineError{
                QStringLiteral("--host expects an IP address, not \"%1\"").arg(host)};
    }
    constexpr qint64 intMax = std::numeric_limits<int>::max();
    if (!readNumber(parser, QStringLiteral("port"), 0, 65535, config.port, &error) ||
        !readNumber(parser, QStringLiteral("seed"), 0, std::numeric_limits<qint64>::max(),
                    config.seed, &error) ||
        !readNumber(parser, QStringLiteral("rooms"), 1, 10'000'000, config.rooms, &error) ||
        !readNumber(parser, QStringLiteral("messages"), 0, 100'000'000, config.messages, &error) ||
        !readNumber(parser, QStringLiteral("latency"), 0, intMax, config.latencyMs, &error) ||
        !readNumber(parser, QStringLiteral("fault-seed"), 0, std::numeric_limits<qint64>::max(),
                    config.faultSeed, &error)) {
        return CommandLineError{error};
    }
    if (parser.isSet(QStringLiteral("data")))
        config.dataFile = parser.value(QStringLiteral("data"));
    for (const auto &[option, target] :
         {std::pair{QStringLiteral("api-key"), &config.apiKey},
          std::pair{QStringLiteral("ambassador-api-key"), &config.ambassadorApiKey},
          std::pair{QStringLiteral("domain"), &config.domain}}) {
        if (!parser.isSet(option))
            continue;
        const QString value = parser.value(option).trimmed();
        if (value.isEmpty())
            return CommandLineError{QStringLiteral("--%1 must not be empty").arg(option)};
        *target = value;
    }
    if (config.apiKey == config.ambassadorApiKey)
        return CommandLineError{QStringLiteral("--api-key and --ambassador-api-key must differ")};
    if (parser.isSet(QStringLiteral("faults"))) {
        config.faults = parser.value(QStringLiteral("faults"));
        const auto spec = faults::FaultSpec::parse(config.faults);
        if (const QString *reason = std::get_if<QString>(&spec))
            return CommandLineError{QStringLiteral("--faults: %1").arg(*reason)};
        if (!config.host.isLoopback()) {
            return CommandLineError{QStringLiteral("--faults needs a loopback --host, not %1")
                                        .arg(config.host.toString())};
        }
    }
    if (parser.isSet(QStringLiteral("idempotency"))) {
        const QString value = parser.value(QStringLiteral("idempotency"));
        if (value != u"on" && value != u"off") {
            return CommandLineError{
                QStringLiteral("--idempotency expects on or off, not \"%1\"").arg(value)};
        }
        config.idempotency = value == u"on";
    }
    config.logRequests = !parser.isSet(QStringLiteral("quiet"));
    return config;
}

} // namespace popsell::sandbox
