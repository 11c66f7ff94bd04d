// jobindex: index JSON-LD job postings into a Xapian database.
#include <xapian.h>

#include <cstring>
#include <filesystem>
#include <iostream>

#include "common/exit_codes.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"

using namespace jobsearch;

namespace {

int dispatch(int argc, char** argv) {
  if (argc > 1) {
    for (const IndexerCommand* command = kIndexerCommands; command->name != nullptr; ++command) {
      if (std::strcmp(argv[1], command->name) == 0) return command->run(argc - 1, argv + 1);
    }
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
