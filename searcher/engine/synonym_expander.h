// synonym_expander.h: abbreviations and synonyms in a query, spelled out.
//
// Xapian 1.4's QueryParser expands a word only into single-word synonyms;
// job titles need phrases ("swe" -> "software engineer"). So the query text
// is rewritten before parsing, with the rules of the database's synonym
// table (written by jobindex from corpus/synonyms.txt and user files).
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

// `query` with each plain word run that is a synonym term (longest first,
// up to three words, case-insensitive) replaced by an OR of itself and its
// expansions: "swe python" -> "(swe OR \"software engineer\") python".
// Quoted phrases, field-prefixed words (title:x), operators and words
// starting with + or - are left alone. Without rules, `query` unchanged.
std::string expand_synonyms(const std::string& query, const Xapian::Database& database);

}  // namespace jobsearch
