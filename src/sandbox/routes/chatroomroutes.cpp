#include "sandbox/routetable.h"

namespace popsell::sandbox {

void registerChatroomRoutes(RouteTable &table)
{
    Q_UNUSED(table);
}

} // namespace popsell::sandbox
