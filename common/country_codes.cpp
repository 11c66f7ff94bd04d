#include "country_codes.h"

#include <unordered_map>

namespace jobsearch {
namespace {

// Every officially assigned ISO 3166-1 alpha-2 code, two letters each.
constexpr std::string_view kAlpha2Codes =
    "ADAEAFAGAIALAMAOAQARASATAUAWAXAZBABBBDBEBFBGBHBIBJBLBMBNBOBQBRBSBTBVBWBYBZCACCCDCFCGCH"
    "CICKCLCMCNCOCRCUCVCWCXCYCZDEDJDKDMDODZECEEEGEHERESETFIFJFKFMFOFRGAGBGDGEGFGGGHGIGLGMGN"
    "GPGQGRGSGTGUGWGYHKHMHNHRHTHUIDIEILIMINIOIQIRISITJEJMJOJPKEKGKHKIKMKNKPKRKWKYKZLALBLCLI"
    "LKLRLSLTLULVLYMAMCMDMEMFMGMHMKMLMMMNMOMPMQMRMSMTMUMVMWMXMYMZNANCNENFNGNINLNONPNRNUNZOM"
    "PAPEPFPGPHPKPLPMPNPRPSPTPWPYQARERORSRURWSASBSCSDSESGSHSISJSKSLSMSNSOSRSSSTSVSXSYSZTCTD"
    "TFTGTHTJTKTLTMTNTOTRTTTVTWTZUAUGUMUSUYUZVAVCVEVGVIVNVUWFWSYEYTZAZMZW";

// Names (English, native, alpha-3 and everyday aliases) -> code. Keys are
// in the form country_code() receives: lower case, no punctuation.
constexpr std::pair<std::string_view, std::string_view> kCountryNames[] = {
    {"united states", "US"},
    {"united states of america", "US"},
    {"usa", "US"},
    {"america", "US"},
    {"us of a", "US"},
    {"u s", "US"},
    {"u s a", "US"},
    {"united kingdom", "GB"},
    {"uk", "GB"},
    {"gbr", "GB"},
    {"great britain", "GB"},
    {"britain", "GB"},
    {"england", "GB"},
    {"scotland", "GB"},
    {"wales", "GB"},
    {"northern ireland", "GB"},
    {"u k", "GB"},
    {"united kingdom of great britain and northern ireland", "GB"},
    {"canada", "CA"},
    {"can", "CA"},
    {"mexico", "MX"},
    {"mex", "MX"},
    {"méxico", "MX"},
    {"germany", "DE"},
    {"deu", "DE"},
    {"deutschland", "DE"},
    {"france", "FR"},
    {"fra", "FR"},
    {"netherlands", "NL"},
    {"the netherlands", "NL"},
    {"nld", "NL"},
    {"holland", "NL"},
    {"nederland", "NL"},
    {"belgium", "BE"},
    {"bel", "BE"},
    {"belgique", "BE"},
    {"belgië", "BE"},
    {"luxembourg", "LU"},
    {"switzerland", "CH"},
    {"che", "CH"},
    {"schweiz", "CH"},
    {"suisse", "CH"},
    {"austria", "AT"},
    {"aut", "AT"},
    {"österreich", "AT"},
    {"ireland", "IE"},
    {"irl", "IE"},
    {"republic of ireland", "IE"},
    {"spain", "ES"},
    {"esp", "ES"},
    {"españa", "ES"},
    {"portugal", "PT"},
    {"prt", "PT"},
    {"italy", "IT"},
    {"ita", "IT"},
    {"italia", "IT"},
    {"greece", "GR"},
    {"sweden", "SE"},
    {"swe", "SE"},
    {"sverige", "SE"},
    {"norway", "NO"},
    {"nor", "NO"},
    {"norge", "NO"},
    {"denmark", "DK"},
    {"dnk", "DK"},
    {"danmark", "DK"},
    {"finland", "FI"},
    {"fin", "FI"},
    {"suomi", "FI"},
    {"iceland", "IS"},
    {"poland", "PL"},
    {"pol", "PL"},
    {"polska", "PL"},
    {"czech republic", "CZ"},
    {"czechia", "CZ"},
    {"cze", "CZ"},
    {"slovakia", "SK"},
    {"hungary", "HU"},
    {"hun", "HU"},
    {"romania", "RO"},
    {"rou", "RO"},
    {"bulgaria", "BG"},
    {"croatia", "HR"},
    {"serbia", "RS"},
    {"slovenia", "SI"},
    {"estonia", "EE"},
    {"latvia", "LV"},
    {"lithuania", "LT"},
    {"ukraine", "UA"},
    {"ukr", "UA"},
    {"belarus", "BY"},
    {"russia", "RU"},
    {"russian federation", "RU"},
    {"rus", "RU"},
    {"turkey", "TR"},
    {"türkiye", "TR"},
    {"turkiye", "TR"},
    {"tur", "TR"},
    {"cyprus", "CY"},
    {"malta", "MT"},
    {"israel", "IL"},
    {"isr", "IL"},
    {"united arab emirates", "AE"},
    {"uae", "AE"},
    {"are", "AE"},
    {"saudi arabia", "SA"},
    {"sau", "SA"},
    {"qatar", "QA"},
    {"kuwait", "KW"},
    {"bahrain", "BH"},
    {"oman", "OM"},
    {"jordan", "JO"},
    {"lebanon", "LB"},
    {"egypt", "EG"},
    {"egy", "EG"},
    {"morocco", "MA"},
    {"tunisia", "TN"},
    {"nigeria", "NG"},
    {"nga", "NG"},
    {"ghana", "GH"},
    {"kenya", "KE"},
    {"ken", "KE"},
    {"ethiopia", "ET"},
    {"south africa", "ZA"},
    {"zaf", "ZA"},
    {"india", "IN"},
    {"ind", "IN"},
    {"bharat", "IN"},
    {"pakistan", "PK"},
    {"pak", "PK"},
    {"bangladesh", "BD"},
    {"sri lanka", "LK"},
    {"nepal", "NP"},
    {"china", "CN"},
    {"chn", "CN"},
    {"peoples republic of china", "CN"},
    {"prc", "CN"},
    {"hong kong", "HK"},
    {"hkg", "HK"},
    {"taiwan", "TW"},
    {"twn", "TW"},
    {"japan", "JP"},
    {"jpn", "JP"},
    {"south korea", "KR"},
    {"korea", "KR"},
    {"republic of korea", "KR"},
    {"kor", "KR"},
    {"singapore", "SG"},
    {"sgp", "SG"},
    {"malaysia", "MY"},
    {"mys", "MY"},
    {"indonesia", "ID"},
    {"idn", "ID"},
    {"philippines", "PH"},
    {"phl", "PH"},
    {"the philippines", "PH"},
    {"thailand", "TH"},
    {"tha", "TH"},
    {"vietnam", "VN"},
    {"viet nam", "VN"},
    {"vnm", "VN"},
    {"australia", "AU"},
    {"aus", "AU"},
    {"new zealand", "NZ"},
    {"nzl", "NZ"},
    {"brazil", "BR"},
    {"brasil", "BR"},
    {"bra", "BR"},
    {"argentina", "AR"},
    {"arg", "AR"},
    {"chile", "CL"},
    {"chl", "CL"},
    {"colombia", "CO"},
    {"col", "CO"},
    {"peru", "PE"},
    {"perú", "PE"},
    {"per", "PE"},
    {"ecuador", "EC"},
    {"uruguay", "UY"},
    {"paraguay", "PY"},
    {"bolivia", "BO"},
    {"venezuela", "VE"},
    {"costa rica", "CR"},
    {"cri", "CR"},
    {"panama", "PA"},
    {"guatemala", "GT"},
    {"dominican republic", "DO"},
    {"puerto rico", "PR"},
    {"pri", "PR"},
    {"jamaica", "JM"},
    {"cuba", "CU"},
    {"el salvador", "SV"},
    {"honduras", "HN"},
    {"nicaragua", "NI"},
};

const std::unordered_map<std::string_view, std::string_view>& country_names() {
  static const std::unordered_map<std::string_view, std::string_view> table(
      std::begin(kCountryNames), std::end(kCountryNames));
  return table;
}

bool is_alpha2_code(std::string_view upper) {
  for (size_t i = 0; i + 1 < kAlpha2Codes.size(); i += 2) {
    if (kAlpha2Codes.compare(i, 2, upper) == 0) return true;
  }
  return false;
}

}  // namespace

std::string country_code(std::string_view key) {
  if (auto found = country_names().find(key); found != country_names().end()) {
    return std::string(found->second);
  }
  if (key.size() == 2) {
    std::string upper(key);
    for (char& c : upper) c = (c >= 'a' && c <= 'z') ? static_cast<char>(c - 32) : c;
    if (is_alpha2_code(upper)) return upper;
  }
  return "";
}

}  // namespace jobsearch
