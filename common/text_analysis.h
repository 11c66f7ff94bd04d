// text_analysis.h: how words become terms, shared by indexing and querying.
//
// Both sides must stem and stop words alike or queries miss; this is the
// one place that decides. Words are stored as stems only, with positions,
// under "Z" and the field's prefix ("Engineers" -> "Zengin"; in a title,
// "ZSengin"): one term per word, where Xapian's default (STEM_SOME) stores
// two, the word as written with positions and its stem without. Phrases
// match by stems ("software engineers" finds "Software Engineer").
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

// The stemmer of every free-text field: English (Porter2), except that
// words of the trade keep their form ("ios" is not "io") and plural
// acronyms meet their singular ("llms" -> "llm", "gpus" -> "gpu").
Xapian::Stem text_stemmer();

// English stop words ("the", "and", "of", ...). The object lives for the
// whole program; Xapian holds it by pointer.
const Xapian::Stopper& text_stopper();

// Sets the stemmer, stop words and stemming strategy of this scheme.
void use_text_analysis(Xapian::TermGenerator& generator);
void use_text_analysis(Xapian::QueryParser& parser);

// Whether `term` is an unprefixed word's ("Zengin", not "ZSengin").
bool is_plain_word_term(const std::string& term);

// The term `word` (one word, any case) is indexed as under `prefix`.
std::string word_term(const std::string& word, const std::string& prefix = "");

}  // namespace jobsearch
