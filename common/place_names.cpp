#include "common/place_names.h"

#include "common/accent_fold.h"
#include "common/ascii_text.h"
#include "common/country_codes.h"

namespace jobsearch {

std::string normalize_country(std::string_view text) {
  std::string key = country_name_key(text);
  if (key.rfind("the ", 0) == 0 && !country_code(key.substr(4)).empty()) key.erase(0, 4);
  std::string code = country_code(key);
  return code.empty() ? trim_ascii_space(text) : code;
}

std::string place_key(std::string_view text) {
  // "Mahārāshtra" and "Maharashtra" are one place, spelled by two sites.
  const std::string unaccented = fold_accents(text);
  std::string kept;
  kept.reserve(unaccented.size());
  for (char c : unaccented) {
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
