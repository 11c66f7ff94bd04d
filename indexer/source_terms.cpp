#include "indexer/source_terms.h"

#include "common/posting_id.h"
#include "common/schema.h"

namespace jobsearch {
namespace {

// Document::remove_term throws for a term the document lacks.
void remove_if_present(Xapian::Document& document, const std::string& term) {
  Xapian::TermIterator it = document.termlist_begin();
  it.skip_to(term);
  if (it != document.termlist_end() && *it == term) document.remove_term(term);
}

}  // namespace

std::string source_term(const std::string& source) { return schema::kSourcePrefix + source; }

std::string edit_key_term(const Posting& posting, const std::string& source) {
  EditKey key = edit_key(posting, source);
  return key.strong ? schema::kEditKeyPrefix + key.value : "";
}

std::set<std::string> document_sources(const Xapian::Document& document) {
  const std::string prefix = schema::kSourcePrefix;
  std::set<std::string> sources;
  for (Xapian::TermIterator it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    it.skip_to(prefix);
    if (it == document.termlist_end() || (*it).compare(0, prefix.size(), prefix) != 0) break;
    sources.insert((*it).substr(prefix.size()));
  }
  if (sources.empty()) sources.insert("");
  return sources;
}

void add_source_terms(Xapian::Document& document, const Posting& posting,
                      const std::set<std::string>& sources) {
  for (const std::string& source : sources) {
    document.add_boolean_term(source_term(source));
    std::string key_term = edit_key_term(posting, source);
    if (!key_term.empty()) document.add_boolean_term(key_term);
  }
}

bool remove_source_terms(Xapian::Document& document, const Posting& posting,
                         const std::string& source) {
  std::set<std::string> sources = document_sources(document);
  if (sources.erase(source) == 0) return true;
  if (sources.empty()) return false;
  remove_if_present(document, source_term(source));
  std::string key_term = edit_key_term(posting, source);
  if (!key_term.empty()) remove_if_present(document, key_term);
  return true;
}

}  // namespace jobsearch
