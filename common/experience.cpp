#include "common/experience.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <vector>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

// A piece of experience text: a number ("3", "1.5", "three"), a word, '+' or
// a dash (also en and em dashes). Other punctuation is dropped.
struct Token {
  enum Kind { kNumber, kWord, kPlus, kDash } kind;
  double number = 0;
  std::string word;
};

constexpr std::string_view kNumberWords[] = {"zero", "one",   "two",   "three", "four", "five",
                                             "six",  "seven", "eight", "nine",  "ten"};

// The number ("3", "1.5") at text[*pos], moving *pos past it. No locale.
double read_decimal(std::string_view text, size_t* pos) {
  double value = 0;
  double scale = 0;  // 0 before the decimal point, then 0.1, 0.01, ...
  for (size_t& i = *pos; i < text.size(); ++i) {
    int digit = text[i] - '0';
    if (is_ascii_digit(text[i]) && scale == 0) {
      value = value * 10 + digit;
    } else if (is_ascii_digit(text[i])) {
      value += digit * scale;
      scale /= 10;
    } else if (text[i] == '.' && scale == 0 && i + 1 < text.size() && is_ascii_digit(text[i + 1])) {
      scale = 0.1;
    } else {
      break;
    }
  }
  return value;
}

std::vector<Token> experience_tokens(std::string_view text) {
  std::vector<Token> tokens;
  size_t i = 0;
  while (i < text.size()) {
    char c = text[i];
    size_t start = i;
    if (is_ascii_digit(c)) {
      tokens.push_back({Token::kNumber, read_decimal(text, &i), {}});
    } else if (is_ascii_alpha(c)) {
      while (i < text.size() && is_ascii_alpha(text[i])) ++i;
      std::string word = to_lower_ascii(text.substr(start, i - start));
      auto number = std::find(std::begin(kNumberWords), std::end(kNumberWords), word);
      if (number != std::end(kNumberWords)) {
        tokens.push_back({Token::kNumber, double(number - std::begin(kNumberWords)), {}});
      } else {
        tokens.push_back({Token::kWord, 0, std::move(word)});
      }
    } else if (c == '+' || c == '-' || text.compare(i, 2, "\xE2\x80") == 0) {
      bool dash =
          c == '-' || text.compare(i, 3, "\u2013") == 0 || text.compare(i, 3, "\u2014") == 0;
      if (c == '+' || dash) tokens.push_back({c == '+' ? Token::kPlus : Token::kDash, 0, {}});
      i += c == '+' || c == '-' ? 1 : 3;
    } else {
      ++i;
    }
  }
  return tokens;
}

// Months in one unit of the word, or 0 if it is no unit of time.
int months_per_unit(const Token& token) {
  constexpr std::string_view kYears[] = {"year", "years", "yr", "yrs", "y"};
  constexpr std::string_view kMonths[] = {"month", "months", "mo", "mos", "mth", "mths"};
  if (token.kind != Token::kWord) return 0;
  if (std::find(std::begin(kYears), std::end(kYears), token.word) != std::end(kYears)) return 12;
  if (std::find(std::begin(kMonths), std::end(kMonths), token.word) != std::end(kMonths)) return 1;
  return 0;
}

bool is_word(const std::vector<Token>& tokens, size_t i, std::string_view word) {
  return i < tokens.size() && tokens[i].kind == Token::kWord && tokens[i].word == word;
}

bool is_number(const std::vector<Token>& tokens, size_t i) {
  return i < tokens.size() && tokens[i].kind == Token::kNumber;
}

// Months stated by "N [+] [- M | to M | or M] [+|plus|or more] unit" at
// tokens[*i], moving *i past it; nullopt if no such phrase starts there.
std::optional<double> duration_at(const std::vector<Token>& tokens, size_t* i) {
  size_t j = *i;
  if (!is_number(tokens, j)) return std::nullopt;
  double value = tokens[j++].number;
  auto skip_fillers = [&] {
    while (j < tokens.size() && (tokens[j].kind == Token::kPlus || is_word(tokens, j, "plus") ||
                                 (is_word(tokens, j, "or") && is_word(tokens, j + 1, "more")) ||
                                 is_word(tokens, j, "more") || is_word(tokens, j, "full"))) {
      ++j;
    }
  };
  skip_fillers();
  bool range = j < tokens.size() && (tokens[j].kind == Token::kDash || is_word(tokens, j, "to") ||
                                     is_word(tokens, j, "or"));
  if (range && is_number(tokens, j + 1)) {
    value = std::min(value, tokens[j + 1].number);
    j += 2;
    skip_fillers();
  }
  if (j < tokens.size() && tokens[j].kind == Token::kDash) ++j;  // "3-year"
  int unit = j < tokens.size() ? months_per_unit(tokens[j]) : 0;
  if (unit == 0) return std::nullopt;
  *i = j + 1;
  return value * unit;
}

}  // namespace

std::optional<int> months_of_experience(std::string_view text) {
  constexpr double kMaxMonths = 600;  // fifty years: larger numbers are not durations
  std::vector<Token> tokens = experience_tokens(text);
  for (size_t i = 0; i < tokens.size(); ++i) {
    size_t next = i;
    std::optional<double> months = duration_at(tokens, &next);
    if (!months || *months > kMaxMonths) continue;
    if (is_word(tokens, next, "and")) ++next;
    size_t after = next;
    std::optional<double> more = duration_at(tokens, &after);  // "1 year 6 months"
    if (more && *more < 12 && *months >= 12) *months += *more;
    return static_cast<int>(std::lround(*months));
  }
  return std::nullopt;
}

}  // namespace jobsearch
