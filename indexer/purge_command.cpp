// `jobindex purge --db DB --expired [--grace DAYS] [--now DATE]`: expired
// postings deleted.
#include <algorithm>
#include <boost/program_options.hpp>
#include <chrono>
#include <iostream>
#include <map>

#include "common/byte_size.h"
#include "common/exit_codes.h"
#include "common/iso_date.h"
#include "common/schema.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"
#include "indexer/removal.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

constexpr const char* kUsage =
    "Usage: jobindex purge --db DB --expired [--grace DAYS] [--now DATE]\n"
    "Delete from DB the postings whose validThrough is before DATE minus DAYS\n"
    "(postings without validThrough never expire), in one commit per database.\n"
    "Exit codes: 0 done (even if nothing expired); 2 bad options; 4 database cannot\n"
    "be used; 5 internal error.\n\nOptions";

struct PurgeOptions {
  std::string db;
  bool expired = false;
  std::string grace = "0";
  std::string now;  // "" for today (UTC)
};

std::int64_t today_utc() {
  auto seconds = std::chrono::duration_cast<std::chrono::seconds>(
                     std::chrono::system_clock::now().time_since_epoch())
                     .count();
  return seconds / 86400;
}

// Deletes from `shard` the postings valid through a day before `cutoff`
// (days since the epoch); returns their descriptions.
std::vector<std::string> purge_shard(Xapian::WritableDatabase& shard, std::int64_t cutoff) {
  Xapian::Enquire enquire(shard);
  enquire.set_query(Xapian::Query(Xapian::Query::OP_VALUE_LE, schema::kSlotValidThrough,
                                  Xapian::sortable_serialise(static_cast<double>(cutoff - 1))));
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  Xapian::MSet expired = enquire.get_mset(0, shard.get_doccount());
  std::vector<Xapian::docid> docids(expired.begin(), expired.end());
  std::vector<std::string> purged;
  for (Xapian::docid docid : docids) {
    purged.push_back(describe_posting(shard.get_document(docid)));
    shard.delete_document(docid);
  }
  shard.commit();
  return purged;
}

int purge(const PurgeOptions& options, std::int64_t cutoff) {
  std::vector<std::string> purged;
  for (Xapian::WritableDatabase& shard : open_existing_for_writing(options.db)) {
    for (std::string& line : purge_shard(shard, cutoff)) purged.push_back(std::move(line));
  }
  std::sort(purged.begin(), purged.end());
  for (const std::string& line : purged) std::cout << "purged " << line << '\n';
  std::cout << "purged " << purged.size() << " expired postings (validThrough before "
            << date_from_days(cutoff) << ")\n";
  return kExitOk;
}

// The first day that is not expired, from the options; throws po::error.
std::int64_t cutoff_day(const PurgeOptions& options) {
  if (!options.expired) throw po::error("say what to purge: --expired");
  std::optional<std::uint64_t> grace = parse_whole_number(options.grace);
  if (!grace || *grace > 36500) throw po::error("--grace must be a number of days, 0 to 36500");
  std::int64_t now = today_utc();
  if (!options.now.empty()) {
    std::optional<std::int64_t> day = days_since_epoch(options.now);
    if (!day) throw po::error("--now must be a date YYYY-MM-DD (got \"" + options.now + "\")");
    now = *day;
  }
  return now - static_cast<std::int64_t>(*grace);
}

}  // namespace

int run_purge_command(int argc, char** argv) {
  PurgeOptions options;
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&options.db)->required(),
                                                    "database folder")(
      "expired", po::bool_switch(&options.expired), "delete expired postings")(
      "grace", po::value(&options.grace)->default_value("0"),
      "keep postings this many days past their validThrough")(
      "now", po::value(&options.now), "today's date YYYY-MM-DD (default: today, UTC)");
  std::int64_t cutoff = 0;
  try {
    po::variables_map vm;
    po::store(po::parse_command_line(argc, argv, visible), vm);
    if (vm.count("help")) {
      std::cout << visible;
      return kExitOk;
    }
    po::notify(vm);
    cutoff = cutoff_day(options);
  } catch (const po::error& error) {
    std::cerr << "jobindex purge: " << error.what() << "\n(jobindex purge --help for usage)\n";
    return kExitUsage;
  }
  return naming_database(options.db, [&] { return purge(options, cutoff); });
}

}  // namespace jobsearch
