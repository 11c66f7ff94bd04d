#include "common/word_lookup.h"

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

std::string_view lookup(const WordValue* table, std::size_t size, std::string_view key) {
  for (std::size_t i = 0; i < size; ++i) {
    if (table[i].first == key) return table[i].second;
  }
  return {};
}

}  // namespace

std::vector<std::string> label_words(std::string_view text, bool keep_case) {
  std::vector<std::string> out;
  std::string word;
  for (char c : text) {
    bool joiner = (c == '\'' || c == '.') && !word.empty();
    if (is_ascii_alnum(c) || static_cast<unsigned char>(c) >= 0x80) {
      bool upper = c >= 'A' && c <= 'Z';
      word.push_back(upper && !keep_case ? static_cast<char>(c + ('a' - 'A')) : c);
    } else if (!joiner && !word.empty()) {
      out.push_back(std::move(word));
      word.clear();
    }
  }
  if (!word.empty()) out.push_back(std::move(word));
  return out;
}

std::string first_match(const WordValue* table, std::size_t size,
                        const std::vector<std::string>& words) {
  for (std::size_t i = 0; i < words.size(); ++i) {
    if (i + 1 < words.size()) {
      auto value = lookup(table, size, words[i] + words[i + 1]);
      if (!value.empty()) return std::string(value);
    }
    if (auto value = lookup(table, size, words[i]); !value.empty()) return std::string(value);
  }
  return "";
}

}  // namespace jobsearch
