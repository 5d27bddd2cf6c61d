#pragma once

#include <QLoggingCategory>

namespace popsell::logging {

// "popsell.api": one debug line per finished request attempt (method, path without query
// values, outcome, duration, attempt, Idempotency-Key); never headers or bodies. Debug is
// off unless switched on (QT_LOGGING_RULES="popsell.api.debug=true"), so that a normal run
// stays quiet; warnings and above are on.
Q_DECLARE_LOGGING_CATEGORY(lcApi)

} // namespace popsell::logging
