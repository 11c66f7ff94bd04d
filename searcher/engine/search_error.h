// search_error.h: a request the engine cannot answer because of how it was asked.
#pragma once

#include <stdexcept>

namespace jobsearch {

// A user error (unparsable query, unknown facet, bad value): its what() is
// a one-line message for the person who asked, and it maps to exit code 2
// or HTTP 400. Anything else thrown is an internal error.
class SearchError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

}  // namespace jobsearch
