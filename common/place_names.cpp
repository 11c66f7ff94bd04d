#include "common/place_names.h"

#include "common/ascii_text.h"
#include "common/country_codes.h"

namespace jobsearch {

std::string normalize_country(std::string_view text) {
  std::string key;
  for (size_t i = 0; i < text.size(); ++i) {
    if (!is_ascii_punct(text[i])) key.push_back(text[i]);
    // Latin-1 capitals (U+00C0-U+00DE, but not U+00D7) to lower case: "Österreich".
    auto byte = static_cast<unsigned char>(text[i]);
    auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      key.push_back(static_cast<char>(next + 0x20));
      ++i;
    }
  }
  key = fold_whitespace(to_lower_ascii(key));
  if (key.rfind("the ", 0) == 0 && !country_code(key.substr(4)).empty()) key.erase(0, 4);
  std::string code = country_code(key);
  return code.empty() ? trim_ascii_space(text) : code;
}

std::string place_key(std::string_view text) {
  std::string kept;
  kept.reserve(text.size());
  for (char c : text) {
    // "St. Louis" and "O'Fallon" lose the mark; "Winston-Salem" and
    // "Dallas/Fort Worth" keep their words apart.
    if (c == '.' || c == '\'') continue;
    kept.push_back(c == ',' || !is_ascii_punct(c) ? c : ' ');
  }
  std::string folded = fold_whitespace(to_lower_ascii(kept));
  std::string key;
  key.reserve(folded.size());
  for (size_t i = 0; i < folded.size(); ++i) {
    bool space_by_comma = folded[i] == ' ' && ((i > 0 && folded[i - 1] == ',') ||
                                               (i + 1 < folded.size() && folded[i + 1] == ','));
    if (!space_by_comma) key.push_back(folded[i]);
  }
  return key;
}

}  // namespace jobsearch
