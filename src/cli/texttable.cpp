#include "cli/texttable.h"

namespace popsell::cli {

QString singleLine(const QString &text, qsizetype max)
{
    QString line = text;
    for (QChar &c : line) {
        if (c == u'\n' || c == u'\r' || c == u'\t')
            c = u' ';
    }
    line = line.trimmed();
    if (max > 1 && line.size() > max)
        line = line.left(max - 1) + QChar(0x2026);
    return line;
}

TextTable::TextTable(QStringList header)
    : m_header(std::move(header))
{}

void TextTable::addRow(QStringList cells)
{
    while (cells.size() < m_header.size())
        cells.append(QString());
    for (QString &cell : cells)
        cell = singleLine(cell);
    m_rows.append(std::move(cells));
}

QString TextTable::render() const
{
    QList<qsizetype> widths;
    for (const QString &title : m_header)
        widths.append(title.size());
    for (const QStringList &row : m_rows) {
        for (qsizetype i = 0; i < widths.size() && i < row.size(); ++i)
            widths[i] = qMax(widths.at(i), row.at(i).size());
    }
    const auto line = [&widths](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i + 1 == cells.size();
            text +=
                last ? cells.at(i) : cells.at(i).leftJustified(widths.at(i)) + QStringLiteral("  ");
        }
        while (text.endsWith(u' '))
            text.chop(1);
        return text + u'\n';
    };
    QString text = line(m_header);
    for (const QStringList &row : m_rows)
        text += line(row);
    return text;
}

void KeyValueBlock::add(const QString &key, const QString &value)
{
    m_pairs.append({key, value});
}

void KeyValueBlock::addIfSet(const QString &key, const QString &value)
{
    if (!value.isEmpty())
        add(key, value);
}

QString KeyValueBlock::render() const
{
    qsizetype width = 0;
    for (const auto &pair : m_pairs)
        width = qMax(width, pair.first.size());
    QString text;
    for (const auto &[key, value] : m_pairs) {
        const QStringList lines = value.split(u'\n');
        text += QString(key + u':').leftJustified(width + 2) + lines.constFirst() + u'\n';
        for (qsizetype i = 1; i < lines.size(); ++i)
            text += QString(width + 2, u' ') + lines.at(i) + u'\n';
    }
    return text;
}

} // namespace popsell::cli
