#include "searcher/engine/striped_counts.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

// Counting in four stripes gives what counting one document at a time
// gives, wherever the set starts and however many documents it holds
// (a stripe left short included), counts nowhere what it is told to, and
// adds to the counts already there.
TEST(StripedCountsTest, CountsAsOneByOneDoes) {
  const Xapian::docid last = 1000;
  auto counter = [](Xapian::docid docid) -> std::size_t { return docid % 7 == 0 ? 5 : docid % 5; };
  for (Xapian::docid step : {1u, 3u, 64u, 999u}) {
    DocSet set(last);
    for (Xapian::docid docid = step; docid <= last; docid += step) set.insert(docid);
    std::vector<std::uint64_t> expected = {10, 20, 30, 40, 50};
    set.for_each([&](Xapian::docid docid) {
      if (counter(docid) < 5) ++expected[counter(docid)];
    });
    std::vector<std::uint64_t> counts = {10, 20, 30, 40, 50};
    count_striped(set, 5, counter, counts);
    EXPECT_EQ(counts, expected) << "every " << step << "th document";
  }
}

TEST(StripedCountsTest, AnEmptySetAddsNothing) {
  std::vector<std::uint64_t> counts = {1, 2};
  count_striped(
      DocSet(10), 2, [](Xapian::docid) { return std::size_t{0}; }, counts);
  EXPECT_EQ(counts, (std::vector<std::uint64_t>{1, 2}));
}

}  // namespace
}  // namespace jobsearch
