// ascii_text.h: ASCII character classes and the folds of case and space
// that every normaliser compares text by.
//
// Bytes of 0x80 and above (UTF-8 sequences) are never letters, digits,
// spaces or punctuation here, so multi-byte characters pass through intact.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// The ASCII character classes, without <cctype>'s locale and its undefined
// behaviour for negative chars.
constexpr bool is_ascii_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
constexpr bool is_ascii_digit(char c) { return c >= '0' && c <= '9'; }
constexpr bool is_ascii_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
constexpr bool is_ascii_alnum(char c) { return is_ascii_digit(c) || is_ascii_alpha(c); }
// Printable ASCII other than letters and digits: "-", ",", "'", ...
constexpr bool is_ascii_punct(char c) { return c > ' ' && c < 0x7F && !is_ascii_alnum(c); }

// Collapses runs of ASCII whitespace into one space and trims.
std::string fold_whitespace(std::string_view text);

// `text` without the ASCII whitespace at its ends; inner spaces unchanged.
std::string trim_ascii_space(std::string_view text);

// ASCII lower case; other bytes unchanged.
std::string to_lower_ascii(std::string_view text);

// The words of `text` for comparing whole titles: lower case (ASCII), each
// run of characters other than letters and digits (and non-ASCII bytes)
// made one space, trimmed. "Data Scientist - NLP" -> "data scientist nlp".
std::string word_key(std::string_view text);

// Whether `a` and `b` are the same text but for the case of ASCII letters.
bool equals_ignoring_ascii_case(std::string_view a, std::string_view b);

}  // namespace jobsearch
