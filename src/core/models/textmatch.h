#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace popsell::models {

// The local "type to filter" rule of the console's lists: every word of `text` must be
// found, case- and accent-insensitively, in one of `texts`, or be one of `ids` (written
// "12" or "#12"). An empty text matches everything.
bool matchesAllWords(const QString &text, const QStringList &texts, const QList<qint64> &ids);

// `text` folded for matching: lower case, accents removed ("Clémence" -> "clemence").
QString foldForMatch(const QString &text);

} // namespace popsell::models
