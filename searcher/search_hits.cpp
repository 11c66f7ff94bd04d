#include "search_hits.h"

#include "posting_json.h"
#include "text_analysis.h"

namespace jobsearch {
namespace {

constexpr std::size_t kSnippetLength = 240;

// The opening words of `text`, cut at a space, HTML-escaped as snippets are.
std::string opening(const std::string& text) {
  std::string cut = text;
  if (cut.size() > kSnippetLength) {
    std::size_t space = cut.rfind(' ', kSnippetLength);
    cut = cut.substr(0, space == std::string::npos ? kSnippetLength : space) + "…";
  }
  std::string escaped;
  for (char c : cut) {
    switch (c) {
      case '&': escaped += "&amp;"; break;
      case '<': escaped += "&lt;"; break;
      case '>': escaped += "&gt;"; break;
      case '"': escaped += "&quot;"; break;
      case '\n': escaped += ' '; break;
      default: escaped += c;
    }
  }
  return escaped;
}

}  // namespace

SearchHit make_hit(const Xapian::MSetIterator& item, const Xapian::MSet& mset) {
  SearchHit hit;
  hit.rank = item.get_rank() + 1;
  hit.score = item.get_weight();
  hit.similar_count = item.get_collapse_count();
  hit.posting = posting_from_json(nlohmann::json::parse(item.get_document().get_data()));
  // Not SNIPPET_EXHAUSTIVE: the first good extract will do, at a third of the cost.
  hit.snippet = mset.snippet(hit.posting.description, kSnippetLength, text_stemmer(), 0,
                             "<mark>", "</mark>", "…");
  // With no match in the description (browsing, or a title-only match),
  // its opening says more than an arbitrary stretch of it.
  if (hit.snippet.find("<mark>") == std::string::npos) hit.snippet = opening(hit.posting.description);
  // Long enough for the whole title: only the marks are wanted.
  hit.title_html = mset.snippet(hit.posting.title, hit.posting.title.size() * 2 + 16,
                                text_stemmer(), 0, "<mark>", "</mark>", "");
  return hit;
}

}  // namespace jobsearch
