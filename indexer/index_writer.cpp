#include "indexer/index_writer.h"

#include <algorithm>

#include "common/posting_json.h"
#include "common/schema.h"
#include "common/schema_version.h"
#include "common/stored_data.h"
#include "indexer/database_blocks.h"
#include "indexer/source_terms.h"

namespace jobsearch {
namespace {

// The exact re-post to keep: the later-posted one, with the later dates.
Posting merged(const Posting& stored, const Posting& incoming) {
  Posting keep = incoming.date_posted >= stored.date_posted ? incoming : stored;
  keep.date_posted = std::max(stored.date_posted, incoming.date_posted);
  keep.valid_through = std::max(stored.valid_through, incoming.valid_through);
  return keep;
}

// The positions `database` keeps: its own once it holds postings, else
// `wanted`, recorded.
WordPositions settled_positions(Xapian::WritableDatabase& database, WordPositions wanted) {
  if (database.get_doccount() > 0) return word_positions_of(database);
  set_word_positions(database, wanted);
  return wanted;
}

Posting stored_posting(const Xapian::Document& document) {
  return posting_from_json(nlohmann::json::parse(posting_data(document)));
}

// Whether `data` stores `posting`: written by this version (the common
// case, one string compared) or by one that kept empty members.
bool same_data(const Posting& posting, const std::string& data) {
  const std::string written = posting_to_data(posting);
  return written == data ||
         (data.size() > written.size() &&
          posting_to_data(posting_from_json(nlohmann::json::parse(data))) == written);
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, unsigned batch_size, std::string source,
                         WordPositions positions, Durability durability)
    : IndexWriter(open_for_writing(path, durability), path, batch_size, std::move(source),
                  positions) {}

IndexWriter::IndexWriter(OpenedDatabase opened, const std::string& path, unsigned batch_size,
                         std::string source, WordPositions positions)
    : database_(std::move(opened.database)),
      unsynced_(opened.unsynced),
      path_(path),
      positions_(settled_positions(database_, positions)),
      builder_(positions_),
      packer_(database_),
      batch_size_(std::max(1u, batch_size)),
      started_empty_(database_.get_doccount() == 0),
      source_(std::move(source)) {
  check_schema_version(database_);
  set_schema_version(database_);
  // Postings stored as JSON by an earlier run count towards the first
  // dictionary.
  if (packer_.has_dictionary()) return;
  for (auto it = database_.postlist_begin("");
       it != database_.postlist_end("") && training_.size() < kFirstDictionaryPostings; ++it)
    training_.push_back(*it);
}

WriteOutcome IndexWriter::write(const Posting& posting) {
  // Most postings of a synced or re-indexed snapshot are unchanged: find
  // them before paying for tokenizing and stemming.
  if (!started_empty_ && stored_unchanged(posting)) {
    bool seen_this_run = !written_this_run_.insert(posting.id).second;
    return seen_this_run ? WriteOutcome::kMergedRepost : WriteOutcome::kUnchanged;
  }
  return write(builder_.prepare(posting));
}

bool IndexWriter::stored_unchanged(const Posting& posting) {
  const std::string id_term = schema::kIdPrefix + posting.id;
  Xapian::PostingIterator it = database_.postlist_begin(id_term);
  if (it == database_.postlist_end(id_term)) return false;
  const Xapian::Document stored = database_.get_document(*it);
  if (document_sources(stored).count(source_) == 0) return false;
  return same_data(merged(stored_posting(stored), posting), posting_data(stored));
}

WriteOutcome IndexWriter::write(BuiltPosting built) {
  const std::string id_term = schema::kIdPrefix + built.posting.id;
  bool seen_this_run = !written_this_run_.insert(built.posting.id).second;
  // A fresh database holds nothing but what this run wrote: skip the lookup.
  if (!seen_this_run && started_empty_) {
    add_source_terms(built.document, built.posting, {source_});
    pack(built.document);
    note_stored(database_.add_document(built.document));
    note_written(built);
    note_key(built.posting);
    return WriteOutcome::kAdded;
  }
  WriteOutcome outcome = merge_with_stored(built, id_term);
  if (outcome == WriteOutcome::kUpdated && seen_this_run) return WriteOutcome::kMergedRepost;
  if (outcome == WriteOutcome::kUnchanged && seen_this_run) return WriteOutcome::kMergedRepost;
  return outcome;
}

WriteOutcome IndexWriter::merge_with_stored(BuiltPosting& built, const std::string& id_term) {
  Xapian::PostingIterator it = database_.postlist_begin(id_term);
  if (it == database_.postlist_end(id_term)) {
    add_source_terms(built.document, built.posting, {source_});
    pack(built.document);
    note_stored(database_.replace_document(id_term, built.document));
    note_written(built);
    note_key(built.posting);
    return WriteOutcome::kAdded;
  }
  const Xapian::Document stored = database_.get_document(*it);
  std::set<std::string> sources = document_sources(stored);
  bool new_to_source = sources.insert(source_).second;
  Posting keep = merged(stored_posting(stored), built.posting);
  if (!new_to_source && same_data(keep, posting_data(stored))) {
    return WriteOutcome::kUnchanged;
  }
  BuiltPosting rebuilt = builder_.prepare(std::move(keep));
  add_source_terms(rebuilt.document, rebuilt.posting, sources);
  pack(rebuilt.document);
  note_stored(database_.replace_document(id_term, rebuilt.document));
  note_written(rebuilt);
  if (!new_to_source) return WriteOutcome::kUpdated;
  note_key(rebuilt.posting);
  return WriteOutcome::kAdded;
}

void IndexWriter::pack(Xapian::Document& document) const {
  if (packer_.has_dictionary()) document.set_data(packer_.packed(document.get_data()));
}

// A database's first postings are stored as JSON until its first
// dictionary is trained on them; a better one is trained on the postings
// after (stored_data.h). The postings trained on are packed with it.
void IndexWriter::note_stored(Xapian::docid id) {
  if (packer_.trained_on() >= kDictionaryPostings) return;
  training_.push_back(id);
  const std::size_t wanted =
      packer_.has_dictionary() ? kDictionaryPostings : kFirstDictionaryPostings;
  if (training_.size() >= wanted) train_dictionary();
}

void IndexWriter::train_dictionary() {
  std::vector<Xapian::docid> ids;
  std::vector<std::string> samples;
  for (Xapian::docid id : training_) {
    try {
      samples.push_back(posting_data(database_.get_document(id)));
      ids.push_back(id);
    } catch (const Xapian::DocNotFoundError&) {
      // deleted since (a withdrawn posting)
    }
  }
  training_.clear();
  if (!packer_.train(database_, samples)) return;  // another try after as many more
  // Only the data changes: glass rewrites just that of the document it
  // read last.
  for (std::size_t i = 0; i < ids.size(); ++i) {
    Xapian::Document document = database_.get_document(ids[i]);
    document.set_data(packer_.packed(samples[i]));
    database_.replace_document(ids[i], document);
  }
}

// Counts a document written, with its words added to the spelling table.
void IndexWriter::note_written(const BuiltPosting& built) {
  add_spelling(database_, built.spelling);
  count_pending();
}

WriteOutcome IndexWriter::write(const SpellingWords& words) {
  add_spelling(database_, words);
  count_pending();
  return WriteOutcome::kWordsOnly;
}

void IndexWriter::note_key(const Posting& posting) {
  std::string term = edit_key_term(posting, source_);
  if (!term.empty()) added_key_terms_.insert(std::move(term));
}

IndexWriter::~IndexWriter() {
  if (!unsynced_) return;  // Xapian's destructor commits
  try {
    end_unsynced(database_, path_);
  } catch (...) {
    // The marker stays: the next writer checks the database.
  }
}

void IndexWriter::count_pending() {
  if (++pending_ >= batch_size_ && !atomic_) commit_batch();
}

void IndexWriter::commit_batch() {
  database_.commit();
  pending_ = 0;
}

void IndexWriter::begin_atomic() {
  // A flushed transaction commits what came before it, and its own changes
  // at commit_transaction().
  database_.begin_transaction(/*flushed=*/true);
  pending_ = 0;
  atomic_ = true;
}

std::vector<Posting> IndexWriter::source_postings() {
  const std::string term = source_term(source_);
  std::vector<Posting> postings;
  for (auto it = database_.postlist_begin(term); it != database_.postlist_end(term); ++it) {
    postings.push_back(stored_posting(database_.get_document(*it)));
  }
  return postings;
}

bool IndexWriter::withdraw(const std::string& id) {
  const std::string id_term = schema::kIdPrefix + id;
  Xapian::PostingIterator it = database_.postlist_begin(id_term);
  if (it == database_.postlist_end(id_term)) return false;
  Xapian::Document document = database_.get_document(*it);
  if (document_sources(document).count(source_) == 0) return false;
  Posting posting = stored_posting(document);
  if (remove_source_terms(document, posting, source_)) {
    database_.replace_document(*it, document);
  } else {
    database_.delete_document(*it);
  }
  count_pending();
  return true;
}

std::uint64_t IndexWriter::replace_edited(const std::set<std::string>& key_terms,
                                          const std::unordered_set<std::string>& written) {
  std::vector<std::string> stale;
  for (const std::string& term : key_terms) {
    for (auto it = database_.postlist_begin(term); it != database_.postlist_end(term); ++it) {
      std::string id = stored_posting(database_.get_document(*it)).id;
      if (written.count(id) == 0) stale.push_back(std::move(id));
    }
  }
  std::uint64_t withdrawn = 0;
  for (const std::string& id : stale) withdrawn += withdraw(id) ? 1 : 0;
  return withdrawn;
}

void IndexWriter::add_synonyms(const std::vector<SynonymRule>& rules) {
  for (const SynonymRule& rule : rules) database_.add_synonym(rule.term, rule.expansion);
}

void IndexWriter::commit() {
  if (atomic_) {
    database_.commit_transaction();
    atomic_ = false;
  } else {
    database_.commit();
  }
  pending_ = 0;
  if (unsynced_) sync_to_disk(path_);
}

}  // namespace jobsearch
