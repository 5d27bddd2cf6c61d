#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace popsell::cli {

// Columns aligned with spaces, the header in capitals; the last column is not padded.
// Cells are single-line: line breaks become spaces.
class TextTable
{
public:
    explicit TextTable(QStringList header);

    void addRow(QStringList cells);
    bool isEmpty() const { return m_rows.isEmpty(); }
    QString render() const;

private:
    QStringList m_header;
    QList<QStringList> m_rows;
};

// "key   value" lines with the keys aligned; a value with line breaks continues under
// itself.
class KeyValueBlock
{
public:
    void add(const QString &key, const QString &value);
    // Adds the pair only when `value` is not empty.
    void addIfSet(const QString &key, const QString &value);
    QString render() const;

private:
    QList<std::pair<QString, QString>> m_pairs;
};

// One line of a cell: line breaks and tabs become spaces, then cut at `max` characters
// with an ellipsis.
QString singleLine(const QString &text, qsizetype max = -1);

} // namespace popsell::cli
