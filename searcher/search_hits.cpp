#include "search_hits.h"

#include "posting_json.h"
#include "text_analysis.h"

namespace jobsearch {
namespace {
constexpr std::size_t kSnippetLength = 240;
}

SearchHit make_hit(const Xapian::MSetIterator& item, const Xapian::MSet& mset) {
  SearchHit hit;
  hit.rank = item.get_rank() + 1;
  hit.score = item.get_weight();
  hit.similar_count = item.get_collapse_count();
  hit.posting = posting_from_json(nlohmann::json::parse(item.get_document().get_data()));
  // Not SNIPPET_EXHAUSTIVE: the first good extract will do, at a third of the cost.
  hit.snippet = mset.snippet(hit.posting.description, kSnippetLength, text_stemmer(), 0,
                             "<mark>", "</mark>", "…");
  // Long enough for the whole title: only the marks are wanted.
  hit.title_html = mset.snippet(hit.posting.title, hit.posting.title.size() * 2 + 16,
                                text_stemmer(), 0, "<mark>", "</mark>", "");
  return hit;
}

}  // namespace jobsearch
