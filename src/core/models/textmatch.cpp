#include "core/models/textmatch.h"

#include <QRegularExpression>

namespace popsell::models {

QString foldForMatch(const QString &text)
{
    // NFD splits "é" into "e" and a combining mark, which is then dropped.
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString folded;
    folded.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() != QChar::Mark_NonSpacing)
            folded.append(c.toCaseFolded());
    }
    return folded;
}

bool matchesAllWords(const QString &text, const QStringList &texts, const QList<qint64> &ids)
{
    static const QRegularExpression spaces(QStringLiteral("\\s+"));
    const QStringList words = foldForMatch(text).split(spaces, Qt::SkipEmptyParts);
    if (words.isEmpty())
        return true;
    QStringList haystack;
    haystack.reserve(texts.size());
    for (const QString &t : texts)
        haystack.append(foldForMatch(t));
    for (const QString &word : words) {
        bool found = std::any_of(haystack.cbegin(), haystack.cend(),
                                 [&word](const QString &t) { return t.contains(word); });
        if (!found) {
            bool isNumber = false;
            const qint64 id = (word.startsWith(u'#') ? word.mid(1) : word).toLongLong(&isNumber);
            found = isNumber && ids.contains(id);
        }
        if (!found)
            return false;
    }
    return true;
}

} // namespace popsell::models
