#include "common/country_codes.h"

#include <algorithm>
#include <cctype>
#include <unordered_map>

namespace jobsearch {
namespace {

// Per code, names postings use that ISO 3166-1 lacks ('|' between them):
// native names and everyday aliases, as country_name_key() gives them.
constexpr std::pair<std::string_view, std::string_view> kCountryNames[] = {
    {"US", "america|u s|u s a"},
    {"CI", "ivory coast"},
    {"CD", "dr congo|drc|democratic republic of congo"},
    {"CV", "cape verde"},
    {"SZ", "swaziland"},
    {"MM", "burma"},
    {"MK", "macedonia"},
    {"MO", "macau"},
    {"VA", "vatican|vatican city"},
    {"BN", "brunei"},
    {"XK", "kosovo"},  // not in ISO 3166-1; XK is the code Europe uses
    {"GB", "uk|u k|great britain|britain|england|scotland|wales|northern ireland"},
    {"MX", "méxico"},
    {"DE", "deutschland"},
    {"NL", "the netherlands|holland|nederland"},
    {"BE", "belgique|belgië"},
    {"CH", "schweiz|suisse"},
    {"AT", "österreich"},
    {"IE", "republic of ireland"},
    {"ES", "españa"},
    {"IT", "italia"},
    {"SE", "sverige"},
    {"NO", "norge"},
    {"DK", "danmark"},
    {"FI", "suomi"},
    {"PL", "polska"},
    {"RU", "russia"},
    {"TR", "turkey|turkiye"},
    {"AE", "uae"},
    {"IN", "bharat"},
    {"CN", "prc"},
    {"KR", "korea|republic of korea"},
    {"PH", "the philippines"},
    {"BR", "brasil"},
    {"PE", "perú"},
};

using NameTable = std::unordered_map<std::string, std::string>;

void add_names(NameTable& table, std::string_view code, std::string_view names) {
  for (size_t start = 0; start <= names.size();) {
    size_t end = std::min(names.find('|', start), names.size());
    std::string key = country_name_key(names.substr(start, end - start));
    if (!key.empty()) table.emplace(key, code);
    start = end + 1;
  }
}

// "Korea, Republic of" -> "Korea": the short form of a formal name, when
// no other country's name shortens to it ("Congo" does for two).
std::string short_name(std::string_view name) {
  size_t comma = name.find(',');
  return comma == std::string_view::npos ? "" : country_name_key(name.substr(0, comma));
}

// Names first, then short forms, then aliases: a name ("Congo") is never
// taken by another country's short form.
NameTable name_table() {
  NameTable table;
  std::unordered_map<std::string, int> shorts;
  for (std::size_t i = 0; i < kIsoCountryCount; ++i) {
    const IsoCountry& country = kIsoCountries[i];
    for (const char* name :
         {country.alpha_3, country.name, country.common_name, country.official_name}) {
      add_names(table, country.alpha_2, name);
    }
    ++shorts[short_name(country.name)];
  }
  for (std::size_t i = 0; i < kIsoCountryCount; ++i) {
    std::string shortened = short_name(kIsoCountries[i].name);
    if (!shortened.empty() && shorts[shortened] == 1) {
      table.emplace(shortened, kIsoCountries[i].alpha_2);
    }
  }
  for (const auto& [code, names] : kCountryNames) add_names(table, code, names);
  return table;
}

const NameTable& country_names() {
  static const NameTable table = name_table();
  return table;
}

bool is_alpha2_code(std::string_view upper) {
  for (std::size_t i = 0; i < kIsoCountryCount; ++i) {
    if (upper == kIsoCountries[i].alpha_2) return true;
  }
  return false;
}

}  // namespace

std::string country_name_key(std::string_view text) {
  std::string key;
  bool space = false;
  for (size_t i = 0; i < text.size(); ++i) {
    auto byte = static_cast<unsigned char>(text[i]);
    auto next = i + 1 < text.size() ? static_cast<unsigned char>(text[i + 1]) : 0;
    if (byte == ' ' || byte == '\t' || byte == '\n' || byte == '\r') {
      space = !key.empty();
      continue;
    }
    if (byte < 0x80 && !std::isalnum(byte)) continue;  // "U.S.", "Côte d'Ivoire"
    if (space) key.push_back(' ');
    space = false;
    if (byte == 0xC3 && next >= 0x80 && next <= 0x9E && next != 0x97) {
      key += {static_cast<char>(byte), static_cast<char>(next + 0x20)};  // Latin-1 capitals
      ++i;
    } else {
      key.push_back(static_cast<char>(std::tolower(byte)));
    }
  }
  return key;
}

std::string country_code(std::string_view key) {
  if (auto found = country_names().find(std::string(key)); found != country_names().end()) {
    return found->second;
  }
  if (key.size() == 2) {
    std::string upper(key);
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (is_alpha2_code(upper)) return upper;
  }
  return "";
}

}  // namespace jobsearch
