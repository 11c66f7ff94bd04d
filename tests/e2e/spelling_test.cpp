// End to end: "did you mean" corrects misspellings, never words that the
// indexed postings hold, and never offers a correction that finds nothing.
#include <gtest/gtest.h>

#include <fstream>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

std::string posting(const std::string& id, const std::string& title,
                    const std::string& description) {
  return json{{"@type", "JobPosting"},
              {"identifier", id},
              {"title", title},
              {"description", description},
              {"datePosted", "2026-11-01"},
              {"hiringOrganization", {{"name", "Company " + id}}}}
      .dump();
}

class SpellingTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    std::ofstream out(tmp_->file("postings.jsonl"));
    // Titles fill the spelling table with "vice" and "lean"; "vue" and
    // "learn" are only in a description.
    for (const char* id : {"1", "2", "3"}) {
      out << posting(id, "Vice President of Sales", "Lead the sales team.") << "\n";
    }
    out << posting("4", "Lean Manufacturing Engineer", "Run kaizen events.") << "\n";
    out << posting("5", "Frontend Developer",
                   "We build with Vue and TypeScript, and you will learn our stack.")
        << "\n";
    out.close();
    ASSERT_EQ(index(tmp_->file("db"), {tmp_->file("postings.jsonl")}).exit_code, 0);
  }
  static void TearDownTestSuite() { delete tmp_; }

  static json search(const std::string& query) {
    return search_json(tmp_->file("db"), {query, "--facets", "none", "--now", "2026-11-29"});
  }
  static TempDir* tmp_;
};
TempDir* SpellingTest::tmp_;

TEST_F(SpellingTest, AWordADescriptionHoldsIsNotCorrected) {
  json vue = search("vue");  // Xapian's spelling table alone would say "vice"
  EXPECT_EQ(vue["query"]["suggestion"], "");
  EXPECT_EQ(vue["query"]["corrected"], false);
  EXPECT_EQ(result_ids(vue).size(), 1u);
  EXPECT_EQ(search("learn")["query"]["suggestion"], "");  // not "lean"
}

TEST_F(SpellingTest, AMisspeltTitleWordIsCorrectedWhenNothingMatches) {
  json response = search("frontend developr");
  EXPECT_EQ(response["query"]["suggestion"], "frontend developer");
  EXPECT_EQ(response["query"]["corrected"], true);
  ASSERT_EQ(response["results"].size(), 1u);
  EXPECT_EQ(response["results"][0]["title"], "Frontend Developer");
}

TEST_F(SpellingTest, ATokenWithPunctuationKeepsTheWordsTheIndexHas) {
  // "scikit" is nowhere; "learn" is in a description: Xapian, correcting
  // each part alone, would offer "scikit-lean", which finds nothing.
  json response = search("scikit-learn");
  EXPECT_EQ(response["query"]["suggestion"], "");
  EXPECT_EQ(response["query"]["corrected"], false);
  EXPECT_EQ(response["total"], 0);
}

TEST_F(SpellingTest, ACorrectionThatFindsNothingIsNotOffered) {
  // Each word is somewhere, not all together; with every word required.
  json response = search_json(tmp_->file("db"), {"vice presidnt kaizen", "--facets", "none",
                                                 "--now", "2026-11-29", "--match", "all"});
  EXPECT_EQ(response["total"], 0);
  EXPECT_EQ(response["query"]["suggestion"], "");
  EXPECT_EQ(response["query"]["corrected"], false);
}

}  // namespace
}  // namespace jobsearch::e2e
