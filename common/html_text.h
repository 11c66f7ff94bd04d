// html_text.h: HTML as posted by job sites -> clean, readable UTF-8 text.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// Readable text of an HTML fragment or page, parsed with gumbo-parser.
// Markup that arrives entity-escaped ("&lt;p&gt;Hello&lt;/p&gt;", even twice:
// "&amp;lt;p&amp;gt;") is unescaped first. Block elements (p, div, br, h1-h6,
// li, tr, ...) become line breaks, so each paragraph and list item is its own
// line; script, style, template and head content is dropped; runs of spaces
// fold to one; empty lines are removed; every entity is decoded, including
// double-escaped ones ("&amp;amp;" -> "&"); invalid UTF-8 is repaired (see
// repair_utf8). The result never contains markup or entity references that
// came from the source's escaping.
//
// Work is bounded: markup over 256 KiB, or nested deeper than kMaxParseDepth
// (html_markup.h), which gumbo could take minutes over, is read by a plain
// tag stripper instead. Its text is kept (block elements still give line
// breaks), and `simplified`, when not null, is set to why: "HTML over the
// 256 KiB parsing limit: tags removed without parsing". It is left as it
// was when the HTML was parsed.
std::string html_to_text(std::string_view html, std::string* simplified = nullptr);

// Like html_to_text, folded onto one line: for titles, company and place names.
std::string html_to_line(std::string_view html, std::string* simplified = nullptr);

// `text` with each invalid UTF-8 sequence replaced by U+FFFD and NUL and
// other C0 control bytes except '\n' and '\t' removed.
std::string repair_utf8(std::string_view text);

}  // namespace jobsearch
