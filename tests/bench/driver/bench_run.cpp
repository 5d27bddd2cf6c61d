// bench_run: runs every benchmark, the console and its floors interleaved round by round,
// and writes one JSON line per measured value, with its round, to --out. Machine noise
// that hits a round hits both sides of it; the report takes medians over rounds.
//
//   bench_run --out FILE [--rounds 7] [--startups 5] [--idle 5] [--legs LIST]
//             [--display xvfb|offscreen]
//
// Legs, in order within a round: startup, composite, models, decode, http, idle. Which side
// goes first alternates from round to round. Startup and idle run under Xvfb when it is
// installed (a real X server, as the floors of the performance notes), the rest offscreen.
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QSysInfo>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <memory>

namespace {

constexpr int kChildTimeoutMs = 30 * 60 * 1000;

void say(const QString &text)
{
    std::fprintf(stderr, "bench: %s\n", qUtf8Printable(text));
}

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

class Driver
{
public:
    Driver(QString dir, QFile &out)
        : m_dir(std::move(dir))
        , m_out(out)
    {}

    QString binary(const QString &name) const { return m_dir + u'/' + name; }

    QProcessEnvironment environment(bool display) const
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        const QString home = m_dir + u"/run/home";
        env.insert(QStringLiteral("HOME"), home);
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + u"/.config");
        env.insert(QStringLiteral("XDG_DATA_HOME"), home + u"/.local/share");
        env.insert(QStringLiteral("XDG_CACHE_HOME"), home + u"/.cache");
        // No keychain: tokens stay in memory; nothing reaches a real keyring.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("disabled:"));
        env.insert(QStringLiteral("QT_LOGGING_RULES"),
                   QStringLiteral("*.debug=false;qt.network.ssl.warning=false"));
        if (display && !m_display.isEmpty()) {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"));
            env.insert(QStringLiteral("DISPLAY"), m_display);
        } else {
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            env.remove(QStringLiteral("DISPLAY"));
        }
        return env;
    }

    // Runs one child to its end; its result lines, parsed. Failures are reported and give
    // no lines: a missing value shows as missing in the report, never as a guess.
    QList<QJsonObject> run(const QString &program, const QStringList &arguments, bool display)
    {
        QProcess child;
        child.setProcessEnvironment(environment(display));
        child.start(program, arguments);
        QList<QJsonObject> lines;
        if (!child.waitForFinished(kChildTimeoutMs) || child.exitStatus() != QProcess::NormalExit ||
            child.exitCode() != 0) {
            child.kill();
            child.waitForFinished();
            const QString why = QFileInfo(program).fileName() + u' ' + arguments.join(u' ') +
                                u": " +
                                QString::fromLocal8Bit(child.readAllStandardError()).trimmed();
            say(QStringLiteral("FAILED ") + why);
            note(QStringLiteral("failure"), why.left(300));
            return lines;
        }
        for (const QByteArray &line : child.readAllStandardOutput().split('\n')) {
            const QJsonObject o = QJsonDocument::fromJson(line).object();
            if (!o.isEmpty())
                lines.append(o);
        }
        const QByteArray err = child.readAllStandardError().trimmed();
        if (!err.isEmpty())
            say(QFileInfo(program).fileName() + u": " + QString::fromLocal8Bit(err).left(500));
        return lines;
    }

    void write(QJsonObject o, int round)
    {
        if (round > 0)
            o.insert(QStringLiteral("round"), round);
        m_out.write(QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n');
        m_out.flush();
    }

    void note(const QString &key, const QString &value)
    {
        write({{QStringLiteral("note"), key}, {QStringLiteral("value"), value}}, 0);
    }

    // Each child's values as they come: one per metric and side.
    void record(const QList<QJsonObject> &lines, int round)
    {
        for (const QJsonObject &o : lines)
            write(o, o.contains(QStringLiteral("metric")) ? round : 0);
    }

    // Several launches in one round: the median per metric and side is the round's value.
    void recordMedians(const QList<QJsonObject> &lines, int round)
    {
        QHash<QPair<QString, QString>, QList<double>> values;
        QList<QPair<QString, QString>> order;
        for (const QJsonObject &o : lines) {
            if (!o.contains(QStringLiteral("metric"))) {
                write(o, 0);
                continue;
            }
            const QPair key{o.value(QStringLiteral("metric")).toString(),
                            o.value(QStringLiteral("side")).toString()};
            if (!values.contains(key))
                order.append(key);
            values[key].append(o.value(QStringLiteral("value")).toDouble());
        }
        for (const auto &key : order) {
            write({{QStringLiteral("metric"), key.first},
                   {QStringLiteral("side"), key.second},
                   {QStringLiteral("value"), median(values.value(key))},
                   {QStringLiteral("launches"), int(values.value(key).size())}},
                  round);
        }
    }

    // A server child that keeps running; its first stdout line.
    std::unique_ptr<QProcess> startServer(const QString &program, const QStringList &arguments,
                                          QString *line)
    {
        auto server = std::make_unique<QProcess>();
        server->setProcessEnvironment(environment(false));
        server->setProcessChannelMode(QProcess::SeparateChannels);
        server->start(program, arguments);
        while (server->waitForReadyRead(120'000)) {
            if (server->canReadLine()) {
                *line = QString::fromUtf8(server->readLine()).trimmed();
                return server;
            }
        }
        say(QStringLiteral("could not start ") + program + u": " +
            QString::fromLocal8Bit(server->readAllStandardError()));
        return nullptr;
    }

    std::unique_ptr<QProcess> startXvfb()
    {
        const QString xvfb = QStandardPaths::findExecutable(QStringLiteral("Xvfb"));
        if (xvfb.isEmpty())
            return nullptr;
        for (int display = 90 + int(QCoreApplication::applicationPid() % 40); display < 200;
             ++display) {
            if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display)) ||
                QFile::exists(QStringLiteral("/tmp/.X%1-lock").arg(display))) {
                continue;
            }
            auto server = std::make_unique<QProcess>();
            server->start(xvfb, {QStringLiteral(":%1").arg(display), QStringLiteral("-screen"),
                                 QStringLiteral("0"), QStringLiteral("1920x1080x24"),
                                 QStringLiteral("-nolisten"), QStringLiteral("tcp")});
            for (int i = 0; i < 100; ++i) {
                if (QFile::exists(QStringLiteral("/tmp/.X11-unix/X%1").arg(display))) {
                    m_display = QStringLiteral(":%1").arg(display);
                    return server;
                }
                if (server->waitForFinished(50))
                    break;
            }
            server->kill();
            server->waitForFinished();
        }
        return nullptr;
    }

    QString display() const { return m_display; }

private:
    QString m_dir;
    QFile &m_out;
    QString m_display;
};

QString cpuModel()
{
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (!cpuinfo.open(QIODevice::ReadOnly))
        return {};
    for (const QByteArray &line : cpuinfo.readAll().split('\n')) {
        if (line.startsWith("model name"))
            return QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
    }
    return {};
}

QString loadAverage()
{
    QFile load(QStringLiteral("/proc/loadavg"));
    return load.open(QIODevice::ReadOnly) ? QString::fromLatin1(load.readAll()).section(u' ', 0, 2)
                                          : QString();
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption outOption(QStringLiteral("out"), QString(), QStringLiteral("file"));
    const QCommandLineOption roundsOption(QStringLiteral("rounds"), QString(), QStringLiteral("n"),
                                          QStringLiteral("7"));
    const QCommandLineOption startupsOption(QStringLiteral("startups"), QString(),
                                            QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption idleOption(QStringLiteral("idle"), QString(),
                                        QStringLiteral("seconds"), QStringLiteral("5"));
    const QCommandLineOption legsOption(
        QStringLiteral("legs"), QString(), QStringLiteral("list"),
        QStringLiteral("startup,composite,models,decode,http,idle"));
    const QCommandLineOption displayOption(QStringLiteral("display"), QString(),
                                           QStringLiteral("xvfb|offscreen"),
                                           QStringLiteral("xvfb"));
    parser.addHelpOption();
    parser.addOptions(
        {outOption, roundsOption, startupsOption, idleOption, legsOption, displayOption});
    parser.process(application);
    if (!parser.isSet(outOption)) {
        say(QStringLiteral("--out FILE is required"));
        return 2;
    }

    const QString dir = QCoreApplication::applicationDirPath();
    QDir().mkpath(dir + u"/run/home");
    QFile out(parser.value(outOption));
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        say(QStringLiteral("cannot write ") + out.fileName());
        return 1;
    }
    Driver driver(dir, out);
    const int rounds = parser.value(roundsOption).toInt();
    const int startups = parser.value(startupsOption).toInt();
    const QString idle = parser.value(idleOption);
    const QStringList legs = parser.value(legsOption).split(u',');
    const QString tlsDir = QStringLiteral(POPSELL_TLS_FIXTURES_DIR);
    const QString pool = dir + u"/run/pool.json";

    driver.note(QStringLiteral("date"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    driver.note(QStringLiteral("machine"),
                cpuModel() + QStringLiteral(", %1 CPUs, ").arg(QThread::idealThreadCount()) +
                    QSysInfo::prettyProductName());
    driver.note(QStringLiteral("qt"), QString::fromLatin1(qVersion()));
    driver.note(QStringLiteral("load_before"), loadAverage());
    driver.note(QStringLiteral("rounds"), QString::number(rounds));

    if (!QFile::exists(pool)) {
        say(QStringLiteral("making the pool from the sandbox's demo data"));
        driver.run(driver.binary(QStringLiteral("bench_api_server")),
                   {QStringLiteral("--make-pool"), pool}, false);
    }
    QString line;
    std::unique_ptr<QProcess> canned = driver.startServer(
        driver.binary(QStringLiteral("bench_api_server")),
        {QStringLiteral("--pool"), pool, QStringLiteral("--cert"), tlsDir + u"/localhost.crt",
         QStringLiteral("--key"), tlsDir + u"/localhost.key"},
        &line);
    if (!canned)
        return 1;
    const QString plainUrl = line.section(u' ', 1, 1);
    const QString tlsUrl = line.section(u' ', 2, 2);
    std::unique_ptr<QProcess> sandbox = driver.startServer(
        QStringLiteral(POPSELL_SANDBOX_PATH),
        {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--quiet")}, &line);
    if (!sandbox)
        return 1;
    // "popsell-sandbox listening on URL domain D api-key K brand B"
    const QStringList words = line.split(u' ');
    const QString sandboxUrl = words.value(3);
    const QString sandboxKey = words.value(words.indexOf(QStringLiteral("api-key")) + 1);
    const QString sandboxBrand = words.value(words.indexOf(QStringLiteral("brand")) + 1);
    say(QStringLiteral("canned server %1 %2, sandbox %3").arg(plainUrl, tlsUrl, sandboxUrl));

    std::unique_ptr<QProcess> xvfb;
    if (parser.value(displayOption) == u"xvfb")
        xvfb = driver.startXvfb();
    driver.note(QStringLiteral("display"),
                xvfb ? QStringLiteral("Xvfb (xcb), 1920x1080x24, no window manager")
                     : QStringLiteral("offscreen"));
    say(QStringLiteral("startup and idle on ") +
        (xvfb ? driver.display() : QStringLiteral("offscreen")));

    const QString exec = driver.binary(QStringLiteral("bench_exec"));
    const QString appStartup = driver.binary(QStringLiteral("app_startup"));
    const QString floorStartup = driver.binary(QStringLiteral("floor_startup"));
    driver.run(appStartup, {QStringLiteral("--prepare"), plainUrl}, true);
    // Warm caches (fonts, shared libraries) before anything counts.
    driver.run(exec, {appStartup}, true);
    driver.run(exec, {floorStartup}, true);

    for (int round = 1; round <= rounds; ++round) {
        const bool appFirst = round % 2 == 1;
        const QString order = appFirst ? QStringLiteral("app,floor") : QStringLiteral("floor,app");
        say(QStringLiteral("round %1 of %2 (%3 first), load %4")
                .arg(round)
                .arg(rounds)
                .arg(appFirst ? u"app" : u"floor")
                .arg(loadAverage()));
        const auto pair = [&](const std::function<QList<QJsonObject>()> &app,
                              const std::function<QList<QJsonObject>()> &floor) {
            QList<QJsonObject> lines = appFirst ? app() : floor();
            lines += appFirst ? floor() : app();
            return lines;
        };
        if (legs.contains(u"startup")) {
            QList<QJsonObject> lines;
            for (int i = 0; i < startups; ++i) {
                lines += pair([&] { return driver.run(exec, {appStartup}, true); },
                              [&] { return driver.run(exec, {floorStartup}, true); });
            }
            driver.recordMedians(lines, round);
        }
        if (legs.contains(u"composite")) {
            driver.record(
                pair(
                    [&] {
                        return driver.run(driver.binary(QStringLiteral("app_composite")),
                                          {QStringLiteral("--base-url"), plainUrl}, false);
                    },
                    [&] {
                        return driver.run(driver.binary(QStringLiteral("floor_composite")),
                                          {QStringLiteral("--pool"), pool}, false);
                    }),
                round);
        }
        if (legs.contains(u"models")) {
            driver.record(
                driver.run(driver.binary(QStringLiteral("bench_models")),
                           {QStringLiteral("--server"), plainUrl, QStringLiteral("--pool"), pool,
                            QStringLiteral("--order"), order},
                           false),
                round);
        }
        if (legs.contains(u"decode")) {
            driver.record(
                driver.run(driver.binary(QStringLiteral("bench_decode")),
                           {QStringLiteral("--pool"), pool, QStringLiteral("--order"), order},
                           false),
                round);
        }
        if (legs.contains(u"http")) {
            driver.record(driver.run(driver.binary(QStringLiteral("bench_http")),
                                     {QStringLiteral("--order"), order, QStringLiteral("--sandbox"),
                                      sandboxUrl, QStringLiteral("--sandbox-key"), sandboxKey,
                                      QStringLiteral("--sandbox-brand"), sandboxBrand,
                                      QStringLiteral("--tls"), tlsUrl, QStringLiteral("--ca"),
                                      tlsDir + u"/localhost.crt"},
                                     false),
                          round);
        }
        if (legs.contains(u"idle")) {
            driver.record(
                pair(
                    [&] {
                        return driver.run(appStartup,
                                          {QStringLiteral("--start"), QStringLiteral("direct"),
                                           QStringLiteral("--base-url"), plainUrl,
                                           QStringLiteral("--idle"), idle},
                                          true);
                    },
                    [&] {
                        return driver.run(floorStartup, {QStringLiteral("--idle"), idle}, true);
                    }),
                round);
        }
    }
    driver.note(QStringLiteral("load_after"), loadAverage());
    for (QProcess *server : {canned.get(), sandbox.get(), xvfb.get()}) {
        if (server) {
            server->terminate();
            if (!server->waitForFinished(5000))
                server->kill();
        }
    }
    say(QStringLiteral("results in ") + out.fileName());
    return 0;
}
