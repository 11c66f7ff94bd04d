#include "searcher/engine/remote_order.h"

#include <algorithm>
#include <string>

#include "common/schema.h"

namespace jobsearch {
namespace {

// The first `wanted` items and enough more to end on a change of sort key
// (or the end of the matches).
Xapian::MSet fetch_past_ties(Xapian::Enquire& enquire, Xapian::doccount wanted,
                             Xapian::doccount check_at_least) {
  Xapian::doccount asked = wanted + 16;
  for (;;) {
    Xapian::MSet mset = enquire.get_mset(0, asked, std::max(asked, check_at_least));
    if (mset.size() < asked || wanted == 0) return mset;
    const std::string last_shown = mset[wanted - 1].get_sort_key();
    if (mset[asked - 1].get_sort_key() != last_shown) return mset;
    asked *= 2;  // the run of equal keys goes on past what was fetched
  }
}

}  // namespace

RemotePage page_by_value_then_id(Xapian::Enquire& enquire, Xapian::doccount offset,
                                 Xapian::doccount limit, Xapian::doccount check_at_least) {
  RemotePage page;
  page.mset = fetch_past_ties(enquire, offset + limit, check_at_least);
  std::vector<Xapian::MSetIterator> all;
  for (auto it = page.mset.begin(); it != page.mset.end(); ++it) all.push_back(it);
  if (offset >= all.size()) return page;
  // Only the runs that reach into the page need their ids read.
  Xapian::doccount first = std::min<Xapian::doccount>(offset, all.size());
  while (first > 0 && all[first - 1].get_sort_key() == all[first].get_sort_key()) --first;
  std::vector<std::pair<std::string, std::string>> keys(all.size());  // sort key, posting id
  for (std::size_t i = first; i < all.size(); ++i) {
    keys[i] = {all[i].get_sort_key(), all[i].get_document().get_value(schema::kSlotPostingId)};
  }
  std::vector<std::size_t> order;
  for (std::size_t i = first; i < all.size(); ++i) order.push_back(i);
  // Keys descend (a reversed value sort); ids ascend within a key.
  std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
    return keys[a].first != keys[b].first ? keys[a].first > keys[b].first
                                          : keys[a].second < keys[b].second;
  });
  for (std::size_t k = offset - first; k < order.size() && page.items.size() < limit; ++k)
    page.items.push_back(all[order[k]]);
  return page;
}

}  // namespace jobsearch
