#include "sandbox/demodata.h"

#include "sandbox/database.h"

namespace popsell::sandbox {

bool generateDemoData(Database &db, const DemoDataOptions &options, QString *error)
{
    db.begin();
    db.run(QStringLiteral("INSERT INTO brands (id_brand, label, domain, default_language, timezone,"
                          " program_label, url) VALUES (3, 'Maison Lumiere', ?, 'fr_FR', 'Europe/Paris',"
                          " 'Lumiere Ambassadors', 'https://www.maison-lumiere.example')"),
           {options.domain});
    db.run(QStringLiteral("INSERT INTO ambassadors (id_ambassador, id_brand, firstname, lastname, username,"
                          " active, status, last_action_date, date_insert) VALUES (1, 3, 'Ada', 'Lovelace',"
                          " 'ada', 1, 0, ?, ?)"),
           {options.nowMicros, options.nowMicros});
    if (db.failed() || !db.commit()) {
        *error = db.lastError();
        db.rollback();
        return false;
    }
    return true;
}

} // namespace popsell::sandbox
