#pragma once

#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QCoreApplication>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>
#include <variant>

namespace popsell::cli {

// The options every popsellctl command accepts, before or after the command name.
struct GlobalOptions
{
    QUrl baseUrl;                 // --base-url; empty with --sandbox
    QString token;                // --token, else POPSELL_TOKEN (not with --sandbox)
    QString apiKey;               // --api-key: exchanged for a token first
    QString domain;               // --domain; defaults to the base URL's host
    std::optional<qint64> brand;  // --brand
    std::optional<int> timeoutMs; // --timeout
    bool json = false;
    bool sandbox = false;
    bool verbose = false;
    bool help = false;
    bool version = false;
};

class GlobalOptionSet
{
    Q_DECLARE_TR_FUNCTIONS(GlobalOptionSet)

public:
    // The environment variable read when --token is not given.
    static QString tokenVariable() { return QStringLiteral("POPSELL_TOKEN"); }

    static QList<QCommandLineOption> definitions();
    // Names of the global options that take a value, to find the command name in argv
    // before the command's own options are known.
    static QStringList namesTakingValues();

    // The global options from a parser that has parsed them; a message for a usage error.
    static std::variant<GlobalOptions, QString> read(const QCommandLineParser &parser,
                                                     const QProcessEnvironment &environment);
};

} // namespace popsell::cli
