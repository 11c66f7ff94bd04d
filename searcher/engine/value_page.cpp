#include "searcher/engine/value_page.h"

#include <algorithm>
#include <bitset>
#include <cstdint>
#include <functional>
#include <map>
#include <queue>
#include <unordered_set>

#include "searcher/engine/kept_sets.h"
#include "searcher/engine/query_set.h"

namespace jobsearch {
namespace {

using Query = Xapian::Query;

// The postings of `shard` that `text` matches within `filter`, from the
// shard's kept sets (a filter's set is kept for the next request).
DocSet matches(FacetColumns& shard, const Query& text, const Query& filter,
               const Deadline& deadline) {
  DocSet matched = text.empty() ? *shard.set(Query(std::string()), deadline)
                                : *query_set(shard.database(), text, &shard.sets(), deadline);
  std::vector<Query> parts;
  add_filter_parts(filter, parts);
  for (const Query& part : parts) matched.intersect(*shard.set(part, deadline));
  return matched;
}

// The `k`th highest value among the postings of `sets` (one per shard);
// nothing when fewer than `k` hold one. One pass, keeping the k highest.
std::optional<double> kth_highest(const std::vector<DocSet>& sets,
                                  const std::vector<const NumberColumn*>& columns, std::size_t k) {
  std::priority_queue<double, std::vector<double>, std::greater<double>> highest;
  for (std::size_t s = 0; s < sets.size(); ++s) {
    const NumberColumn& column = *columns[s];
    sets[s].for_each([&](Xapian::docid docid) {
      if (!column.has(docid)) return;
      const double value = column.at(docid);
      if (highest.size() < k) {
        highest.push(value);
      } else if (value > highest.top()) {
        highest.pop();
        highest.push(value);
      }
    });
  }
  if (highest.size() < k) return std::nullopt;
  return highest.top();
}

// The postings of `sets` whose value is at least `lowest`.
std::vector<DocSet> at_least(const std::vector<DocSet>& sets,
                             const std::vector<const NumberColumn*>& columns,
                             const std::vector<FacetColumns>& shards, double lowest) {
  std::vector<DocSet> chosen;
  for (std::size_t s = 0; s < sets.size(); ++s) {
    chosen.emplace_back(shards[s].database().get_lastdocid());
    sets[s].for_each([&](Xapian::docid docid) {
      if (columns[s]->has(docid) && columns[s]->at(docid) >= lowest) chosen[s].insert(docid);
    });
  }
  return chosen;
}

// How many postings of `chosen` the page can show, those sharing a key
// counting once; the keys go in `keys`.
std::size_t groups(const std::vector<DocSet>& chosen, const std::vector<const KeyColumn*>& columns,
                   std::unordered_set<std::uint64_t>& keys) {
  std::size_t alone = 0;  // no key: never collapsed
  for (std::size_t s = 0; s < chosen.size(); ++s) {
    chosen[s].for_each([&](Xapian::docid docid) {
      const std::uint64_t key = columns[s]->at(docid);
      if (key == 0) {
        ++alone;
      } else {
        keys.insert(key);
      }
    });
  }
  return alone + keys.size();
}

// Adds to `chosen` the postings of `matched` whose key is one of `kept`:
// one pass over the matches, most told apart by a bit of a filter small
// enough to stay in the processor's cache.
void add_groups(const std::vector<DocSet>& matched, const std::vector<const KeyColumn*>& columns,
                const std::unordered_set<std::uint64_t>& kept, std::vector<DocSet>& chosen) {
  std::bitset<1 << 16> maybe;  // by a key's low 16 bits
  for (std::uint64_t key : kept) maybe.set(key & 0xffff);
  for (std::size_t s = 0; s < matched.size(); ++s) {
    matched[s].for_each([&](Xapian::docid docid) {
      const std::uint64_t key = columns[s]->at(docid);
      if (key != 0 && maybe.test(key & 0xffff) && kept.count(key) != 0) chosen[s].insert(docid);
    });
  }
}

}  // namespace

std::optional<Query> value_page_candidates(std::vector<FacetColumns>& shards, const Query& text,
                                           const Query& filter, const ValuePage& page,
                                           const Deadline& deadline) {
  if (shards.empty() || page.last == 0) return std::nullopt;
  std::vector<DocSet> matched;
  std::vector<const NumberColumn*> values;
  std::vector<const KeyColumn*> keys;
  std::uint64_t match_count = 0;
  for (FacetColumns& shard : shards) {
    matched.push_back(matches(shard, text, filter, deadline));
    match_count += matched.back().count();
  }
  // A page reaching the last match holds them all (a deep page is empty).
  if (page.last >= match_count) return std::nullopt;
  for (FacetColumns& shard : shards) {
    values.push_back(&shard.numbers(page.slot));
    if (page.collapse_slot) keys.push_back(&shard.keys(*page.collapse_slot));
  }
  // The page's last posting has at least the `wanted`th highest value;
  // with re-posts collapsed, more are wanted until they make enough groups.
  std::size_t wanted = page.last;
  std::vector<DocSet> chosen;
  std::unordered_set<std::uint64_t> kept_keys;
  for (;;) {
    deadline.check();
    const std::optional<double> lowest = kth_highest(matched, values, wanted);
    if (!lowest) return std::nullopt;
    chosen = at_least(matched, values, shards, *lowest);
    if (!page.collapse_slot) break;
    kept_keys.clear();
    const std::size_t shown = groups(chosen, keys, kept_keys);
    if (shown >= page.last) break;
    wanted = std::max(wanted * 2, wanted + page.last - shown);
  }
  // Each group whole: Xapian then keeps the same posting of it, and counts
  // the others as collapsed into it.
  if (!kept_keys.empty()) add_groups(matched, keys, kept_keys, chosen);
  std::map<std::string, KeptSet> sets;
  for (std::size_t s = 0; s < shards.size(); ++s) {
    const auto count = static_cast<Xapian::doccount>(chosen[s].count());
    sets.emplace(shards[s].uuid(), KeptSet{std::make_shared<const DocSet>(std::move(chosen[s])),
                                           {count, count, count}});
  }
  return sets_query(std::move(sets), "a page's candidates by value " + std::to_string(page.slot));
}

}  // namespace jobsearch
