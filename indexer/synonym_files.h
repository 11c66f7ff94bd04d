// synonym_files.h: the synonym rules jobindex stores: the built-in list and
// the user's --synonyms files.
#pragma once

#include <iosfwd>
#include <string>
#include <vector>

#include "common/synonyms.h"

namespace jobsearch {

// The shipped list is 4 KB; a file past this is a mistake (/dev/zero was read
// until memory ran out).
constexpr std::size_t kMaxSynonymFileBytes = std::size_t{16} << 20;

struct SynonymLoad {
  std::vector<SynonymRule> rules;
  // Why a file could not be used ("synonyms file F is larger than the 16 MiB
  // limit", "cannot read synonyms file F"); "" when every file was read.
  std::string error;
};

// The built-in rules, then those of each of `files` in order. Bad lines are
// skipped and reported on `errors` as "FILE: line N: ..."; a file that cannot
// be read or is over kMaxSynonymFileBytes stops the loading with `error` set,
// read no further than the limit.
SynonymLoad load_synonyms(const std::vector<std::string>& files, std::ostream& errors);

}  // namespace jobsearch
