#include "common/html_entities.h"

#include <gumbo.h>

#include <cstdint>
#include <map>
#include <unordered_map>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

// The references job postings actually use, decoded without a parser. Any
// other name is looked up with gumbo, which knows all 2,231 of HTML5's.
constexpr std::pair<std::string_view, std::string_view> kCommonEntities[] = {
    {"amp", "&"},         {"lt", "<"},          {"gt", ">"},          {"quot", "\""},
    {"apos", "'"},        {"nbsp", "\u00A0"},   {"rsquo", "\u2019"},  {"lsquo", "\u2018"},
    {"rdquo", "\u201D"},  {"ldquo", "\u201C"},  {"sbquo", "\u201A"},  {"bdquo", "\u201E"},
    {"ndash", "\u2013"},  {"mdash", "\u2014"},  {"hellip", "\u2026"}, {"bull", "\u2022"},
    {"middot", "\u00B7"}, {"copy", "\u00A9"},   {"reg", "\u00AE"},    {"trade", "\u2122"},
    {"euro", "\u20AC"},   {"pound", "\u00A3"},  {"yen", "\u00A5"},    {"cent", "\u00A2"},
    {"deg", "\u00B0"},    {"times", "\u00D7"},  {"divide", "\u00F7"}, {"plusmn", "\u00B1"},
    {"laquo", "\u00AB"},  {"raquo", "\u00BB"},  {"lsaquo", "\u2039"}, {"rsaquo", "\u203A"},
    {"sect", "\u00A7"},   {"para", "\u00B6"},   {"dagger", "\u2020"}, {"ensp", "\u2002"},
    {"emsp", "\u2003"},   {"thinsp", "\u2009"}, {"zwj", "\u200D"},    {"zwnj", "\u200C"},
    {"shy", "\u00AD"},    {"iexcl", "\u00A1"},  {"iquest", "\u00BF"}, {"frac12", "\u00BD"},
    {"frac14", "\u00BC"}, {"frac34", "\u00BE"}, {"sup2", "\u00B2"},   {"rarr", "\u2192"},
    {"larr", "\u2190"},   {"check", "\u2713"},  {"star", "\u2606"},   {"hyphen", "\u2010"},
    {"tab", "\t"},        {"NewLine", "\n"},    {"colon", ":"},       {"comma", ","},
    {"period", "."},      {"sol", "/"},         {"lpar", "("},        {"rpar", ")"},
    {"excl", "!"},        {"num", "#"},         {"dollar", "$"},      {"percnt", "%"},
    {"ast", "*"},         {"plus", "+"},        {"equals", "="},      {"quest", "?"},
    {"commat", "@"},      {"lsqb", "["},        {"rsqb", "]"},        {"lowbar", "_"},
    {"verbar", "|"},      {"semi", ";"},        {"AMP", "&"},         {"LT", "<"},
    {"GT", ">"},          {"QUOT", "\""},       {"aacute", "\u00E1"}, {"Aacute", "\u00C1"},
    {"eacute", "\u00E9"}, {"Eacute", "\u00C9"}, {"iacute", "\u00ED"}, {"oacute", "\u00F3"},
    {"uacute", "\u00FA"}, {"agrave", "\u00E0"}, {"egrave", "\u00E8"}, {"ograve", "\u00F2"},
    {"acirc", "\u00E2"},  {"ecirc", "\u00EA"},  {"ocirc", "\u00F4"},  {"auml", "\u00E4"},
    {"Auml", "\u00C4"},   {"ouml", "\u00F6"},   {"Ouml", "\u00D6"},   {"uuml", "\u00FC"},
    {"Uuml", "\u00DC"},   {"szlig", "\u00DF"},  {"ccedil", "\u00E7"}, {"ntilde", "\u00F1"},
    {"aring", "\u00E5"},  {"oslash", "\u00F8"}, {"aelig", "\u00E6"},
};

// HTML5 reads numeric references 128-159 as Windows-1252 (&#146; is a quote).
constexpr char32_t kWindows1252[32] = {
    0x20AC, 0x81,   0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0x8D,   0x017D, 0x8F,   0x90,   0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D,   0x017E, 0x0178};

constexpr size_t kMaxNameLength = 32;  // the longest HTML5 name has 31 characters

bool is_hex(char c) { return is_ascii_digit(c) || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'); }
int hex_value(char c) { return is_ascii_digit(c) ? c - '0' : (c | 0x20) - 'a' + 10; }

void append_utf8(char32_t c, std::string* out) {
  if (c < 0x80) {
    out->push_back(static_cast<char>(c));
  } else if (c < 0x800) {
    out->push_back(static_cast<char>(0xC0 | (c >> 6)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else if (c < 0x10000) {
    out->push_back(static_cast<char>(0xE0 | (c >> 12)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  } else {
    out->push_back(static_cast<char>(0xF0 | (c >> 18)));
    out->push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
    out->push_back(static_cast<char>(0x80 | (c & 0x3F)));
  }
}

char32_t checked_code_point(std::uint32_t value) {
  if (value >= 0x80 && value < 0xA0) return kWindows1252[value - 0x80];
  if (value == 0 || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF)) return 0xFFFD;
  return value;
}

// Length of the numeric reference at text[0] ("&#...") and its value, or 0.
size_t read_numeric(std::string_view text, char32_t* value) {
  size_t i = 2;
  bool hex = i < text.size() && (text[i] == 'x' || text[i] == 'X');
  if (hex) ++i;
  size_t digits_start = i;
  std::uint32_t number = 0;
  for (; i < text.size() && (hex ? is_hex(text[i]) : is_ascii_digit(text[i])); ++i) {
    if (number <= 0x10FFFF) number = number * (hex ? 16 : 10) + hex_value(text[i]);
  }
  if (i == digits_start) return 0;
  if (i < text.size() && text[i] == ';') ++i;
  *value = checked_code_point(number);
  return i;
}

// Length of the name of the named reference at text[0] ("&name;"), or 0.
size_t name_length(std::string_view text) {
  size_t i = 1;
  while (i < text.size() && i <= kMaxNameLength && is_ascii_alnum(text[i])) ++i;
  bool valid = i > 1 && is_ascii_alpha(text[1]) && i < text.size() && text[i] == ';';
  return valid ? i - 1 : 0;
}

// Any HTML5 named reference, decoded by gumbo's tokenizer (as RCDATA, so no
// markup is recognised). Empty when gumbo does not know the whole name.
std::string decode_with_gumbo(std::string_view reference) {
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;
  options.fragment_context = GUMBO_TAG_TEXTAREA;
  GumboOutput* output = gumbo_parse_with_options(&options, reference.data(), reference.size());
  std::string decoded;
  const GumboNode* root = output ? output->root : nullptr;
  if (root && root->type == GUMBO_NODE_ELEMENT) {
    const GumboVector& children = root->v.element.children;
    for (unsigned i = 0; i < children.length; ++i) {
      const auto* child = static_cast<const GumboNode*>(children.data[i]);
      if (child->type == GUMBO_NODE_TEXT || child->type == GUMBO_NODE_WHITESPACE) {
        decoded += child->v.text.text;
      }
    }
  }
  if (output) gumbo_destroy_output(&options, output);
  // A legacy prefix match ("&notit;" -> U+00AC "it;") leaves the ';' behind.
  bool whole = !decoded.empty() && decoded.find(';') == std::string::npos;
  return whole ? decoded : std::string();
}

const std::unordered_map<std::string_view, std::string_view>& common_entities() {
  static const std::unordered_map<std::string_view, std::string_view> table(
      std::begin(kCommonEntities), std::end(kCommonEntities));
  return table;
}

}  // namespace

std::string decode_entities(std::string_view text) {
  const auto& common = common_entities();
  std::map<std::string_view, std::string> looked_up;  // names gumbo was asked about
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t amp = text.find('&', i);
    if (amp == std::string_view::npos) break;
    out.append(text, i, amp - i);
    std::string_view rest = text.substr(amp);
    char32_t code_point = 0;
    if (size_t length = rest.size() > 1 && rest[1] == '#' ? read_numeric(rest, &code_point) : 0) {
      append_utf8(code_point, &out);
      i = amp + length;
      continue;
    }
    size_t length = name_length(rest);
    std::string_view name = rest.substr(1, length);
    std::string_view decoded;
    if (length > 0) {
      if (auto found = common.find(name); found != common.end()) {
        decoded = found->second;
      } else {
        auto [entry, fresh] = looked_up.try_emplace(name);
        if (fresh) entry->second = decode_with_gumbo(rest.substr(0, length + 2));
        decoded = entry->second;
      }
    }
    if (decoded.empty()) {
      out.push_back('&');
      i = amp + 1;
    } else {
      out.append(decoded);
      i = amp + length + 2;
    }
  }
  out.append(text, i, std::string_view::npos);
  return out;
}

std::string windows1252_char(unsigned char byte) {
  std::string out;
  append_utf8(byte >= 0x80 && byte < 0xA0 ? kWindows1252[byte - 0x80] : 0xFFFD, &out);
  return out;
}

bool has_entity_reference(std::string_view text) {
  for (size_t amp = text.find('&'); amp != std::string_view::npos; amp = text.find('&', amp + 1)) {
    std::string_view rest = text.substr(amp);
    char32_t ignored = 0;
    if (rest.size() > 1 && rest[1] == '#' ? read_numeric(rest, &ignored) > 0
                                          : name_length(rest) > 0) {
      return true;
    }
  }
  return false;
}

}  // namespace jobsearch
