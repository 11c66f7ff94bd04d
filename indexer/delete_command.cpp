// `jobindex delete --db DB ID...`: postings deleted by the ids jobsearch prints.
#include <boost/program_options.hpp>
#include <iostream>

#include "common/exit_codes.h"
#include "common/schema.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"
#include "indexer/removal.h"
#include "indexer/shard_layout.h"
#include "indexer/shard_slice.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobindex delete --db DB ID...\n"
    "Delete the postings with these ids (as jobsearch prints them) from DB, whatever\n"
    "source they came from, in one commit per database. On one shard of a database\n"
    "split over machines (built with --shard K/N) an id of another shard is listed as\n"
    "\"other shard\" and left alone: run the same command on every shard.\n"
    "Exit codes: 0 all deleted (or of other shards); 1 some id of this database not\n"
    "found (the rest deleted); 2 bad options; 4 database cannot be used; 5 internal\n"
    "error.\n\nOptions";

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

int delete_ids(const std::string& db, const std::vector<std::string>& ids,
               const std::optional<ShardSlice>& given) {
  std::vector<Xapian::WritableDatabase> shards = open_existing_for_writing(db);
  const ShardSlice slice =
      shards.size() == 1 ? settle_shard_slice(shards[0], db, given) : ShardSlice{};
  std::size_t missing = 0, elsewhere = 0;
  for (const std::string& id : ids) {
    if (!slice.holds(id)) {
      std::cout << "other shard: " << id << " (shard " << shard_for_id(id, slice.count) << "/"
                << slice.count << "; this is " << slice.text() << ")\n";
      ++elsewhere;
      continue;
    }
    if (delete_posting(shards, id)) continue;
    std::cerr << "not found: " << id << '\n';
    ++missing;
  }
  for (Xapian::WritableDatabase& shard : shards) shard.commit();
  std::cout << "deleted " << ids.size() - missing - elsewhere << " of " << ids.size() - elsewhere
            << " postings";
  if (elsewhere > 0) std::cout << " (" << elsewhere << " of other shards)";
  std::cout << '\n';
  return missing > 0 ? kExitRejected : kExitOk;
}

}  // namespace

int run_delete_command(int argc, char** argv) {
  std::string db;
  std::vector<std::string> ids;
  std::string shard;
  std::optional<ShardSlice> slice;
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&db)->required(),
                                                    "database folder")(
      "shard", po::value(&shard), "K/N: DB must be shard K (from 0) of N (default: as built)");
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
    if (vm.count("shard") && !(slice = parse_shard_slice(shard))) {
      throw po::error("--shard must be K/N: shard K, from 0 to N-1, of N shards (N at most 64)");
    }
  } catch (const po::error& error) {
    std::cerr << "jobindex delete: " << error.what() << "\n(jobindex delete --help for usage)\n";
    return kExitUsage;
  }
  return naming_database(db, [&] { return delete_ids(db, ids, slice); });
}

}  // namespace jobsearch
