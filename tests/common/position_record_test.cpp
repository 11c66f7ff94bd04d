#include "common/position_record.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <random>

namespace jobsearch {
namespace {

// A document of `words` at positions 1, 2, ... ("" leaves a gap).
Xapian::Document words_at(const std::vector<std::string>& words) {
  Xapian::Document document;
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (!words[i].empty()) document.add_posting(words[i], static_cast<Xapian::termpos>(i + 1));
  }
  return document;
}

// Whether `terms` hold in the record of `text`, the positions of words
// sharing a code read from `text` itself, as from Xapian's.
bool holds(const std::vector<std::string>& text, const std::vector<std::string>& terms,
           unsigned window, bool ordered) {
  const Xapian::Document document = words_at(text);
  const WordRecord record = position_record(document);
  auto xapian_positions = [&](const std::string& term) {
    std::vector<Xapian::termpos> out;
    const bool kept = std::count(record.shared.begin(), record.shared.end(), term) > 0;
    for (auto it = document.termlist_begin(); kept && it != document.termlist_end(); ++it) {
      if (*it == term) out.assign(it.positionlist_begin(), it.positionlist_end());
    }
    return out;
  };
  return positions_hold(terms, PositionRecord(record.bytes).positions_of(terms, xapian_positions),
                        window, ordered);
}

TEST(PositionRecordTest, APhraseIsItsWordsSideBySideInOrder) {
  const std::vector<std::string> text = {"Zhead", "Zof", "Zsale", "", "Zsale", "Zhead"};
  EXPECT_TRUE(holds(text, {"Zhead", "Zof", "Zsale"}, 3, true));
  EXPECT_FALSE(holds(text, {"Zof", "Zhead"}, 2, true));
  EXPECT_FALSE(holds(text, {"Zhead", "Zsale"}, 2, true));  // "of" between
  EXPECT_TRUE(holds(text, {"Zhead", "Zsale"}, 3, true));   // within a window of 3
  EXPECT_FALSE(holds(text, {"Zsale", "Zsale"}, 2, true));  // a gap between them
  EXPECT_TRUE(holds(text, {"Zsale", "Zhead"}, 2, true));   // the last two
  EXPECT_FALSE(holds(text, {"Zsale", "Zhead", "Zof"}, 3, true));
}

TEST(PositionRecordTest, NearIsItsWordsWithinTheWindowInAnyOrder) {
  const std::vector<std::string> text = {"Znurse", "Za", "Zb", "Zpatient", "Zc", "Zc", "Znurse"};
  EXPECT_TRUE(holds(text, {"Zpatient", "Znurse"}, 4, false));
  EXPECT_FALSE(holds(text, {"Zpatient", "Znurse"}, 3, false));
  EXPECT_TRUE(holds(text, {"Zc", "Zc"}, 2, false));  // a word twice needs two places
  EXPECT_FALSE(holds(text, {"Za", "Za"}, 7, false));
}

// Fields lie 100 positions apart; the record keeps the distance exactly.
TEST(PositionRecordTest, PositionsPastAGapAreKeptExactly) {
  std::vector<std::string> text = {"Zregist", "Znurs"};
  text.resize(102);
  text.insert(text.end(), {"Zmerci", "Zhealth"});
  text.resize(70200);
  text.push_back("Zward");
  EXPECT_TRUE(holds(text, {"Zmerci", "Zhealth"}, 2, true));
  EXPECT_FALSE(holds(text, {"Znurs", "Zmerci"}, 10, false));
  EXPECT_TRUE(holds(text, {"Znurs", "Zmerci"}, 102, false));
  EXPECT_FALSE(holds(text, {"Znurs", "Zmerci"}, 101, false));
  EXPECT_TRUE(holds(text, {"Zhealth", "Zward"}, 70200 - 103 + 1, true));
  EXPECT_FALSE(holds(text, {"Zhealth", "Zward"}, 70200 - 103, true));
  EXPECT_LT(position_record(words_at(text)).bytes.size(), 40u);
}

// The quick check of exact phrases answers as the general one, on random
// texts of few words (so phrases often hold) with gaps between fields.
TEST(PositionRecordTest, TheQuickCheckOfAnExactPhraseAnswersAsTheGeneralOne) {
  std::mt19937 random(7);
  for (int round = 0; round < 300; ++round) {
    std::vector<std::string> text;
    for (int i = 0; i < 60; ++i) {
      const unsigned pick = random() % 8;
      text.push_back(pick == 0 ? std::string() : "Zw" + std::to_string(pick));
    }
    text.push_back("Zw1");  // every word held, as the postings checked are
    for (int w = 2; w < 8; ++w) text.push_back("Zw" + std::to_string(w));
    const WordRecord record = position_record(words_at(text));
    const PositionRecord read(record.bytes);
    std::vector<std::string> phrase;
    for (unsigned n = 1 + random() % 3; phrase.size() < n;)
      phrase.push_back("Zw" + std::to_string(1 + random() % 7));
    std::vector<std::uint16_t> codes;
    for (const std::string& term : phrase) codes.push_back(position_code(term, read.salt()));
    const std::optional<bool> quick = read.side_by_side(codes);
    ASSERT_TRUE(quick.has_value());
    EXPECT_EQ(*quick, holds(text, phrase, static_cast<unsigned>(phrase.size()), true)) << round;
  }
}

// A run of positions without words is stored as 0 and its length: a
// length equal to a word's code is not that word.
TEST(PositionRecordTest, ARunsLengthIsNoWord) {
  const std::uint16_t length = position_code("Zb", 0);
  std::vector<std::string> text = {"Za"};
  text.resize(1 + length);
  text.push_back("Zc");
  text.push_back("Zb");
  const WordRecord record = position_record(words_at(text));
  const PositionRecord read(record.bytes);
  ASSERT_EQ(read.salt(), 0u);
  EXPECT_EQ(read.side_by_side({position_code("Zb", 0), position_code("Zc", 0)}), false);
  EXPECT_EQ(read.side_by_side({position_code("Zc", 0), position_code("Zb", 0)}), true);
}

TEST(PositionRecordTest, AWordMissingFromTheRecordHoldsNoPhrase) {
  EXPECT_FALSE(holds({"Za", "Zb"}, {"Za", "Zc"}, 2, true));
  EXPECT_FALSE(positions_hold({}, {}, 2, true));
  EXPECT_EQ(position_record(Xapian::Document()).bytes, "");
}

// Among 3,000 distinct words many pairs share a 16-bit code whatever the
// salt: those words are listed, and their positions read from Xapian.
TEST(PositionRecordTest, WordsSharingACodeAreReadFromXapiansPositions) {
  std::vector<std::string> text;
  for (int i = 0; i < 3000; ++i) text.push_back("Zw" + std::to_string(i));
  const WordRecord record = position_record(words_at(text));
  EXPECT_GT(record.shared.size(), 10u);
  EXPECT_LT(record.shared.size(), 300u);
  for (std::size_t i = 0; i + 1 < text.size(); i += 7) {
    EXPECT_TRUE(holds(text, {text[i], text[i + 1]}, 2, true)) << text[i];
    EXPECT_FALSE(holds(text, {text[i + 1], text[i]}, 2, true)) << text[i];
  }
  for (const std::string& shared : record.shared) {
    const auto at = static_cast<std::size_t>(std::stoi(shared.substr(2)));
    if (at + 1 < text.size()) {
      EXPECT_TRUE(holds(text, {shared, text[at + 1]}, 2, true)) << shared;
    }
    if (at > 0) {
      EXPECT_FALSE(holds(text, {shared, text[at - 1]}, 2, true)) << shared;
    }
  }
}

// A posting of the usual size: one salt or a few leave no code shared.
TEST(PositionRecordTest, APostingOfTheUsualSizeSharesNoCode) {
  std::vector<std::string> text;
  for (int i = 0; i < 150; ++i) text.push_back("Zword" + std::to_string(i));
  EXPECT_TRUE(position_record(words_at(text)).shared.empty());
}

}  // namespace
}  // namespace jobsearch
