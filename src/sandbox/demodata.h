#pragma once

#include <QString>

namespace popsell::sandbox {

class Database;

struct DemoDataOptions
{
    quint64 seed = 1;
    int rooms = 500;
    int messages = 20000;
    QString domain;
    qint64 nowMicros = 0; // "now" for the generated timeline; dates end shortly before it
};

// Fills a freshly created database with one brand and its ambassadors, products, brand
// tags, chat topics, chatrooms and messages. The same seed (and sizes) gives the same
// data on every machine: only the dates move with nowMicros.
bool generateDemoData(Database &db, const DemoDataOptions &options, QString *error);

} // namespace popsell::sandbox
