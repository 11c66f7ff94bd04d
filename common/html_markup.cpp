#include "common/html_markup.h"

#include <algorithm>
#include <vector>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

constexpr std::string_view kBlockElements[] = {
    "address",    "article", "aside",   "blockquote", "body",  "br",   "caption",
    "center",     "dd",      "details", "div",        "dl",    "dt",   "fieldset",
    "figcaption", "figure",  "footer",  "form",       "h1",    "h2",   "h3",
    "h4",         "h5",      "h6",      "header",     "hr",    "html", "legend",
    "li",         "main",    "nav",     "ol",         "p",     "pre",  "section",
    "summary",    "table",   "tbody",   "tfoot",      "thead", "tr",   "ul"};

constexpr std::string_view kHiddenElements[] = {"head",  "noscript", "script",
                                                "style", "template", "title"};

// Other elements that postings use; with the two lists above, the names
// whose tags count as markup.
constexpr std::string_view kInlineElements[] = {
    "a",   "abbr", "b",    "big",  "cite", "code",   "del",   "em",    "font",   "i",      "img",
    "ins", "mark", "meta", "link", "q",    "s",      "small", "span",  "strike", "strong", "sub",
    "sup", "td",   "th",   "u",    "wbr",  "iframe", "input", "label", "button"};

// Elements that never hold others, or whose end tag is implied by a sibling.
constexpr std::string_view kFlatElements[] = {
    "area", "base", "br",     "col", "dd",    "dt",     "embed", "hr", "img", "input", "li",
    "link", "meta", "option", "p",   "param", "source", "td",    "th", "tr",  "track", "wbr"};

constexpr size_t kMaxTagName = 16;

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

template <size_t N>
bool contains(const std::string_view (&list)[N], std::string_view name) {
  return std::find(std::begin(list), std::end(list), name) != std::end(list);
}

bool is_known_element(std::string_view name) {
  return is_block_element(name) || is_hidden_element(name) || contains(kInlineElements, name);
}

// Lower-case tag name starting at text[pos] ([A-Za-z][A-Za-z0-9]*), at most
// kMaxTagName characters; *end is set past it.
std::string tag_name_at(std::string_view text, size_t pos, size_t* end) {
  std::string name;
  size_t i = pos;
  if (i < text.size() && is_ascii_alpha(text[i])) {
    while (i < text.size() && is_ascii_alnum(text[i]) && name.size() <= kMaxTagName) {
      name.push_back(lower(text[i++]));
    }
  }
  *end = i;
  return name;
}

bool starts_with_nocase(std::string_view text, size_t pos, std::string_view prefix) {
  if (text.size() - pos < prefix.size()) return false;
  for (size_t i = 0; i < prefix.size(); ++i) {
    if (lower(text[pos + i]) != prefix[i]) return false;
  }
  return true;
}

// Length of an escaped '<' at text[pos] ("&lt;", "&amp;lt;", "&#60;",
// "&#x3c;", with any number of "amp;"), or 0.
size_t escaped_less_than(std::string_view text, size_t pos) {
  size_t i = pos + 1;
  while (starts_with_nocase(text, i, "amp;")) i += 4;
  for (std::string_view code : {"lt;", "#60;", "#x3c;"}) {
    if (starts_with_nocase(text, i, code)) return i + code.size() - pos;
  }
  return 0;
}

// True if a known element's tag (or a comment) starts at text[pos], just
// after its '<'.
bool known_tag_at(std::string_view text, size_t pos) {
  if (text.compare(pos, 3, "!--") == 0) return true;
  if (pos < text.size() && text[pos] == '/') ++pos;
  size_t end = 0;
  std::string name = tag_name_at(text, pos, &end);
  // What may follow a tag name: the tag's end, its attributes, or an escaped '>'.
  bool delimited =
      end < text.size() && (text[end] == '>' || text[end] == '/' || text[end] == '&' ||
                            text[end] == ' ' || text[end] == '\t' || text[end] == '\n');
  return !name.empty() && delimited && is_known_element(name);
}

// Formatting elements that a parser opens again after an end tag closed them
// out of order ("<a><b></a>x": the b goes on around the x).
constexpr std::string_view kFormattingElements[] = {"a",      "b",      "big",  "code", "em",
                                                    "font",   "i",      "nobr", "s",    "small",
                                                    "strike", "strong", "tt",   "u"};

// How far down the open elements an end tag is looked for: far enough for
// any real misnesting, near enough that each end tag costs little.
constexpr size_t kEndTagReach = 64;

// An end tag `name` closes the nearest open element of that name and the
// elements opened inside it, except formatting ones, which a parser reopens;
// an end tag with nothing to close is ignored, as parsers do.
void close_element(std::vector<std::string>& open, const std::string& name) {
  size_t reach = std::min(open.size(), kEndTagReach);
  for (size_t k = 1; k <= reach; ++k) {
    size_t at = open.size() - k;
    if (open[at] != name) continue;
    open.erase(open.begin() + static_cast<std::ptrdiff_t>(at));
    auto kept = std::remove_if(open.begin() + at, open.end(), [](const std::string& element) {
      return !contains(kFormattingElements, element);
    });
    open.erase(kept, open.end());
    return;
  }
}

// Position just past the '>' closing the tag that starts at text[pos] ('<').
size_t tag_end(std::string_view text, size_t pos) {
  size_t close = text.find('>', pos);
  return close == std::string_view::npos ? text.size() : close + 1;
}

// Position of the end tag "</name" at or after `pos`, or text.size().
size_t find_end_tag(std::string_view text, size_t pos, std::string_view name) {
  for (size_t i = text.find("</", pos); i != std::string_view::npos; i = text.find("</", i + 2)) {
    if (starts_with_nocase(text, i + 2, name)) return i;
  }
  return text.size();
}

// End of a stray tag whose name ends at name_end: past its '>' if one
// comes before the next '<' or line break, else past its name.
size_t stray_tag_end(std::string_view text, size_t name_end) {
  size_t stop = text.find_first_of("<>\n", name_end);
  return stop != std::string_view::npos && text[stop] == '>' ? stop + 1 : name_end;
}

}  // namespace

bool is_block_element(std::string_view name) { return contains(kBlockElements, name); }

bool is_hidden_element(std::string_view name) { return contains(kHiddenElements, name); }

bool has_block_markup(std::string_view html) {
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    size_t start = i + 1 < html.size() && html[i + 1] == '/' ? i + 2 : i + 1;
    size_t end = 0;
    std::string name = tag_name_at(html, start, &end);
    if (name != "html" && name != "body" && is_block_element(name)) return true;
  }
  return false;
}

std::size_t count_known_tags(std::string_view text, TagForm form) {
  const char opener = form == TagForm::kMarkup ? '<' : '&';
  size_t count = 0;
  for (size_t i = text.find(opener); i != std::string_view::npos; i = text.find(opener, i + 1)) {
    size_t length = form == TagForm::kMarkup ? 1 : escaped_less_than(text, i);
    if (length > 0 && known_tag_at(text, i + length)) ++count;
  }
  return count;
}

std::size_t nesting_depth(std::string_view html, std::size_t limit) {
  std::vector<std::string> open;
  size_t deepest = 0;
  for (size_t i = html.find('<'); i != std::string_view::npos; i = html.find('<', i + 1)) {
    bool closing = i + 1 < html.size() && html[i + 1] == '/';
    size_t end = 0;
    std::string name = tag_name_at(html, i + (closing ? 2 : 1), &end);
    if (name.empty()) continue;
    size_t close = html.find('>', end);
    if (close == std::string_view::npos) break;
    bool self_closing = html[close - 1] == '/';
    if (contains(kFlatElements, name)) {
      // Neither opens nor closes a level.
    } else if (closing) {
      close_element(open, name);
    } else if (!self_closing) {
      open.push_back(std::move(name));
      deepest = std::max(deepest, open.size());
      if (deepest > limit) break;
    }
    i = close;
  }
  return deepest;
}

std::string strip_tags(std::string_view html) {
  std::string out;
  out.reserve(html.size());
  size_t i = 0;
  while (i < html.size()) {
    char c = html[i];
    bool tag = c == '<' && i + 1 < html.size() &&
               (is_ascii_alpha(html[i + 1]) || html[i + 1] == '/' || html[i + 1] == '!');
    if (!tag) {
      out.push_back(c == '\n' || c == '\r' ? ' ' : c);
      ++i;
      continue;
    }
    if (html.compare(i, 4, "<!--") == 0) {
      size_t close = html.find("-->", i + 4);
      i = close == std::string_view::npos ? html.size() : close + 3;
      continue;
    }
    bool closing = html[i + 1] == '/';
    size_t end = 0;
    std::string name = tag_name_at(html, i + (closing ? 2 : 1), &end);
    if (is_block_element(name)) out.push_back('\n');
    i = tag_end(html, end);
    if (!closing && is_hidden_element(name)) i = tag_end(html, find_end_tag(html, i, name));
  }
  return out;
}

std::string remove_stray_tags(std::string_view text) {
  constexpr std::string_view kCdataOpen = "<![CDATA[", kCdataClose = "]]>";
  std::string out;
  size_t i = 0;
  for (size_t k = text.find_first_of("<]"); k != std::string_view::npos;
       k = text.find_first_of("<]", k)) {
    size_t skip_to = k;
    bool closing = text.compare(k, 2, "</") == 0;
    size_t name_end = 0;
    std::string name = tag_name_at(text, k + (closing ? 2 : 1), &name_end);
    if (text.compare(k, kCdataOpen.size(), kCdataOpen) == 0) {
      skip_to = k + kCdataOpen.size();
    } else if (text.compare(k, kCdataClose.size(), kCdataClose) == 0) {
      skip_to = k + kCdataClose.size();
    } else if (text[k] == '<' && known_tag_at(text, k + 1) && !name.empty()) {
      skip_to = stray_tag_end(text, name_end);
    }
    if (skip_to == k) {
      ++k;
      continue;
    }
    out.append(text, i, k - i);
    if (is_block_element(name)) out.push_back('\n');
    i = k = skip_to;
  }
  out.append(text, i, std::string_view::npos);
  return out;
}

}  // namespace jobsearch
