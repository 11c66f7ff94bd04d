#include "searcher/engine/facet_spellings.h"

#include "common/facet_terms.h"

namespace jobsearch {
namespace {

struct Spellings {
  std::string shown;        // the spelling shown for the term
  std::uint64_t best = 0;   // its postings
  std::uint64_t total = 0;  // postings of every spelling
};

bool more_common(const std::string& spelling, std::uint64_t count, const Spellings& so_far) {
  return count != so_far.best ? count > so_far.best : spelling < so_far.shown;
}

}  // namespace

std::unordered_map<std::string, std::uint64_t> merge_spellings(
    const schema::Facet& facet, const std::unordered_map<std::string, std::uint64_t>& counts) {
  std::unordered_map<std::string, Spellings> by_term;
  for (const auto& [value, count] : counts) {
    std::string term = facet_term(facet, value);
    Spellings& spellings = by_term[term.empty() ? value : term];
    if (spellings.total == 0 || more_common(value, count, spellings)) {
      spellings.shown = value;
      spellings.best = count;
    }
    spellings.total += count;
  }
  std::unordered_map<std::string, std::uint64_t> merged;
  for (const auto& [term, spellings] : by_term) merged[spellings.shown] = spellings.total;
  return merged;
}

}  // namespace jobsearch
