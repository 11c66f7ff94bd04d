#include "common/education_level.h"

#include <optional>
#include <utility>
#include <vector>

#include "common/word_lookup.h"

namespace jobsearch {
namespace {

// Indexes of kEducationLevels, lowest degree first.
enum Level { kHighSchool, kAssociate, kBachelor, kPostgraduate, kCertificate };
constexpr int kDegrees = kCertificate;  // the levels that rank

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

}  // namespace

std::string normalize_education(std::string_view text) {
  std::vector<std::string> lower = label_words(text);
  std::vector<std::string> original = label_words(text, true);
  std::optional<Level> best;
  for (size_t i = 0; i < lower.size(); ++i) {
    std::string next = i + 1 < lower.size() ? lower[i + 1] : "";
    std::optional<Level> level = education_level(lower[i], next, original[i]);
    if (level && (!best || *level < *best)) best = level;
  }
  return best ? std::string(kEducationLevels[*best]) : "";
}

int education_rank(std::string_view category) {
  for (int i = 0; i < kDegrees; ++i) {
    if (kEducationLevels[i] == category) return i + 1;
  }
  return 0;
}

}  // namespace jobsearch
