// html_markup.h: cheap lexical looks at HTML, without building a tree.
//
// html_text.cpp uses these to decide how to read a text (is the markup
// escaped? is there markup at all? would a full parse be too slow?) and as
// its fallback reader for pathological input.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace jobsearch {

// True for an element that starts a line of its own in html_to_text (p, div,
// br, li, ul, h1-h6, tr, table, ...). `name` is the lower-case tag name.
bool is_block_element(std::string_view name);

// True when `html` holds a tag of a block element other than <html> and
// <body>: markup that lays out its own lines and paragraphs.
bool has_block_markup(std::string_view html);

// True for an element whose content is not meant for a reader (script,
// style, template, noscript, head, title). `name` is lower case.
bool is_hidden_element(std::string_view name);

enum class TagForm {
  kMarkup,   // "<p>", "</li>", "<!--"
  kEscaped,  // "&lt;p&gt;", "&amp;lt;/li&amp;gt;", "&#60;br&#62;"
};

// How many start or end tags of well-known HTML elements `text` holds in the
// given form. Unknown names ("<Remote>", "&lt;insert name&gt;") and a bare
// "<" ("C++ < 5 yrs") are not counted, so plain text counts 0.
std::size_t count_known_tags(std::string_view text, TagForm form);

// An estimate of the deepest element nesting of `html` as a parser builds
// it: void and self-closing elements and those whose end tag is optional
// (p, li, td, ...) do not nest, an end tag closes its element (and those
// opened inside it) or nothing, and formatting elements closed out of order
// stay open, as parsers reopen them ("<a><b></a>" leaves a b open, so
// repeating it nests deeper each time). Parsers slow down quadratically
// with depth; this finds such input, in time proportional to its length.
// Reading stops at the first element deeper than `limit` (so memory stays
// bounded too), which gives limit + 1.
std::size_t nesting_depth(std::string_view html, std::size_t limit = SIZE_MAX);

// The deepest nesting_depth that HTML is parsed at with gumbo-parser (by
// html_to_text and the indexer's page reader); deeper input is read by
// simpler means. gumbo's time grows with the square of the depth (20,000
// nested divs take half a second); real postings and pages nest a few
// dozen levels.
constexpr std::size_t kMaxParseDepth = 1000;

// Text of `html` read with a simple tag stripper: tags are removed, block
// elements give '\n', hidden elements and comments are dropped, and source
// line breaks are spaces. Character references are left as they are.
std::string strip_tags(std::string_view html);

// `text` (already free of real markup) without the tags of well-known
// elements and CDATA brackets that broken escaping left as text
// ("Qualifications</strong", "<![CDATA[Engineer]]>"); a block element's
// tag becomes '\n'. Anything else that merely looks like a tag stays.
std::string remove_stray_tags(std::string_view text);

}  // namespace jobsearch
