// index_writer.h: postings -> the database on disk, one posting per id.
//
// Upserts by the Q<id> term, so re-indexing the same files changes
// nothing, and an exact re-post (same id) is kept once with the latest
// dates. Commits every `batch_size` postings, so a crash loses at most the
// batch in progress.
#pragma once

#include <xapian.h>

#include <string>
#include <unordered_set>

#include "common/posting.h"
#include "common/synonyms.h"
#include "indexer/document_builder.h"

namespace jobsearch {

// What writing one posting did.
enum class WriteOutcome {
  kAdded,         // a new posting
  kUpdated,       // replaced a posting stored by an earlier run with changed content
  kUnchanged,     // the database already held exactly this posting
  kMergedRepost,  // an exact re-post of a posting seen earlier in this run
};

class IndexWriter {
 public:
  // Opens the database at `path`, creating it if needed. Throws
  // Xapian::DatabaseLockError if another writer holds it, and other
  // Xapian::Error subclasses if it cannot be created or opened.
  IndexWriter(const std::string& path, unsigned batch_size);

  // Stores `posting` (id set). When a posting with the same id exists, the
  // one posted later is kept, with the later datePosted and validThrough of
  // the two. Commits when a batch is full. The posting's title and skill
  // words go into the spelling table.
  WriteOutcome write(const Posting& posting);

  // The same, with the document built already (in another thread); it is
  // rebuilt only when the posting is merged with a stored one.
  WriteOutcome write(BuiltPosting built);

  // Adds the rules to the database's synonym table, which the searcher
  // uses to expand queries. Adding a rule twice changes nothing.
  void add_synonyms(const std::vector<SynonymRule>& rules);

  // Makes everything written so far durable. Call before destruction: the
  // destructor also commits but cannot report errors.
  void commit();

  Xapian::doccount document_count() const { return database_.get_doccount(); }

 private:
  WriteOutcome merge_with_stored(BuiltPosting& built, const std::string& id_term);
  void note_written(const BuiltPosting& built);
  void count_pending();

  Xapian::WritableDatabase database_;
  DocumentBuilder builder_;
  unsigned batch_size_;
  unsigned pending_ = 0;
  bool started_empty_;
  std::unordered_set<std::string> written_this_run_;
};

}  // namespace jobsearch
