#include "searcher/engine/phrase_sets.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

namespace jobsearch {
namespace {

using Query = Xapian::Query;
using SetsByShard = std::map<std::string, std::shared_ptr<const DocSet>>;  // by shard UUID

// The ids of a kept set, as a weightless posting list of whichever shard
// Xapian opens it on (a match over shards inits one clone per shard).
class KeptSetSource : public Xapian::PostingSource {
 public:
  KeptSetSource(SetsByShard sets, std::string phrase)
      : sets_(std::move(sets)), phrase_(std::move(phrase)) {}

  void init(const Xapian::Database& shard) override {
    auto found = sets_.find(shard.get_uuid());
    if (found == sets_.end()) {
      throw Xapian::InvalidOperationError("no kept set of " + phrase_ + " for a shard");
    }
    set_ = found->second.get();
    count_ = static_cast<Xapian::doccount>(set_->count());
    current_ = 0;
    ended_ = false;
  }
  Xapian::doccount get_termfreq_min() const override { return count_; }
  Xapian::doccount get_termfreq_est() const override { return count_; }
  Xapian::doccount get_termfreq_max() const override { return count_; }
  void next(double) override { move_to(current_ + 1); }
  void skip_to(Xapian::docid docid, double) override {
    if (docid > current_) move_to(docid);
  }
  bool at_end() const override { return ended_; }
  Xapian::docid get_docid() const override { return current_; }
  PostingSource* clone() const override { return new KeptSetSource(sets_, phrase_); }
  std::string get_description() const override { return "kept set of " + phrase_; }

 private:
  void move_to(Xapian::docid docid) {
    current_ = set_->first_from(docid);
    ended_ = current_ == 0;
  }

  SetsByShard sets_;
  std::string phrase_;
  const DocSet* set_ = nullptr;
  Xapian::doccount count_ = 0;
  Xapian::docid current_ = 0;
  bool ended_ = false;
};

// The phrase (or NEAR) `query` as the AND of its parts within its kept
// sets; nothing when a shard has not kept its set.
std::optional<Query> from_kept_set(const Query& query, std::vector<FacetColumns>& shards) {
  SetsByShard sets;
  for (FacetColumns& shard : shards) {
    std::shared_ptr<const DocSet> set = shard.sets().find(query);
    if (!set) return std::nullopt;
    sets.emplace(shard.database().get_uuid(), std::move(set));
  }
  std::vector<Query> parts;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    parts.push_back(query.get_subquery(i));
  // The set leads, weightless, and the AND gives every one of its ids
  // the phrase's weight; Xapian then estimates the matches from the set's
  // size, which it knows, not from its words' (as a FILTER would).
  auto* source = new KeptSetSource(std::move(sets), query.get_description());
  return Query(Query::OP_AND_MAYBE, Query(source->release()),
               Query(Query::OP_AND, parts.begin(), parts.end()));
}

// `query` rewritten as with_kept_phrases says; nothing when unchanged.
std::optional<Query> rewritten(const Query& query, std::vector<FacetColumns>& shards) {
  switch (query.get_type()) {
    case Query::OP_PHRASE:
    case Query::OP_NEAR:
      return from_kept_set(query, shards);
    case Query::OP_AND:
    case Query::OP_OR:
    case Query::OP_AND_NOT:
    case Query::OP_AND_MAYBE:
    case Query::OP_FILTER:
    case Query::OP_XOR: {  // no parameter of their own: rebuilt from their parts
      std::vector<Query> parts;
      bool changed = false;
      for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
        std::optional<Query> part = rewritten(query.get_subquery(i), shards);
        changed = changed || part.has_value();
        parts.push_back(part ? *part : query.get_subquery(i));
      }
      if (!changed) return std::nullopt;
      return Query(query.get_type(), parts.begin(), parts.end());
    }
    default:  // a boost's weight, a synonym's, a wildcard's...: left whole
      return std::nullopt;
  }
}

}  // namespace

Query with_kept_phrases(const Query& query, std::vector<FacetColumns>& shards) {
  std::optional<Query> kept = rewritten(query, shards);
  return kept ? *kept : query;
}

bool same_revisions(const std::vector<Xapian::Database>& searched,
                    const std::vector<Xapian::Database>& counted) {
  if (searched.size() != counted.size()) return false;
  std::set<std::string> uuids;
  for (std::size_t i = 0; i < searched.size(); ++i) {
    const std::string uuid = counted[i].get_uuid();
    if (uuid.empty() || searched[i].get_uuid() != uuid || !uuids.insert(uuid).second ||
        searched[i].get_revision() != counted[i].get_revision())
      return false;
  }
  return true;
}

}  // namespace jobsearch
