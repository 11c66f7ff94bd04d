// Tests of common/text_analysis: the terms words become, on both sides.
#include "common/text_analysis.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobsearch {
namespace {

struct WordCase {
  std::string word;
  std::string term;
};

TEST(TextAnalysis, WordsBecomeTheirEnglishStems) {
  const std::vector<WordCase> cases = {
      {"Engineers", "Zengin"}, {"nursing", "Znurs"}, {"Sales", "Zsale"},
      {"apis", "Zapi"},        {"C++", "Zc++"},      {"plus", "Zplus"},
  };
  for (const WordCase& c : cases) EXPECT_EQ(word_term(c.word), c.term) << c.word;
}

TEST(TextAnalysis, WordsOfTheTradeKeepTheirForm) {
  EXPECT_EQ(word_term("iOS"), "Zios");  // Porter2 alone: "io", as in I/O
  EXPECT_EQ(word_term("io"), "Zio");
  EXPECT_EQ(word_term("AWS"), "Zaws");
  EXPECT_EQ(word_term("macOS"), "Zmacos");
}

TEST(TextAnalysis, PluralAcronymsMeetTheirSingular) {
  const std::vector<WordCase> cases = {
      {"LLMs", "Zllm"}, {"llm", "Zllm"},  {"GPUs", "Zgpu"}, {"KPIs", "Zkpi"},
      {"SDKs", "Zsdk"}, {"CNNs", "Zcnn"}, {"CPUs", "Zcpu"},
  };
  for (const WordCase& c : cases) EXPECT_EQ(word_term(c.word), c.term) << c.word;
}

TEST(TextAnalysis, EnglishWordsShapedLikeAcronymsAreLeftAlone) {
  const std::vector<WordCase> cases = {
      {"plus", "Zplus"},     {"thus", "Zthus"},     {"bus", "Zbus"},      {"gas", "Zgas"},
      {"campus", "Zcampus"}, {"status", "Zstatus"}, {"skills", "Zskill"}, {"jobs", "Zjob"},
  };
  for (const WordCase& c : cases) EXPECT_EQ(word_term(c.word), c.term) << c.word;
}

TEST(TextAnalysis, TheFieldPrefixGoesAfterTheStemMark) {
  EXPECT_EQ(word_term("Nurses", "S"), "ZSnurs");
}

}  // namespace
}  // namespace jobsearch
