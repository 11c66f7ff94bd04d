// response_text.h: a SearchResponse or a Posting as readable text on a terminal.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "common/posting.h"
#include "searcher/engine/search_response.h"

namespace jobsearch {

// A numbered list: title, company, places, employment type, date, extract;
// then the facet counts. With `color`, matches are bold (ANSI).
void print_response_text(const SearchResponse& response, bool color, std::ostream& out);

// Every field of one posting, labelled, with the full description.
void print_posting_text(const Posting& posting, std::ostream& out);

// The non-empty `values` joined by `separator`.
std::string joined(const std::vector<std::string>& values, const char* separator);

// Snippet HTML (<mark> and escaped characters) as one line of terminal
// text, matches in bold when `color`.
std::string html_to_terminal(const std::string& html, bool color);

// "Austin, TX; Remote" - the places of a posting on one line.
std::string places_line(const Posting& posting);

}  // namespace jobsearch
