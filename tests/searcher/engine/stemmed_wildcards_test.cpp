// Tests of searcher/stemmed_wildcards: wildcard words rewritten to stems.
#include "searcher/engine/stemmed_wildcards.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

TEST(StemmedWildcards, WildcardWordsBecomeHiddenFieldsWithStems) {
  struct Case {
    const char* query;
    const char* rewritten;
  } cases[] = {
      {"engineers*", "zwild:engin*"},
      {"Soft*", "zwild:soft*"},
      {"title:nurs*", "zwildtitle:nur*"},
      {"python -java* (kube* OR docker)", "python -zwild:java* (zwild:kube* OR docker)"},
      {"+skill:py*", "+zwildskill:py*"},
  };
  for (const Case& c : cases) EXPECT_EQ(stemmed_wildcards(c.query), c.rewritten) << c.query;
}

TEST(StemmedWildcards, DefaultFieldTakesWordsWithoutField) {
  EXPECT_EQ(stemmed_wildcards("soft* company:acm*", "title"), "zwildtitle:soft* zwildcompany:acm*");
}

TEST(StemmedWildcards, EverythingElseIsLeftAlone) {
  for (const char* query : {"software engineer", "\"soft* skills\" sales*x", "c++ c#",
                            "colour:red*", "a * b", "\"head of* sales\""}) {
    EXPECT_EQ(stemmed_wildcards(query), query) << query;
  }
}

}  // namespace
}  // namespace jobsearch
