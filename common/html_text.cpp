#include "common/html_text.h"

#include <gumbo.h>

#include <array>
#include <utility>
#include <vector>

#include "common/byte_size.h"
#include "common/html_entities.h"
#include "common/html_markup.h"
#include "common/utf8.h"

namespace jobsearch {
namespace {

// LinkedIn escapes its HTML once and its ampersands twice; three layers is
// more than any source seen, and the bound keeps hostile input cheap.
constexpr int kMaxUnescapeRounds = 3;
constexpr int kMaxEntityRounds = 2;
// gumbo's time can grow with the square of the input even when it nests
// shallowly by our estimate; the largest description seen (LinkedIn's) is
// 24 KB, ten times that is parsed in well under a second whatever it holds.
constexpr size_t kMaxParseBytes = 256 << 10;

bool is_plain_ascii(char c) { return (c >= 0x20 && c < 0x7F) || c == '\n' || c == '\t'; }

// repair_utf8, except that in HTML mode CR becomes '\n', FF and VT become
// spaces (they separate words there) and C1 controls become the Windows-1252
// characters they stand for in mis-decoded text (U+0095 is a bullet).
std::string repair(std::string_view text, bool html) {
  std::string out;
  out.reserve(text.size());
  size_t i = 0;
  while (i < text.size()) {
    size_t run = i;
    while (run < text.size() && is_plain_ascii(text[run])) ++run;
    out.append(text, i, run - i);
    if (run == text.size()) break;
    i = run;
    int length = utf8_sequence(text, i);
    unsigned char lead = static_cast<unsigned char>(text[i]);
    if (length < 0) {
      out += "\uFFFD";
      i += -length;
      continue;
    }
    if (html && lead == 0xC2 && static_cast<unsigned char>(text[i + 1]) < 0xA0) {
      out += windows1252_char(static_cast<unsigned char>(text[i + 1]));
    } else if (length > 1 || lead == 0x7F) {
      out.append(text, i, length);
    } else if (html && (lead == '\r' || lead == '\f' || lead == '\v')) {
      out.push_back(lead == '\r' ? '\n' : ' ');
    }
    i += length;
  }
  return out;
}

std::array<bool, GUMBO_TAG_LAST + 1> tag_table(bool (*predicate)(std::string_view)) {
  std::array<bool, GUMBO_TAG_LAST + 1> table{};
  for (int tag = 0; tag < GUMBO_TAG_LAST; ++tag) {
    table[tag] = predicate(gumbo_normalized_tagname(static_cast<GumboTag>(tag)));
  }
  return table;
}

bool is_block(GumboTag tag) {
  static const auto table = tag_table(is_block_element);
  return table[tag];
}

bool is_hidden(GumboTag tag) {
  static const auto table = tag_table(is_hidden_element);
  return table[tag];
}

// Appends the text of a text node. Source line breaks are spaces, as a
// browser shows them, except a blank line, which separates paragraphs in
// text that came without block markup; `keep_lines` (in <pre>, or when the
// HTML has no block elements at all, so that its lines are all it has)
// keeps every one.
void append_text(const char* text, bool keep_lines, std::string* out) {
  for (const char* c = text; *c != '\0'; ++c) {
    if (*c != '\n' || keep_lines) {
      out->push_back(*c);
      continue;
    }
    const char* next = c + 1;
    while (*next == ' ' || *next == '\t' || *next == '\r') ++next;
    if (*next == '\n') {
      out->push_back('\n');
      c = next;
    } else {
      out->push_back(' ');
    }
  }
}

// Text of the parsed document, '\n' around block elements. Walks the tree
// without recursion, so that no nesting can exhaust the stack.
std::string document_text(const GumboNode* root, bool keep_lines) {
  std::string out;
  int preformatted = 0;
  std::vector<std::pair<const GumboNode*, bool>> stack = {{root, false}};  // bool: leaving
  while (!stack.empty()) {
    auto [node, leaving] = stack.back();
    stack.pop_back();
    if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE ||
        node->type == GUMBO_NODE_CDATA) {
      append_text(node->v.text.text, keep_lines || preformatted > 0, &out);
      continue;
    }
    if (node->type == GUMBO_NODE_COMMENT) continue;
    const GumboVector& children =
        node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
    GumboTag tag = node->type == GUMBO_NODE_DOCUMENT ? GUMBO_TAG_HTML : node->v.element.tag;
    if (node->type == GUMBO_NODE_TEMPLATE || is_hidden(tag)) continue;
    if (is_block(tag)) out.push_back('\n');
    if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH) out.push_back(' ');
    if (tag == GUMBO_TAG_PRE) preformatted += leaving ? -1 : 1;
    if (leaving) continue;
    stack.push_back({node, true});
    for (unsigned i = children.length; i > 0; --i) {
      stack.push_back({static_cast<const GumboNode*>(children.data[i - 1]), false});
    }
  }
  return out;
}

// Why `html` is not for gumbo, or "".
std::string too_costly_to_parse(std::string_view html) {
  if (html.size() > kMaxParseBytes) {
    return "HTML over the " + format_byte_size(kMaxParseBytes) + " parsing limit";
  }
  if (nesting_depth(html, kMaxParseDepth) > kMaxParseDepth) {
    return "HTML nested deeper than " + std::to_string(kMaxParseDepth) + " elements";
  }
  return "";
}

// Text of `html` as gumbo reads it, or as the tag stripper does when gumbo
// would take too long (saying why in *simplified); character references
// are decoded.
std::string parsed_text(std::string_view html, std::string* simplified) {
  std::string why = too_costly_to_parse(html);
  if (!why.empty()) {
    if (simplified != nullptr) *simplified = why + ": tags removed without parsing";
    return decode_entities(strip_tags(html));
  }
  GumboOptions options = kGumboDefaultOptions;
  options.max_errors = 0;  // we never look at them
  GumboOutput* output = gumbo_parse_with_options(&options, html.data(), html.size());
  if (output == nullptr) return decode_entities(strip_tags(html));
  std::string text = document_text(output->document, !has_block_markup(html));
  gumbo_destroy_output(&options, output);
  return text;
}

// Length of the Unicode space at text[i] (no-break, en, em, thin, narrow,
// ideographic), or 0.
size_t unicode_space(std::string_view text, size_t i) {
  auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (at(i) == 0xC2 && at(i + 1) == 0xA0) return 2;
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && (at(i + 2) <= 0x8A || at(i + 2) == 0xAF)) return 3;
  if (at(i) == 0xE3 && at(i + 1) == 0x80 && at(i + 2) == 0x80) return 3;
  return 0;
}

// Length of an invisible character at text[i] that editors leave inside
// words (zero-width space, word joiner, BOM, soft hyphen), or 0: dropped, so
// "S<ZWSP>YNECHRON" reads "SYNECHRON", not "S YNECHRON".
size_t invisible_char(std::string_view text, size_t i) {
  auto at = [&](size_t k) { return k < text.size() ? static_cast<unsigned char>(text[k]) : 0; };
  if (at(i) == 0xC2 && at(i + 1) == 0xAD) return 2;
  if (at(i) == 0xE2 && at(i + 1) == 0x80 && at(i + 2) == 0x8B) return 3;
  if (at(i) == 0xE2 && at(i + 1) == 0x81 && at(i + 2) == 0xA0) return 3;
  if (at(i) == 0xEF && at(i + 1) == 0xBB && at(i + 2) == 0xBF) return 3;
  return 0;
}

// Lines of `text` with runs of spaces folded and trimmed; empty lines dropped.
std::string tidy_lines(std::string_view text) {
  std::string out;
  out.reserve(text.size());
  bool pending_space = false;
  bool pending_line = false;
  for (size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    size_t space =
        c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v' ? 1 : unicode_space(text, i);
    size_t invisible = space > 0 ? 0 : invisible_char(text, i);
    if (invisible > 0) {
      i += invisible - 1;
    } else if (c == '\n') {
      pending_line = !out.empty();
      pending_space = false;
    } else if (space > 0) {
      pending_space = !out.empty();
      i += space - 1;
    } else {
      if (pending_line || pending_space) out.push_back(pending_line ? '\n' : ' ');
      pending_line = pending_space = false;
      out.push_back(c);
    }
  }
  return out;
}

}  // namespace

std::string html_to_text(std::string_view html, std::string* simplified) {
  std::string text = repair(html, true);
  for (int round = 0; round < kMaxUnescapeRounds; ++round) {
    size_t escaped = count_known_tags(text, TagForm::kEscaped);
    if (escaped == 0 || escaped < count_known_tags(text, TagForm::kMarkup)) break;
    text = decode_entities(text);
  }
  bool markup = count_known_tags(text, TagForm::kMarkup) > 0;
  text = markup ? parsed_text(text, simplified) : decode_entities(text);
  for (int round = 0; round < kMaxEntityRounds && has_entity_reference(text); ++round) {
    text = decode_entities(text);
  }
  return repair(tidy_lines(remove_stray_tags(text)), false);
}

std::string html_to_line(std::string_view html, std::string* simplified) {
  std::string text = html_to_text(html, simplified);
  for (char& c : text) {
    if (c == '\n') c = ' ';
  }
  return text;
}

std::string repair_utf8(std::string_view text) { return repair(text, false); }

}  // namespace jobsearch
