// Tests of searcher/query_limits: how much work the text of a query may ask for.
#include "searcher/engine/query_limits.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

std::string repeated(const std::string& word, std::size_t times) {
  std::string text;
  for (std::size_t i = 0; i < times; ++i) text += (i ? " " : "") + word;
  return text;
}

// The message of the QueryLimitError `check` throws, and its option.
template <typename Check>
std::pair<std::string, std::string> refusal(Check check) {
  try {
    check();
  } catch (const QueryLimitError& error) {
    return {error.what(), error.option()};
  }
  return {"accepted", ""};
}

TEST(QueryLimits, WordsAreCountedAsTheQueryParserSplitsThem) {
  EXPECT_EQ(count_words(""), 0u);
  EXPECT_EQ(count_words("  registered   nurse "), 2u);
  EXPECT_EQ(count_words("title:data-driven"), 3u);
  EXPECT_EQ(count_words("\"software engineer\" OR swe*"), 4u);
  EXPECT_EQ(count_words("a-a-a-a-a"), 5u);
  EXPECT_EQ(count_words("café naïve"), 2u);
}

TEST(QueryLimits, WildcardsAreStarsAfterAWord) {
  EXPECT_EQ(count_wildcards("nurse"), 0u);
  EXPECT_EQ(count_wildcards("eng* OR title:soft* (dat*)"), 3u);
  EXPECT_EQ(count_wildcards("* a ** b"), 0u);
}

TEST(QueryLimits, QueriesWithinTheLimitsPass) {
  QueryLimits limits;
  EXPECT_NO_THROW(check_query_size(repeated("nurse", 32), limits));
  EXPECT_NO_THROW(check_query_size(std::string(1024, 'a'), limits));
}

// A query that repeats one word 20,000 times took 80 s; an 800 KB one
// held a server thread for minutes.
TEST(QueryLimits, LongQueriesAreRefusedNamingTheLimit) {
  QueryLimits limits;
  EXPECT_EQ(refusal([&] { check_query_size(repeated("a", 400000), limits); }),
            std::make_pair(std::string("the query is too long: 799999 bytes, at most 1024"),
                           std::string("--max-query-bytes")));
  EXPECT_EQ(refusal([&] { check_query_size(repeated("nurse", 33), limits); }),
            std::make_pair(std::string("the query has too many words: 33, at most 32"),
                           std::string("--max-query-words")));
  EXPECT_EQ(refusal([&] { check_query_size(repeated("a-b", 20), limits); }).first,
            "the query has too many words: 40, at most 32");
  limits.max_words = 40;
  EXPECT_NO_THROW(check_query_size(repeated("a-b", 20), limits));
}

TEST(QueryLimits, WildcardsShareOneBudgetOfWords) {
  QueryLimits limits;  // 500 in all
  EXPECT_EQ(terms_per_wildcard("nurse", limits), 100u);
  EXPECT_EQ(terms_per_wildcard("soft* eng*", limits), 100u);
  EXPECT_EQ(terms_per_wildcard("a* b* c* d* e* f* g*", limits), 71u);
  EXPECT_EQ(terms_per_wildcard(repeated("a*", 10), limits), 50u);
  EXPECT_EQ(refusal([&] { terms_per_wildcard(repeated("a*", 11), limits); }),
            std::make_pair(std::string("the query has too many wildcards (word*): 11, at most 10"),
                           std::string("--max-wildcard-terms")));
  limits.max_wildcard_terms = 10;
  EXPECT_EQ(terms_per_wildcard("a*", limits), 10u);
  EXPECT_EQ(refusal([&] { terms_per_wildcard("a* b*", limits); }).first,
            "the query has too many wildcards (word*): 2, at most 1");
}

}  // namespace
}  // namespace jobsearch
