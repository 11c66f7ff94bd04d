// search_hits.h: one matched document -> the hit shown to the user.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "searcher/engine/result_fields.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

// The hit for `item` of `mset`: rank, score, re-posts folded under it, the
// posting, its description snippet and its title with the matched words
// in <mark> (both HTML-escaped), each snippet only when `fields` asks for
// it. `stems` are the query's (query_stems in snippet_window.h), computed
// once per query. The distance is left to the caller.
SearchHit make_hit(const Xapian::MSetIterator& item, const Xapian::MSet& mset,
                   const std::vector<std::string>& stems, const ResultFields& fields);

// The hit for `item` with its rank, score, re-post count and posting id
// (read from its value slot) only: what ResultFields::ids() asks for.
SearchHit make_id_hit(const Xapian::MSetIterator& item);

}  // namespace jobsearch
