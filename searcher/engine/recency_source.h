// recency_source.h: a weight for being recent, to blend with BM25.
#pragma once

#include <xapian.h>

#include <cstdint>
#include <string>

namespace jobsearch {

// The weight RecencySource gives a posting of day `day` (days since
// 1970-01-01).
double recency_weight(std::int64_t today, double day, double half_life_days, double max_weight);

// A query giving each posting the weight RecencySource gives it, made of
// a posting source Xapian registers, so that shards served by
// xapian-tcpsrv can run it: a Xapian::ValueMapPostingSource over `slot`
// mapping each day between the slot's bounds in `database` to its weight.
// Throws SearchError when the bounds are more than a few centuries apart.
Xapian::Query recency_map_query(const Xapian::Database& database, Xapian::valueno slot,
                                std::int64_t today, double half_life_days, double max_weight);

// Gives each posting with a posting date `max_weight` * 0.5^(age / half_life)
// (age in days before `today`, a future date counting as today). Used with
// OP_AND_MAYBE beside the text query, it lifts recent postings without
// letting old ones drop out.
class RecencySource : public Xapian::ValuePostingSource {
 public:
  RecencySource(Xapian::valueno slot, std::int64_t today, double half_life_days, double max_weight);

  double get_weight() const override;
  RecencySource* clone() const override;
  void init(const Xapian::Database& database) override;
  std::string name() const override { return "jobsearch::RecencySource"; }

 private:
  std::int64_t today_;
  double half_life_days_;
  double max_weight_;
};

}  // namespace jobsearch
