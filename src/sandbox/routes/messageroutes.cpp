#include "sandbox/routetable.h"

namespace popsell::sandbox {

void registerMessageRoutes(RouteTable &table)
{
    Q_UNUSED(table);
}

} // namespace popsell::sandbox
