#include "cli/commandargs.h"

namespace popsell::cli {

namespace {

QString optionName(const QString &option)
{
    return QStringLiteral("--") + option;
}

} // namespace

CommandArgs::CommandArgs(QStringList positional, QHash<QString, QStringList> options)
    : m_positional(std::move(positional))
    , m_options(std::move(options))
{}

QString CommandArgs::text(const QString &option) const
{
    const QStringList values = m_options.value(option);
    return values.isEmpty() ? QString() : values.constLast();
}

std::optional<QString> CommandArgs::optionalText(const QString &option) const
{
    if (!isSet(option))
        return std::nullopt;
    return text(option);
}

QString CommandArgs::requiredText(const QString &option)
{
    if (!isSet(option))
        fail(tr("%1 is required").arg(optionName(option)));
    return text(option);
}

std::optional<qint64> CommandArgs::parseId(const QString &text)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok);
    if (!ok || value <= 0)
        return std::nullopt;
    return value;
}

std::optional<bool> CommandArgs::parseBoolean(const QString &text)
{
    const QString value = text.trimmed().toLower();
    if (value == u"true" || value == u"yes" || value == u"1")
        return true;
    if (value == u"false" || value == u"no" || value == u"0")
        return false;
    return std::nullopt;
}

qint64 CommandArgs::positionalId(int index, const QString &name)
{
    if (index >= m_positional.size()) {
        fail(tr("%1 is missing").arg(name));
        return 0;
    }
    const std::optional<qint64> value = parseId(m_positional.at(index));
    if (!value) {
        fail(
            tr("%1 must be a positive whole number, not \"%2\"").arg(name, m_positional.at(index)));
        return 0;
    }
    return *value;
}

std::optional<QString> CommandArgs::optionalPositional(int index) const
{
    if (index >= m_positional.size())
        return std::nullopt;
    return m_positional.at(index);
}

std::optional<qint64> CommandArgs::id(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    const std::optional<qint64> value = parseId(text(option));
    if (!value)
        fail(tr("%1 expects a positive whole number, not \"%2\"")
                 .arg(optionName(option), text(option)));
    return value;
}

qint64 CommandArgs::requiredId(const QString &option)
{
    if (!isSet(option)) {
        fail(tr("%1 is required").arg(optionName(option)));
        return 0;
    }
    return id(option).value_or(0);
}

std::optional<int> CommandArgs::integer(const QString &option, int min, int max)
{
    if (!isSet(option))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text(option).trimmed().toLongLong(&ok);
    if (!ok || value < min || value > max) {
        fail(tr("%1 expects a whole number from %2 to %3, not \"%4\"")
                 .arg(optionName(option))
                 .arg(min)
                 .arg(max)
                 .arg(text(option)));
        return std::nullopt;
    }
    return int(value);
}

QList<qint64> CommandArgs::idList(const QString &option)
{
    QList<qint64> ids;
    if (!isSet(option))
        return ids;
    const QStringList parts = text(option).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        const std::optional<qint64> value = parseId(part);
        if (!value) {
            fail(tr("%1 expects comma-separated positive ids, not \"%2\"")
                     .arg(optionName(option), text(option)));
            return {};
        }
        ids.append(*value);
    }
    if (ids.isEmpty())
        fail(tr("%1 expects at least one id").arg(optionName(option)));
    return ids;
}

QList<int> CommandArgs::integerList(const QString &option, int min, int max)
{
    QList<int> values;
    if (!isSet(option))
        return values;
    const QStringList parts = text(option).split(u',', Qt::SkipEmptyParts);
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.trimmed().toInt(&ok);
        if (!ok || value < min || value > max) {
            fail(tr("%1 expects comma-separated whole numbers from %2 to %3, not \"%4\"")
                     .arg(optionName(option))
                     .arg(min)
                     .arg(max)
                     .arg(text(option)));
            return {};
        }
        values.append(value);
    }
    if (values.isEmpty())
        fail(tr("%1 expects at least one value").arg(optionName(option)));
    return values;
}

std::optional<bool> CommandArgs::boolean(const QString &option)
{
    if (!isSet(option))
        return std::nullopt;
    const std::optional<bool> value = parseBoolean(text(option));
    if (!value)
        fail(tr("%1 expects true or false, not \"%2\"").arg(optionName(option), text(option)));
    return value;
}

std::optional<int> CommandArgs::choice(const QString &option, const QStringList &names,
                                       int firstValue)
{
    if (!isSet(option))
        return std::nullopt;
    const QString value = text(option).trimmed();
    for (int i = 0; i < names.size(); ++i) {
        if (value.compare(names.at(i), Qt::CaseInsensitive) == 0)
            return firstValue + i;
    }
    bool ok = false;
    const int number = value.toInt(&ok);
    if (ok && number >= firstValue && number < firstValue + names.size())
        return number;
    fail(tr("%1 expects one of %2, not \"%3\"")
             .arg(optionName(option), names.join(QStringLiteral(", ")), value));
    return std::nullopt;
}

void CommandArgs::fail(const QString &message)
{
    if (!m_error)
        m_error = message;
}

} // namespace popsell::cli
