// recency_source.h: a weight for being recent, to blend with BM25.
#pragma once

#include <xapian.h>

#include <cstdint>

namespace jobsearch {

// The weight for being recent of a posting of day `day` (days since
// 1970-01-01): `max_weight` * 0.5^(age / half_life), age in days before
// `today`, a future date counting as today. Used with OP_AND_MAYBE beside
// the text query, it lifts recent postings without letting old ones drop
// out.
double recency_weight(std::int64_t today, double day, double half_life_days, double max_weight);

// A query giving each posting its recency_weight(), made of
// a posting source Xapian registers, so that shards served by
// xapian-tcpsrv can run it: a Xapian::ValueMapPostingSource over `slot`
// mapping each day between the slot's bounds in `database` to its weight.
// Throws SearchError when the bounds are more than a few centuries apart.
Xapian::Query recency_map_query(const Xapian::Database& database, Xapian::valueno slot,
                                std::int64_t today, double half_life_days, double max_weight);

}  // namespace jobsearch
