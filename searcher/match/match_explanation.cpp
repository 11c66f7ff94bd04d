#include "searcher/match/match_explanation.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "common/ascii_text.h"
#include "common/distance_units.h"
#include "common/education_level.h"
#include "common/schema.h"
#include "common/text_analysis.h"

namespace jobsearch {
namespace {

bool is_word_byte(char c) {
  auto byte = static_cast<unsigned char>(c);
  return std::isalnum(byte) || byte >= 0x80;
}

// The words of `text` as written: runs of letters and digits, with a
// trailing "+" or "#" kept ("C++", "C#").
std::vector<std::string> tokens(const std::string& text) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < text.size()) {
    if (!is_word_byte(text[i])) {
      ++i;
      continue;
    }
    std::size_t start = i;
    while (i < text.size() && is_word_byte(text[i])) ++i;
    while (i < text.size() && (text[i] == '+' || text[i] == '#')) ++i;
    out.push_back(text.substr(start, i - start));
  }
  return out;
}

struct Word {
  std::string lower, stem;
};

std::vector<Word> words_of(const std::string& text) {
  static const Xapian::Stem stemmer = text_stemmer();
  std::vector<Word> out;
  for (const std::string& token : tokens(text)) {
    std::string lower = to_lower_ascii(token);
    if (text_stopper()(lower)) continue;
    out.push_back({lower, stemmer(lower)});
  }
  return out;
}

std::set<std::string> document_terms(const Xapian::Document& document) {
  std::set<std::string> terms;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) terms.insert(*it);
  return terms;
}

// Every word of `phrase` is in the document (unprefixed, as a stem).
bool mentions(const std::set<std::string>& terms, const std::string& phrase) {
  std::vector<Word> words = words_of(phrase);
  if (words.empty()) return false;
  for (const Word& word : words) {
    if (!terms.count(schema::kStemPrefix + word.stem)) return false;
  }
  return true;
}

bool all_in(const std::set<std::string>& stems, const std::string& phrase) {
  std::vector<Word> words = words_of(phrase);
  for (const Word& word : words) {
    if (!stems.count(word.stem)) return false;
  }
  return !words.empty();
}

void insert_stems(std::set<std::string>& stems, const std::string& text) {
  for (const Word& word : words_of(text)) stems.insert(word.stem);
}

std::optional<double> nearest_km(const Posting& posting, const MatchOrigin& origin) {
  Xapian::LatLongCoord centre(origin.place.latitude, origin.place.longitude);
  Xapian::GreatCircleMetric metric;
  std::optional<double> nearest;
  for (const Location& location : posting.locations) {
    if (!location.latitude || !location.longitude) continue;
    double km = metric(centre, Xapian::LatLongCoord(*location.latitude, *location.longitude)) /
                kMetresPerKm;
    if (!nearest || km < *nearest) nearest = km;
  }
  return nearest;
}

// Met when the candidate reaches the lowest degree the posting accepts; a
// certificate requirement is met by any certificate.
std::optional<bool> education_met(const Posting& posting, const Candidate& candidate) {
  int lowest = 0;
  bool certificate = false;
  for (const std::string& category : posting.education) {
    int rank = education_rank(category);
    if (rank > 0 && (lowest == 0 || rank < lowest)) lowest = rank;
    if (rank == 0) certificate = true;
  }
  if (lowest == 0 && !certificate) return std::nullopt;
  if (certificate && !candidate.certificates.empty()) return true;
  if (lowest == 0) return false;
  if (candidate.education.empty()) return std::nullopt;
  return education_rank(candidate.education) >= lowest;
}

std::string listed(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) out += (out.empty() ? "" : ", ") + value;
  return out;
}

template <typename T>
nlohmann::ordered_json or_null(const std::optional<T>& value) {
  return value ? nlohmann::ordered_json(*value) : nlohmann::ordered_json(nullptr);
}

}  // namespace

std::vector<std::string> word_stems(const std::string& text) {
  std::vector<std::string> stems;
  for (const Word& word : words_of(text)) stems.push_back(word.stem);
  return stems;
}

MatchExplainer::MatchExplainer(const Candidate& candidate, std::optional<MatchOrigin> origin)
    : candidate_(candidate), origin_(std::move(origin)) {
  for (const std::string& title : candidate_titles(candidate)) insert_stems(title_stems_, title);
  insert_stems(profile_stems_, candidate_text(candidate));
  for (const std::string& skill : candidate.skills) {
    skill_stems_.emplace_back();
    insert_stems(skill_stems_.back(), skill);
  }
}

bool MatchExplainer::covers(const std::string& skill) const {
  if (all_in(profile_stems_, skill)) return true;
  std::set<std::string> wanted;
  insert_stems(wanted, skill);
  for (const std::set<std::string>& stems : skill_stems_) {
    if (!stems.empty() && std::includes(wanted.begin(), wanted.end(), stems.begin(), stems.end())) {
      return true;
    }
  }
  return false;
}

MatchExplanation MatchExplainer::explain(const Posting& posting,
                                         const Xapian::Document& document) const {
  MatchExplanation why;
  std::set<std::string> terms = document_terms(document);
  for (const std::string& skill : candidate_.skills) {
    if (mentions(terms, skill)) why.matched_skills.push_back(skill);
  }
  for (const std::string& skill : posting.skills) {
    if (!covers(skill)) why.missing_skills.push_back(skill);
  }
  std::set<std::string> seen;
  for (const std::string& token : tokens(posting.title)) {
    std::string lower = to_lower_ascii(token);
    if (text_stopper()(lower) || !seen.insert(lower).second) continue;
    if (title_stems_.count(text_stemmer()(lower))) why.matched_title_words.push_back(token);
  }
  if (origin_) why.distance_km = nearest_km(posting, *origin_);
  why.remote = posting.remote;
  why.education_required = posting.education;
  why.education_met = education_met(posting, candidate_);
  why.experience_required_months = posting.experience_months;
  if (posting.experience_months && candidate_.experience_months) {
    why.experience_met = *candidate_.experience_months >= *posting.experience_months;
  }
  return why;
}

nlohmann::ordered_json explanation_to_json(const MatchExplanation& why,
                                           const Candidate& candidate) {
  std::optional<double> km;
  if (why.distance_km) km = std::round(*why.distance_km * 10) / 10;
  return {{"matched_skills", why.matched_skills},
          {"missing_skills", why.missing_skills},
          {"matched_title_words", why.matched_title_words},
          {"distance_km", or_null(km)},
          {"remote", why.remote},
          {"education",
           {{"required", why.education_required},
            {"candidate", candidate.education},
            {"met", or_null(why.education_met)}}},
          {"experience",
           {{"required_months", or_null(why.experience_required_months)},
            {"candidate_months", or_null(candidate.experience_months)},
            {"met", or_null(why.experience_met)}}}};
}

std::string explanation_line(const MatchExplanation& why, const Candidate& candidate) {
  std::vector<std::string> parts;
  if (!why.matched_skills.empty()) parts.push_back("skills " + listed(why.matched_skills));
  if (!why.matched_title_words.empty()) parts.push_back("title " + listed(why.matched_title_words));
  if (why.distance_km) parts.push_back(std::to_string(std::lround(*why.distance_km)) + " km away");
  if (why.remote) parts.push_back("remote");
  if (!why.missing_skills.empty()) parts.push_back("missing " + listed(why.missing_skills));
  if (why.education_met == false) {
    parts.push_back("needs " + listed(why.education_required) +
                    (candidate.education.empty() ? "" : " (has " + candidate.education + ")"));
  }
  if (why.experience_met == false) {
    parts.push_back("needs " + std::to_string(*why.experience_required_months) +
                    " months of experience (has " + std::to_string(*candidate.experience_months) +
                    ")");
  }
  std::string line;
  for (const std::string& part : parts) line += (line.empty() ? "" : "; ") + part;
  return line.empty() ? "no skill or title word in common" : line;
}

}  // namespace jobsearch
