#include "search_engine.h"

#include <memory>

#include "facet_terms.h"
#include "facet_counter.h"
#include "posting_json.h"
#include "query_builder.h"
#include "schema.h"
#include "search_error.h"
#include "text_analysis.h"

namespace jobsearch {
namespace {

constexpr std::size_t kSnippetLength = 240;

std::vector<Xapian::valueno> facet_slots(const std::vector<FacetRequest>& facets) {
  std::vector<Xapian::valueno> slots;
  for (const FacetRequest& facet : facets) {
    const schema::Facet* known = find_facet(facet.name);
    if (known == nullptr) throw SearchError("unknown facet \"" + facet.name + "\"");
    slots.push_back(known->slot);
  }
  return slots;
}

void set_order(Xapian::Enquire& enquire, const SearchRequest& request) {
  bool browsing = request.query.find_first_not_of(" \t\r\n") == std::string::npos;
  if (browsing || request.sort == SortOrder::kNewest) {
    enquire.set_sort_by_value_then_relevance(schema::kSlotDatePosted, /*reverse=*/true);
  }
  if (browsing) enquire.set_weighting_scheme(Xapian::BoolWeight());
}

SearchHit make_hit(const Xapian::MSetIterator& item, const Xapian::MSet& mset) {
  SearchHit hit;
  hit.rank = item.get_rank() + 1;
  hit.score = item.get_weight();
  Xapian::Document document = item.get_document();
  hit.posting = posting_from_json(nlohmann::json::parse(document.get_data()));
  hit.snippet = mset.snippet(hit.posting.description, kSnippetLength, text_stemmer(),
                             Xapian::MSet::SNIPPET_EXHAUSTIVE, "<mark>", "</mark>", "…");
  return hit;
}

}  // namespace

SearchEngine::SearchEngine(const std::string& path) : database_(path) {}

SearchResponse SearchEngine::search(const SearchRequest& request) {
  QueryBuilder builder(database_);
  Xapian::Query query = builder.build(request);
  std::vector<Xapian::valueno> slots = facet_slots(request.facets);

  Xapian::Enquire enquire(database_);
  enquire.set_query(query);
  set_order(enquire, request);
  FacetCounter counter(slots);
  bool count_all = !slots.empty();
  if (count_all) enquire.add_matchspy(&counter);
  Xapian::doccount check_at_least = count_all ? database_.get_doccount() : 0;
  Xapian::MSet mset = enquire.get_mset(request.offset, request.limit, check_at_least);

  SearchResponse response;
  response.query = request.query;
  response.parsed_query = query.get_description();
  response.total = mset.get_matches_estimated();
  response.total_exact = mset.get_matches_lower_bound() == mset.get_matches_upper_bound();
  response.offset = request.offset;
  response.limit = request.limit;
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    response.hits.push_back(make_hit(item, mset));
  }
  for (std::size_t i = 0; i < slots.size(); ++i) {
    const FacetRequest& facet = request.facets[i];
    response.facets.push_back(counter.top_values(slots[i], facet.name, facet.limit));
  }
  return response;
}

std::optional<Posting> SearchEngine::get(const std::string& id) {
  const std::string term = schema::kIdPrefix + id;
  Xapian::PostingIterator it = database_.postlist_begin(term);
  if (it == database_.postlist_end(term)) return std::nullopt;
  return posting_from_json(nlohmann::json::parse(database_.get_document(*it).get_data()));
}

}  // namespace jobsearch
