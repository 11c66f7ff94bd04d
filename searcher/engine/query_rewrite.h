// query_rewrite.h: a query rebuilt with some of its parts replaced.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <vector>

namespace jobsearch {

// Whether `op` combines its parts with no parameter of its own (a window,
// a scale factor...), so that it can be rebuilt from them.
inline bool rebuildable(Xapian::Query::op op) {
  switch (op) {
    case Xapian::Query::OP_AND:
    case Xapian::Query::OP_OR:
    case Xapian::Query::OP_AND_NOT:
    case Xapian::Query::OP_AND_MAYBE:
    case Xapian::Query::OP_FILTER:
    case Xapian::Query::OP_XOR:
    case Xapian::Query::OP_SYNONYM:
    case Xapian::Query::OP_MAX:
      return true;
    default:
      return false;
  }
}

// `query` (rebuildable) with each part i replaced by rewrite(part, i)
// where that gives one; nothing when no part changed.
template <typename Rewrite>
std::optional<Xapian::Query> with_parts_rewritten(const Xapian::Query& query, Rewrite&& rewrite) {
  std::vector<Xapian::Query> parts;
  bool changed = false;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    const Xapian::Query part = query.get_subquery(i);
    std::optional<Xapian::Query> replaced = rewrite(part, i);
    changed = changed || replaced.has_value();
    parts.push_back(replaced ? *replaced : part);
  }
  if (!changed) return std::nullopt;
  return Xapian::Query(query.get_type(), parts.begin(), parts.end());
}

}  // namespace jobsearch
