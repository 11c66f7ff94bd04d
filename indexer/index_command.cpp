// `jobindex --db DB PATH...`: the indexer's main job.
#include <unistd.h>

#include <chrono>
#include <iostream>

#include "common/exit_codes.h"
#include "indexer/commands.h"
#include "indexer/database_errors.h"
#include "indexer/index_options.h"
#include "indexer/index_run.h"
#include "indexer/lexicon.h"
#include "indexer/parallel_writer.h"
#include "indexer/shard_layout.h"
#include "indexer/shard_slice.h"
#include "indexer/source.h"
#include "indexer/synonym_files.h"

namespace jobsearch {
namespace {

using Clock = std::chrono::steady_clock;

void show_progress(const IndexCounts& counts, Clock::time_point& last) {
  auto now = Clock::now();
  if (now - last < std::chrono::milliseconds(250)) return;
  last = now;
  std::cerr << "\r" << counts.records << " records, " << counts.postings << " postings, "
            << counts.rejected << " rejected" << std::flush;
}

int index_paths(const IndexOptions& options) {
  auto start = Clock::now();
  SynonymLoad synonyms = load_synonyms(options.synonym_files, std::cerr);
  if (!synonyms.error.empty()) {
    std::cerr << "jobindex: " << synonyms.error << '\n';
    return kExitUsage;
  }
  std::vector<std::string> paths = prepare_shards(options.db, options.shards);
  // A database built with --shard stays that shard, with or without it.
  ShardSlice slice = paths.size() == 1 ? settle_shard_slice(paths[0], options.shard) : ShardSlice{};
  const bool lexicon = paths.size() == 1 && settle_lexicon(paths[0], options.db, options.lexicon);
  ParallelWriter writer(paths, options.batch_size, synonyms.rules, "", options.positions);
  writer.keep_only(slice);
  if (lexicon) writer.keep_words_only();
  IndexRun index_run(writer, std::cerr, options.verbose);
  Clock::time_point last_progress = start;
  bool terminal = isatty(STDERR_FILENO);
  if (terminal) {
    index_run.set_progress([&](const IndexCounts& c) { show_progress(c, last_progress); });
  }
  read_sources(options.paths, index_run, options.limits);
  const IndexCounts& counts = index_run.finish();
  if (terminal) std::cerr << "\r\033[K";
  print_summary(counts, Clock::now() - start, writer.document_count(), std::cout);
  if (counts.unreadable_paths > 0) return kExitUnreadableInput;
  return counts.rejected > 0 ? kExitRejected : kExitOk;
}

}  // namespace

int run_index_command(int argc, char** argv) {
  IndexOptions options;
  int exit_code = kExitOk;
  if (!parse_index_options(argc, argv, options, exit_code)) return exit_code;
  return naming_database(options.db, [&] { return index_paths(options); });
}

}  // namespace jobsearch
