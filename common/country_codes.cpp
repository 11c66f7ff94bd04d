#include "common/country_codes.h"

#include <algorithm>
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

// Per code, the names postings use ('|' between them): English, native,
// alpha-3 and everyday aliases, in the form country_code() receives (lower
// case, no punctuation, single spaces).
constexpr std::pair<std::string_view, std::string_view> kCountryNames[] = {
    {"US", "united states|united states of america|usa|america|u s|u s a"},
    {"GB",
     "united kingdom|uk|u k|gbr|great britain|britain|england|scotland|wales|"
     "northern ireland|united kingdom of great britain and northern ireland"},
    {"CA", "canada|can"},
    {"MX", "mexico|mex|méxico"},
    {"DE", "germany|deu|deutschland"},
    {"FR", "france|fra"},
    {"NL", "netherlands|the netherlands|nld|holland|nederland"},
    {"BE", "belgium|bel|belgique|belgië"},
    {"LU", "luxembourg"},
    {"CH", "switzerland|che|schweiz|suisse"},
    {"AT", "austria|aut|österreich"},
    {"IE", "ireland|irl|republic of ireland"},
    {"ES", "spain|esp|españa"},
    {"PT", "portugal|prt"},
    {"IT", "italy|ita|italia"},
    {"GR", "greece"},
    {"SE", "sweden|swe|sverige"},
    {"NO", "norway|nor|norge"},
    {"DK", "denmark|dnk|danmark"},
    {"FI", "finland|fin|suomi"},
    {"IS", "iceland"},
    {"PL", "poland|pol|polska"},
    {"CZ", "czech republic|czechia|cze"},
    {"SK", "slovakia"},
    {"HU", "hungary|hun"},
    {"RO", "romania|rou"},
    {"BG", "bulgaria"},
    {"HR", "croatia"},
    {"RS", "serbia"},
    {"SI", "slovenia"},
    {"EE", "estonia"},
    {"LV", "latvia"},
    {"LT", "lithuania"},
    {"UA", "ukraine|ukr"},
    {"BY", "belarus"},
    {"RU", "russia|russian federation|rus"},
    {"TR", "turkey|türkiye|turkiye|tur"},
    {"CY", "cyprus"},
    {"MT", "malta"},
    {"IL", "israel|isr"},
    {"AE", "united arab emirates|uae|are"},
    {"SA", "saudi arabia|sau"},
    {"QA", "qatar"},
    {"KW", "kuwait"},
    {"BH", "bahrain"},
    {"OM", "oman"},
    {"JO", "jordan"},
    {"LB", "lebanon"},
    {"EG", "egypt|egy"},
    {"MA", "morocco"},
    {"TN", "tunisia"},
    {"NG", "nigeria|nga"},
    {"GH", "ghana"},
    {"KE", "kenya|ken"},
    {"ET", "ethiopia"},
    {"ZA", "south africa|zaf"},
    {"IN", "india|ind|bharat"},
    {"PK", "pakistan|pak"},
    {"BD", "bangladesh"},
    {"LK", "sri lanka"},
    {"NP", "nepal"},
    {"CN", "china|chn|peoples republic of china|prc"},
    {"HK", "hong kong|hkg"},
    {"TW", "taiwan|twn"},
    {"JP", "japan|jpn"},
    {"KR", "south korea|korea|republic of korea|kor"},
    {"SG", "singapore|sgp"},
    {"MY", "malaysia|mys"},
    {"ID", "indonesia|idn"},
    {"PH", "philippines|phl|the philippines"},
    {"TH", "thailand|tha"},
    {"VN", "vietnam|viet nam|vnm"},
    {"AU", "australia|aus"},
    {"NZ", "new zealand|nzl"},
    {"BR", "brazil|brasil|bra"},
    {"AR", "argentina|arg"},
    {"CL", "chile|chl"},
    {"CO", "colombia|col"},
    {"PE", "peru|perú|per"},
    {"EC", "ecuador"},
    {"UY", "uruguay"},
    {"PY", "paraguay"},
    {"BO", "bolivia"},
    {"VE", "venezuela"},
    {"CR", "costa rica|cri"},
    {"PA", "panama"},
    {"GT", "guatemala"},
    {"DO", "dominican republic"},
    {"PR", "puerto rico|pri"},
    {"JM", "jamaica"},
    {"CU", "cuba"},
    {"SV", "el salvador"},
    {"HN", "honduras"},
    {"NI", "nicaragua"},
};

std::unordered_map<std::string_view, std::string_view> name_table() {
  std::unordered_map<std::string_view, std::string_view> table;
  for (const auto& [code, names] : kCountryNames) {
    for (size_t start = 0; start <= names.size();) {
      size_t end = std::min(names.find('|', start), names.size());
      table.emplace(names.substr(start, end - start), code);
      start = end + 1;
    }
  }
  return table;
}

const std::unordered_map<std::string_view, std::string_view>& country_names() {
  static const std::unordered_map<std::string_view, std::string_view> table = name_table();
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
