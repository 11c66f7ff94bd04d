#include "index_writer.h"

#include <algorithm>

#include "posting_json.h"
#include "schema.h"

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
      builder_(&database_),
      batch_size_(std::max(1u, batch_size)),
      started_empty_(database_.get_doccount() == 0) {}

WriteOutcome IndexWriter::write(const Posting& posting) {
  const std::string id_term = schema::kIdPrefix + posting.id;
  bool seen_this_run = !written_this_run_.insert(posting.id).second;
  // A fresh database holds nothing but what this run wrote: skip the lookup.
  if (!seen_this_run && started_empty_) {
    database_.add_document(builder_.build(posting));
    count_pending();
    return WriteOutcome::kAdded;
  }
  WriteOutcome outcome = merge_with_stored(posting, id_term);
  if (outcome == WriteOutcome::kUpdated && seen_this_run) return WriteOutcome::kMergedRepost;
  if (outcome == WriteOutcome::kUnchanged && seen_this_run) return WriteOutcome::kMergedRepost;
  return outcome;
}

WriteOutcome IndexWriter::merge_with_stored(const Posting& posting, const std::string& id_term) {
  Xapian::PostingIterator it = database_.postlist_begin(id_term);
  if (it == database_.postlist_end(id_term)) {
    replace(id_term, posting);
    return WriteOutcome::kAdded;
  }
  const std::string stored_data = database_.get_document(*it).get_data();
  Posting keep = merged(posting_from_json(nlohmann::json::parse(stored_data)), posting);
  if (posting_to_json(keep).dump() == stored_data) return WriteOutcome::kUnchanged;
  replace(id_term, keep);
  return WriteOutcome::kUpdated;
}

void IndexWriter::replace(const std::string& id_term, const Posting& posting) {
  database_.replace_document(id_term, builder_.build(posting));
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
