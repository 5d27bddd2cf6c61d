#include "core/models/textmatch.h"

#include <QRegularExpression>

#include <array>

namespace popsell::models {

namespace {

// What foldForMatch() does, one string at a time: NFD splits "é" into "e" and a combining mark,
// which is then dropped; the rest is case folded.
QString foldSlowly(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

// foldSlowly() of every character below U+0250 (Latin, Latin-1, Latin Extended-A and -B), computed
// once. Their canonical decompositions are a base letter and non-spacing marks only, so folding
// such a string character by character gives foldSlowly()'s result; the inbox folds every room's
// names as pages arrive, and this keeps that at ~0.1 µs a name.
constexpr char16_t kDropped = 0xFFFF; // the character folds to nothing
constexpr char16_t kOther = 0xFFFE;   // it folds to more than one character
constexpr qsizetype kTableSize = 0x250;

const std::array<char16_t, kTableSize> &foldTable()
{
    static const std::array<char16_t, kTableSize> table = [] {
        std::array<char16_t, kTableSize> t{};
        for (qsizetype c = 0; c < kTableSize; ++c) {
            const QString folded = foldSlowly(QString(QChar(char16_t(c))));
            t[c] = folded.isEmpty() ? kDropped : folded.size() == 1 ? folded[0].unicode() : kOther;
        }
        return t;
    }();
    return table;
}

} // namespace

QString foldForMatch(const QString &text)
{
    const std::array<char16_t, kTableSize> &table = foldTable();
    QString folded(text.size(), Qt::Uninitialized);
    QChar *out = folded.data();
    qsizetype length = 0;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const char16_t f = u < kTableSize ? table[u] : kOther;
        if (f == kOther)
            return foldSlowly(text);
        if (f != kDropped)
            out[length++] = QChar(f);
    }
    folded.truncate(length);
    return folded;
}

QList<MatchWord> matchWords(const QString &text)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    QList<MatchWord> words;
    for (const QString &word : foldForMatch(text).split(spaces, Qt::SkipEmptyParts)) {
        bool isNumber = false;
        const qint64 id = (word.startsWith(u'#') ? word.mid(1) : word).toLongLong(&isNumber);
        words.append({word, isNumber ? std::optional<qint64>(id) : std::nullopt});
    }
    return words;
}

bool narrows(const QList<MatchWord> &next, const QList<MatchWord> &previous)
{
    // A row matches `next` when each of its words is in the row's text or is one of its ids. An
    // earlier word w certainly matches such a row if a new word contains it and matched through the
    // text (then the text contains w too), or is w itself. A new word that reads as an id may have
    // matched through the id only, so it covers nothing but itself.
    return std::all_of(previous.cbegin(), previous.cend(), [&next](const MatchWord &w) {
        return std::any_of(next.cbegin(), next.cend(), [&w](const MatchWord &n) {
            return n.folded == w.folded || (!n.id && n.folded.contains(w.folded));
        });
    });
}

bool matchesAllWords(const QString &text, const QStringList &texts, const QList<qint64> &ids)
{
    const QList<MatchWord> words = matchWords(text);
    if (words.isEmpty())
        return true;
    QString haystack;
    for (const QString &t : texts)
        haystack += foldForMatch(t) + u'\n';
    return matchesAllWords(words, haystack, [&ids](qint64 id) { return ids.contains(id); });
}

} // namespace popsell::models
