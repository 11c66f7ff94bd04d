// stemmed_wildcards.h: "engineer*" searched among the stems the index holds.
//
// The index stores words as stems under "Z" (text_analysis.h), but Xapian
// 1.4's QueryParser expands a wildcard over terms as typed, without the
// "Z": no word would match. So each wildcard word is rewritten before
// parsing into a hidden field whose prefix starts with "Z", its pattern the
// word's stem: "engineers*" -> "zwild:engin*", "title:soft*" ->
// "zwildtitle:soft*".
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

// Teaches `parser` the hidden fields: "zwild" and "zwild" + each field's
// query name (schema.h).
void add_wildcard_fields(Xapian::QueryParser& parser);

// `query` with each wildcard word ("word*", "title:word*", also after + or
// - or an opening bracket) rewritten as above; a word with no field goes to
// `default_field` (a query name, or "" for all fields). Quoted phrases and
// everything else are left alone.
std::string stemmed_wildcards(const std::string& query, const std::string& default_field = "");

}  // namespace jobsearch
