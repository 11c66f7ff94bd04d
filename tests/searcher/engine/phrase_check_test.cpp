// Tests of searcher/engine/phrase_check: phrases checked against position
// records rank exactly as Xapian's own phrases over Xapian's positions.
#include "searcher/engine/phrase_check.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

#include "common/schema.h"
#include "common/text_analysis.h"
#include "indexer/document_builder.h"
#include "searcher/engine/kept_sets.h"
#include "tests/support/posting_builder.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

using Q = Xapian::Query;
using test::PostingBuilder;
using test::TempDir;
using Ranking = std::vector<std::pair<Xapian::docid, double>>;

// Postings whose phrases hold or not; the last has 60,000 distinct words
// (a hostile one: most share their 16-bit code and keep Xapian's
// positions; building it once took a time growing as their square).
std::vector<Posting> postings() {
  std::string many;
  for (int i = 0; i < 60000; ++i) many += "w" + std::to_string(i) + " ";
  return {
      PostingBuilder("1").title("Registered Nurse").description("Care for patients."),
      PostingBuilder("2").title("Nurse").description("A registered nurse cares. Nurse nurse."),
      PostingBuilder("3").title("Head of Sales").description("Sales head of the region."),
      PostingBuilder("4").title("Nurse Registered").description("Patients of the ward, care."),
      PostingBuilder("5").title("Words").description(many),
  };
}

void write(const std::string& path, WordPositions positions) {
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  DocumentBuilder builder(positions);
  for (const Posting& posting : postings()) db.add_document(builder.build(posting));
  db.commit();
}

Ranking ranking(const Xapian::Database& db, const Q& query) {
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  Ranking out;
  Xapian::MSet mset = enquire.get_mset(0, 10);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

Q words(Q::op op, const std::vector<std::string>& text, unsigned window = 0) {
  std::vector<Q> terms;
  for (const std::string& word : text) terms.emplace_back(word_term(word));
  return Q(op, terms.begin(), terms.end(), window);
}

class PhraseCheckTest : public ::testing::Test {
 protected:
  void SetUp() override {
    write(tmp_.file("records"), WordPositions::kRecords);
    write(tmp_.file("xapian"), WordPositions::kXapian);
  }
  TempDir tmp_;
};

TEST_F(PhraseCheckTest, PhrasesRankAsXapiansOverItsPositions) {
  const Xapian::Database records(tmp_.file("records"));
  const Xapian::Database xapian(tmp_.file("xapian"));
  const std::vector<std::pair<std::string, Q>> cases = {
      {"registered nurse", words(Q::OP_PHRASE, {"registered", "nurse"})},
      {"nurse registered", words(Q::OP_PHRASE, {"nurse", "registered"})},
      {"nurse nurse", words(Q::OP_PHRASE, {"nurse", "nurse"})},
      {"head of sales", words(Q::OP_PHRASE, {"head", "of", "sales"})},
      {"sales head, window 3", words(Q::OP_PHRASE, {"sales", "of"}, 3)},
      {"patients NEAR care", words(Q::OP_NEAR, {"care", "patients"}, 4)},
      {"w10 w11", words(Q::OP_PHRASE, {"w10", "w11"})},
      {"w11 w10", words(Q::OP_PHRASE, {"w11", "w10"})},
      {"OR of two", Q(Q::OP_OR, words(Q::OP_PHRASE, {"registered", "nurse"}),
                      words(Q::OP_PHRASE, {"head", "of"}))},
  };
  for (const auto& [what, phrase] : cases) {
    const Ranking own = ranking(xapian, phrase);
    const Ranking checked = ranking(records, with_phrases_checked(phrase, PhraseCheck::kRecords));
    ASSERT_EQ(checked.size(), own.size()) << what;
    for (std::size_t i = 0; i < own.size(); ++i) {
      EXPECT_EQ(checked[i].first, own[i].first) << what;
      EXPECT_NEAR(checked[i].second, own[i].second, 1e-12) << what;
    }
  }
  EXPECT_EQ(ranking(xapian, words(Q::OP_PHRASE, {"registered", "nurse"})).size(), 2u);
  EXPECT_TRUE(ranking(records, words(Q::OP_PHRASE, {"registered", "nurse"})).empty());
}

// Pairs of adjacent words among the first 3,000, many sharing a code.
TEST_F(PhraseCheckTest, WordsSharingACodeAreCheckedFromXapiansPositions) {
  const Xapian::Database records(tmp_.file("records"));
  for (int i = 0; i + 1 < 3000; i += 3) {
    const std::string a = "w" + std::to_string(i), b = "w" + std::to_string(i + 1);
    EXPECT_EQ(
        ranking(records, with_phrases_checked(words(Q::OP_PHRASE, {a, b}), PhraseCheck::kRecords))
            .size(),
        1u)
        << a;
    EXPECT_TRUE(
        ranking(records, with_phrases_checked(words(Q::OP_PHRASE, {b, a}), PhraseCheck::kRecords))
            .empty())
        << a;
  }
}

TEST_F(PhraseCheckTest, OnlyUnprefixedPhrasesAreCheckedAgainstRecords) {
  const Q phrase = words(Q::OP_PHRASE, {"registered", "nurse"});
  const Q checked = with_phrases_checked(phrase, PhraseCheck::kRecords);
  ASSERT_EQ(checked.get_type(), Q::OP_AND_MAYBE);
  EXPECT_TRUE(is_phrase_check(checked.get_subquery(0)));
  EXPECT_EQ(with_phrases_checked(phrase, PhraseCheck::kPositions).get_description(),
            phrase.get_description());
  const Q title(Q::OP_PHRASE, Q(word_term("registered", schema::kTitle.prefix)),
                Q(word_term("nurse", schema::kTitle.prefix)));
  EXPECT_EQ(with_phrases_checked(title, PhraseCheck::kRecords).get_description(),
            title.get_description());
  // A kept set of a check names it, and is no check itself.
  const Q kept = sets_query({}, checked.get_subquery(0).get_description());
  EXPECT_FALSE(is_phrase_check(kept));
}

}  // namespace
}  // namespace jobsearch
