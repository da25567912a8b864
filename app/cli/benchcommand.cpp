#include "command.h"

namespace flowdesk::cli {

int bench(const QStringList &)
{
    err() << "not yet\n";
    return 2;
}

} // namespace flowdesk::cli
