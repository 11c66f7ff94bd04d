#include "searcher/engine/remote_facets.h"

#include <memory>

#include "common/facet_terms.h"
#include "common/schema.h"

namespace jobsearch {
namespace {

// Adds `count` to each of the values of `facet` joined in `joined`.
void add_parts(const schema::Facet& facet, const std::string& joined, std::uint64_t count,
               SpellingCounts& totals) {
  std::size_t start = 0;
  while (start < joined.size()) {
    std::size_t end = joined.find(schema::kValueSeparator, start);
    if (end == std::string::npos) end = joined.size();
    auto [it, added] = totals.try_emplace(joined.substr(start, end - start));
    if (added) it->second.term = facet_term(facet, it->first);
    it->second.count += count;
    start = end + 1;
  }
}

// The buckets of `facet`, from the counts of its slot's values; the
// matches without a value (which the spy does not count) are the rest.
FacetCounts range_counts(const RangeBuckets& facet, const Xapian::ValueCountMatchSpy& spy,
                         std::uint64_t matches) {
  RangeCounter counter({facet});
  std::uint64_t valued = 0;
  for (auto it = spy.values_begin(); it != spy.values_end(); ++it) {
    counter.add(0, *it, it.get_termfreq());
    valued += it.get_termfreq();
  }
  counter.add(0, "", matches - valued);
  return counter.counts(0);
}

// One unweighted match over every document of every shard, with a value
// count spy per slot.
void count_pass(Xapian::Database& database, const Xapian::Query& query,
                const std::vector<Xapian::valueno>& term_slots,
                const std::vector<RangeBuckets>& ranges, const Deadline& deadline,
                PassCounts& counts) {
  std::vector<std::unique_ptr<Xapian::ValueCountMatchSpy>> spies;
  Xapian::Enquire enquire(database);
  enquire.set_query(query);
  enquire.set_weighting_scheme(Xapian::BoolWeight());
  for (Xapian::valueno slot : term_slots)
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(slot));
  for (const RangeBuckets& range : ranges)
    spies.push_back(std::make_unique<Xapian::ValueCountMatchSpy>(range.slot));
  for (const auto& spy : spies) enquire.add_matchspy(spy.get());
  limit_time(deadline, enquire);
  Xapian::MSet mset = enquire.get_mset(0, 0, database.get_doccount());
  deadline.check();  // past the time limit Xapian stops early, without a word
  counts.matches += mset.get_matches_estimated();
  for (std::size_t k = 0; k < term_slots.size(); ++k) {
    const schema::Facet& facet = *find_facet_by_slot(term_slots[k]);
    for (auto it = spies[k]->values_begin(); it != spies[k]->values_end(); ++it)
      add_parts(facet, *it, it.get_termfreq(), counts.terms[k]);
  }
  for (std::size_t k = 0; k < ranges.size(); ++k) {
    counts.ranges[k] = range_counts(ranges[k], *spies[term_slots.size() + k], counts.matches);
  }
}

}  // namespace

FacetResult count_remote_facets(Xapian::Database& database, const Xapian::Query& text,
                                const Filters& filters, const SearchRequest& request,
                                std::int64_t today, const Deadline& deadline) {
  auto counter = [&](const Xapian::Query& text, const Xapian::Query& filter,
                     const std::vector<Xapian::valueno>& term_slots,
                     const std::vector<RangeBuckets>& ranges, PassCounts& counts) {
    count_pass(database, filtered(text, filter), term_slots, ranges, deadline, counts);
  };
  return count_facets_by(counter, text, filters, request, today);
}

}  // namespace jobsearch
