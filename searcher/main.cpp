// jobsearch: ranked, faceted search over postings indexed by jobindex.
#include <xapian.h>

#include <cstring>
#include <iostream>
#include <vector>

#include "common/exit_codes.h"
#include "searcher/cli/commands.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/query_limits.h"
#include "searcher/engine/remote_shards.h"
#include "searcher/engine/search_error.h"

using namespace jobsearch;

namespace {

// --db DB, --db=DB, --format F, --format=F: the global options, which may
// come before a subcommand as well as after it. How many arguments the one
// at argv[i] takes (0: not a global option).
int global_option_size(int i, int argc, char** argv) {
  for (const char* name : {"--db", "--format"}) {
    const std::size_t length = std::strlen(name);
    if (std::strncmp(argv[i], name, length) != 0) continue;
    if (argv[i][length] == '=') return 1;
    if (argv[i][length] == '\0') return i + 1 < argc ? 2 : 0;
  }
  return 0;
}

const NamedCommand* named_command(const char* word) {
  for (const NamedCommand* command = kNamedCommands; command->name != nullptr; ++command) {
    if (std::strcmp(word, command->name) == 0) return command;
  }
  return nullptr;
}

// `jobsearch --db DB serve --port 0` runs as `jobsearch serve --db DB
// --port 0`: the global options before the subcommand move after it.
int dispatch(int argc, char** argv) {
  int i = 1;
  while (i < argc && global_option_size(i, argc, argv) > 0) i += global_option_size(i, argc, argv);
  const NamedCommand* command = i < argc ? named_command(argv[i]) : nullptr;
  if (command == nullptr) return run_search_command(argc, argv);
  std::vector<char*> args{argv[i]};
  args.insert(args.end(), argv + 1, argv + i);
  args.insert(args.end(), argv + i + 1, argv + argc);
  args.push_back(nullptr);
  return command->run(argc - 1, args.data());
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return dispatch(argc, argv);
  } catch (const QueryLimitError& error) {
    std::cerr << "jobsearch: " << error.what() << " (" << error.option() << ")\n";
    return kExitUsage;
  } catch (const SearchError& error) {
    std::cerr << "jobsearch: " << error.what() << "\n";
    return kExitUsage;
  } catch (const SearchTimeout& error) {
    std::cerr << "jobsearch: " << error.what() << " (--timeout)\n";
    return kExitTimeout;
  } catch (const ShardUnavailable& error) {
    std::cerr << "jobsearch: " << error.what() << " (--shard-timeout)\n";
    return kExitShardUnavailable;
  } catch (const Xapian::DatabaseError& error) {
    std::cerr << "jobsearch: cannot open database: " << error.get_msg() << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& error) {
    std::cerr << "jobsearch: " << error.get_description() << '\n';
    return kExitInternal;
  } catch (const std::exception& error) {
    std::cerr << "jobsearch: internal error: " << error.what() << '\n';
    return kExitInternal;
  }
}
