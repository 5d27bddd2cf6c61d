#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace popsell::models {

// The local "type to filter" rule of the console's lists: every word of `text` must be found, case-
// and accent-insensitively, in one of `texts`, or be one of `ids` (written "12" or "#12"). An empty
// text matches everything.
bool matchesAllWords(const QString &text, const QStringList &texts, const QList<qint64> &ids);

// `text` folded for matching: lower case, accents removed ("Clémence" -> "clemence").
QString foldForMatch(const QString &text);

// The same rule in two halves, for lists that fold their rows once and filter them many times
// (InboxFilterProxy): the words of a typed text, folded...
struct MatchWord
{
    QString folded;
    std::optional<qint64> id; // when the word reads as an id ("12", "#12")
};
QList<MatchWord> matchWords(const QString &text);
// ...and whether every word is in `foldedTexts` (foldForMatch of each text, joined with '\n', which
// no word contains) or is an id for which `hasId` holds. Same answer as matchesAllWords(text,
// texts, ids).
template<typename HasId>
bool matchesAllWords(const QList<MatchWord> &words, QStringView foldedTexts, HasId &&hasId)
{
    for (const MatchWord &word : words) {
        if (!foldedTexts.contains(word.folded) && !(word.id && hasId(*word.id)))
            return false;
    }
    return true;
}
// True when every row matching `next` also matches `previous`, so filtering for `next` only needs
// the rows that matched `previous` (typing one more letter narrows the list).
bool narrows(const QList<MatchWord> &next, const QList<MatchWord> &previous);

} // namespace popsell::models
