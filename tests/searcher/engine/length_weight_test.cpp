// Tests of searcher/engine/length_weight on a real database: BM25 with
// lengths from the column scores every match as Xapian's BM25Weight does,
// to the last bit, over the query shapes the engine builds.
#include "searcher/engine/length_weight.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>
#include <string>
#include <utility>
#include <vector>

#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

using Query = Xapian::Query;

// 400 documents of 5 to 400 words drawn unevenly from 12 (so that wdf,
// length and term frequency all vary), with positions; every seventh
// deleted, leaving gaps in the ids.
std::string database(const test::TempDir& dir) {
  const std::vector<std::string> words = {"engineer", "software", "senior",  "data",
                                          "nurse",    "sales",    "manager", "remote",
                                          "python",   "health",   "lead",    "care"};
  std::mt19937 random(7);
  std::discrete_distribution<std::size_t> pick({30, 20, 12, 10, 8, 6, 5, 4, 3, 1, 1, 1});
  std::uniform_int_distribution<int> length(5, 400);
  const std::string path = dir.file("db");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  Xapian::TermGenerator generator;
  for (int d = 0; d < 400; ++d) {
    std::string text;
    for (int w = length(random); w > 0; --w) text += words[pick(random)] + " ";
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text(text);
    db.add_document(document);
  }
  for (Xapian::docid docid = 7; docid <= 400; docid += 7) db.delete_document(docid);
  db.commit();
  return path;
}

using Ranking = std::vector<std::pair<Xapian::docid, double>>;

Ranking ranked(Xapian::Enquire& enquire) {
  Ranking out;
  const Xapian::MSet mset = enquire.get_mset(0, 1000);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

// The top of the page: the matcher skips postings too light for it.
Ranking top(Xapian::Enquire& enquire) {
  Ranking out;
  const Xapian::MSet mset = enquire.get_mset(0, 10);
  for (auto it = mset.begin(); it != mset.end(); ++it) out.emplace_back(*it, it.get_weight());
  return out;
}

TEST(LengthWeightTest, ScoresAsXapiansBM25ToTheLastBit) {
  test::TempDir dir;
  const Xapian::Database db(database(dir));
  const LengthColumn lengths(db);
  const std::vector<std::pair<std::string, Query>> shapes = {
      {"term", Query("engineer")},
      {"rare term", Query("care")},
      {"and", Query(Query::OP_AND, Query("software"), Query("engineer"))},
      {"or", Query(Query::OP_OR, Query("nurse"), Query("health"))},
      {"and_maybe", Query(Query::OP_AND_MAYBE, Query("engineer"),
                          Query(Query::OP_SCALE_WEIGHT, Query("senior"), 2.5))},
      {"synonym", Query(Query::OP_SYNONYM, Query("nurse"), Query("care"))},
      {"and_not", Query(Query::OP_AND_NOT, Query("data"), Query("python"))},
      {"max", Query(Query::OP_MAX, Query("lead"), Query("manager"))},
      {"the engine's title boost",
       Query(Query::OP_AND_MAYBE, Query(Query::OP_AND, Query("senior"), Query("data")),
             Query(Query::OP_OR, Query(Query::OP_AND, Query("sales"), Query("manager")),
                   Query(Query::OP_SCALE_WEIGHT, Query("remote"), 0.5)))},
  };
  for (const auto& [name, shape] : shapes) {
    Xapian::Enquire xapians(db);
    xapians.set_query(shape);
    const std::optional<LengthWeighing> weighing = weighed_by_lengths(shape, lengths);
    ASSERT_TRUE(weighing) << name;
    Xapian::Enquire columns(db);
    columns.set_query(weighing->query);
    columns.set_weighting_scheme(*weighing->weight);
    const Ranking expected = ranked(xapians);
    ASSERT_FALSE(expected.empty()) << name;
    EXPECT_EQ(ranked(columns), expected) << name;
    EXPECT_EQ(top(columns), top(xapians)) << name;
  }
}

// The query builder's phrase (`0 * first word FILTER phrase` AND_MAYBE
// the words): alone, it matches and scores as the phrase does; on the
// optional side of a title boost, the same postings, and lengths from the
// column score it exactly as Xapian's BM25 does, nothing being weighed
// ahead. (There Xapian's own phrase scored one of the postings
// otherwise, its weight taken ahead of the match.)
TEST(LengthWeightTest, APhraseWeighedAsItsWordsScoresAsThePhrase) {
  test::TempDir dir;
  const Xapian::Database db(database(dir));
  const LengthColumn lengths(db);
  auto ids = [](const Ranking& ranking) {
    std::vector<Xapian::docid> out;
    for (const auto& hit : ranking) out.push_back(hit.first);
    std::sort(out.begin(), out.end());
    return out;
  };
  for (Query::op op : {Query::OP_PHRASE, Query::OP_NEAR}) {
    const Query phrase(op, Query("software"), Query("engineer"));
    const Query as_words(
        Query::OP_AND_MAYBE,
        Query(Query::OP_FILTER, Query(Query::OP_SCALE_WEIGHT, Query("software"), 0.0), phrase),
        Query(Query::OP_AND, Query("software"), Query("engineer")));
    auto boost = [](const Query& title) {  // as for a synonym such as "swe"
      return Query(Query::OP_AND_MAYBE, Query("engineer"),
                   Query(Query::OP_SCALE_WEIGHT, Query(Query::OP_OR, Query("lead"), title), 1.0));
    };
    for (bool boosted : {false, true}) {
      const Query plain = boosted ? boost(phrase) : phrase;
      const Query rewritten = boosted ? boost(as_words) : as_words;
      Xapian::Enquire xapians_plain(db), xapians(db), columns(db);
      xapians_plain.set_query(plain);
      xapians.set_query(rewritten);
      const std::optional<LengthWeighing> weighing = weighed_by_lengths(rewritten, lengths);
      ASSERT_TRUE(weighing) << rewritten.get_description();
      columns.set_query(weighing->query);
      columns.set_weighting_scheme(*weighing->weight);
      const Ranking expected = ranked(xapians);
      ASSERT_FALSE(expected.empty());
      if (boosted) {
        EXPECT_EQ(ids(expected), ids(ranked(xapians_plain))) << plain.get_description();
      } else {
        EXPECT_EQ(expected, ranked(xapians_plain)) << plain.get_description();
      }
      EXPECT_EQ(ranked(columns), expected) << rewritten.get_description();
      EXPECT_EQ(top(columns), top(xapians)) << rewritten.get_description();
    }
  }
}

// Xapian weighs a phrase or NEAR ahead of the match, from the lengths it
// reads there: such a query is left to Xapian's BM25.
TEST(LengthWeightTest, LeavesPhrasesAndNearToXapian) {
  test::TempDir dir;
  const Xapian::Database db(database(dir));
  const LengthColumn lengths(db);
  const Query phrase(Query::OP_PHRASE, Query("software"), Query("engineer"));
  EXPECT_FALSE(weighed_by_lengths(phrase, lengths));
  EXPECT_FALSE(
      weighed_by_lengths(Query(Query::OP_AND_MAYBE, Query("engineer"),
                               Query(Query::OP_OR, Query("senior"),
                                     Query(Query::OP_NEAR, Query("data"), Query("python")))),
                         lengths));
  EXPECT_FALSE(weighed_by_lengths(Query(Query::OP_OR, Query("sales"), phrase), lengths));
}

TEST(LengthWeightTest, TheColumnHoldsXapiansLengthsWithGaps) {
  test::TempDir dir;
  const Xapian::Database db(database(dir));
  const LengthColumn lengths(db);
  for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) {
    const Xapian::termcount expected = docid % 7 == 0 ? 0 : db.get_doclength(docid);
    EXPECT_EQ(lengths.at(docid), expected) << "document " << docid;
  }
  EXPECT_EQ(lengths.at(db.get_lastdocid() + 1), 0u);
}

}  // namespace
}  // namespace jobsearch
