// `jobindex compact`: a database (or its shards) merged into one.
#include <xapian.h>

#include <boost/program_options.hpp>
#include <filesystem>
#include <iostream>

#include "common/exit_codes.h"
#include "indexer/commands.h"
#include "indexer/database_blocks.h"
#include "indexer/database_errors.h"

namespace jobsearch {

int run_compact_command(int argc, char** argv) {
  namespace po = boost::program_options;
  std::string db, output;
  po::options_description options(
      "Usage: jobindex compact --db DB --output OUT\n"
      "Merge DB (one database, or all the shards of a sharded one) into the new compact\n"
      "database OUT; DB is not changed.\n"
      "Exit codes: 0 compacted; 2 bad options; 4 DB cannot be read or OUT cannot be\n"
      "written; 5 internal error.\n\nOptions");
  options.add_options()("help,h", "show this help")("db", po::value(&db)->required(),
                                                    "database to read")(
      "output", po::value(&output)->required(), "new database folder (must not exist)");
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, options), vm);
    if (vm.count("help")) {
      std::cout << options;
      return kExitOk;
    }
    po::notify(vm);
  } catch (const po::error& error) {
    std::cerr << "jobindex compact: " << error.what() << "\n";
    return kExitUsage;
  }
  if (std::filesystem::exists(output)) {
    std::cerr << "jobindex compact: " << output << " exists: name a new folder\n";
    return kExitUsage;
  }
  return naming_database(db, [&] {
    // Multipass: merges many shards in rounds, for a smaller result.
    Xapian::Database(db).compact(output, Xapian::DBCOMPACT_MULTIPASS, kDatabaseBlockBytes);
    std::cout << "compacted " << db << " into " << output << " ("
              << Xapian::Database(output).get_doccount() << " documents)\n";
    return int{kExitOk};
  });
}

}  // namespace jobsearch
