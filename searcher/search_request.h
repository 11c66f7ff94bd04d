// search_request.h: one question to the engine, whoever asks it.
//
// The same struct serves the command line, the HTTP server and batch runs.
#pragma once

#include <map>
#include <string>
#include <vector>

namespace jobsearch {

struct FacetRequest {
  std::string name;     // a facet of schema.h: "location", "employment_type", ...
  unsigned limit = 10;  // values listed at most; the rest are summed as "other"
};

enum class SortOrder { kRelevance, kNewest };

struct SearchRequest {
  // Free text in the query syntax (words, "phrases", AND/OR/NOT, title:...).
  // Empty means browse: every posting that passes the filters.
  std::string query;
  // Facet name -> values picked. Values of one facet are OR-ed, different
  // facets AND-ed.
  std::map<std::string, std::vector<std::string>> filters;
  // Facets to count, exactly, over all matches.
  std::vector<FacetRequest> facets;
  unsigned offset = 0;
  unsigned limit = 10;
  // Relevance by default; browsing (no query) is always newest first.
  SortOrder sort = SortOrder::kRelevance;
};

// The facets counted when a request names none.
std::vector<FacetRequest> default_facets();

}  // namespace jobsearch
