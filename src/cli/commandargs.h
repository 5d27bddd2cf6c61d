#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::cli {

// The arguments of one subcommand after QCommandLineParser has split them: positional
// values and option values by option name (a flag maps to an empty list). Typed readers
// record the first problem instead of throwing, so that a command reads everything it
// needs in one straight sequence and the caller checks error() once at the end.
class CommandArgs
{
    Q_DECLARE_TR_FUNCTIONS(CommandArgs)

public:
    CommandArgs() = default;
    CommandArgs(QStringList positional, QHash<QString, QStringList> options);

    const QStringList &positional() const { return m_positional; }
    bool isSet(const QString &option) const { return m_options.contains(option); }

    // The last value given for `option`, or empty.
    QString text(const QString &option) const;
    std::optional<QString> optionalText(const QString &option) const;
    // A value that must be given.
    QString requiredText(const QString &option);

    // The positional argument at `index`, a positive id; `name` is its name in usage texts.
    qint64 positionalId(int index, const QString &name);
    std::optional<QString> optionalPositional(int index) const;

    // --option N with N a positive id.
    std::optional<qint64> id(const QString &option);
    qint64 requiredId(const QString &option);
    // --option N with min <= N <= max.
    std::optional<int> integer(const QString &option, int min, int max);
    // --option 1,2,3: positive ids, at least one.
    QList<qint64> idList(const QString &option);
    // --option 7,8: integers in [min, max], at least one.
    QList<int> integerList(const QString &option, int min, int max);
    // --option true|false (also yes/no, 1/0).
    std::optional<bool> boolean(const QString &option);
    // --option NAME with NAME one of `names` (case-insensitive), or the number it stands
    // for: names[i] stands for firstValue + i. Returns that number.
    std::optional<int> choice(const QString &option, const QStringList &names, int firstValue = 0);

    // Records a problem (the first one wins).
    void fail(const QString &message);
    bool failed() const { return m_error.has_value(); }
    std::optional<QString> error() const { return m_error; }

    // Parsers shared with the readers, for values that do not come from one option.
    static std::optional<qint64> parseId(const QString &text);
    static std::optional<bool> parseBoolean(const QString &text);

private:
    QStringList m_positional;
    QHash<QString, QStringList> m_options;
    std::optional<QString> m_error;
};

} // namespace popsell::cli
