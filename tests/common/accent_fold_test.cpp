#include "common/accent_fold.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

TEST(AccentFold, DropsTheMarksOfLatinLetters) {
  EXPECT_EQ(fold_accents("Pune, Mahārāshtra"), "Pune, Maharashtra");
  EXPECT_EQ(fold_accents("Zürich"), "Zurich");
  EXPECT_EQ(fold_accents("São Paulo"), "Sao Paulo");
  EXPECT_EQ(fold_accents("Montréal, Québec"), "Montreal, Quebec");
  EXPECT_EQ(fold_accents("Kraków"), "Krakow");
}

TEST(AccentFold, SpellsLettersWithoutADecompositionInAscii) {
  EXPECT_EQ(fold_accents("Łódź"), "Lodz");
  EXPECT_EQ(fold_accents("København"), "Kobenhavn");
  EXPECT_EQ(fold_accents("Straße"), "Strasse");
}

TEST(AccentFold, KeepsCaseAsciiAndOtherScripts) {
  EXPECT_EQ(fold_accents("Austin, TX"), "Austin, TX");
  EXPECT_EQ(fold_accents("東京"), "東京");
  EXPECT_EQ(fold_accents("Москва"), "Москва");
  EXPECT_EQ(fold_accents(""), "");
}

}  // namespace
}  // namespace jobsearch
