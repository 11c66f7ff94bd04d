// Tests of common/utf8: the well-formedness rule the cleaner and the server share.
#include "common/utf8.h"

#include <gtest/gtest.h>

#include <string>

namespace jobsearch {
namespace {

TEST(Utf8, AcceptsAsciiAndEveryLengthOfSequence) {
  EXPECT_TRUE(is_valid_utf8(""));
  EXPECT_TRUE(is_valid_utf8("plain ascii"));
  EXPECT_TRUE(is_valid_utf8("Z\xC3\xBCrich \xE2\x82\xAC \xF0\x9F\x98\x80"));  // Zürich € 😀
}

TEST(Utf8, RefusesOverlongSurrogatesAndPastU10FFFF) {
  EXPECT_FALSE(is_valid_utf8("\xC0\xAF"));          // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xE0\x80\xAF"));      // overlong '/'
  EXPECT_FALSE(is_valid_utf8("\xED\xA0\x80"));      // U+D800, a surrogate
  EXPECT_FALSE(is_valid_utf8("\xF4\x90\x80\x80"));  // U+110000
  EXPECT_FALSE(is_valid_utf8("\xFF"));
}

TEST(Utf8, RefusesASequenceCutShort) {
  EXPECT_FALSE(is_valid_utf8("caf\xC3"));
  EXPECT_FALSE(is_valid_utf8("\xE2\x82"));
}

TEST(Utf8, SequenceGivesTheLengthOrTheInvalidStart) {
  std::string text = "a\xC3\xA9\xE2\x82X";
  EXPECT_EQ(utf8_sequence(text, 0), 1);
  EXPECT_EQ(utf8_sequence(text, 1), 2);
  EXPECT_EQ(utf8_sequence(text, 3), -2);  // E2 82 then 'X': two bytes give one U+FFFD
}

}  // namespace
}  // namespace jobsearch
