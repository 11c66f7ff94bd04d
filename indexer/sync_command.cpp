// `jobindex sync --db DB --source NAME PATH...`: make the postings of one
// source exactly those of its current snapshot, in one commit per database.
#include <algorithm>
#include <boost/program_options.hpp>
#include <iostream>
#include <memory>
#include <set>

#include "common/exit_codes.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"
#include "indexer/index_writer.h"
#include "indexer/lexicon.h"
#include "indexer/shard_layout.h"
#include "indexer/shard_slice.h"
#include "indexer/sync_plan.h"
#include "indexer/sync_snapshot.h"
#include "indexer/synonym_files.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

struct SyncOptions {
  std::string db, source;
  std::vector<std::string> paths;
  bool allow_mass_removal = false;
  unsigned max_removal = 50;  // percent of the source's postings
  unsigned shards = 0;        // 0: the layout the database has (single when new)
  std::string shard;          // --shard K/N, "" when not given
  std::optional<ShardSlice> slice;
  bool verbose = false;
};

constexpr const char* kUsage =
    "Usage: jobindex sync --db DB --source NAME PATH...\n"
    "Make the postings of source NAME in DB exactly those in PATH... (its complete\n"
    "current snapshot): new postings are added, edited ones replace their earlier\n"
    "version, absent ones are removed; other sources are untouched. Readers see the\n"
    "whole sync or nothing of it (with shards: each shard commits once, at the end).\n\n"
    "Options";

constexpr const char* kExitCodes =
    "\nExit codes: 0 synced; 1 synced, some records rejected (their postings count as\n"
    "absent); 2 bad options; 3 some path unreadable: nothing changed; 4 database\n"
    "cannot be used; 5 internal error; 7 would remove more than --max-removal of\n"
    "the source: nothing changed.\n";

bool valid_source_name(const std::string& name) {
  if (name.empty() || name.size() > 100) return false;
  for (char c : name) {
    bool plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    if (!plain && c != '.' && c != '_' && c != '-') return false;
  }
  return true;
}

po::options_description sync_options(SyncOptions& options) {
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&options.db)->required(),
                                                    "database folder (created if needed)")(
      "source", po::value(&options.source)->required(),
      "source name: letters, digits, '.', '_', '-' (at most 100)")(
      "max-removal", po::value(&options.max_removal)->default_value(50),
      "refuse a sync that removes more than PCT percent of the source's postings")(
      "allow-mass-removal", po::bool_switch(&options.allow_mass_removal),
      "remove however many the snapshot leaves out")(
      "shards", po::value(&options.shards),
      "for a new database: split it into N shards (default: the database's layout)")(
      "shard", po::value(&options.shard),
      "K/N: DB is shard K (from 0) of N, built with jobindex --shard; only the snapshot's "
      "postings of that shard are its own (default: as DB was built)")(
      "verbose,v", po::bool_switch(&options.verbose), "list each id added, replaced, removed");
  return visible;
}

// Reads the command line into `options`; false with `exit_code` set when
// the command should stop (help shown, or bad options reported).
bool parse_sync_options(int argc, char** argv, SyncOptions& options, int& exit_code) {
  po::options_description visible = sync_options(options);
  po::options_description all;
  all.add(visible).add_options()("path", po::value(&options.paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  try {
    po::variables_map vm;
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << visible << kExitCodes;
      exit_code = kExitOk;
      return false;
    }
    po::notify(vm);
    if (!valid_source_name(options.source)) throw po::error("bad --source name");
    if (options.max_removal > 100) throw po::error("--max-removal must be 0 to 100");
    if (options.shards > 64) throw po::error("--shards must be at most 64");
    if (!options.shard.empty() && !(options.slice = parse_shard_slice(options.shard))) {
      throw po::error("--shard must be K/N: shard K, from 0 to N-1, of N shards (N at most 64)");
    }
    if (options.slice && options.shards > 1) throw po::error("give --shard or --shards, not both");
    if (options.paths.empty()) throw po::error("no PATH given: name the snapshot's files");
  } catch (const po::error& error) {
    std::cerr << "jobindex sync: " << error.what() << "\n(jobindex sync --help for usage)\n";
    exit_code = kExitUsage;
    return false;
  }
  return true;
}

using Writers = std::vector<std::unique_ptr<IndexWriter>>;

Writers open_writers(const SyncOptions& options, ShardSlice& slice) {
  std::vector<std::string> paths = options.shards > 0 ? prepare_shards(options.db, options.shards)
                                                      : existing_shards(options.db, true);
  if (paths.size() == 1) slice = settle_shard_slice(paths[0], options.slice);
  Writers writers;
  for (const std::string& path : paths) {
    writers.push_back(std::make_unique<IndexWriter>(path, 1000, options.source));
    refuse_lexicon(writers.back()->database(), options.db, "sync");
  }
  return writers;
}

std::vector<Posting> stored_postings(Writers& writers) {
  std::vector<Posting> stored;
  for (auto& writer : writers) {
    for (Posting& posting : writer->source_postings()) stored.push_back(std::move(posting));
  }
  return stored;
}

void print_refusal(const SyncOptions& options, const SyncPlan& plan, std::size_t stored) {
  std::cerr << "jobindex sync: the snapshot of source " << options.source << " would remove "
            << plan.removed.size() << " of its " << stored << " postings, more than --max-removal "
            << options.max_removal
            << "%: nothing changed (a truncated feed?); pass --allow-mass-removal to remove them\n";
}

// Writes the snapshot and withdraws what the plan removes, in one commit
// per database. Returns the ids stored ones were updated in place (same id,
// later version: a changed salary, new dates).
std::set<std::string> apply(Writers& writers, const Snapshot& snapshot, const SyncPlan& plan) {
  SynonymLoad synonyms = load_synonyms({}, std::cerr);
  for (auto& writer : writers) {
    writer->begin_atomic();
    writer->add_synonyms(synonyms.rules);
  }
  std::set<std::string> updated;
  for (const Posting& posting : snapshot.postings) {
    IndexWriter& writer = *writers[shard_for_id(posting.id, writers.size())];
    if (writer.write(posting) == WriteOutcome::kUpdated) updated.insert(posting.id);
  }
  for (const auto* ids : {&plan.edited, &plan.removed}) {
    for (const std::string& id : *ids) writers[shard_for_id(id, writers.size())]->withdraw(id);
  }
  for (auto& writer : writers) writer->commit();
  return updated;
}

// The ids of `ids` that `slice` holds.
std::vector<std::string> held(const std::vector<std::string>& ids, const ShardSlice& slice) {
  std::vector<std::string> mine;
  for (const std::string& id : ids) {
    if (slice.holds(id)) mine.push_back(id);
  }
  return mine;
}

// On one shard of a database split over machines, the plan is made with
// the whole snapshot (so an edit whose new version is in another shard is
// still an edit, not a removal: the mass-removal guard counts removals
// among this shard's postings, as the whole database would), then only
// the snapshot's postings of this shard are written.
void keep_shard(Snapshot& snapshot, SyncPlan& plan, const ShardSlice& slice) {
  plan.added = held(plan.added, slice);
  plan.replaced = held(plan.replaced, slice);
  auto elsewhere = std::remove_if(snapshot.postings.begin(), snapshot.postings.end(),
                                  [&](const Posting& p) { return !slice.holds(p.id); });
  snapshot.postings.erase(elsewhere, snapshot.postings.end());
}

void list_ids(const char* outcome, const std::vector<std::string>& ids) {
  for (const std::string& id : ids) std::cout << outcome << ": " << id << '\n';
}

int sync_source(const SyncOptions& options) {
  Snapshot snapshot = read_snapshot(options.paths, {}, std::cerr);
  if (snapshot.unreadable_paths > 0) {
    std::cerr << "jobindex sync: the snapshot of source " << options.source
              << " is incomplete (a path cannot be read): nothing changed\n";
    return kExitUnreadableInput;
  }
  ShardSlice slice;
  Writers writers = open_writers(options, slice);
  std::vector<Posting> stored = stored_postings(writers);
  SyncPlan plan = plan_sync(stored, snapshot.postings, options.source);
  if (!options.allow_mass_removal && removes_too_many(plan, stored.size(), options.max_removal)) {
    print_refusal(options, plan, stored.size());
    return kExitMassRemoval;
  }
  const std::size_t snapshot_size = snapshot.postings.size();
  keep_shard(snapshot, plan, slice);
  std::set<std::string> updated = apply(writers, snapshot, plan);
  if (options.verbose) {
    list_ids("added", plan.added);
    list_ids("replaced", plan.replaced);
    list_ids("replaced", std::vector<std::string>(updated.begin(), updated.end()));
    list_ids("removed", plan.removed);
  }
  std::uint64_t documents = 0;
  for (auto& writer : writers) documents += writer->document_count();
  std::cout << "source " << options.source << ": " << snapshot_size
            << " postings in the snapshot\n";
  if (!slice.whole()) {
    std::cout << "of shard " << slice.text() << ": " << snapshot.postings.size() << " (the other "
              << snapshot_size - snapshot.postings.size() << " are left to other shards)\n";
  }
  std::cout << "added:     " << plan.added.size() << '\n'
            << "replaced:  " << plan.replaced.size() + updated.size() << '\n'
            << "removed:   " << plan.removed.size() + plan.edited.size() - plan.replaced.size()
            << '\n'
            << "unchanged: " << plan.kept.size() - updated.size() << '\n'
            << "rejected:  " << snapshot.rejected << '\n'
            << "documents in database: " << documents << '\n';
  return snapshot.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

int run_sync_command(int argc, char** argv) {
  SyncOptions options;
  int exit_code = kExitOk;
  if (!parse_sync_options(argc, argv, options, exit_code)) return exit_code;
  return naming_database(options.db, [&] { return sync_source(options); });
}

}  // namespace jobsearch
