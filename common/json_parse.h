// json_parse.h: JSON text from outside -> a value, or the reason it is refused.
//
// nlohmann::json::parse throws parse_error for bad syntax, but out_of_range
// for a number beyond a double ("1e400"); and a value nested thousands deep
// parses, then overflows the stack when it is printed or compared. Text that
// comes from files, pages or requests goes through parse_json, which does
// neither: what is wrong with the text is a value, never an exception.
#pragma once

#include <cstddef>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace jobsearch {

// Deeper than any JSON-LD (a posting nests under ten levels), far shallower
// than what recursion over a value can survive.
constexpr std::size_t kMaxJsonDepth = 64;

struct JsonParse {
  nlohmann::json value;  // the parsed value; null when the text was refused
  // Why the text was refused, "" when it was not: "invalid JSON: syntax error
  // while parsing ...", "invalid JSON: number 1e400 is out of range", "JSON
  // nested deeper than 64 levels". It names no line: callers know the origin.
  std::string error;
  // Offset of the byte at which reading stopped, for a line number;
  // text.size() when the text ended too soon.
  std::size_t error_byte = 0;
  bool ok() const { return error.empty(); }
};

// Parses `text` as exactly one JSON value (surrounding white space allowed),
// refusing values nested deeper than kMaxJsonDepth arrays and objects.
// Never throws on bad text (only std::bad_alloc, as any allocation may).
JsonParse parse_json(std::string_view text);

}  // namespace jobsearch
