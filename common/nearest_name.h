// nearest_name.h: "did you mean" for mistyped names (command-line options).
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace jobsearch {

// The number of single-character insertions, deletions and substitutions
// that turn `a` into `b` (Levenshtein).
std::size_t edit_distance(const std::string& a, const std::string& b);

// The name of `known` nearest to `typed` by edit distance, or "" when none
// is within a third of typed's length (at least 2 edits); the first of
// equally near ones.
std::string nearest_name(const std::string& typed, const std::vector<std::string>& known);

}  // namespace jobsearch
