#include "indexer/jsonld_scan.h"

#include <algorithm>
#include <string>

#include "indexer/html_jsonld.h"

namespace jobsearch {
namespace {

// Elements whose content is text up to their end tag, never markup.
constexpr std::string_view kTextElements[] = {"script", "style",  "textarea", "title",
                                              "xmp",    "iframe", "noembed",  "noframes"};

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c + 32) : c; }

bool equals_nocase(std::string_view text, std::size_t pos, std::string_view lower_word) {
  if (text.size() - pos < lower_word.size()) return false;
  for (std::size_t i = 0; i < lower_word.size(); ++i) {
    if (lower(text[pos + i]) != lower_word[i]) return false;
  }
  return true;
}

// A start tag: its lower-case name, its type attribute, and where it ends.
struct StartTag {
  std::string name;
  std::string type;
  std::size_t end = 0;  // just past its '>', or html.size()
};

// Reads the attributes of a tag from `pos` to its '>'; quoted values may
// hold '>'. Keeps the value of `type`.
std::size_t read_attributes(std::string_view html, std::size_t pos, std::string* type) {
  while (pos < html.size() && html[pos] != '>') {
    if (is_space(html[pos]) || html[pos] == '/') {
      ++pos;
      continue;
    }
    std::size_t name_start = pos;
    while (pos < html.size() && !is_space(html[pos]) && html[pos] != '>' && html[pos] != '/' &&
           (html[pos] != '=' || pos == name_start)) {
      ++pos;
    }
    bool is_type = pos - name_start == 4 && equals_nocase(html, name_start, "type");
    while (pos < html.size() && is_space(html[pos])) ++pos;
    if (pos >= html.size() || html[pos] != '=') continue;
    ++pos;
    while (pos < html.size() && is_space(html[pos])) ++pos;
    std::size_t value_start = pos;
    std::size_t value_end;
    if (pos < html.size() && (html[pos] == '"' || html[pos] == '\'')) {
      value_end = std::min(html.find(html[pos], pos + 1), html.size());
      ++value_start;
      pos = std::min(value_end + 1, html.size());
    } else {
      while (pos < html.size() && !is_space(html[pos]) && html[pos] != '>') ++pos;
      value_end = pos;
    }
    if (is_type && type->empty()) {
      *type = std::string(html.substr(value_start, value_end - value_start));
    }
  }
  return std::min(pos + 1, html.size());
}

StartTag read_start_tag(std::string_view html, std::size_t pos) {
  StartTag tag;
  while (pos < html.size() && !is_space(html[pos]) && html[pos] != '/' && html[pos] != '>') {
    tag.name.push_back(lower(html[pos++]));
  }
  tag.end = read_attributes(html, pos, &tag.type);
  return tag;
}

// Where the end tag "</name" (followed by a space, '/' or '>') starts at
// or after `pos`, or html.size().
std::size_t find_end_tag(std::string_view html, std::size_t pos, std::string_view name) {
  for (std::size_t i = html.find("</", pos); i != std::string_view::npos;
       i = html.find("</", i + 2)) {
    std::size_t after = i + 2 + name.size();
    if (equals_nocase(html, i + 2, name) && (after >= html.size() || is_space(html[after]) ||
                                             html[after] == '/' || html[after] == '>')) {
      return i;
    }
  }
  return html.size();
}

// Where what starts at html[pos] (just after a '<' that does not open a
// start tag) ends: a comment, a doctype, a processing instruction or an end tag.
std::size_t skip_other_markup(std::string_view html, std::size_t pos) {
  if (html.compare(pos, 3, "!--") == 0) {
    std::size_t close = html.find("-->", pos + 3);
    return close == std::string_view::npos ? html.size() : close + 3;
  }
  std::size_t close = html.find('>', pos);
  return close == std::string_view::npos ? html.size() : close + 1;
}

bool is_json_ld_type(std::string_view type) {
  return equals_nocase(type, 0, "application/ld+json");
}

}  // namespace

std::vector<JsonLdBlock> scan_json_ld_blocks(std::string_view html) {
  std::vector<JsonLdBlock> blocks;
  std::size_t line = 1;
  std::size_t counted = 0;  // html[0, counted) has been counted into `line`
  std::size_t pos = 0;
  for (std::size_t open; (open = html.find('<', pos)) != std::string_view::npos;) {
    std::size_t next = open + 1;
    if (next >= html.size()) break;
    if (!is_alpha(html[next])) {
      bool markup = html[next] == '!' || html[next] == '?' || html[next] == '/';
      pos = markup ? skip_other_markup(html, next) : next;
      continue;
    }
    StartTag tag = read_start_tag(html, next);
    pos = tag.end;
    if (tag.name == "plaintext") break;
    if (std::find(std::begin(kTextElements), std::end(kTextElements), tag.name) ==
        std::end(kTextElements)) {
      continue;
    }
    std::size_t close = find_end_tag(html, tag.end, tag.name);
    if (tag.name == "script" && is_json_ld_type(tag.type)) {
      line +=
          static_cast<std::size_t>(std::count(html.begin() + counted, html.begin() + open, '\n'));
      counted = open;
      blocks.push_back({line, std::string(html.substr(tag.end, close - tag.end))});
    }
    pos = close;
  }
  return blocks;
}

}  // namespace jobsearch
