// index_run.h: one run of the indexer: records in, postings stored, counts kept.
#pragma once

#include <chrono>
#include <cstdint>
#include <functional>
#include <iosfwd>
#include <map>
#include <string>

#include "indexer/parallel_writer.h"
#include "indexer/source.h"

namespace jobsearch {

struct IndexCounts {
  std::uint64_t records = 0;       // JSON values read
  std::uint64_t postings = 0;      // JobPostings found in them
  std::uint64_t other_shards = 0;  // with --shard: postings left to other shards
  std::uint64_t added = 0;
  std::uint64_t updated = 0;
  std::uint64_t unchanged = 0;
  std::uint64_t merged_reposts = 0;
  std::uint64_t words_only = 0;         // a lexicon's: postings whose words were kept
  std::uint64_t rejected = 0;           // records or postings not indexed
  std::uint64_t fields_dropped = 0;     // fields lost to a wrong type or value
  std::uint64_t fields_simplified = 0;  // HTML too costly to parse, read by a tag stripper
  std::uint64_t unreadable_paths = 0;
  std::map<std::string, std::uint64_t> rejected_by_reason;
};

// Parses each record, writes its postings and counts what happened. Each
// rejected record and unreadable path gets one line on `errors`, naming its
// origin and the reason; with `verbose`, dropped and simplified fields too.
class IndexRun : public RecordHandler {
 public:
  IndexRun(ParallelWriter& writer, std::ostream& errors, bool verbose);

  void on_record(const std::string& origin, const nlohmann::json& value) override;
  void on_bad_record(const std::string& origin, const std::string& reason) override;
  void on_unreadable(const std::string& path, const std::string& reason) override;

  // Waits for the writer, commits, and returns the counts of the run.
  const IndexCounts& finish();

  // Called after each record, for a progress display.
  void set_progress(std::function<void(const IndexCounts&)> progress) {
    progress_ = std::move(progress);
  }

 private:
  void reject(const std::string& origin, const std::string& reason);

  ParallelWriter& writer_;
  std::ostream& errors_;
  bool verbose_;
  IndexCounts counts_;
  std::function<void(const IndexCounts&)> progress_;
};

// The end-of-run summary: counts, rejections grouped by reason, elapsed
// time and postings per second.
void print_summary(const IndexCounts& counts, std::chrono::duration<double> elapsed,
                   Xapian::doccount documents, std::ostream& out);

}  // namespace jobsearch
