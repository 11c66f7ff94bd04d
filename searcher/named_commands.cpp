// The table of subcommands named first on the command line. Each new
// subcommand adds one line here and lives in its own <name>_command.cpp.
#include "commands.h"

namespace jobsearch {

const NamedCommand kNamedCommands[] = {
    {nullptr, nullptr},
};

}  // namespace jobsearch
