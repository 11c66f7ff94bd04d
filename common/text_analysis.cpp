#include "common/text_analysis.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <iterator>
#include <string_view>
#include <unordered_map>

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

// Words of the trade that Porter2 would turn into other words: "ios" into
// "io" (I/O), "aws" into "aw".
constexpr std::string_view kKeptWords[] = {"ios", "ipados", "macos", "tvos", "watchos", "aws"};

// English words shaped like plural acronyms (see acronym_singular).
constexpr std::string_view kNotAcronyms[] = {"plus", "thus", "nous"};

bool is_vowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

// "llms" -> "llm", "gpus" -> "gpu", "kpis" -> "kpi", "sdks" -> "sdk": a
// plural acronym, which Porter2 leaves whole (it drops an "s" only after a
// vowel that does not end the rest), so that "LLMs" meets "LLM". An
// acronym read as a word has no vowel but, at most, its last letter. ""
// for any other word.
std::string acronym_singular(const std::string& word) {
  if (word.size() < 4 || word.size() > 6 || word.back() != 's') return {};
  std::string_view rest(word.data(), word.size() - 1);
  if (std::find(std::begin(kNotAcronyms), std::end(kNotAcronyms), word) != std::end(kNotAcronyms))
    return {};
  if (!std::all_of(rest.begin(), rest.end(), [](char c) { return c >= 'a' && c <= 'z'; }))
    return {};
  if (std::any_of(rest.begin(), rest.end() - 1, is_vowel)) return {};
  return std::string(rest);
}

// Porter2 (English), except for the words of the trade above.
class TradeStemmer : public Xapian::StemImplementation {
 public:
  std::string operator()(const std::string& word) override {
    if (std::find(std::begin(kKeptWords), std::end(kKeptWords), word) != std::end(kKeptWords))
      return word;
    std::string singular = acronym_singular(word);
    return porter_(singular.empty() ? word : singular);
  }
  std::string get_description() const override { return "english, words of the trade kept"; }

 private:
  Xapian::Stem porter_{"english"};
};

// A TradeStemmer that remembers the stems of the last words it stemmed:
// postings reuse a small vocabulary, and an indexer's generator stems
// every word of every posting. Only for an object one thread uses (a
// generator), and held by it: its memory goes with it.
class RememberingStemmer : public TradeStemmer {
 public:
  std::string operator()(const std::string& word) override {
    if (auto it = stems_.find(word); it != stems_.end()) return it->second;
    if (stems_.size() >= kRememberedStems) stems_.clear();
    return stems_.emplace(word, TradeStemmer::operator()(word)).first->second;
  }

 private:
  // About a megabyte: more than the distinct words of most postings.
  static constexpr std::size_t kRememberedStems = 16384;
  std::unordered_map<std::string, std::string> stems_;
};

}  // namespace

Xapian::Stem text_stemmer() { return Xapian::Stem(new TradeStemmer); }

const Xapian::Stopper& text_stopper() {
  static const Xapian::SimpleStopper stopper(std::begin(kStopWords), std::end(kStopWords));
  return stopper;
}

void use_text_analysis(Xapian::TermGenerator& generator) {
  generator.set_stemmer(Xapian::Stem(new RememberingStemmer));
  // No stopper: stop words are indexed like every word, so that a phrase
  // such as "head of sales" matches; queries drop them outside phrases.
  generator.set_stemming_strategy(Xapian::TermGenerator::STEM_ALL_Z);
}

void use_text_analysis(Xapian::QueryParser& parser) {
  parser.set_stemmer(text_stemmer());
  parser.set_stemming_strategy(Xapian::QueryParser::STEM_ALL_Z);
  parser.set_stopper(&text_stopper());
}

bool is_plain_word_term(const std::string& term) {
  const std::size_t stem = std::strlen(schema::kStemPrefix);
  return term.size() > stem && term.compare(0, stem, schema::kStemPrefix) == 0 &&
         !std::isupper(static_cast<unsigned char>(term[stem]));
}

std::string word_term(const std::string& word, const std::string& prefix) {
  thread_local const Xapian::Stem stemmer = text_stemmer();  // a Stem is not thread-safe
  return schema::kStemPrefix + prefix + stemmer(Xapian::Unicode::tolower(word));
}

}  // namespace jobsearch
