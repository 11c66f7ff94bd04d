#include "common/utf8.h"

namespace jobsearch {

int utf8_sequence(std::string_view text, std::size_t i) {
  auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  unsigned char lead = byte(i);
  if (lead < 0x80) return 1;
  int length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
  unsigned char low = 0x80;
  unsigned char high = 0xBF;
  if (lead < 0xC2 || lead > 0xF4) return -1;
  if (lead == 0xE0) low = 0xA0;
  if (lead == 0xED) high = 0x9F;  // no UTF-16 surrogates
  if (lead == 0xF0) low = 0x90;
  if (lead == 0xF4) high = 0x8F;  // nothing past U+10FFFF
  for (int k = 1; k < length; ++k) {
    if (i + k >= text.size() || byte(i + k) < low || byte(i + k) > high) return -k;
    low = 0x80;
    high = 0xBF;
  }
  return length;
}

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    int length = utf8_sequence(text, i);
    if (length < 0) return false;
    i += static_cast<std::size_t>(length);
  }
  return true;
}

}  // namespace jobsearch
