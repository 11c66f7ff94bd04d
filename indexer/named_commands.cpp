// The table of jobindex subcommands named first on the command line. Each
// new subcommand adds one line here and lives in its own <name>_command.cpp.
#include "indexer/commands.h"

namespace jobsearch {

const IndexerCommand kIndexerCommands[] = {
    {"compact", run_compact_command}, {"sync", run_sync_command}, {"delete", run_delete_command},
    {"purge", run_purge_command},     {nullptr, nullptr},
};

}  // namespace jobsearch
