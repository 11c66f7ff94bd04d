#include "common/normalize.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <vector>

#include "common/civil_date.h"
#include "common/country_codes.h"

namespace jobsearch {
namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alnum(char c) { return is_digit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_ascii_punct(char c) { return c > ' ' && c < 0x7F && !is_alnum(c); }

// Words of `text`: runs of ASCII letters and digits (and any non-ASCII
// bytes), in lower case unless `keep_case`. Apostrophes and dots inside a
// word are dropped, so "Bachelor's" is "bachelors" and "B.Sc." is "bsc".
std::vector<std::string> words(std::string_view text, bool keep_case = false) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    bool joiner = (c == '\'' || c == '.') && !word.empty();
    if (is_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      bool upper = c >= 'A' && c <= 'Z';
      word.push_back(upper && !keep_case ? static_cast<char>(c + ('a' - 'A')) : c);
    } else if (!joiner && !word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

template <size_t N>
std::string_view lookup(const std::pair<std::string_view, std::string_view> (&table)[N],
                        std::string_view key) {
  for (const auto& [name, value] : table) {
    if (name == key) return value;
  }
  return {};
}

// Looks up each word and each pair of adjacent words run together ("full
// time" -> "fulltime"), in order; the first hit wins.
template <size_t N>
std::string first_match(const std::pair<std::string_view, std::string_view> (&table)[N],
                        const std::vector<std::string>& list) {
  for (size_t i = 0; i < list.size(); ++i) {
    if (i + 1 < list.size()) {
      auto value = lookup(table, list[i] + list[i + 1]);
      if (!value.empty()) return std::string(value);
    }
    if (auto value = lookup(table, list[i]); !value.empty()) return std::string(value);
  }
  return "";
}

constexpr std::pair<std::string_view, std::string_view> kEmploymentTypes[] = {
    {"fulltime", "FULL_TIME"},    {"full", "FULL_TIME"},         {"permanent", "FULL_TIME"},
    {"parttime", "PART_TIME"},    {"part", "PART_TIME"},         {"contractor", "CONTRACTOR"},
    {"contract", "CONTRACTOR"},   {"contractors", "CONTRACTOR"}, {"freelance", "CONTRACTOR"},
    {"freelancer", "CONTRACTOR"}, {"temporary", "TEMPORARY"},    {"temp", "TEMPORARY"},
    {"seasonal", "TEMPORARY"},    {"intern", "INTERN"},          {"internship", "INTERN"},
    {"perdiem", "PER_DIEM"},      {"volunteer", "VOLUNTEER"},    {"volunteering", "VOLUNTEER"},
    {"other", "OTHER"},
};

constexpr std::pair<std::string_view, std::string_view> kSalaryUnits[] = {
    {"hour", "HOUR"},     {"hours", "HOUR"},   {"hourly", "HOUR"},   {"hr", "HOUR"},
    {"hrs", "HOUR"},      {"day", "DAY"},      {"days", "DAY"},      {"daily", "DAY"},
    {"week", "WEEK"},     {"weeks", "WEEK"},   {"weekly", "WEEK"},   {"wk", "WEEK"},
    {"month", "MONTH"},   {"months", "MONTH"}, {"monthly", "MONTH"}, {"mo", "MONTH"},
    {"year", "YEAR"},     {"years", "YEAR"},   {"yearly", "YEAR"},   {"annual", "YEAR"},
    {"annually", "YEAR"}, {"annum", "YEAR"},   {"yr", "YEAR"},       {"pa", "YEAR"},
};

// Education words, lowest level first; a text naming several levels ("BS or
// MS") gets the lowest, as that is what the posting requires.
enum Level { kHighSchool, kAssociate, kBachelor, kPostgraduate, kCertificate, kLevels };
constexpr std::string_view kLevelNames[kLevels] = {"high school", "associate degree",
                                                   "bachelor degree", "postgraduate degree",
                                                   "professional certificate"};

constexpr std::pair<std::string_view, Level> kEducationWords[] = {
    {"highschool", kHighSchool},
    {"ged", kHighSchool},
    {"diploma", kHighSchool},
    {"associate", kAssociate},
    {"associates", kAssociate},
    {"2year", kAssociate},
    {"twoyear", kAssociate},
    {"bachelor", kBachelor},
    {"bachelors", kBachelor},
    {"undergraduate", kBachelor},
    {"bsc", kBachelor},
    {"beng", kBachelor},
    {"btech", kBachelor},
    {"4year", kBachelor},
    {"fouryear", kBachelor},
    {"baccalaureate", kBachelor},
    {"college", kBachelor},
    {"master", kPostgraduate},
    {"masters", kPostgraduate},
    {"msc", kPostgraduate},
    {"mba", kPostgraduate},
    {"meng", kPostgraduate},
    {"mtech", kPostgraduate},
    {"phd", kPostgraduate},
    {"doctorate", kPostgraduate},
    {"doctoral", kPostgraduate},
    {"doctor", kPostgraduate},
    {"pharmd", kPostgraduate},
    {"dnp", kPostgraduate},
    {"postgraduate", kPostgraduate},
    {"graduatedegree", kPostgraduate},
    {"certificate", kCertificate},
    {"certification", kCertificate},
    {"certifications", kCertificate},
    {"license", kCertificate},
    {"licence", kCertificate},
    {"licensed", kCertificate},
};

// Degree abbreviations that are also words ("ms", "ba") count only in upper
// case. AS, BE, ME and MD are left out: all-capital text says "AS WELL AS",
// "MUST BE" and "CONTACT ME", and MD is Maryland.
constexpr std::pair<std::string_view, Level> kEducationAbbreviations[] = {
    {"HS", kHighSchool}, {"AA", kAssociate},    {"AAS", kAssociate},   {"BS", kBachelor},
    {"BA", kBachelor},   {"MS", kPostgraduate}, {"MA", kPostgraduate}, {"JD", kPostgraduate},
};

std::optional<Level> education_level(const std::string& word, const std::string& next,
                                     const std::string& original) {
  for (const auto& [key, level] : kEducationWords) {
    if (key == word || key == word + next) return level;
  }
  for (const auto& [key, level] : kEducationAbbreviations) {
    if (key == original) return level;
  }
  return std::nullopt;
}

std::string trimmed(std::string_view text) {
  size_t begin = 0;
  size_t end = text.size();
  while (begin < end && is_space(text[begin])) ++begin;
  while (end > begin && is_space(text[end - 1])) --end;
  return std::string(text.substr(begin, end - begin));
}

// Reads `count` digits at text[*pos]; false if they are not all digits.
bool read_digits(std::string_view text, size_t* pos, size_t count, int* value) {
  if (text.size() - *pos < count) return false;
  *value = 0;
  for (size_t i = 0; i < count; ++i) {
    char c = text[*pos + i];
    if (!is_digit(c)) return false;
    *value = *value * 10 + (c - '0');
  }
  *pos += count;
  return true;
}

std::string format_date(const CivilDate& date) {
  char buffer[32];
  std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", date.year, date.month, date.day);
  return buffer;
}

}  // namespace

std::string normalize_employment_type(std::string_view text) {
  return first_match(kEmploymentTypes, words(text));
}

std::string normalize_education(std::string_view text) {
  std::vector<std::string> lower = words(text);
  std::vector<std::string> original = words(text, true);
  std::optional<Level> best;
  for (size_t i = 0; i < lower.size(); ++i) {
    std::string next = i + 1 < lower.size() ? lower[i + 1] : "";
    std::optional<Level> level = education_level(lower[i], next, original[i]);
    if (level && (!best || *level < *best)) best = level;
  }
  return best ? std::string(kLevelNames[*best]) : "";
}

std::string normalize_salary_unit(std::string_view text) {
  return first_match(kSalaryUnits, words(text));
}

std::optional<double> units_per_year(std::string_view unit) {
  constexpr std::pair<std::string_view, double> kPerYear[] = {
      {"HOUR", 2080}, {"DAY", 260}, {"WEEK", 52}, {"MONTH", 12}, {"YEAR", 1}};
  for (const auto& [name, count] : kPerYear) {
    if (name == unit) return count;
  }
  return std::nullopt;
}

std::optional<std::string> normalize_date(std::string_view text) {
  std::string trimmed_text = trimmed(text);
  std::string_view view = trimmed_text;
  size_t pos = 0;
  CivilDate date;
  if (!read_digits(view, &pos, 4, &date.year)) return std::nullopt;
  char separator = pos < view.size() && (view[pos] == '-' || view[pos] == '/') ? view[pos] : 0;
  if (separator) ++pos;
  if (!read_digits(view, &pos, 2, &date.month)) return std::nullopt;
  if (separator && (pos >= view.size() || view[pos++] != separator)) return std::nullopt;
  if (!read_digits(view, &pos, 2, &date.day)) return std::nullopt;
  bool time_follows =
      pos < view.size() && (view[pos] == 'T' || view[pos] == 't' || view[pos] == ' ');
  if (pos != view.size() && !time_follows) return std::nullopt;
  if (!is_valid_civil_date(date)) return std::nullopt;
  return format_date(date);
}

std::optional<std::int64_t> days_since_epoch(std::string_view iso_date) {
  if (iso_date.size() != 10 || iso_date[4] != '-' || iso_date[7] != '-') return std::nullopt;
  size_t year_at = 0, month_at = 5, day_at = 8;
  CivilDate date;
  bool digits = read_digits(iso_date, &year_at, 4, &date.year) &&
                read_digits(iso_date, &month_at, 2, &date.month) &&
                read_digits(iso_date, &day_at, 2, &date.day);
  if (!digits || !is_valid_civil_date(date)) return std::nullopt;
  return days_from_civil(date);
}

std::string date_from_days(std::int64_t days) {
  // Clamped to the years 0000-9999, which are all "YYYY-MM-DD" can write.
  constexpr std::int64_t kFirst = -719528;  // 0000-01-01
  constexpr std::int64_t kLast = 2932896;   // 9999-12-31
  return format_date(civil_from_days(std::clamp(days, kFirst, kLast)));
}

std::string normalize_country(std::string_view text) {
  std::string key;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_ascii_punct(text[i])) key.push_back(text[i]);
    // Latin-1 capitals (U+00C0-U+00DE, but not U+00D7) to lower case: "Österreich".
    auto byte = static_cast<unsigned char>(text[i]);
    auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      key.push_back(static_cast<char>(next + 0x20));
      ++i;
    }
  }
  key = fold_whitespace(to_lower_ascii(key));
  if (key.rfind("the ", 0) == 0 && !country_code(key.substr(4)).empty()) key.erase(0, 4);
  std::string code = country_code(key);
  return code.empty() ? trimmed(text) : code;
}

std::string place_key(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  for (char c : text) {
    // "St. Louis" and "O'Fallon" lose the mark; "Winston-Salem" and
    // "Dallas/Fort Worth" keep their words apart.
    if (c == '.' || c == '\'') continue;
    kept.push_back(c == ',' || !is_ascii_punct(c) ? c : ' ');
  }
  std::string folded = fold_whitespace(to_lower_ascii(kept));
  std::string key;
  key.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    bool space_by_comma = folded[i] == ' ' && ((i > 0 && folded[i - 1] == ',') ||
                                               (i + 1 < folded.size() && folded[i + 1] == ','));
    if (!space_by_comma) key.push_back(folded[i]);
  }
  return key;
}

std::string word_key(std::string_view text) {
  std::string key;
  bool pending_space = false;
  for (char c : text) {
    unsigned char byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      if (pending_space && !key.empty()) key.push_back(' ');
      pending_space = false;
      key.push_back(static_cast<char>(std::tolower(byte)));
    } else {
      pending_space = true;
    }
  }
  return key;
}

std::string fold_whitespace(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  for (char c : text) {
    if (is_space(c)) {
      pending_space = !out.empty();
    } else {
      if (pending_space) out.push_back(' ');
      pending_space = false;
      out.push_back(c);
    }
  }
  return out;
}

std::string to_lower_ascii(std::string_view text) {
  std::string out(text);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c + ('a' - 'A'));
  }
  return out;
}

}  // namespace jobsearch
