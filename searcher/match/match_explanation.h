// match_explanation.h: why a posting matches a candidate, in words.
//
// Compares the profile with the posting as indexed: which of the
// candidate's skills the posting asks for or mentions, which of its title
// words the candidate's titles share, what the posting lists that the
// profile does not show, how far away it is and whether the candidate meets
// its education and experience requirements.
#pragma once

#include <xapian.h>

#include <nlohmann/json.hpp>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "common/posting.h"
#include "searcher/match/candidate.h"
#include "searcher/match/match_strategy.h"

namespace jobsearch {

struct MatchExplanation {
  std::vector<std::string> matched_skills;       // the candidate's, as the profile writes them
  std::vector<std::string> missing_skills;       // listed by the posting, not in the profile
  std::vector<std::string> matched_title_words;  // of the posting's title, as it writes them
  std::optional<double> distance_km;             // to the posting's nearest place
  bool remote = false;                           // the posting is remote
  std::vector<std::string> education_required;   // the posting's categories
  std::optional<bool> education_met;             // unknown when either side says nothing
  std::optional<int> experience_required_months;
  std::optional<bool> experience_met;  // unknown when either side says nothing
};

class MatchExplainer {
 public:
  // `origin` is where distances are measured from (none: no distances).
  MatchExplainer(const Candidate& candidate, std::optional<MatchOrigin> origin);

  // Explains `posting`, indexed as `document` (whose terms say what it mentions).
  MatchExplanation explain(const Posting& posting, const Xapian::Document& document) const;

 private:
  const Candidate& candidate_;
  std::optional<MatchOrigin> origin_;
  std::set<std::string> title_stems_;               // stems of the candidate's titles
  std::set<std::string> profile_stems_;             // stems of every word of the profile
  std::vector<std::set<std::string>> skill_stems_;  // of each of the candidate's skills

  // The profile shows `skill`: all its words, or all of one of its skills'
  // words ("Python" covers "Python (Programming Language)").
  bool covers(const std::string& skill) const;
};

// {"matched_skills": [...], "missing_skills": [...], "matched_title_words":
//  [...], "distance_km": 12.3 or null, "remote": bool, "education":
//  {"required": [...], "candidate": "...", "met": bool or null},
//  "experience": {"required_months": N or null, "candidate_months": N or
//  null, "met": bool or null}}
nlohmann::ordered_json explanation_to_json(const MatchExplanation& explanation,
                                           const Candidate& candidate);

// One line for people: "skills Python, SQL; title Data, Engineer; 12 km
// away; missing Airflow; needs bachelor degree (has high school)".
std::string explanation_line(const MatchExplanation& explanation, const Candidate& candidate);

// The words of `text` as the index stems them (lower case, stop words
// dropped), in order; "C++" and "C#" keep their signs.
std::vector<std::string> word_stems(const std::string& text);

}  // namespace jobsearch
