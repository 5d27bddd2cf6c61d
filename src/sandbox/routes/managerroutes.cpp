#include "sandbox/routetable.h"

namespace popsell::sandbox {

void registerManagerRoutes(RouteTable &table)
{
    Q_UNUSED(table);
}

} // namespace popsell::sandbox
