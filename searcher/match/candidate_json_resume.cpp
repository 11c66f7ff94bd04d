// candidate_from_json_resume (candidate.h): a JSON Resume object, read
// member by member; members of the wrong type are ignored.
#include <algorithm>

#include "common/ascii_text.h"
#include "common/education_level.h"
#include "common/json_fields.h"
#include "common/place_names.h"
#include "searcher/engine/search_error.h"
#include "searcher/match/candidate.h"
#include "searcher/match/candidate_lines.h"

namespace jobsearch {
namespace {

using nlohmann::json;

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
    append_line(candidate.other_text, text_at(entry, "studyType") + " " + text_at(entry, "area"));
    append_line(candidate.other_text, joined_lines(texts_at(entry, "courses")));
  }
  candidate.education = highest_education(studies);
  for (const json& entry : list_at(resume, "certificates")) {
    add_distinct(candidate.certificates, text_at(entry, "name"));
  }
}

void read_skills_and_projects(const json& resume, Candidate& candidate) {
  for (const json& entry : list_at(resume, "skills")) {
    // With keywords, the name is usually a heading ("Web Development"):
    // kept as words of the profile, not as a skill to look for.
    std::vector<std::string> keywords = texts_at(entry, "keywords");
    if (keywords.empty()) {
      add_distinct(candidate.skills, text_at(entry, "name"));
    } else {
      append_line(candidate.other_text, text_at(entry, "name"));
    }
    for (const std::string& keyword : keywords) add_distinct(candidate.skills, keyword);
  }
  for (const json& entry : list_at(resume, "projects")) {
    append_line(candidate.other_text, text_at(entry, "description"));
    append_line(candidate.other_text, joined_lines(texts_at(entry, "highlights")));
    append_line(candidate.other_text, joined_lines(texts_at(entry, "keywords")));
  }
  for (const json& entry : list_at(resume, "volunteer")) {
    append_line(candidate.other_text, text_at(entry, "position") + " " + text_at(entry, "summary"));
  }
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

}  // namespace jobsearch
