// commands.h: jobsearch's subcommands, each a thin shell over the library.
//
// Each takes the arguments after its name (argv[0] is the subcommand name)
// and returns an exit code (exit_codes.h). User errors are thrown as
// SearchError; main turns them and Xapian errors into messages and codes.
#pragma once

namespace jobsearch {

// `jobsearch [search] --db DB [QUERY] [options]` and `jobsearch --db DB get ID`.
int run_search_command(int argc, char** argv);

// The subcommands that must be named first (`jobsearch serve --db DB ...`),
// as {name, function}. Ends with {nullptr, nullptr}.
struct NamedCommand {
  const char* name;
  int (*run)(int argc, char** argv);
};
extern const NamedCommand kNamedCommands[];

}  // namespace jobsearch
