// Tests of searcher/engine/synonym_expander: the query text a user typed,
// with the database's synonym rules spelled out before parsing.
#include "searcher/engine/synonym_expander.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

using Case = std::pair<std::string, std::string>;  // query, expanded

class SynonymExpanderTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    with_rules_ =
        new test::TempDatabase(std::vector<Posting>{}, {{"swe", "software engineer"},
                                                        {"pm", "project manager"},
                                                        {"pm", "product manager"},
                                                        {"front end", "frontend"},
                                                        {"data", "information"},
                                                        {"big data", "hadoop"},
                                                        {"ml ops engineer", "mlops engineer"}});
    without_rules_ = new test::TempDatabase(std::vector<Posting>{});
  }
  static void TearDownTestSuite() {
    delete with_rules_;
    delete without_rules_;
  }

  static std::string expand(const std::string& query) {
    return expand_synonyms(query, Xapian::Database(with_rules_->path()));
  }

  static test::TempDatabase* with_rules_;
  static test::TempDatabase* without_rules_;
};
test::TempDatabase* SynonymExpanderTest::with_rules_;
test::TempDatabase* SynonymExpanderTest::without_rules_;

TEST_F(SynonymExpanderTest, TermsAreReplacedByThemselvesOrTheirExpansions) {
  const Case cases[] = {
      {"swe", "(swe OR \"software engineer\")"},
      {"swe python", "(swe OR \"software engineer\") python"},
      {"SWE", "(swe OR \"software engineer\")"},  // any case
      {"senior swe", "senior (swe OR \"software engineer\")"},
      // Several rules of one term, in the synonym table's (sorted) order.
      {"pm", "(pm OR \"product manager\" OR \"project manager\")"},
      {"front end developer", "(\"front end\" OR frontend) developer"},
      {"data", "(data OR information)"},
      {"big data", "(\"big data\" OR hadoop)"},                            // the longest term first
      {"ml ops engineer", "(\"ml ops engineer\" OR \"mlops engineer\")"},  // up to three words
      {"  swe   python ", "(swe OR \"software engineer\") python"},
      {"swe AND python", "(swe OR \"software engineer\") AND python"},
      {"nurse", "nurse"},
      {"front", "front"},
  };
  for (const auto& [query, expanded] : cases) EXPECT_EQ(expand(query), expanded) << query;
}

TEST_F(SynonymExpanderTest, SyntaxIsLeftAlone) {
  const Case cases[] = {
      {"\"swe\"", "\"swe\""},  // a quoted phrase
      {"\"big data\" swe", "\"big data\" (swe OR \"software engineer\")"},
      {"title:swe", "title:swe"},  // a field
      {"+swe -pm", "+swe -pm"},    // required and excluded words
      {"swe*", "swe*"},            // a wildcard
      {"(swe)", "(swe)"},
      {"front \"end\"", "front \"end\""},  // a term across a phrase is no term
      {"big OR data", "big OR (data OR information)"},
      {"NEAR/3 pm", "NEAR/3 (pm OR \"product manager\" OR \"project manager\")"},
  };
  for (const auto& [query, expanded] : cases) EXPECT_EQ(expand(query), expanded) << query;
}

TEST_F(SynonymExpanderTest, WithoutRulesTheQueryIsUnchanged) {
  for (const char* query : {"swe", "  swe   python ", "\"big data\"", ""}) {
    EXPECT_EQ(expand_synonyms(query, Xapian::Database(without_rules_->path())), query) << query;
  }
  EXPECT_EQ(expand(""), "");
}

}  // namespace
}  // namespace jobsearch
