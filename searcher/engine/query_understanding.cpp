#include "searcher/engine/query_understanding.h"

#include <algorithm>
#include <sstream>

#include "common/ascii_text.h"
#include "common/schema.h"
#include "common/text_analysis.h"
#include "searcher/engine/place_resolver.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

// Radius of a place named in the query: its metropolitan area.
constexpr double kPlaceRadiusKm = 50;

struct Condition {
  std::vector<std::string> words;  // lower case, in order
  const char* as;
  const char* param;
  const char* value;
};
constexpr const char* kEmployment = "employment_type";
const Condition kConditions[] = {
    {{"remote"}, "filter", "remote", "true"},
    {{"part", "time"}, "filter", kEmployment, "PART_TIME"},
    {{"part-time"}, "filter", kEmployment, "PART_TIME"},
    {{"full", "time"}, "filter", kEmployment, "FULL_TIME"},
    {{"full-time"}, "filter", kEmployment, "FULL_TIME"},
    {{"contract"}, "filter", kEmployment, "CONTRACTOR"},
    {{"internship"}, "filter", kEmployment, "INTERN"},
    {{"entry", "level"}, "boost", "words", "entry level"},
    {{"entry-level"}, "boost", "words", "entry-level"},
    {{"new", "grad"}, "boost", "words", "new grad"},
    {{"junior"}, "boost", "words", "junior"},
    {{"senior"}, "boost", "words", "senior"},
};

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

std::string joined(const std::vector<std::string>& words, std::size_t from, std::size_t to) {
  std::string out;
  for (std::size_t i = from; i < to; ++i) out += (out.empty() ? "" : " ") + words[i];
  return out;
}

bool plain(const std::vector<std::string>& words) {
  return std::all_of(words.begin(), words.end(), [](const std::string& word) {
    if (word == "AND" || word == "OR" || word == "NOT" || word == "NEAR") return false;
    return word.find_first_of("\":()*+-") == std::string::npos || word == "part-time" ||
           word == "full-time" || word == "entry-level";
  });
}

// Whether `words[at...]` begins with the condition's words.
bool begins(const std::vector<std::string>& words, std::size_t at, const Condition& condition) {
  if (at + condition.words.size() > words.size()) return false;
  for (std::size_t i = 0; i < condition.words.size(); ++i) {
    if (to_lower_ascii(words[at + i]) != condition.words[i]) return false;
  }
  return true;
}

// `text` lower case, its words one space apart.
std::string normal(const std::string& text) {
  const std::vector<std::string> words = split_words(to_lower_ascii(text));
  return joined(words, 0, words.size());
}

// Whether the request asks for `typed` to stay words (SearchRequest::literal).
bool kept_literal(const SearchRequest& request, const std::string& typed) {
  return std::any_of(request.literal.begin(), request.literal.end(),
                     [&](const std::string& words) { return normal(words) == normal(typed); });
}

// Whether the request sets the condition's parameter itself.
bool set_by_request(const SearchRequest& request, const Condition& condition) {
  const std::string param = condition.param;
  if (param == "remote") return request.remote;
  if (param == kEmployment) return request.filters.count(kEmployment) > 0;
  return false;
}

void apply(const Condition& condition, SearchRequest& out) {
  const std::string param = condition.param;
  if (param == "remote") out.remote = true;
  if (param == kEmployment) out.filters[kEmployment].push_back(condition.value);
}

// The words are a place when postings name them as a place more often
// than in titles ("austin", not "data"), their last word is mostly seen
// as a place ("york", not "spring" of the Java framework), and the index
// resolves them.
bool read_place(const std::string& words, const Xapian::Database& database, std::string& name) {
  const std::vector<std::string> split = split_words(words);
  for (const std::string& word : split) {
    if (database.get_termfreq(word_term(word, schema::kLocation.prefix)) <=
        database.get_termfreq(word_term(word, schema::kTitle.prefix))) {
      return false;
    }
  }
  const std::string& last = split.back();
  if (database.get_termfreq(word_term(last, schema::kLocation.prefix)) * 3 <
      database.get_termfreq(word_term(last))) {
    return false;
  }
  try {
    name = resolve_place(words, database).name;
    return true;
  } catch (const SearchError&) {
    return false;
  }
}

// A trailing place of one or two words ("chicago", "new york"), leaving a
// word to search for, when the request names no place itself.
void understand_place(std::vector<std::string>& kept, SearchRequest& out,
                      const Xapian::Database& database, std::vector<UnderstoodWords>& understood) {
  if (!out.near.empty()) return;
  for (std::size_t size : {std::size_t{2}, std::size_t{1}}) {
    if (kept.size() <= size) continue;
    const std::string words = joined(kept, kept.size() - size, kept.size());
    std::string name;
    if (kept_literal(out, words) || !read_place(words, database, name)) continue;
    out.near = name;
    out.radius_km = kPlaceRadiusKm;
    understood.push_back({words, "filter", "near", name});
    kept.resize(kept.size() - size);
    return;
  }
}

}  // namespace

SearchRequest understand_query(const SearchRequest& request, const Xapian::Database& database,
                               std::vector<UnderstoodWords>& understood) {
  std::vector<std::string> words = split_words(request.query);
  if (words.size() < 2 || !plain(words)) return request;
  SearchRequest out = request;
  std::vector<std::string> kept;
  for (std::size_t at = 0; at < words.size();) {
    auto match = std::find_if(std::begin(kConditions), std::end(kConditions),
                              [&](const Condition& c) { return begins(words, at, c); });
    const std::string typed =
        match == std::end(kConditions) ? "" : joined(words, at, at + match->words.size());
    if (match == std::end(kConditions) || set_by_request(request, *match) ||
        kept_literal(request, typed)) {
      kept.push_back(words[at++]);
      continue;
    }
    understood.push_back({typed, match->as, match->param, match->value});
    if (std::string(match->as) == "filter") {
      apply(*match, out);
    } else {
      for (std::size_t i = 0; i < match->words.size(); ++i) {
        kept.push_back(words[at + i]);
        out.dropped_words.push_back(words[at + i]);
      }
    }
    at += match->words.size();
  }
  understand_place(kept, out, database, understood);
  if (kept.size() == out.dropped_words.size()) return (understood.clear(), request);
  out.query = joined(kept, 0, kept.size());
  return out;
}

}  // namespace jobsearch
