#include "searcher/engine/synonym_expander.h"

#include <cctype>
#include <vector>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

constexpr std::size_t kMaxTermWords = 3;

struct Token {
  std::string text;
  bool plain;  // a bare word that may be part of a synonym term
};

bool is_operator(const std::string& word) {
  for (const char* op : {"AND", "OR", "NOT", "XOR", "NEAR", "ADJ"}) {
    if (word == op || word.rfind(std::string(op) + "/", 0) == 0) return true;
  }
  return false;
}

// Splits on spaces, keeping quoted phrases whole and marking which tokens
// are plain words.
std::vector<Token> tokenize(const std::string& query) {
  std::vector<Token> tokens;
  std::size_t i = 0;
  while (i < query.size()) {
    if (std::isspace(static_cast<unsigned char>(query[i]))) {
      ++i;
      continue;
    }
    std::size_t end = i;
    bool quoted = false;
    while (end < query.size() &&
           (quoted || !std::isspace(static_cast<unsigned char>(query[end])))) {
      if (query[end] == '"') quoted = !quoted;
      ++end;
    }
    std::string text = query.substr(i, end - i);
    bool plain = text.find_first_of("\":()*+-") == std::string::npos && !is_operator(text);
    tokens.push_back({text, plain});
    i = end;
  }
  return tokens;
}

std::vector<std::string> expansions(const std::string& term, const Xapian::Database& database) {
  std::vector<std::string> found;
  for (auto it = database.synonyms_begin(term); it != database.synonyms_end(term); ++it) {
    found.push_back(*it);
  }
  return found;
}

std::string quoted_if_phrase(const std::string& text) {
  return text.find(' ') == std::string::npos ? text : "\"" + text + "\"";
}

}  // namespace

std::string expand_synonyms(const std::string& query, const Xapian::Database& database) {
  if (database.synonym_keys_begin() == database.synonym_keys_end()) return query;
  std::vector<Token> tokens = tokenize(query);
  std::string out;
  for (std::size_t i = 0; i < tokens.size();) {
    std::size_t used = 1;
    std::string replacement = tokens[i].text;
    for (std::size_t n = std::min(kMaxTermWords, tokens.size() - i); n >= 1 && tokens[i].plain;
         --n) {
      std::string term;
      bool all_plain = true;
      for (std::size_t k = i; k < i + n; ++k) {
        all_plain = all_plain && tokens[k].plain;
        term += (k > i ? " " : "") + to_lower_ascii(tokens[k].text);
      }
      std::vector<std::string> found =
          all_plain ? expansions(term, database) : std::vector<std::string>{};
      if (found.empty()) continue;
      replacement = "(" + quoted_if_phrase(term);
      for (const std::string& expansion : found)
        replacement += " OR " + quoted_if_phrase(expansion);
      replacement += ")";
      used = n;
      break;
    }
    out += (out.empty() ? "" : " ") + replacement;
    i += used;
  }
  return out;
}

}  // namespace jobsearch
