#include "searcher/match/candidate.h"

#include <algorithm>
#include <ctime>
#include <fstream>
#include <set>
#include <sstream>

#include "common/json_fields.h"
#include "common/normalize.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

using nlohmann::json;

constexpr double kDaysPerMonth = 30.436875;  // 365.2425 / 12

std::string text_at(const json& object, const char* key) {
  const json* member = json_member(object, key);
  std::optional<std::string> text = member ? json_text(*member, true) : std::nullopt;
  return text ? fold_whitespace(*text) : "";
}

std::vector<std::string> texts_at(const json& object, const char* key) {
  const json* member = json_member(object, key);
  return member ? json_texts(*member).texts : std::vector<std::string>{};
}

const json& list_at(const json& object, const char* key) {
  static const json kEmpty = json::array();
  const json* member = json_member(object, key);
  return member && member->is_array() ? *member : kEmpty;
}

void add_unique(std::vector<std::string>& values, const std::string& value) {
  std::string key = to_lower_ascii(fold_whitespace(value));
  if (key.empty()) return;
  for (const std::string& seen : values) {
    if (to_lower_ascii(seen) == key) return;
  }
  values.push_back(fold_whitespace(value));
}

void append(std::string& text, const std::string& more) {
  if (more.empty()) return;
  if (!text.empty()) text += '\n';
  text += more;
}

std::string joined(const std::vector<std::string>& values) {
  std::string out;
  for (const std::string& value : values) append(out, value);
  return out;
}

Location location_from_json(const json& basics) {
  Location location;
  const json* place = json_member(basics, "location");
  if (place == nullptr || !place->is_object()) return location;
  location.locality = text_at(*place, "city");
  location.region = text_at(*place, "region");
  location.country = normalize_country(text_at(*place, "countryCode"));
  location.postal_code = text_at(*place, "postalCode");
  return location;
}

std::vector<CandidatePosition> positions_from_json(const json& resume) {
  std::vector<CandidatePosition> positions;
  for (const json& entry : list_at(resume, "work")) {
    CandidatePosition position;
    position.title = text_at(entry, "position");
    position.company = text_at(entry, "name");
    if (position.company.empty()) position.company = text_at(entry, "company");
    position.summary = text_at(entry, "summary");
    position.highlights = texts_at(entry, "highlights");
    position.start_date = text_at(entry, "startDate");
    position.end_date = text_at(entry, "endDate");
    if (!position.title.empty() || !position.summary.empty()) positions.push_back(position);
  }
  // Resumes list the latest first by convention; dated ones are made to.
  std::stable_sort(positions.begin(), positions.end(), [](const auto& a, const auto& b) {
    return !a.start_date.empty() && !b.start_date.empty() && a.start_date > b.start_date;
  });
  return positions;
}

std::string highest_education(const std::vector<std::string>& studies) {
  std::string best;
  for (const std::string& study : studies) {
    std::string category = normalize_education(study);
    if (category.empty()) continue;
    if (best.empty() || education_rank(category) > education_rank(best)) best = category;
  }
  return best;
}

void read_education(const json& resume, Candidate& candidate) {
  std::vector<std::string> studies;
  for (const json& entry : list_at(resume, "education")) {
    studies.push_back(text_at(entry, "studyType"));
    append(candidate.other_text, text_at(entry, "studyType") + " " + text_at(entry, "area"));
    append(candidate.other_text, joined(texts_at(entry, "courses")));
  }
  candidate.education = highest_education(studies);
  for (const json& entry : list_at(resume, "certificates")) {
    add_unique(candidate.certificates, text_at(entry, "name"));
  }
}

void read_skills_and_projects(const json& resume, Candidate& candidate) {
  for (const json& entry : list_at(resume, "skills")) {
    // With keywords, the name is usually a heading ("Web Development"):
    // kept as words of the profile, not as a skill to look for.
    std::vector<std::string> keywords = texts_at(entry, "keywords");
    if (keywords.empty()) {
      add_unique(candidate.skills, text_at(entry, "name"));
    } else {
      append(candidate.other_text, text_at(entry, "name"));
    }
    for (const std::string& keyword : keywords) add_unique(candidate.skills, keyword);
  }
  for (const json& entry : list_at(resume, "projects")) {
    append(candidate.other_text, text_at(entry, "description"));
    append(candidate.other_text, joined(texts_at(entry, "highlights")));
    append(candidate.other_text, joined(texts_at(entry, "keywords")));
  }
  for (const json& entry : list_at(resume, "volunteer")) {
    append(candidate.other_text, text_at(entry, "position") + " " + text_at(entry, "summary"));
  }
}

std::optional<std::int64_t> day_of(std::string date) {
  if (date.size() == 4) date += "-01";
  if (date.size() == 7) date += "-01";
  std::optional<std::string> iso = normalize_date(date);
  return iso ? days_since_epoch(*iso) : std::nullopt;
}

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
      add_unique(items, item);
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
    for (const std::string& skill : split_list(value)) add_unique(candidate.skills, skill);
  }
  if (key == "location" || key == "city") candidate.location = location_from_text(value);
  if (key == "education") {
    candidate.education = normalize_education(value);
    append(candidate.other_text, value);
  }
  if (key == "experience") candidate.experience_months = months_of_experience(value);
  if (key == "summary") append(candidate.summary, value);
}

}  // namespace

Candidate candidate_from_json_resume(const json& resume, std::string_view today) {
  if (!resume.is_object()) throw SearchError("a JSON Resume profile must be a JSON object");
  Candidate candidate;
  static const json kNoBasics = json::object();
  const json* basics = json_member(resume, "basics");
  const json& b = basics && basics->is_object() ? *basics : kNoBasics;
  candidate.name = text_at(b, "name");
  candidate.headline = text_at(b, "label");
  candidate.summary = text_at(b, "summary");
  candidate.location = location_from_json(b);
  candidate.work = positions_from_json(resume);
  read_skills_and_projects(resume, candidate);
  read_education(resume, candidate);
  candidate.experience_months = months_of_work(candidate.work, today);
  return candidate;
}

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
      append(candidate.summary, value);
    }
  }
  if (candidate.headline.empty())
    candidate.headline = first_free_line;
  else
    candidate.summary =
        first_free_line + (candidate.summary.empty() ? "" : "\n" + candidate.summary);
  return candidate;
}

Candidate read_candidate_file(const std::string& path, std::string_view today) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw SearchError("cannot read candidate profile \"" + path + "\"");
  std::stringstream buffer;
  buffer << in.rdbuf();
  const std::string text = buffer.str();
  std::size_t start = text.find_first_not_of(" \t\r\n");
  if (start == std::string::npos) throw SearchError("candidate profile \"" + path + "\" is empty");
  if (text[start] != '{') return candidate_from_text(text);
  json resume = json::parse(text, nullptr, /*allow_exceptions=*/false);
  if (resume.is_discarded()) {
    throw SearchError("candidate profile \"" + path + "\" is not valid JSON");
  }
  return candidate_from_json_resume(resume, today);
}

std::vector<std::string> candidate_titles(const Candidate& candidate) {
  std::vector<std::string> titles;
  add_unique(titles, candidate.headline);
  for (const CandidatePosition& position : candidate.work) add_unique(titles, position.title);
  return titles;
}

std::string candidate_text(const Candidate& candidate) {
  std::string text = candidate.headline;
  append(text, candidate.summary);
  for (const CandidatePosition& position : candidate.work) {
    append(text, position.title);
    append(text, position.summary);
    append(text, joined(position.highlights));
  }
  append(text, joined(candidate.skills));
  append(text, joined(candidate.certificates));
  append(text, candidate.other_text);
  append(text, candidate.location.locality + " " + candidate.location.region);
  return text;
}

std::string current_date() {
  constexpr std::time_t kSecondsPerDay = 86400;
  return date_from_days(static_cast<std::int64_t>(std::time(nullptr) / kSecondsPerDay));
}

int education_rank(std::string_view category) {
  constexpr std::string_view kOrder[] = {"high school", "associate degree", "bachelor degree",
                                         "postgraduate degree"};
  for (int i = 0; i < 4; ++i) {
    if (kOrder[i] == category) return i + 1;
  }
  return 0;
}

std::optional<int> months_of_work(const std::vector<CandidatePosition>& positions,
                                  std::string_view today) {
  std::vector<std::pair<std::int64_t, std::int64_t>> spans;
  std::optional<std::int64_t> now = day_of(std::string(today));
  for (const CandidatePosition& position : positions) {
    std::optional<std::int64_t> start = day_of(position.start_date);
    std::optional<std::int64_t> end = position.end_date.empty() ? now : day_of(position.end_date);
    if (start && end && *end >= *start) spans.emplace_back(*start, *end);
  }
  if (spans.empty()) return std::nullopt;
  std::sort(spans.begin(), spans.end());
  std::int64_t days = 0, covered_until = spans.front().first;
  for (const auto& [start, end] : spans) {
    std::int64_t from = std::max(start, covered_until);
    if (end > from) days += end - from;
    covered_until = std::max(covered_until, end);
  }
  return static_cast<int>(static_cast<double>(days) / kDaysPerMonth + 0.5);
}

}  // namespace jobsearch
