#include "core/logging/logcategories.h"

namespace popsell::logging {

Q_LOGGING_CATEGORY(lcApi, "popsell.api", QtInfoMsg)

} // namespace popsell::logging
