#include "app/palette/palettematch.h"

namespace popsell::app {

namespace {

constexpr int kWordStartBonus = 1000;
constexpr int kSubstringScore = 2000;
constexpr int kSubsequenceScore = 0;

bool isWordStart(const QString &text, qsizetype at)
{
    return at == 0 || !text.at(at - 1).isLetterOrNumber();
}

} // namespace

QString paletteFold(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

std::optional<int> paletteMatch(const QString &query, const QString &text)
{
    const QString q = paletteFold(query.simplified());
    const QString t = paletteFold(text);
    const int lengthPenalty = int(qMin<qsizetype>(t.size(), 500));
    if (q.isEmpty())
        return -lengthPenalty;

    // Substring: the best occurrence (a word start if there is one).
    qsizetype best = -1;
    for (qsizetype at = t.indexOf(q); at >= 0; at = t.indexOf(q, at + 1)) {
        if (best < 0)
            best = at;
        if (isWordStart(t, at)) {
            return kSubstringScore + kWordStartBonus - lengthPenalty -
                   int(qMin<qsizetype>(at, 500));
        }
    }
    if (best >= 0)
        return kSubstringScore - lengthPenalty - int(qMin<qsizetype>(best, 500));

    // Subsequence, every query character in order; spaces in the query are skipped and
    // characters landing on word starts count more ("crch" -> "CReate CHatroom").
    int score = kSubsequenceScore;
    qsizetype at = 0;
    for (QChar c : q) {
        if (c.isSpace())
            continue;
        at = t.indexOf(c, at);
        if (at < 0)
            return std::nullopt;
        if (isWordStart(t, at))
            score += 10;
        ++at;
    }
    return score - lengthPenalty;
}

} // namespace popsell::app
