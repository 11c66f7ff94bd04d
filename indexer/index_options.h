// index_options.h: jobindex's command line.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "common/word_positions.h"
#include "indexer/shard_slice.h"
#include "indexer/source.h"

namespace jobsearch {

// Bounds of the numeric options. Beyond them a value is a mistake, not a
// wish: a shard is a writer thread and a handful of open files; a batch
// past ten million postings means a crash loses hours of work.
constexpr unsigned kMaxShards = 64;
constexpr unsigned kMaxBatchSize = 10'000'000;

struct IndexOptions {
  std::string db;
  std::vector<std::string> paths;
  std::vector<std::string> synonym_files;
  unsigned batch_size = 1000;
  unsigned shards = 1;
  std::optional<ShardSlice> shard;  // --shard K/N: keep only that shard's postings
  bool lexicon = false;             // --lexicon: keep the words only (lexicon.h)
  WordPositions positions = WordPositions::kRecords;  // --positions, for a new database
  SourceLimits limits;
  bool verbose = false;
};

// Reads jobindex's arguments into `options` and returns true; or prints the
// help (to stdout) or what is wrong with them (to stderr), sets `exit_code`
// (kExitOk or kExitUsage) and returns false. Every value is checked here,
// before anything touches a database: numbers are read as text, so "-1" is
// refused instead of wrapping around to 4294967295.
bool parse_index_options(int argc, char** argv, IndexOptions& options, int& exit_code);

}  // namespace jobsearch
