#include "searcher/engine/relaxation.h"

#include <algorithm>
#include <sstream>

#include "common/schema.h"
#include "common/text_analysis.h"

namespace jobsearch {
namespace {

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// A word without query syntax: "c++" and ".net" are words, "title:x",
// "-x", "+x", "\"x" and "AND" are syntax.
bool is_plain_word(const std::string& word) {
  if (word == "AND" || word == "OR" || word == "NOT" || word == "NEAR" || word == "ADJ") {
    return false;
  }
  if (word.front() == '-' || word.front() == '+') return false;
  return word.find_first_of("\":()*") == std::string::npos;
}

struct Telling {
  std::string word;
  Xapian::doccount in_titles;
  Xapian::doccount anywhere;
};

}  // namespace

std::vector<std::string> words_to_drop(const std::string& text, const Xapian::Database& database) {
  std::vector<std::string> words = split_words(text);
  if (words.size() < 2 || !std::all_of(words.begin(), words.end(), is_plain_word)) return {};
  std::vector<Telling> telling;
  for (const std::string& word : words) {
    telling.push_back({word, database.get_termfreq(word_term(word, schema::kTitle.prefix)),
                       database.get_termfreq(word_term(word))});
  }
  // A word no posting has goes first; then the one titles use least; of
  // two alike, the rarer (it is the one that empties the page).
  std::stable_sort(telling.begin(), telling.end(), [](const Telling& a, const Telling& b) {
    if ((a.anywhere == 0) != (b.anywhere == 0)) return a.anywhere == 0;
    if (a.in_titles != b.in_titles) return a.in_titles < b.in_titles;
    return a.anywhere < b.anywhere;
  });
  std::vector<std::string> order;
  for (const Telling& one : telling) order.push_back(one.word);
  return order;
}

std::string without_words(const std::string& text, const std::vector<std::string>& dropped) {
  std::vector<std::string> left = dropped;
  std::string kept;
  for (const std::string& word : split_words(text)) {
    auto it = std::find(left.begin(), left.end(), word);
    if (it != left.end()) {
      left.erase(it);
      continue;
    }
    kept += (kept.empty() ? "" : " ") + word;
  }
  return kept;
}

}  // namespace jobsearch
