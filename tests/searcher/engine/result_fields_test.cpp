#include "searcher/engine/result_fields.h"

#include <gtest/gtest.h>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

TEST(ResultFieldsTest, EveryFieldByDefault) {
  ResultFields all;
  for (const std::string& name : ResultFields::names()) EXPECT_TRUE(all.has(name)) << name;
  EXPECT_TRUE(all.needs_posting());
  EXPECT_TRUE(ResultFields::parse({}).has("description"));
  EXPECT_TRUE(ResultFields::parse({"", " , "}).has("description"));  // an empty box
}

TEST(ResultFieldsTest, TheFieldsAskedAndRankScoreIdAlways) {
  ResultFields asked = ResultFields::parse({"title, snippet", "company"});
  for (const char* name : {"rank", "score", "id", "title", "snippet", "company"})
    EXPECT_TRUE(asked.has(name)) << name;
  for (const char* name : {"description", "title_html", "similar_count", "distance_km"})
    EXPECT_FALSE(asked.has(name)) << name;
  EXPECT_TRUE(asked.needs_posting());
}

TEST(ResultFieldsTest, ThePostingIsNeededForItsFieldsSnippetsAndDistance) {
  EXPECT_FALSE(ResultFields::parse({"id"}).needs_posting());
  EXPECT_FALSE(ResultFields::parse({"rank,score,similar_count"}).needs_posting());
  EXPECT_TRUE(ResultFields::parse({"similar_count,title_html"}).needs_posting());
  EXPECT_TRUE(ResultFields::parse({"distance_km"}).needs_posting());
  EXPECT_TRUE(ResultFields::parse({"salary"}).needs_posting());
}

TEST(ResultFieldsTest, AnUnknownFieldIsNamed) {
  try {
    ResultFields::parse({"title,,Title"});
    FAIL() << "no error";
  } catch (const SearchError& error) {
    EXPECT_EQ(std::string(error.what())
                  .rfind("fields: unknown field \"Title\" (known: rank, score, "
                         "title_html, snippet, similar_count, distance_km, id,",
                         0),
              0u)
        << error.what();
  }
}

TEST(ResultFieldsTest, NamesAreAFullHitsKeys) {
  const std::vector<std::string>& names = ResultFields::names();
  EXPECT_EQ(names.size(), 30u);
  EXPECT_EQ(names.front(), "rank");
  EXPECT_EQ(names.back(), "description");
}

}  // namespace
}  // namespace jobsearch
