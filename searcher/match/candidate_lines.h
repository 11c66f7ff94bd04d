// candidate_lines.h: how the profile readers (candidate_json_resume.cpp,
// candidate_plain_text.cpp) and candidate.cpp gather a profile's texts.
// Internal to searcher/match.
#pragma once

#include <string>
#include <vector>

namespace jobsearch {

// Appends `value`, its white space folded, unless it is blank or `values`
// already holds it (compared in ASCII lower case).
void add_distinct(std::vector<std::string>& values, const std::string& value);

// Appends `more` to `text` on a line of its own; nothing when `more` is "".
void append_line(std::string& text, const std::string& more);

// The non-empty `values`, one a line.
std::string joined_lines(const std::vector<std::string>& values);

}  // namespace jobsearch
