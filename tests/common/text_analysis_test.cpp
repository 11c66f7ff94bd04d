// Tests of common/text_analysis: indexing and querying turn words into the
// same terms, so a query finds what was indexed.
#include "common/text_analysis.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>
#include <vector>

namespace jobsearch {
namespace {

using Terms = std::vector<std::string>;

// The terms and positions `text` is indexed as ("Zhead@1").
Terms indexed(const std::string& text, const std::string& prefix = "") {
  Xapian::TermGenerator generator;
  use_text_analysis(generator);
  Xapian::Document document;
  generator.set_document(document);
  generator.index_text(text, 1, prefix);
  Terms out;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos) {
      out.push_back(*it + "@" + std::to_string(*pos));
    }
  }
  return out;
}

// The terms a query of `text` looks for, in order.
Terms queried(const std::string& text) {
  Xapian::QueryParser parser;
  use_text_analysis(parser);
  Xapian::Query query = parser.parse_query(text, Xapian::QueryParser::FLAG_DEFAULT);
  return {query.get_terms_begin(), query.get_terms_end()};
}

TEST(TextAnalysis, AWordIsOneStemInAnyCase) {
  const std::pair<std::string, std::string> cases[] = {
      {"Engineers", "Zengin"},
      {"engineering", "Zengin"},
      {"ENGINEER", "Zengin"},
      {"nurses", "Znurs"},
      {"Sales", "Zsale"},
      {"running", "Zrun"},
      {"C", "Zc"},
      {"IT", "Zit"},
      {"Café", "Zcafé"},
  };
  for (const auto& [word, term] : cases) EXPECT_EQ(word_term(word), term) << word;
  EXPECT_EQ(word_term("Engineers", "S"), "ZSengin");
  EXPECT_EQ(word_term("Acme", "XC"), "ZXCacm");
}

TEST(TextAnalysis, IndexingStoresStemsWithPositionsAndKeepsStopWords) {
  EXPECT_EQ(indexed("Head of Sales"), (Terms{"Zhead@1", "Zof@2", "Zsale@3"}));
  EXPECT_EQ(indexed("Software Engineers", "S"), (Terms{"ZSengin@2", "ZSsoftwar@1"}));
  EXPECT_EQ(indexed(""), Terms{});
}

TEST(TextAnalysis, QueriesUseTheSameTermsAndDropStopWordsOutsidePhrases) {
  EXPECT_EQ(queried("engineers"), Terms{"Zengin"});
  EXPECT_EQ(queried("the engineers"), Terms{"Zengin"});
  EXPECT_EQ(queried("head of sales"), (Terms{"Zhead", "Zsale"}));
  EXPECT_EQ(queried("\"head of sales\""), (Terms{"Zhead", "Zof", "Zsale"}));
  // Words searchable on purpose, though common: job titles use them.
  EXPECT_EQ(queried("it support"), (Terms{"Zit", "Zsupport"}));
  EXPECT_EQ(queried("will"), Terms{"Zwill"});
}

TEST(TextAnalysis, TheStopListIsShortOnPurpose) {
  const Xapian::Stopper& stopper = text_stopper();
  for (const char* word : {"the", "and", "of", "a", "with", "your"}) {
    EXPECT_TRUE(stopper(word)) << word;
  }
  for (const char* word : {"it", "us", "will", "it's", "head", "c", "The"}) {
    EXPECT_FALSE(stopper(word)) << word;
  }
}

struct WordCase {
  std::string word;
  std::string term;
};

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

// A generator's stemmer remembers stems, and forgets them when there are
// too many: the terms stay the same before, between and after.
TEST(TextAnalysis, AGeneratorsTermsAreTheSameAfterManyOtherWords) {
  Xapian::TermGenerator generator;
  use_text_analysis(generator);
  std::string many;
  for (int i = 0; i < 20000; ++i) many += "word" + std::to_string(i) + "ings ";
  for (int round = 0; round < 3; ++round) {
    Xapian::Document document;
    generator.set_document(document);
    generator.index_text("Engineering AWS LLMs nurses");
    generator.index_text(many);
    Terms found;
    for (const char* term : {"Zengin", "Zaws", "Zllm", "Znurs", "Zword0", "Zword19999"}) {
      auto it = document.termlist_begin();
      it.skip_to(term);
      if (it != document.termlist_end() && *it == term) found.push_back(term);
    }
    EXPECT_EQ(found, (Terms{"Zengin", "Zaws", "Zllm", "Znurs", "Zword0", "Zword19999"}));
  }
}

}  // namespace
}  // namespace jobsearch
