// synonyms.h: the synonym list for job titles and skills.
//
// One rule per line, "term = expansion" ("swe = software engineer"); a term
// may have several rules; '#' starts a comment line. The list shipped in
// corpus/synonyms.txt is compiled in; users add their own files.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

struct SynonymRule {
  std::string term;       // lower case, spaces folded: "swe", "front end"
  std::string expansion;  // lower case, spaces folded: "software engineer"
};

// A synonym's term is a key in Xapian's synonym table, whose keys stop at
// 255 bytes (a longer one stopped jobindex with an internal error); real
// terms are a few words, real lines well under a hundred bytes.
constexpr std::size_t kMaxSynonymTermBytes = 200;
constexpr std::size_t kMaxSynonymLineBytes = 1000;

// The rules of `text`. A line that is not a comment, blank or "a = b", or
// is longer than kMaxSynonymLineBytes, or whose term is longer than
// kMaxSynonymTermBytes, is skipped and described in `errors` as "line N:
// ..." (when not null).
std::vector<SynonymRule> parse_synonyms(std::string_view text, std::vector<std::string>* errors);

// The text of corpus/synonyms.txt as it was at build time.
std::string_view builtin_synonyms();

}  // namespace jobsearch
