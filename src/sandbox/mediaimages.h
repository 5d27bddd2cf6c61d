#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace popsell::sandbox {

class Database;

// The demo images the sandbox serves itself: /media/products/<id>.svg,
// /media/ambassadors/<id>.svg and /media/brand-tags/<id>.svg. Each is a small SVG
// drawn from the record (initials on a colour derived from the id); nullopt when the
// path or the record is unknown.
std::optional<QByteArray> renderMediaImage(Database &db, const QString &path);

} // namespace popsell::sandbox
