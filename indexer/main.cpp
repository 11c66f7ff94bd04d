// jobindex: index JSON-LD job postings into a Xapian database.
#include <unistd.h>
#include <xapian.h>

#include <chrono>
#include <iostream>

#include "common/exit_codes.h"
#include "indexer/compact_command.h"
#include "indexer/database_errors.h"
#include "indexer/index_options.h"
#include "indexer/index_run.h"
#include "indexer/parallel_writer.h"
#include "indexer/shard_layout.h"
#include "indexer/source.h"
#include "indexer/synonym_files.h"

using namespace jobsearch;
using Clock = std::chrono::steady_clock;

namespace {

void show_progress(const IndexCounts& counts, Clock::time_point& last) {
  auto now = Clock::now();
  if (now - last < std::chrono::milliseconds(250)) return;
  last = now;
  std::cerr << "\r" << counts.records << " records, " << counts.postings << " postings, "
            << counts.rejected << " rejected" << std::flush;
}

int run(const IndexOptions& options) {
  auto start = Clock::now();
  SynonymLoad synonyms = load_synonyms(options.synonym_files, std::cerr);
  if (!synonyms.error.empty()) {
    std::cerr << "jobindex: " << synonyms.error << '\n';
    return kExitUsage;
  }
  ParallelWriter writer(prepare_shards(options.db, options.shards), options.batch_size,
                        synonyms.rules);
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

// Runs the indexer, turning errors into a message naming `db` and an exit code.
int run_guarded(const IndexOptions& options) {
  try {
    return run(options);
  } catch (const Xapian::DatabaseError& error) {
    std::cerr << "jobindex: " << database_error_message(options.db, error) << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& error) {
    std::cerr << "jobindex: " << error.get_description() << '\n';
    return kExitInternal;
  } catch (const std::runtime_error& error) {  // shard layout and file system
    std::cerr << "jobindex: " << error.what() << '\n';
    return kExitDatabase;
  } catch (const std::exception& error) {
    std::cerr << "jobindex: internal error: " << error.what() << '\n';
    return kExitInternal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "compact") return run_compact_command(argc - 1, argv + 1);
  IndexOptions options;
  int exit_code = kExitOk;
  if (!parse_index_options(argc, argv, options, exit_code)) return exit_code;
  return run_guarded(options);
}
