// index_writer.h: postings -> the database on disk, one posting per id.
//
// Upserts by the Q<id> term, so re-indexing the same files changes
// nothing, and an exact re-post (same id) is kept once with the latest
// dates. Each posting is listed in the writer's source (source_terms.h).
// Commits every `batch_size` postings, so a crash loses at most the batch
// in progress; or, once begin_atomic() is called, only at commit().
#pragma once

#include <xapian.h>

#include <cstdint>
#include <set>
#include <string>
#include <unordered_set>
#include <vector>

#include "common/posting.h"
#include "common/stored_data.h"
#include "common/synonyms.h"
#include "indexer/document_builder.h"
#include "indexer/unsynced_build.h"

namespace jobsearch {

// What writing one posting did.
enum class WriteOutcome {
  kAdded,         // a new posting (or one new to the writer's source)
  kUpdated,       // replaced a posting stored by an earlier run with changed content
  kUnchanged,     // the database already held exactly this posting
  kMergedRepost,  // an exact re-post of a posting seen earlier in this run
  kWordsOnly,     // only its words kept: the database is a lexicon (lexicon.h)
};

class IndexWriter {
 public:
  // Opens the database at `path`, creating it if needed. Throws
  // Xapian::DatabaseLockError if another writer holds it, and other
  // Xapian::Error subclasses if it cannot be created or opened. Postings
  // written are listed in `source` ("": indexed without --source). A
  // database without postings keeps its words' positions as `positions`
  // says from now on; one with postings, as it did (word_positions.h).
  // With Durability::kAtEndWhenEmpty, a database holding nothing yet is
  // synced to disk at commit() and when the writer ends, not at each batch
  // (unsynced_build.h).
  IndexWriter(const std::string& path, unsigned batch_size, std::string source = "",
              WordPositions positions = WordPositions::kRecords,
              Durability durability = Durability::kEveryCommit);
  ~IndexWriter();
  IndexWriter(const IndexWriter&) = delete;
  IndexWriter& operator=(const IndexWriter&) = delete;

  // Where this database keeps its words' positions.
  WordPositions word_positions() const { return positions_; }

  // From now on nothing is committed before commit(), which then commits
  // everything at once: readers see all of it or none of it. Destroying the
  // writer before commit() discards it all.
  void begin_atomic();

  // Stores `posting` (id set). When a posting with the same id exists, the
  // one posted later is kept, with the later datePosted and validThrough of
  // the two. Commits when a batch is full. The posting's title and skill
  // words go into the spelling table.
  WriteOutcome write(const Posting& posting);

  // The same, with the document built already (in another thread); it is
  // rebuilt only when the posting is merged with a stored one.
  WriteOutcome write(BuiltPosting built);

  // Adds `words` (a posting's, for a lexicon) to the spelling table, as
  // writing their posting does; commits when a batch is full.
  WriteOutcome write(const SpellingWords& words);

  // Adds the rules to the database's synonym table, which the searcher
  // uses to expand queries. Adding a rule twice changes nothing.
  void add_synonyms(const std::vector<SynonymRule>& rules);

  // Makes everything written so far durable. Call before destruction: the
  // destructor also commits but cannot report errors.
  void commit();

  Xapian::doccount document_count() const { return database_.get_doccount(); }

  // The database written, for what the writer has no operation of its own
  // (the write API's delete by id); use it from the writer's thread only.
  Xapian::WritableDatabase& database() { return database_; }

  // The postings this database lists in the writer's source, as stored.
  std::vector<Posting> source_postings();

  // Removes posting `id` from the writer's source, deleting it when no other
  // source lists it. Returns false when the source does not list it.
  bool withdraw(const std::string& id);

  // The edit-key terms of the postings this writer added, and the ids of
  // every posting it wrote, since it was opened.
  const std::set<std::string>& added_key_terms() const { return added_key_terms_; }
  const std::unordered_set<std::string>& written_ids() const { return written_this_run_; }

  // Withdraws from the writer's source every posting stored by an earlier
  // run that holds one of `key_terms` and is not in `written`: the versions
  // that edited postings of this run replace (an edit key shared inside one
  // run names several current postings, none of which goes). Returns how
  // many were withdrawn.
  std::uint64_t replace_edited(const std::set<std::string>& key_terms,
                               const std::unordered_set<std::string>& written);

 private:
  IndexWriter(OpenedDatabase opened, const std::string& path, unsigned batch_size,
              std::string source, WordPositions positions);
  void commit_batch();
  WriteOutcome merge_with_stored(BuiltPosting& built, const std::string& id_term);
  bool stored_unchanged(const Posting& posting);
  void note_written(const BuiltPosting& built);
  void count_pending();
  void note_key(const Posting& posting);
  void pack(Xapian::Document& document) const;
  void note_stored(Xapian::docid id);
  void train_dictionary();

  Xapian::WritableDatabase database_;
  bool unsynced_;
  std::string path_;
  WordPositions positions_;
  DocumentBuilder builder_;
  DataPacker packer_;
  std::vector<Xapian::docid> training_;  // postings the next dictionary is to be trained on
  unsigned batch_size_;
  unsigned pending_ = 0;
  bool started_empty_;
  bool atomic_ = false;
  std::string source_;
  std::unordered_set<std::string> written_this_run_;
  std::set<std::string> added_key_terms_;
};

}  // namespace jobsearch
