// utf8.h: well-formed UTF-8, the one rule every layer checks text against.
#pragma once

#include <cstddef>
#include <string_view>

namespace jobsearch {

// Length of the well-formed UTF-8 sequence at text[i] (i < text.size()), or
// of its longest invalid start (at least 1) as a negative number. Overlong
// forms, UTF-16 surrogates and code points past U+10FFFF are invalid.
int utf8_sequence(std::string_view text, std::size_t i);

// True when all of `text` is well-formed UTF-8.
bool is_valid_utf8(std::string_view text);

}  // namespace jobsearch
