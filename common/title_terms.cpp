#include "common/title_terms.h"

#include <algorithm>
#include <sstream>

#include "common/ascii_text.h"
#include "common/schema.h"
#include "common/text_analysis.h"

namespace jobsearch {
namespace {

std::string capped(std::string term) {
  if (term.size() > schema::kMaxTermLength) term.resize(schema::kMaxTermLength);
  return term;
}

}  // namespace

std::string exact_title_term(std::string_view title) {
  return capped(schema::kExactTitlePrefix + word_key(title));
}

std::vector<std::string> title_pair_terms(std::string_view title) {
  const Xapian::Stem stem = text_stemmer();
  std::vector<std::string> stems;
  std::istringstream words(word_key(title));
  for (std::string word; words >> word;) stems.push_back(stem(word));
  std::vector<std::string> terms;
  for (std::size_t i = 1; i < stems.size(); ++i) {
    std::string term = capped(schema::kTitlePairPrefix + stems[i - 1] + " " + stems[i]);
    if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
  }
  return terms;
}

}  // namespace jobsearch
