#include "searcher/engine/query_set.h"

#include "searcher/engine/phrase_check.h"

namespace jobsearch {
namespace {

using Query = Xapian::Query;

struct Evaluator {
  const Xapian::Database& database;
  MatchSetCache* terms;
  const Deadline& deadline;

  std::shared_ptr<const DocSet> matched(const Query& query) const {
    return std::make_shared<const DocSet>(match_set(database, query, deadline));
  }

  std::shared_ptr<const DocSet> term(const Query& query) const {
    return terms != nullptr ? terms->get(database, query, deadline) : matched(query);
  }

  // Children [first, end) combined by `combine` (on a copy of the first).
  template <typename Combine>
  std::shared_ptr<const DocSet> fold(const Query& query, std::size_t end, Combine&& combine) const {
    auto out = std::make_shared<DocSet>(*set(query.get_subquery(0)));
    for (std::size_t i = 1; i < end; ++i) {
      deadline.check();
      combine(*out, *set(query.get_subquery(i)));
    }
    return out;
  }

  std::shared_ptr<const DocSet> set(const Query& query) const {
    const std::size_t parts = query.get_num_subqueries();
    switch (query.get_type()) {
      case Query::LEAF_TERM:
      case Query::OP_PHRASE:  // positions read for every posting: kept, and the
      case Query::OP_NEAR:    // ranked match takes them from here (kept_sets.h)
        return term(query);
      case Query::OP_AND:
      case Query::OP_FILTER:
        return fold(query, parts, [](DocSet& a, const DocSet& b) { a.intersect(b); });
      case Query::OP_OR:
      case Query::OP_SYNONYM:
      case Query::OP_MAX:
        return fold(query, parts, [](DocSet& a, const DocSet& b) { a.unite(b); });
      case Query::OP_AND_NOT:
        return fold(query, parts, [](DocSet& a, const DocSet& b) { a.subtract(b); });
      case Query::LEAF_POSTING_SOURCE:  // a phrase's record check is kept likewise
        return is_phrase_check(query) ? term(query) : matched(query);
      case Query::OP_AND_MAYBE:  // the optional side only weighs
      case Query::OP_SCALE_WEIGHT:
        return set(query.get_subquery(0));
      default:  // LEAF_MATCH_ALL, phrases, value ranges, sources...: Xapian's own match
        return matched(query);
    }
  }
};

}  // namespace

std::shared_ptr<const DocSet> query_set(const Xapian::Database& database,
                                        const Xapian::Query& query, MatchSetCache* terms,
                                        const Deadline& deadline) {
  if (query.empty()) return std::make_shared<const DocSet>(match_set(database, query, deadline));
  return Evaluator{database, terms, deadline}.set(query);
}

void add_filter_parts(const Xapian::Query& filter, std::vector<Xapian::Query>& parts) {
  if (filter.empty()) return;
  const Xapian::Query::op op = filter.get_type();
  if (op != Xapian::Query::OP_AND && op != Xapian::Query::OP_FILTER) {
    parts.push_back(filter);
    return;
  }
  for (std::size_t i = 0; i < filter.get_num_subqueries(); ++i)
    add_filter_parts(filter.get_subquery(i), parts);
}

}  // namespace jobsearch
