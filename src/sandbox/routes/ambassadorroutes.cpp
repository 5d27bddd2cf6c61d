#include "sandbox/routetable.h"

namespace popsell::sandbox {

void registerAmbassadorRoutes(RouteTable &table)
{
    Q_UNUSED(table);
}

} // namespace popsell::sandbox
