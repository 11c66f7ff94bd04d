#include "searcher/engine/search_hits.h"

#include "common/posting_json.h"
#include "common/schema.h"
#include "common/stored_data.h"
#include "common/text_analysis.h"
#include "searcher/engine/snippet_window.h"

namespace jobsearch {
namespace {

constexpr std::size_t kSnippetLength = 240;
const std::string kOmitted = "…";

// The opening words of `text`, cut at a space, HTML-escaped as snippets are.
std::string opening(const std::string& text) {
  std::string cut = text;
  if (cut.size() > kSnippetLength) {
    std::size_t space = cut.rfind(' ', kSnippetLength);
    cut = cut.substr(0, space == std::string::npos ? kSnippetLength : space) + kOmitted;
  }
  std::string escaped;
  for (char c : cut) {
    switch (c) {
      case '&':
        escaped += "&amp;";
        break;
      case '<':
        escaped += "&lt;";
        break;
      case '>':
        escaped += "&gt;";
        break;
      case '"':
        escaped += "&quot;";
        break;
      case '\n':
        escaped += ' ';
        break;
      default:
        escaped += c;
    }
  }
  return escaped;
}

bool starts_with(const std::string& text, const std::string& start) {
  return text.compare(0, start.size(), start) == 0;
}

bool ends_with(const std::string& text, const std::string& end) {
  return text.size() >= end.size() && text.compare(text.size() - end.size(), end.size(), end) == 0;
}

// The best extract of the description, from the stretch where the query's
// words meet (see snippet_window.h); its opening when they do not occur.
std::string description_snippet(const Xapian::MSet& mset, const std::string& description,
                                const std::vector<std::string>& stems) {
  std::optional<TextWindow> window = snippet_window(description, stems, kSnippetLength);
  if (!window) return opening(description);
  // Not SNIPPET_EXHAUSTIVE: the first good extract will do, at a third of the cost.
  std::string snippet =
      mset.snippet(description.substr(window->begin, window->end - window->begin), kSnippetLength,
                   text_stemmer(), 0, "<mark>", "</mark>", kOmitted);
  // A stem found by the scan may not be a match after all (a word it begins).
  if (snippet.find("<mark>") == std::string::npos) return opening(description);
  if (window->begin > 0 && !starts_with(snippet, kOmitted)) snippet = kOmitted + snippet;
  if (window->end < description.size() && !ends_with(snippet, kOmitted)) snippet += kOmitted;
  return snippet;
}

}  // namespace

SearchHit make_hit(const Xapian::MSetIterator& item, const Xapian::MSet& mset,
                   const std::vector<std::string>& stems, const ResultFields& fields) {
  SearchHit hit;
  hit.rank = item.get_rank() + 1;
  hit.score = item.get_weight();
  hit.similar_count = item.get_collapse_count();
  hit.posting = posting_from_json(nlohmann::json::parse(posting_data(item.get_document())));
  // With no match in the description (browsing, or a title-only match),
  // its opening says more than an arbitrary stretch of it.
  if (fields.has("snippet"))
    hit.snippet = description_snippet(mset, hit.posting.description, stems);
  // Long enough for the whole title: only the marks are wanted.
  if (fields.has("title_html")) {
    hit.title_html = mset.snippet(hit.posting.title, hit.posting.title.size() * 2 + 16,
                                  text_stemmer(), 0, "<mark>", "</mark>", "");
  }
  return hit;
}

SearchHit make_id_hit(const Xapian::MSetIterator& item) {
  SearchHit hit;
  hit.rank = item.get_rank() + 1;
  hit.score = item.get_weight();
  hit.similar_count = item.get_collapse_count();
  // A value slot is read from the value streams (the document is opened
  // lazily): the stored posting, most of a document's bytes, is not read.
  hit.posting.id = item.get_document().get_value(schema::kSlotPostingId);
  return hit;
}

}  // namespace jobsearch
