// candidate_from_text (candidate.h): a plain-text profile, "Key: value"
// lines for what a matcher uses and free text for the rest.
#include <set>
#include <sstream>

#include "common/ascii_text.h"
#include "common/education_level.h"
#include "common/experience.h"
#include "common/place_names.h"
#include "searcher/match/candidate.h"
#include "searcher/match/candidate_lines.h"

namespace jobsearch {
namespace {

// "Key: value" -> {"key", "value"}; {"", line} when the line has no known key.
std::pair<std::string, std::string> labelled(const std::string& line) {
  static const std::set<std::string> kKeys = {"name",      "title",      "role",     "headline",
                                              "position",  "skills",     "location", "city",
                                              "education", "experience", "summary"};
  std::size_t colon = line.find(':');
  if (colon == std::string::npos) return {"", line};
  std::string key = to_lower_ascii(fold_whitespace(line.substr(0, colon)));
  if (kKeys.count(key) == 0) return {"", line};
  return {key, fold_whitespace(line.substr(colon + 1))};
}

Location location_from_text(const std::string& text) {
  std::vector<std::string> parts;
  std::istringstream in(text);
  for (std::string part; std::getline(in, part, ',');) parts.push_back(fold_whitespace(part));
  Location location;
  if (!parts.empty()) location.locality = parts[0];
  if (parts.size() > 1) location.region = parts[1];
  if (parts.size() > 2) location.country = normalize_country(parts[2]);
  return location;
}

std::vector<std::string> split_list(const std::string& text) {
  std::vector<std::string> items;
  std::string item;
  for (char c : text + ",") {
    if (c == ',' || c == ';' || c == '|') {
      add_distinct(items, item);
      item.clear();
    } else {
      item += c;
    }
  }
  return items;
}

void apply_label(const std::string& key, const std::string& value, Candidate& candidate) {
  if (key == "name") candidate.name = value;
  if (key == "title" || key == "role" || key == "headline" || key == "position") {
    if (candidate.headline.empty())
      candidate.headline = value;
    else
      candidate.work.push_back({value, "", "", {}, "", ""});
  }
  if (key == "skills") {
    for (const std::string& skill : split_list(value)) add_distinct(candidate.skills, skill);
  }
  if (key == "location" || key == "city") candidate.location = location_from_text(value);
  if (key == "education") {
    candidate.education = normalize_education(value);
    append_line(candidate.other_text, value);
  }
  if (key == "experience") candidate.experience_months = months_of_experience(value);
  if (key == "summary") append_line(candidate.summary, value);
}

}  // namespace

Candidate candidate_from_text(std::string_view text) {
  Candidate candidate;
  std::istringstream in{std::string(text)};
  std::string first_free_line;
  for (std::string line; std::getline(in, line);) {
    line = fold_whitespace(line);
    if (line.empty()) continue;
    auto [key, value] = labelled(line);
    if (!key.empty()) {
      apply_label(key, value, candidate);
    } else if (first_free_line.empty()) {
      first_free_line = value;
    } else {
      append_line(candidate.summary, value);
    }
  }
  if (candidate.headline.empty())
    candidate.headline = first_free_line;
  else
    candidate.summary =
        first_free_line + (candidate.summary.empty() ? "" : "\n" + candidate.summary);
  return candidate;
}

}  // namespace jobsearch
