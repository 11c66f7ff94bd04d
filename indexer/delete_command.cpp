// `jobindex delete --db DB ID...`: postings deleted by the ids jobsearch prints.
#include <boost/program_options.hpp>
#include <iostream>

#include "common/exit_codes.h"
#include "common/schema.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"
#include "indexer/removal.h"
#include "indexer/shard_layout.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobindex delete --db DB ID...\n"
    "Delete the postings with these ids (as jobsearch prints them) from DB, whatever\n"
    "source they came from, in one commit per database.\n"
    "Exit codes: 0 all deleted; 1 some id not found (the rest deleted); 2 bad options;\n"
    "4 database cannot be used; 5 internal error.\n\nOptions";

// Deletes `id` from `shards` (from the shard it maps to); false if absent.
bool delete_posting(std::vector<Xapian::WritableDatabase>& shards, const std::string& id) {
  if (id.empty() || id.size() > schema::kMaxTermLength) return false;
  Xapian::WritableDatabase& shard = shards[shard_for_id(id, shards.size())];
  const std::string term = schema::kIdPrefix + id;
  Xapian::PostingIterator it = shard.postlist_begin(term);
  if (it == shard.postlist_end(term)) return false;
  std::cout << "deleted " << describe_posting(shard.get_document(*it)) << '\n';
  shard.delete_document(term);
  return true;
}

int delete_ids(const std::string& db, const std::vector<std::string>& ids) {
  std::vector<Xapian::WritableDatabase> shards = open_existing_for_writing(db);
  std::size_t missing = 0;
  for (const std::string& id : ids) {
    if (delete_posting(shards, id)) continue;
    std::cerr << "not found: " << id << '\n';
    ++missing;
  }
  for (Xapian::WritableDatabase& shard : shards) shard.commit();
  std::cout << "deleted " << ids.size() - missing << " of " << ids.size() << " postings\n";
  return missing > 0 ? kExitRejected : kExitOk;
}

}  // namespace

int run_delete_command(int argc, char** argv) {
  std::string db;
  std::vector<std::string> ids;
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&db)->required(),
                                                    "database folder");
  po::options_description all;
  all.add(visible).add_options()("id", po::value(&ids));
  po::positional_options_description positional;
  positional.add("id", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << visible;
      return kExitOk;
    }
    po::notify(vm);
    if (ids.empty()) throw po::error("no ID given");
  } catch (const po::error& error) {
    std::cerr << "jobindex delete: " << error.what() << "\n(jobindex delete --help for usage)\n";
    return kExitUsage;
  }
  return naming_database(db, [&] { return delete_ids(db, ids); });
}

}  // namespace jobsearch
