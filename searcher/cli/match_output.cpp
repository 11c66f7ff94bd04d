#include "searcher/cli/match_output.h"

#include <cmath>
#include <ostream>

#include "common/facet_terms.h"
#include "searcher/cli/response_text.h"
#include "searcher/engine/response_json.h"

namespace jobsearch {
namespace {

using json = nlohmann::ordered_json;

std::string experience_text(const Candidate& candidate) {
  if (!candidate.experience_months) return "";
  return std::to_string((*candidate.experience_months + 6) / 12) + " years of experience";
}

json candidate_json(const Candidate& candidate) {
  return {{"name", candidate.name},
          {"headline", candidate.headline},
          {"location", place_display_name(candidate.location)},
          {"skills", candidate.skills},
          {"education", candidate.education},
          {"experience_months",
           candidate.experience_months ? json(*candidate.experience_months) : json(nullptr)}};
}

}  // namespace

json match_to_json(const MatchResponse& match, const Candidate& candidate, const char* strategy) {
  json out = response_to_json(match.response);
  json& results = out["results"];
  for (std::size_t i = 0; i < results.size() && i < match.explanations.size(); ++i) {
    results[i]["explanation"] = explanation_to_json(match.explanations[i], candidate);
  }
  json head = {{"candidate", candidate_json(candidate)}, {"strategy", strategy}};
  head.update(out);
  return head;
}

void print_match_text(const MatchResponse& match, const Candidate& candidate, bool color,
                      std::ostream& out) {
  const SearchResponse& response = match.response;
  out << "Candidate: "
      << joined({candidate.name, candidate.headline, place_display_name(candidate.location),
                 candidate.education, experience_text(candidate)},
                " | ")
      << '\n';
  if (response.near) out << "Near " << response.near->name << '\n';
  out << response.total << (response.total == 1 ? " match" : " matches");
  if (!response.hits.empty()) {
    out << ", showing " << response.hits.front().rank << "-" << response.hits.back().rank;
  }
  out << "\n\n";
  for (std::size_t i = 0; i < response.hits.size(); ++i) {
    const SearchHit& hit = response.hits[i];
    const Posting& p = hit.posting;
    std::string distance;
    if (hit.distance_km) distance = std::to_string(std::lround(*hit.distance_km)) + " km";
    out << hit.rank << ". " << html_to_terminal(hit.title_html, color) << "\n   "
        << joined({p.company, places_line(p), distance, joined(p.employment_types, ", "),
                   p.date_posted},
                  " | ")
        << "\n   why: " << explanation_line(match.explanations[i], candidate) << "\n   "
        << html_to_terminal(hit.snippet, color) << "\n   id " << p.id << "\n\n";
  }
}

}  // namespace jobsearch
