// jobsearch: ranked, faceted search over postings indexed by jobindex.
#include <xapian.h>

#include <cstring>
#include <iostream>

#include "common/exit_codes.h"
#include "searcher/cli/commands.h"
#include "searcher/engine/deadline.h"
#include "searcher/engine/query_limits.h"
#include "searcher/engine/search_error.h"

using namespace jobsearch;

namespace {

int dispatch(int argc, char** argv) {
  if (argc > 1) {
    for (const NamedCommand* command = kNamedCommands; command->name != nullptr; ++command) {
      if (std::strcmp(argv[1], command->name) == 0) return command->run(argc - 1, argv + 1);
    }
  }
  return run_search_command(argc, argv);
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
