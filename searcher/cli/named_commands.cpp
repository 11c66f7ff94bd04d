// The table of subcommands named first on the command line. Each new
// subcommand adds one line here and lives in its own <name>_command.cpp.
#include "searcher/cli/commands.h"

namespace jobsearch {

const NamedCommand kNamedCommands[] = {
    {"serve", run_serve_command}, {"match", run_match_command}, {"similar", run_similar_command},
    {"batch", run_batch_command}, {"eval", run_eval_command},   {"alerts", run_alerts_command},
    {nullptr, nullptr},
};

}  // namespace jobsearch
