#include "searcher/engine/kept_sets.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>

#include "searcher/engine/phrase_check.h"
#include "searcher/engine/query_rewrite.h"
#include "searcher/engine/query_set.h"

namespace jobsearch {
namespace {

using Query = Xapian::Query;

// The ids of a kept set, as a weightless posting list of whichever shard
// Xapian opens it on (a match over shards inits one clone per shard). It
// tells Xapian the bounds and estimate that the query it stands for would
// have, so that a phrase leaves the matcher's estimate of a request's
// total as it was, whether or not its set was kept.
class KeptSetSource : public Xapian::PostingSource {
 public:
  KeptSetSource(std::map<std::string, KeptSet> sets, std::string what)
      : sets_(std::move(sets)), what_(std::move(what)) {}

  void init(const Xapian::Database& shard) override {
    auto found = sets_.find(shard.get_uuid());
    if (found == sets_.end()) {
      throw Xapian::InvalidOperationError("no kept set of " + what_ + " for a shard");
    }
    set_ = found->second.ids.get();
    estimate_ = found->second.estimate;
    current_ = 0;
    ended_ = false;
  }
  Xapian::doccount get_termfreq_min() const override { return estimate_.min; }
  Xapian::doccount get_termfreq_est() const override { return estimate_.estimated; }
  Xapian::doccount get_termfreq_max() const override { return estimate_.max; }
  void next(double) override { move_to(current_ + 1); }
  void skip_to(Xapian::docid docid, double) override {
    if (docid > current_) move_to(docid);
  }
  bool at_end() const override { return ended_; }
  Xapian::docid get_docid() const override { return current_; }
  PostingSource* clone() const override { return new KeptSetSource(sets_, what_); }
  std::string get_description() const override { return "kept set of " + what_; }

 private:
  void move_to(Xapian::docid docid) {
    current_ = set_->first_from(docid);
    ended_ = current_ == 0;
  }

  std::map<std::string, KeptSet> sets_;
  std::string what_;
  const DocSet* set_ = nullptr;
  MatchEstimate estimate_;
  Xapian::docid current_ = 0;
  bool ended_ = false;
};

// `query`'s kept set, as a weightless query; nothing when a shard has not
// kept it. With `counted`, the set tells Xapian its own size as the
// query's bounds and estimate, instead of Xapian's estimate of the query.
std::optional<Query> kept_set(const Query& query, std::vector<FacetColumns>& shards,
                              bool counted = false) {
  std::map<std::string, KeptSet> sets;
  for (FacetColumns& shard : shards) {
    std::optional<KeptSet> set = shard.sets().find(query);
    if (!set) return std::nullopt;
    if (counted) {
      const auto size = static_cast<Xapian::doccount>(set->ids->count());
      set->estimate = {size, size, size};
    }
    sets.emplace(shard.uuid(), std::move(*set));
  }
  return sets_query(std::move(sets), query.get_description());
}

// The phrase (or NEAR) `query` from its kept set. The set leads, and the
// AND gives every one of its ids the phrase's weight; Xapian then takes
// the phrase's bounds and estimate from the set, as from the phrase.
std::optional<Query> kept_phrase(const Query& query, std::vector<FacetColumns>& shards) {
  std::optional<Query> set = kept_set(query, shards);
  if (!set) return std::nullopt;
  std::vector<Query> parts;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    parts.push_back(query.get_subquery(i));
  return Query(Query::OP_AND_MAYBE, *set, Query(Query::OP_AND, parts.begin(), parts.end()));
}

// The filter `filter` (weightless) with the parts whose sets are kept
// taken from them; nothing when none is. A single term's posting list is
// as quick as a set, and left to Xapian. A set's size is exact where
// Xapian guesses a value range's (expired postings at 200,000: 2,313 of
// 22,399 pharmacists were estimated 3,369), so the size is what it tells.
std::optional<Query> kept_filter(const Query& filter, std::vector<FacetColumns>& shards) {
  std::vector<Query> parts;
  add_filter_parts(filter, parts);
  bool changed = false;
  for (Query& part : parts) {
    if (part.get_type() == Query::LEAF_TERM) continue;
    if (std::optional<Query> set = kept_set(part, shards, /*counted=*/true)) {
      part = *set;
      changed = true;
    }
  }
  if (!changed) return std::nullopt;
  return Query(Query::OP_AND, parts.begin(), parts.end());
}

// `query` rewritten as with_kept_sets says; nothing when unchanged.
std::optional<Query> rewritten(const Query& query, std::vector<FacetColumns>& shards,
                               bool filters) {
  const Query::op op = query.get_type();
  switch (op) {
    case Query::OP_PHRASE:
    case Query::OP_NEAR:
      return kept_phrase(query, shards);
    case Query::LEAF_POSTING_SOURCE:  // weightless, as its set
      return is_phrase_check(query) ? kept_set(query, shards) : std::nullopt;
    case Query::OP_SYNONYM:  // weighed as one term: left whole
    case Query::OP_MAX:
      return std::nullopt;
    default:  // a boost's weight, a wildcard's...: left whole
      if (!rebuildable(op)) return std::nullopt;
      return with_parts_rewritten(query, [&](const Query& part, std::size_t i) {
        if (op == Query::OP_FILTER && i > 0)
          return filters ? kept_filter(part, shards) : std::nullopt;
        return rewritten(part, shards, filters);
      });
  }
}

}  // namespace

Query sets_query(std::map<std::string, KeptSet> sets, const std::string& what) {
  return Query((new KeptSetSource(std::move(sets), what))->release());
}

Query with_kept_sets(const Query& query, std::vector<FacetColumns>& shards, bool filters) {
  std::optional<Query> kept = rewritten(query, shards, filters);
  return kept ? *kept : query;
}

void keep_filter_sets(std::vector<FacetColumns>& shards, const Query& filter,
                      const Deadline& deadline) {
  std::vector<Query> parts;
  add_filter_parts(filter, parts);
  for (const Query& part : parts) {
    if (part.get_type() == Query::LEAF_TERM) continue;
    for (FacetColumns& shard : shards) shard.set(part, deadline);
  }
}

void keep_phrase_sets(std::vector<FacetColumns>& shards, const Query& query,
                      const Deadline& deadline) {
  if (is_phrase_check(query)) {
    for (FacetColumns& shard : shards) shard.set(query, deadline);
    return;
  }
  if (!rebuildable(query.get_type())) return;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
    keep_phrase_sets(shards, query.get_subquery(i), deadline);
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
