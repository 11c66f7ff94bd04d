// candidate.h: a job seeker's profile, read from JSON Resume or plain text.
//
// JSON Resume (jsonresume.org) is the open format most resume tools export:
// `basics` (label, summary, location), `work` (positions with highlights),
// `skills` (names and keywords), `education` (study type), `certificates`,
// `projects`. Plain text works too: "Key: value" lines for the parts a
// matcher can use (Title, Skills, Location, Education, Experience) and
// everything else as free text. Plain C++ types only; no Xapian here.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/posting.h"

namespace jobsearch {

// One past or present position.
struct CandidatePosition {
  std::string title;  // "Senior Data Engineer"
  std::string company;
  std::string summary;
  std::vector<std::string> highlights;  // achievements, one a line
  std::string start_date, end_date;     // as given ("2019-04", "2021-06-30"); end "" = current
};

struct Candidate {
  std::string name;
  std::string headline;                 // the role sought (JSON Resume basics.label)
  std::string summary;                  // free text about the person
  Location location;                    // where they live: locality, region, country code
  std::vector<CandidatePosition> work;  // most recent first
  std::vector<std::string> skills;      // keywords (names when none), no duplicates, in order
  std::string education;                // highest category ("bachelor degree"), "" when unknown
  std::vector<std::string> certificates;
  std::optional<int> experience_months;  // months worked, overlaps counted once
  std::string other_text;                // studies, projects, volunteering: extra words
};

// Reads a JSON Resume object. Members of the wrong type are ignored, so any
// object gives a candidate. `today` ("YYYY-MM-DD") ends current positions
// when counting experience. Throws SearchError when `resume` is not an object.
Candidate candidate_from_json_resume(const nlohmann::json& resume, std::string_view today);

// Reads a plain-text profile: lines "Title:", "Skills:" (comma-separated),
// "Location:", "Education:", "Experience: N years" (case-insensitive; also
// "Role:", "Headline:", "City:"); the rest is summary. Without a "Title:"
// line, the first line is taken as the headline.
Candidate candidate_from_text(std::string_view text);

// Reads the profile in the file at `path`: JSON Resume when the text starts
// with '{', else plain text. Throws SearchError when the file cannot be read,
// its JSON is invalid, or it holds no words.
Candidate read_candidate_file(const std::string& path, std::string_view today);

// The titles that say what the candidate does: the headline, then the
// positions from the most recent, without repeats (case-insensitive).
std::vector<std::string> candidate_titles(const Candidate& candidate);

// Every word of the profile as one text (headline, summary, titles,
// highlights, skills, studies, place): what a plain text search would use.
std::string candidate_text(const Candidate& candidate);

// Today's date (UTC) as "YYYY-MM-DD": the end of current positions.
std::string current_date();

// Months worked in `positions` ("YYYY", "YYYY-MM" or "YYYY-MM-DD" dates; an
// empty end is `today`), overlapping spans counted once; nullopt when no
// position has a usable start date.
std::optional<int> months_of_work(const std::vector<CandidatePosition>& positions,
                                  std::string_view today);

}  // namespace jobsearch
