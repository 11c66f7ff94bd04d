// Tests of common/ascii_text: the folds of case and space.
#include "common/ascii_text.h"

#include <gtest/gtest.h>

#include "tests/common/text_cases.h"

namespace jobsearch {
namespace {

TEST(WordKey, LowerCaseWordsSeparatedBySingleSpaces) {
  expect_all(word_key, {{"Data Scientist - NLP", "data scientist nlp"},
                        {"  Sr. Software Engineer (Remote) ", "sr software engineer remote"},
                        {"C++/Go", "c go"},
                        {"Zürich", "zürich"},
                        {"--", ""}});
}

TEST(FoldWhitespace, RunsBecomeOneSpaceAndEndsAreTrimmed) {
  expect_all(fold_whitespace, {{"  a \t\n b  ", "a b"}, {"", ""}, {" \r\n ", ""}, {"ab", "ab"}});
}

TEST(ToLowerAscii, OnlyAsciiLettersChange) {
  expect_all(to_lower_ascii, {{"MiXeD 123", "mixed 123"}, {"ÄÖ", "ÄÖ"}, {"", ""}});
}

}  // namespace
}  // namespace jobsearch
