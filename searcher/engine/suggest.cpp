#include "searcher/engine/suggest.h"

#include <algorithm>
#include <map>
#include <nlohmann/json.hpp>

#include "common/schema.h"
#include "common/stored_data.h"
#include "common/text_analysis.h"

namespace jobsearch {
namespace {

using json = nlohmann::json;

constexpr Xapian::doccount kSample = 200;        // postings read per request
constexpr Xapian::termcount kMaxExpansion = 50;  // words a typed fragment may stand for
constexpr std::size_t kMaxWords = 8;             // typed words looked at

// Lower-case words of `text`, split where Xapian splits words.
std::vector<std::string> words_of(const std::string& text) {
  std::vector<std::string> words(1);
  for (Xapian::Utf8Iterator it(text); it != Xapian::Utf8Iterator(); ++it) {
    if (Xapian::Unicode::is_wordchar(*it)) {
      Xapian::Unicode::append_utf8(words.back(), Xapian::Unicode::tolower(*it));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

// Every typed word starts some word of the candidate.
bool completes(const std::vector<std::string>& typed, const std::string& candidate) {
  std::vector<std::string> words = words_of(candidate);
  return std::all_of(typed.begin(), typed.end(), [&words](const std::string& prefix) {
    return std::any_of(words.begin(), words.end(),
                       [&prefix](const std::string& word) { return word.rfind(prefix, 0) == 0; });
  });
}

// Reads a posting's stored JSON only up to its description (stored last and
// by far the longest): the top-level "title" and the strings of "skills".
class TitleAndSkills : public nlohmann::json_sax<json> {
 public:
  std::string title;
  std::vector<std::string> skills;

  bool key(string_t& name) override {
    if (depth_ == 1) key_ = name;
    return !(depth_ == 1 && name == "description");  // false stops the parse
  }
  bool string(string_t& value) override {
    if (depth_ == 1 && key_ == "title") title = value;
    if (depth_ == 2 && key_ == "skills") skills.push_back(value);
    return true;
  }
  bool start_object(std::size_t) override { return ++depth_, true; }
  bool end_object() override { return --depth_, true; }
  bool start_array(std::size_t) override { return ++depth_, true; }
  bool end_array() override { return --depth_, true; }
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool parse_error(std::size_t, const std::string&, const nlohmann::detail::exception&) override {
    return false;
  }

 private:
  int depth_ = 0;
  std::string key_;
};

// Terms starting with the stem of `word` or with `word` itself, under
// `prefix`: the index holds stems ("Software" -> "ZSsoftwar"), and a typed
// fragment may be longer than its stem ("engineer" -> "engin") or not.
Xapian::Query completions(const std::string& word, const std::string& prefix) {
  auto starting_with = [](const std::string& pattern) {
    return Xapian::Query(Xapian::Query::OP_WILDCARD, pattern, kMaxExpansion,
                         Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  };
  const std::string stem = word_term(word, prefix);
  const std::string typed = schema::kStemPrefix + prefix + word;
  if (typed.rfind(stem, 0) == 0) return starting_with(stem);  // covers the typed form
  return Xapian::Query(Xapian::Query::OP_OR, starting_with(stem), starting_with(typed));
}

// Every typed word as the start of a title or skill word (all of them
// required), each standing for its most frequent completions.
Xapian::Query completion_query(const std::vector<std::string>& words) {
  std::vector<Xapian::Query> required;
  for (const std::string& word : words) {
    required.emplace_back(Xapian::Query::OP_OR, completions(word, schema::kTitle.prefix),
                          completions(word, schema::kSkill.prefix));
  }
  return Xapian::Query(Xapian::Query::OP_AND, required.begin(), required.end());
}

struct Tally {
  Suggestion suggestion;
  unsigned count = 0;
  unsigned first_seen = 0;  // order of discovery, best-ranked postings first
};

std::vector<Suggestion> best(std::map<std::string, Tally>& tallies, unsigned limit) {
  std::vector<Tally*> order;
  for (auto& [key, tally] : tallies) order.push_back(&tally);
  std::sort(order.begin(), order.end(), [](const Tally* a, const Tally* b) {
    if (a->count != b->count) return a->count > b->count;
    if (a->suggestion.kind != b->suggestion.kind) return a->suggestion.kind == "title";
    return a->first_seen < b->first_seen;
  });
  std::vector<Suggestion> out;
  for (std::size_t i = 0; i < order.size() && i < limit; ++i) out.push_back(order[i]->suggestion);
  return out;
}

}  // namespace

std::vector<Suggestion> suggest(const Xapian::Database& database, const std::string& typed,
                                unsigned limit) {
  std::vector<std::string> words = words_of(typed);
  if (words.size() > kMaxWords) words.resize(kMaxWords);
  if (words.empty() || limit == 0) return {};
  Xapian::Enquire enquire(database);
  enquire.set_query(completion_query(words));
  Xapian::MSet mset = enquire.get_mset(0, kSample);
  std::map<std::string, Tally> tallies;  // by kind and lower-case text
  auto count = [&](const std::string& text, const char* kind) {
    if (text.empty() || !completes(words, text)) return;
    Tally& tally = tallies[std::string(kind) + '\n' + Xapian::Unicode::tolower(text)];
    if (tally.count++ == 0) tally = {{text, kind}, 1, static_cast<unsigned>(tallies.size())};
  };
  for (auto item = mset.begin(); item != mset.end(); ++item) {
    TitleAndSkills posting;
    json::sax_parse(posting_data(item.get_document()), &posting);
    count(posting.title, "title");
    for (const std::string& skill : posting.skills) count(skill, "skill");
  }
  return best(tallies, limit);
}

}  // namespace jobsearch
