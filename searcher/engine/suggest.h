// suggest.h: completions for a search box: job titles and skills that
// start with what the person has typed so far.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace jobsearch {

struct Suggestion {
  std::string text;  // "Software Engineer", "Python": as postings write it
  std::string kind;  // "title" or "skill"
};

// Up to `limit` completions of `typed`: titles and skills of postings in
// which every typed word starts a word, ignoring case ("soft eng" ->
// "Software Engineer", "pyth" -> "Python"). The most common first, titles
// before skills on ties. Looks only at the best few hundred postings whose
// titles or skills hold such words, so it stays fast on a large database.
// Typed text without letters or digits gives none; never throws for what
// a person types (only Xapian errors of the database itself).
std::vector<Suggestion> suggest(const Xapian::Database& database, const std::string& typed,
                                unsigned limit);

}  // namespace jobsearch
