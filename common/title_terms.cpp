#include "title_terms.h"

#include <algorithm>

#include "normalize.h"
#include "schema.h"

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
  const std::string words = word_key(title);
  std::vector<std::string> terms;
  std::size_t first = 0;
  std::size_t space = words.find(' ');
  while (space != std::string::npos) {
    std::size_t next_space = words.find(' ', space + 1);
    std::string pair = words.substr(first, (next_space == std::string::npos ? words.size() : next_space) - first);
    std::string term = capped(schema::kTitlePairPrefix + pair);
    if (std::find(terms.begin(), terms.end(), term) == terms.end()) terms.push_back(term);
    first = space + 1;
    space = next_space;
  }
  return terms;
}

}  // namespace jobsearch
