// trec_lines.h: the line format trec_eval's files share (runs and qrels):
// fields separated by white space, blank lines and "#" comments skipped.
#pragma once

#include <functional>
#include <istream>
#include <string>
#include <vector>

namespace jobsearch {

// Hands `record` the fields of each line of `in` that is neither blank nor a
// "#" comment, in order, with where the line stands ("name:12") for its
// messages. Exceptions thrown by `record` pass through.
void read_trec_lines(std::istream& in, const std::string& name,
                     const std::function<void(const std::vector<std::string>& fields,
                                              const std::string& where)>& record);

}  // namespace jobsearch
