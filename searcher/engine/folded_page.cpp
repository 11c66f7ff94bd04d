#include "searcher/engine/folded_page.h"

#include <algorithm>
#include <cstdint>
#include <unordered_map>

#include "common/schema.h"

namespace jobsearch {
namespace {

// Each job of `mset` once, ranked by its best posting, with how many of
// its other postings `mset` ranks. Postings without a key are jobs alone.
struct Jobs {
  std::vector<Xapian::MSetIterator> best;
  std::vector<Xapian::doccount> re_posts;
};

Jobs fold(const Xapian::MSet& mset, const std::vector<const KeyColumn*>& keys) {
  Jobs jobs;
  std::unordered_map<std::uint64_t, std::size_t> job_of;  // key -> index into jobs
  const Xapian::docid shards = static_cast<Xapian::docid>(keys.size());
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    // A database of n shards numbers shard s's document d as (d - 1) * n + s + 1.
    const Xapian::docid docid = *item - 1;
    const std::uint64_t key = keys[docid % shards]->at(docid / shards + 1);
    if (key != 0) {
      auto [found, added] = job_of.try_emplace(key, jobs.best.size());
      if (!added) {
        ++jobs.re_posts[found->second];
        continue;
      }
    }
    jobs.best.push_back(item);
    jobs.re_posts.push_back(0);
  }
  return jobs;
}

}  // namespace

FoldedPage folded_page(Xapian::Enquire& enquire, std::vector<FacetColumns>& shards,
                       Xapian::doccount offset, Xapian::doccount limit,
                       Xapian::doccount check_at_least, const Deadline& deadline) {
  std::vector<const KeyColumn*> keys;
  for (FacetColumns& shard : shards) keys.push_back(&shard.keys(schema::kSlotRepostKey));
  const Xapian::doccount depth = offset + limit;
  Xapian::doccount fetched = std::max<Xapian::doccount>(2 * depth, 10);
  FoldedPage page;
  Jobs jobs;
  while (true) {
    page.mset = enquire.get_mset(0, fetched, check_at_least);
    deadline.check();
    jobs = fold(page.mset, keys);
    // Enough jobs, or every match ranked: the page is whole.
    const Xapian::doccount most = page.mset.get_matches_upper_bound();
    if (jobs.best.size() >= depth || page.mset.size() < fetched || fetched >= most) break;
    fetched =
        static_cast<Xapian::doccount>(std::min<std::uint64_t>(std::uint64_t{fetched} * 4, most));
  }
  for (std::size_t i = offset; i < std::min<std::size_t>(depth, jobs.best.size()); ++i) {
    page.items.push_back(jobs.best[i]);
    page.re_posts.push_back(jobs.re_posts[i]);
  }
  return page;
}

}  // namespace jobsearch
