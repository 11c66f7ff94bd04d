// parallel_writer.h: postings written by background threads, one per shard.
//
// Writing happens beside the thread that reads and parses, in one thread
// per shard, so indexing uses every core. With one shard the reading thread
// also builds each posting's document (tokenizing and stemming), as the
// writer is the busier one; with more, each shard's thread builds its own,
// as the reader would then be. A posting goes to the shard its id maps to,
// so re-posts and re-indexing always meet their earlier copy. An edited
// posting (another id, the same strong edit key: posting_id.h) may live in
// another shard than its earlier version: finish() looks in every shard.
// Writing one shard of a database split over machines (keep_only), the
// postings of other shards are dropped, but their edit keys still withdraw
// the earlier versions this shard holds.
#pragma once

#include <cstdint>
#include <exception>
#include <memory>
#include <mutex>
#include <set>
#include <string>
#include <thread>
#include <unordered_set>
#include <variant>
#include <vector>

#include "common/posting.h"
#include "common/synonyms.h"
#include "indexer/blocking_queue.h"
#include "indexer/index_writer.h"
#include "indexer/shard_slice.h"

namespace jobsearch {

struct WriteCounts {
  std::uint64_t added = 0, updated = 0, unchanged = 0, merged_reposts = 0;
  std::uint64_t other_shards = 0;  // postings of other shards, not written (keep_only)
  std::uint64_t words_only = 0;    // postings whose words only were kept (keep_words_only)
};

class ParallelWriter {
 public:
  // Opens (or creates) one database per path, each with the synonym rules,
  // and starts its thread. Throws as IndexWriter does (locked, unwritable).
  // Postings are listed in `source` ("" without --source). New databases
  // keep their words' positions as `positions` says; one holding nothing
  // yet reaches the disk at finish(), not at each batch (unsynced_build.h).
  ParallelWriter(const std::vector<std::string>& paths, unsigned batch_size,
                 const std::vector<SynonymRule>& synonyms, const std::string& source = "",
                 WordPositions positions = WordPositions::kRecords);
  // Stops the threads; what was not finish()ed is committed by Xapian's
  // destructors, errors unreported.
  ~ParallelWriter();
  ParallelWriter(const ParallelWriter&) = delete;
  ParallelWriter& operator=(const ParallelWriter&) = delete;

  // From now on only the postings `slice` holds are written, the one
  // database given being that shard (`jobindex --shard K/N`).
  void keep_only(const ShardSlice& slice) { slice_ = slice; }

  // From now on only the postings' spelling words are written, the one
  // database given being a lexicon (lexicon.h).
  void keep_words_only() { words_only_ = true; }

  // Queues `posting` (id set) for its shard, its document built here or
  // there (see above); waits while that queue is full. Rethrows the first
  // error a writer thread met.
  void write(Posting posting);

  // Waits until every queued posting is written, withdraws the earlier
  // versions of edited postings (IndexWriter::replace_edited; each counts
  // as updated rather than added), commits every shard and returns what the
  // writes did. Rethrows the first error a thread met.
  WriteCounts finish();

  // Documents in all shards together.
  std::uint64_t document_count() const;

 private:
  struct Shard {
    std::unique_ptr<IndexWriter> writer;
    BlockingQueue<std::variant<Posting, BuiltPosting, SpellingWords>> queue{256};
    WriteCounts counts;
    std::thread thread;
  };

  void run(Shard& shard);
  void rethrow_error();
  void stop();
  std::uint64_t replace_edited();

  void note_other_shard(const Posting& posting);

  ShardSlice slice_;
  bool words_only_ = false;
  std::unordered_set<std::string> words_seen_;  // ids whose words were kept (keep_words_only)
  std::string source_;
  std::uint64_t other_shards_ = 0;
  std::set<std::string> other_key_terms_;  // edit keys of the dropped postings
  std::unordered_set<std::string> other_ids_;
  DocumentBuilder builder_;  // used by the caller's thread only, with one shard
  std::vector<std::unique_ptr<Shard>> shards_;
  std::mutex error_mutex_;
  std::exception_ptr error_;
};

}  // namespace jobsearch
