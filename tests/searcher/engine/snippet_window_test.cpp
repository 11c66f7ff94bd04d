// Tests of searcher/snippet_window.
#include "searcher/engine/snippet_window.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

std::string cut(const std::string& text, const TextWindow& window) {
  return text.substr(window.begin, window.end - window.begin);
}

TEST(QueryStemsTest, KeepsUnprefixedStemsAndWordsOnly) {
  Xapian::Query query(
      Xapian::Query::OP_AND_MAYBE,
      Xapian::Query(Xapian::Query::OP_AND, Xapian::Query("Zengin"), Xapian::Query("r&d")),
      Xapian::Query(Xapian::Query::OP_OR, Xapian::Query("ZSengin"), Xapian::Query("XETFULL_TIME")));
  EXPECT_EQ(query_stems(query), (std::vector<std::string>{"engin", "r&d"}));
}

TEST(SnippetWindowTest, ChoosesTheStretchWhereMostStemsMeet) {
  const std::string filler(300, 'x');
  const std::string text = "Nurses wanted. " + filler + " Our registered nurse team on the night " +
                           "shift. " + filler + " The end.";
  std::optional<TextWindow> window = snippet_window(text, {"regist", "nurs", "shift"}, 100);
  ASSERT_TRUE(window.has_value());
  std::string stretch = cut(text, *window);
  EXPECT_NE(stretch.find("registered nurse team on the night shift."), std::string::npos)
      << stretch;
  EXPECT_EQ(stretch.find("Nurses wanted"), std::string::npos) << stretch;
  EXPECT_EQ(stretch.find("The end"), std::string::npos) << stretch;
}

TEST(SnippetWindowTest, MatchesWordBeginningsOnlyAndPorterYEndings) {
  EXPECT_FALSE(snippet_window("We reengineer things.", {"engin"}, 100).has_value());
  std::optional<TextWindow> window = snippet_window("A growing company.", {"compani"}, 100);
  ASSERT_TRUE(window.has_value());
  EXPECT_EQ(window->begin, 0u);
  EXPECT_EQ(window->end, 18u);
}

TEST(SnippetWindowTest, CutsAtSpacesOrTheEnds) {
  const std::string text = std::string(200, 'a') + " b " + std::string(100, 'c') + " engineer " +
                           std::string(400, 'd') + " e";
  std::optional<TextWindow> window = snippet_window(text, {"engin"}, 50);
  ASSERT_TRUE(window.has_value());
  EXPECT_EQ(text.substr(window->begin, 2), "cc");
  EXPECT_EQ(text[window->begin - 1], ' ');
  EXPECT_EQ(window->end, text.size() - 2);  // the space before "e"
}

TEST(SnippetWindowTest, AVeryCommonStemDoesNotCrowdOutTheOthers) {
  std::string text;
  for (int i = 0; i < 600; ++i) text += "nurse ";
  text += "python developer";
  std::optional<TextWindow> window = snippet_window(text, {"develop", "nurs", "python"}, 100);
  ASSERT_TRUE(window.has_value());
  EXPECT_NE(cut(text, *window).find("python developer"), std::string::npos);
}

TEST(SnippetWindowTest, NoStemOccurringGivesNothing) {
  EXPECT_FALSE(snippet_window("Night shifts in the emergency room.", {"python"}, 100).has_value());
  EXPECT_FALSE(snippet_window("", {"python"}, 100).has_value());
}

}  // namespace
}  // namespace jobsearch
