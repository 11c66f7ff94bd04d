// jobindex: index JSON-LD job postings into a Xapian database.
#include <xapian.h>

#include <cstring>
#include <filesystem>
#include <iostream>
#include <vector>

#include "common/exit_codes.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"

using namespace jobsearch;

namespace {

// How many arguments the global option at argv[i] takes: --db DB or
// --db=DB; 0 when it is not one.
int global_option_size(int i, int argc, char** argv) {
  if (std::strncmp(argv[i], "--db=", 5) == 0) return 1;
  return std::strcmp(argv[i], "--db") == 0 && i + 1 < argc ? 2 : 0;
}

// `jobindex --db DB compact --output OUT` runs as `jobindex compact --db DB
// --output OUT`: --db before a subcommand moves after it.
int dispatch(int argc, char** argv) {
  int i = 1;
  while (i < argc && global_option_size(i, argc, argv) > 0) i += global_option_size(i, argc, argv);
  for (const IndexerCommand* command = kIndexerCommands; i < argc && command->name != nullptr;
       ++command) {
    if (std::strcmp(argv[i], command->name) != 0) continue;
    std::vector<char*> args{argv[i]};
    args.insert(args.end(), argv + 1, argv + i);
    args.insert(args.end(), argv + i + 1, argv + argc);
    args.push_back(nullptr);
    return command->run(argc - 1, args.data());
  }
  return run_index_command(argc, argv);
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return dispatch(argc, argv);
  } catch (const DatabaseFailure& error) {
    std::cerr << "jobindex: " << error.what() << '\n';
    return kExitDatabase;
  } catch (const std::filesystem::filesystem_error& error) {  // creating a shard folder
    std::cerr << "jobindex: " << error.what() << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& error) {
    std::cerr << "jobindex: " << error.get_description() << '\n';
    return kExitInternal;
  } catch (const std::exception& error) {
    std::cerr << "jobindex: internal error: " << error.what() << '\n';
    return kExitInternal;
  }
}
