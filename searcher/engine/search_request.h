// search_request.h: one question to the engine, whoever asks it.
//
// The same struct serves the command line, the HTTP server and batch runs.
#pragma once

#include <xapian.h>

#include <map>
#include <optional>
#include <string>
#include <vector>

#include "searcher/engine/result_fields.h"

namespace jobsearch {

struct FacetRequest {
  std::string name;     // a term facet of schema.h ("location", ...) or a range
                        // facet ("salary", "experience", "posted")
  unsigned limit = 10;  // values listed at most; the rest are summed as "other"
};

enum class SortOrder { kRelevance, kNewest, kSalary, kDistance };

struct SearchRequest {
  // Free text in the query syntax (words, "phrases", AND/OR/NOT, title:...).
  // Empty means browse: every posting that passes the filters.
  std::string query;
  // Facet name -> values picked. Values of one facet are OR-ed, different
  // facets AND-ed.
  std::map<std::string, std::vector<std::string>> filters;
  // Facets to count, exactly, over all matches. The counts of a facet
  // ignore that facet's own filter (multi-select).
  std::vector<FacetRequest> facets;
  unsigned offset = 0;
  unsigned limit = 10;
  // The fields of each hit to answer with (every one by default): a page
  // showing a card per hit asks for the card's; `ids_only` asks for
  // ResultFields::ids(), and then the stored posting is not read and no
  // snippet is made (as Elasticsearch's `_source: false`). Totals, facets,
  // order and ids are those of the full answer.
  ResultFields fields;
  // Relevance by default; browsing (no query) is newest first.
  SortOrder sort = SortOrder::kRelevance;

  // Yearly pay: postings whose range reaches `salary_min` and starts at or
  // below `salary_max`; postings stating no pay only with include_no_salary.
  std::optional<double> salary_min, salary_max;
  bool include_no_salary = false;
  // Postings a candidate with this many months of experience qualifies
  // for (those stating no requirement included).
  std::optional<int> max_experience_months;
  std::string posted_since;               // "YYYY-MM-DD"
  std::optional<int> posted_within_days;  // relative to `now`
  bool include_expired = false;           // keep postings past validThrough
  std::string now;                        // "YYYY-MM-DD"; empty: today
  // "LAT,LON" or a place the index knows ("Austin, TX"); with radius_km,
  // only postings within that distance (and remote ones when `remote`).
  std::string near;
  std::optional<double> radius_km;
  bool remote = false;  // remote postings (see near)
  // Weight added to a posting posted today, halving every 30 days; 0 for
  // pure BM25.
  double recency_boost = 0;
  // Postings with the same title, company and description show once.
  bool collapse_reposts = true;
  // How much a match in the title adds, as a field of its own (0: none).
  double title_weight = 1.0;
  // When a plain query of several words matches fewer than kRelaxBelow
  // postings (relaxation.h), drop its least telling words, one at a time,
  // until enough match; postings holding every word still rank first.
  // false: every word is required, always.
  bool relax = true;
  // Read conditions out of the query (query_understanding.h): "remote",
  // employment types and a trailing place become filters, levels boosts.
  bool understand = true;
  // Conditions the understanding leaves as words, by their words as typed
  // ("remote", "part time", "chicago"): a chip the seeker removed.
  std::vector<std::string> literal;
  // Words of `query` a posting may lack: the engine's relaxation sets them
  // (a front end leaves this empty).
  std::vector<std::string> dropped_words;
  // Count `facets` on a second thread beside the top hits: sooner on an
  // idle machine, later on a busy one, where that thread waits for a core
  // (the HTTP server decides by the searches it is running). The answer is
  // the same either way. Not a request parameter.
  bool facets_in_parallel = true;
  // Only documents added after this id (saved-search alerts,
  // newer_documents.h); 0 for all. Not a request parameter.
  Xapian::docid newer_than = 0;
};

// The facets counted when a request names none.
std::vector<FacetRequest> default_facets();

}  // namespace jobsearch
