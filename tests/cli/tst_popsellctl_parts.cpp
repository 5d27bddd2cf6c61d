// The pieces of popsellctl that decide what a script sees, without a server: argument
// reading, the command line as a whole, exit codes, and what reaches stdout and stderr.

#include "cli/commandargs.h"
#include "cli/commandtable.h"
#include "cli/exitcodes.h"
#include "cli/helptext.h"
#include "cli/invocation.h"
#include "cli/output.h"
#include "cli/texttable.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace popsell::cli;
using popsell::api::ApiError;

namespace {

QStringList argv(std::initializer_list<const char *> words)
{
    QStringList list{QStringLiteral("popsellctl")};
    for (const char *word : words)
        list.append(QString::fromUtf8(word));
    return list;
}

ParsedCommandLine parse(const CommandTable &table, std::initializer_list<const char *> words,
                        const QProcessEnvironment &environment = QProcessEnvironment())
{
    return InvocationParser::parse(argv(words), environment, table);
}

} // namespace

class TestPopsellctlParts : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsIdsAndRanges()
    {
        CommandArgs args({QStringLiteral("12")},
                         {{QStringLiteral("ambassadors"), {QStringLiteral("1,2")}},
                          {QStringLiteral("value"), {QStringLiteral("4")}}});
        QCOMPARE(args.positionalId(0, QStringLiteral("CHATROOM")), 12);
        QCOMPARE(args.idList(QStringLiteral("ambassadors")), (QList<qint64>{1, 2}));
        QCOMPARE(args.integer(QStringLiteral("value"), 0, 5), std::optional<int>(4));
        QVERIFY(!args.id(QStringLiteral("absent")).has_value());
        QVERIFY(!args.failed());
    }

    void keepsTheFirstProblem()
    {
        CommandArgs args({QStringLiteral("x")}, {{QStringLiteral("value"), {QStringLiteral("9")}}});
        args.positionalId(0, QStringLiteral("CHATROOM"));
        args.integer(QStringLiteral("value"), 0, 5);
        QVERIFY(args.failed());
        QVERIFY(args.error()->contains(QStringLiteral("CHATROOM")));
    }

    void refusesBadLists()
    {
        CommandArgs args({}, {{QStringLiteral("ambassadors"), {QStringLiteral("1,abc")}}});
        QVERIFY(args.idList(QStringLiteral("ambassadors")).isEmpty());
        QVERIFY(args.failed());
    }

    void choicesTakeNamesOrTheirNumbers()
    {
        const QStringList flags{QStringLiteral("todo"), QStringLiteral("done")};
        CommandArgs byName({}, {{QStringLiteral("flag"), {QStringLiteral("DONE")}}});
        QCOMPARE(byName.choice(QStringLiteral("flag"), flags, 1), std::optional<int>(2));
        CommandArgs byNumber({}, {{QStringLiteral("flag"), {QStringLiteral("1")}}});
        QCOMPARE(byNumber.choice(QStringLiteral("flag"), flags, 1), std::optional<int>(1));
        CommandArgs outOfRange({}, {{QStringLiteral("flag"), {QStringLiteral("0")}}});
        QVERIFY(!outOfRange.choice(QStringLiteral("flag"), flags, 1).has_value());
        QVERIFY(outOfRange.failed());
    }

    void findsTheCommandAfterGlobalValues()
    {
        QCOMPARE(InvocationParser::commandIndex(
                     argv({"--base-url", "https://x/api/v2", "--json", "chatroom", "1"})),
                 4);
        QCOMPARE(InvocationParser::commandIndex(argv({"--token=abcd", "chatroom"})), 2);
        QCOMPARE(InvocationParser::commandIndex(argv({"--json"})), -1);
    }

    void acceptsGlobalOptionsAfterTheCommand()
    {
        const CommandTable table = CommandTable::standard();
        const ParsedCommandLine parsed = parse(table, {"chatroom", "1", "--sandbox", "--json"});
        const auto *invocation = std::get_if<Invocation>(&parsed);
        QVERIFY(invocation);
        QCOMPARE(invocation->command->name, QStringLiteral("chatroom"));
        QVERIFY(invocation->global.sandbox);
        QVERIFY(invocation->global.json);
    }

    void refusesWrongCommandLines_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("command");
        QTest::newRow("no command") << argv({"--sandbox"}) << QString();
        QTest::newRow("unknown command") << argv({"--sandbox", "frobnicate"}) << QString();
        QTest::newRow("unknown option")
            << argv({"--sandbox", "chatroom", "1", "--x"}) << QStringLiteral("chatroom");
        QTest::newRow("extra argument")
            << argv({"--sandbox", "chatroom", "1", "2"}) << QStringLiteral("chatroom");
        QTest::newRow("both ambassadors and brand tag")
            << argv({"--sandbox", "create-chatroom", "--ambassadors", "1,2", "--brand-tag", "7"})
            << QStringLiteral("create-chatroom");
        QTest::newRow("three ambassadors")
            << argv({"--sandbox", "create-chatroom", "--ambassadors", "1,2,3"})
            << QStringLiteral("create-chatroom");
        QTest::newRow("token and api key")
            << argv({"--sandbox", "--token", "t", "--api-key", "k", "brand"})
            << QStringLiteral("brand");
        QTest::newRow("sandbox and base url")
            << argv({"--sandbox", "--base-url", "https://x/api/v2", "brand"})
            << QStringLiteral("brand");
        QTest::newRow("no server")
            << argv({"--token", "t", "chatroom", "1"}) << QStringLiteral("chatroom");
        QTest::newRow("no credentials") << argv({"--base-url", "https://x/api/v2", "chatroom", "1"})
                                        << QStringLiteral("chatroom");
        QTest::newRow("date and clear")
            << argv({"--sandbox", "set-dialogue", "1", "2023-10-06", "--clear"})
            << QStringLiteral("set-dialogue");
        QTest::newRow("bad date") << argv({"--sandbox", "set-dialogue", "1", "yesterday"})
                                  << QStringLiteral("set-dialogue");
    }

    void refusesWrongCommandLines()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, command);
        const CommandTable table = CommandTable::standard();
        const ParsedCommandLine parsed =
            InvocationParser::parse(arguments, QProcessEnvironment(), table);
        const auto *problem = std::get_if<UsageProblem>(&parsed);
        QVERIFY(problem);
        QVERIFY(!problem->message.isEmpty());
        QCOMPARE(problem->command, command);
    }

    void readsTheTokenFromTheEnvironmentButNotForTheSandbox()
    {
        const CommandTable table = CommandTable::standard();
        QProcessEnvironment environment;
        environment.insert(QStringLiteral("POPSELL_TOKEN"), QStringLiteral("from-env"));
        const ParsedCommandLine real =
            parse(table, {"--base-url", "https://x/api/v2", "chatroom", "1"}, environment);
        QVERIFY(std::holds_alternative<Invocation>(real));
        QCOMPARE(std::get<Invocation>(real).global.token, QStringLiteral("from-env"));
        QCOMPARE(std::get<Invocation>(real).global.domain, QStringLiteral("x"));
        const ParsedCommandLine sandbox = parse(table, {"--sandbox", "chatroom", "1"}, environment);
        QVERIFY(std::holds_alternative<Invocation>(sandbox));
        QVERIFY(std::get<Invocation>(sandbox).global.token.isEmpty());
    }

    void helpListsEveryCommandAndItsOptions()
    {
        const CommandTable table = CommandTable::standard();
        const QString help = HelpText::global(table);
        for (const CommandSpec &command : table.commands())
            QVERIFY2(help.contains(QStringLiteral("\n  ") + command.name + u' '),
                     qPrintable(command.name));
        const ParsedCommandLine parsed = parse(table, {"push-product", "--help"});
        const auto *text = std::get_if<ImmediateText>(&parsed);
        QVERIFY(text);
        QVERIFY(text->text.contains(QStringLiteral("--ambassador ID")));
        QVERIFY(text->text.contains(QStringLiteral("--product ID")));
    }

    void mapsEveryErrorKindToItsExitCode_data()
    {
        QTest::addColumn<ApiError::Kind>("kind");
        QTest::addColumn<int>("code");
        QTest::newRow("network") << ApiError::Kind::Network << 3;
        QTest::newRow("timeout") << ApiError::Kind::Timeout << 3;
        QTest::newRow("tls") << ApiError::Kind::Tls << 3;
        QTest::newRow("unauthorized") << ApiError::Kind::Unauthorized << 4;
        QTest::newRow("forbidden") << ApiError::Kind::Forbidden << 5;
        QTest::newRow("not found") << ApiError::Kind::NotFound << 6;
        QTest::newRow("validation") << ApiError::Kind::Validation << 7;
        QTest::newRow("other 4xx") << ApiError::Kind::Client << 7;
        QTest::newRow("rate limited") << ApiError::Kind::RateLimited << 8;
        QTest::newRow("conflict") << ApiError::Kind::Conflict << 8;
        QTest::newRow("server") << ApiError::Kind::Server << 9;
        QTest::newRow("bad response") << ApiError::Kind::BadResponse << 10;
        QTest::newRow("insecure url") << ApiError::Kind::InsecureUrl << 10;
        QTest::newRow("canceled") << ApiError::Kind::Canceled << 1;
    }

    void mapsEveryErrorKindToItsExitCode()
    {
        QFETCH(ApiError::Kind, kind);
        QFETCH(int, code);
        QCOMPARE(int(exitCodeFor(kind)), code);
    }

    void printsFieldErrorsOnePerLine()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        Output output(outStream, errStream, false, false);
        ApiError error(ApiError::Kind::Validation, QStringLiteral("POST ..."), 422);
        error.withFieldErrors({{QStringLiteral("id_product"), {QStringLiteral("Invalid.")}}});
        output.error(error, ExitCode::Invalid);
        QVERIFY(out.isEmpty());
        QVERIFY(err.contains(QStringLiteral("\nid_product: Invalid.\n")));
    }

    void jsonErrorsAreOneLineOnStderr()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        Output output(outStream, errStream, true, false);
        output.error(ApiError(ApiError::Kind::NotFound, QStringLiteral("GET ..."), 404),
                     ExitCode::NotFound);
        QVERIFY(out.isEmpty());
        QCOMPARE(err.count(u'\n'), 1);
        const QJsonObject body = QJsonDocument::fromJson(err.toUtf8())
                                     .object()
                                     .value(QStringLiteral("error"))
                                     .toObject();
        QCOMPARE(body.value(QStringLiteral("kind")).toString(), QStringLiteral("not_found"));
        QCOMPARE(body.value(QStringLiteral("exit_code")).toInt(), 6);
        QCOMPARE(body.value(QStringLiteral("status")).toInt(), 404);
        QVERIFY(!body.contains(QStringLiteral("detail"))); // only with --verbose
    }

    void neverPrintsTheSecrets()
    {
        QString out, err;
        QTextStream outStream(&out), errStream(&err);
        Output output(outStream, errStream, false, true);
        output.addSecret(QStringLiteral("canary-token-42"));
        output.error(ApiError(ApiError::Kind::Unauthorized,
                              QStringLiteral("server echoed Bearer canary-token-42"), 401),
                     ExitCode::Unauthorized);
        output.detail(QStringLiteral("canary-token-42"));
        QVERIFY(!err.isEmpty());
        QVERIFY(!err.contains(QStringLiteral("canary-token-42")));
    }

    void alignsTables()
    {
        TextTable table({QStringLiteral("ID"), QStringLiteral("NAME")});
        table.addRow({QStringLiteral("1"), QStringLiteral("line\nbreak")});
        table.addRow({QStringLiteral("100"), QStringLiteral("x")});
        QCOMPARE(table.render(), QStringLiteral("ID   NAME\n1    line break\n100  x\n"));
    }
};

QTEST_GUILESS_MAIN(TestPopsellctlParts)
#include "tst_popsellctl_parts.moc"
