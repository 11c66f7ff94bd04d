// html_entities.h: HTML character references ("&amp;", "&#8217;", "&#x2F;")
// in text that is not parsed as HTML. Used by html_text.cpp to peel off the
// extra layers of escaping that job sites add.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch {

// `text` with every character reference decoded once, everything else
// (including any markup) unchanged: "&amp;lt;p&amp;gt;" -> "&lt;p&gt;".
// Numeric references follow HTML5 (0, surrogates and values past U+10FFFF
// become U+FFFD; 128-159 are read as Windows-1252). A named reference must
// end with ';' and is decoded from every entity HTML5 knows.
std::string decode_entities(std::string_view text);

// True if `text` holds something shaped like a character reference:
// "&name;" (known to HTML5 or not), "&#NNN" or "&#xHH".
bool has_entity_reference(std::string_view text);

// UTF-8 of the character Windows-1252 has at `byte` (0x80-0x9F), which is
// what such a numeric reference or a stray C1 control in mis-decoded text
// stands for: 0x92 -> U+2019, 0x95 -> U+2022. Other bytes: U+FFFD.
std::string windows1252_char(unsigned char byte);

}  // namespace jobsearch
