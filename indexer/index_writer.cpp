#include "indexer/index_writer.h"

#include <algorithm>

#include "common/posting_json.h"
#include "common/schema.h"
#include "common/schema_version.h"

namespace jobsearch {
namespace {

// The exact re-post to keep: the later-posted one, with the later dates.
Posting merged(const Posting& stored, const Posting& incoming) {
  Posting keep = incoming.date_posted >= stored.date_posted ? incoming : stored;
  keep.date_posted = std::max(stored.date_posted, incoming.date_posted);
  keep.valid_through = std::max(stored.valid_through, incoming.valid_through);
  return keep;
}

}  // namespace

IndexWriter::IndexWriter(const std::string& path, unsigned batch_size)
    : database_(path, Xapian::DB_CREATE_OR_OPEN),
      batch_size_(std::max(1u, batch_size)),
      started_empty_(database_.get_doccount() == 0) {
  check_schema_version(database_);
  set_schema_version(database_);
}

WriteOutcome IndexWriter::write(const Posting& posting) { return write(builder_.prepare(posting)); }

WriteOutcome IndexWriter::write(BuiltPosting built) {
  const std::string id_term = schema::kIdPrefix + built.posting.id;
  bool seen_this_run = !written_this_run_.insert(built.posting.id).second;
  // A fresh database holds nothing but what this run wrote: skip the lookup.
  if (!seen_this_run && started_empty_) {
    database_.add_document(built.document);
    note_written(built);
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
    database_.replace_document(id_term, built.document);
    note_written(built);
    return WriteOutcome::kAdded;
  }
  const std::string stored_data = database_.get_document(*it).get_data();
  Posting keep = merged(posting_from_json(nlohmann::json::parse(stored_data)), built.posting);
  if (posting_to_json(keep).dump() == stored_data) return WriteOutcome::kUnchanged;
  BuiltPosting rebuilt = builder_.prepare(std::move(keep));
  database_.replace_document(id_term, rebuilt.document);
  note_written(rebuilt);
  return WriteOutcome::kUpdated;
}

// Counts a document written, with its words added to the spelling table.
void IndexWriter::note_written(const BuiltPosting& built) {
  add_spelling(database_, built.spelling);
  count_pending();
}

void IndexWriter::count_pending() {
  if (++pending_ >= batch_size_) commit();
}

void IndexWriter::add_synonyms(const std::vector<SynonymRule>& rules) {
  for (const SynonymRule& rule : rules) database_.add_synonym(rule.term, rule.expansion);
}

void IndexWriter::commit() {
  database_.commit();
  pending_ = 0;
}

}  // namespace jobsearch
