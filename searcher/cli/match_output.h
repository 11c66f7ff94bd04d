// match_output.h: a match (hits with explanations) as readable text or JSON.
//
// The JSON is search's (output.h) with an "explanation" in each result and
// the candidate as read; the text lists each posting with a "why" line.
#pragma once

#include <iosfwd>
#include <nlohmann/json.hpp>

#include "searcher/match/candidate.h"
#include "searcher/match/matcher.h"

namespace jobsearch {

// response_to_json(match.response) plus "candidate" (name, headline, place,
// skills, education, experience_months), "strategy" and, in each result,
// "explanation" (explanation_to_json).
nlohmann::ordered_json match_to_json(const MatchResponse& match, const Candidate& candidate,
                                     const char* strategy);

// The candidate on one line, then each posting: title, company | places |
// distance | employment type | date, the "why" line, the extract and the id.
// With `color`, matches are bold (ANSI).
void print_match_text(const MatchResponse& match, const Candidate& candidate, bool color,
                      std::ostream& out);

}  // namespace jobsearch
