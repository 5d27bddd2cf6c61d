#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::cli {

// Words for the API's numbers and times in human output.
class Labels
{
    Q_DECLARE_TR_FUNCTIONS(Labels)

public:
    // "2026-11-21 10:46:52Z" (UTC, so that output does not depend on the machine); "-" for
    // an invalid time.
    static QString time(const QDateTime &time);
    // The wire names of `source`: direct, waiting_list, hot_list (also what the options take).
    static QStringList sourceNames();
    static QString source(int source);
    static QString chatroomType(int type);
    static QString discussionType(int type);
    static QString messageType(int type);
    static QString ambassadorStatus(int status);
    static QString ambassadorActive(int active);
    // todo, done, or empty.
    static QString flag(std::optional<int> flag);
    static QString yesNo(bool value);
    // 42, 42.5: no trailing zeros.
    static QString number(double value);
    // "word (N)"; just N when the word is empty.
    static QString withCode(const QString &word, int code);
};

} // namespace popsell::cli
