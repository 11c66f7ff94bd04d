#include "text_analysis.h"

#include <iterator>

namespace jobsearch {
namespace {

// A short list on purpose: words such as "it", "us" or "will" are left
// searchable because job titles and skills use them ("IT support").
constexpr const char* kStopWords[] = {
    "a",      "about", "an",   "and",   "are",  "as",   "at",    "be",    "been",  "but",
    "by",     "for",   "from", "had",   "has",  "have", "in",    "into",  "is",    "its",
    "of",     "on",    "or",   "our",   "that", "the",  "their", "them",  "then",  "there",
    "these",  "they",  "this", "those", "to",   "was",  "were",  "which", "while", "with",
    "within", "you",   "your", "we",    "who",  "whom", "what",  "when",  "where", "would",
};

}  // namespace

Xapian::Stem text_stemmer() { return Xapian::Stem("english"); }

const Xapian::Stopper& text_stopper() {
  static const Xapian::SimpleStopper stopper(std::begin(kStopWords), std::end(kStopWords));
  return stopper;
}

}  // namespace jobsearch
