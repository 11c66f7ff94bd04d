#include "common/text_analysis.h"

#include <iterator>

#include "common/schema.h"

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

void use_text_analysis(Xapian::TermGenerator& generator) {
  generator.set_stemmer(text_stemmer());
  // No stopper: stop words are indexed like every word, so that a phrase
  // such as "head of sales" matches; queries drop them outside phrases.
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
}

void use_text_analysis(Xapian::QueryParser& parser) {
  parser.set_stemmer(text_stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  parser.set_stopper(&text_stopper());
}

std::string word_term(const std::string& word, const std::string& prefix) {
  thread_local const Xapian::Stem stemmer = text_stemmer();  // a Stem is not thread-safe
  return schema::kStemPrefix + prefix + stemmer(Xapian::Unicode::tolower(word));
}

}  // namespace jobsearch
