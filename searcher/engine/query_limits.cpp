#include "searcher/engine/query_limits.h"

#include <algorithm>
#include <cctype>

namespace jobsearch {

std::size_t count_words(std::string_view text) {
  std::size_t words = 0;
  bool in_word = false;
  for (Xapian::Utf8Iterator it(text.data(), text.size()); it != Xapian::Utf8Iterator(); ++it) {
    bool word_char = Xapian::Unicode::is_wordchar(*it);
    if (word_char && !in_word) ++words;
    in_word = word_char;
  }
  return words;
}

std::size_t count_wildcards(std::string_view text) {
  std::size_t wildcards = 0;
  for (std::size_t i = 1; i < text.size(); ++i) {
    auto before = static_cast<unsigned char>(text[i - 1]);
    if (text[i] == '*' && (std::isalnum(before) || before >= 0x80)) ++wildcards;
  }
  return wildcards;
}

void check_query_size(const std::string& text, const QueryLimits& limits) {
  if (text.size() > limits.max_bytes) {
    throw QueryLimitError("the query is too long: " + std::to_string(text.size()) +
                              " bytes, at most " + std::to_string(limits.max_bytes),
                          "--max-query-bytes");
  }
  std::size_t words = count_words(text);
  if (words > limits.max_words) {
    throw QueryLimitError("the query has too many words: " + std::to_string(words) + ", at most " +
                              std::to_string(limits.max_words),
                          "--max-query-words");
  }
}

Xapian::termcount terms_per_wildcard(const std::string& text, const QueryLimits& limits) {
  const std::size_t wildcards = count_wildcards(text);
  if (wildcards == 0) return kMaxTermsPerWildcard;
  const std::size_t allowed =
      std::max<std::size_t>(1, limits.max_wildcard_terms / kMinTermsPerWildcard);
  if (wildcards > allowed) {
    throw QueryLimitError("the query has too many wildcards (word*): " + std::to_string(wildcards) +
                              ", at most " + std::to_string(allowed),
                          "--max-wildcard-terms");
  }
  return std::min<Xapian::termcount>(
      kMaxTermsPerWildcard, static_cast<Xapian::termcount>(limits.max_wildcard_terms / wildcards));
}

}  // namespace jobsearch
