#include "common/byte_size.h"

#include <charconv>

namespace jobsearch {
namespace {

struct Unit {
  std::string_view name;
  int shift;  // the unit is 2^shift bytes
};
constexpr Unit kUnits[] = {{"GiB", 30}, {"MiB", 20}, {"KiB", 10}};

char upper(char c) { return c >= 'a' && c <= 'z' ? static_cast<char>(c - 32) : c; }

// The shift of the unit `text` names ("M", "MiB", "m", "mib"), or -1.
int unit_shift(std::string_view text) {
  for (const Unit& unit : kUnits) {
    bool short_form = text.size() == 1 && upper(text[0]) == unit.name[0];
    bool long_form = text.size() == 3 && upper(text[0]) == unit.name[0] &&
                     (text[1] == 'i' || text[1] == 'I') && upper(text[2]) == 'B';
    if (short_form || long_form) return unit.shift;
  }
  return -1;
}

}  // namespace

std::string format_byte_size(std::uint64_t bytes) {
  for (const Unit& unit : kUnits) {
    std::uint64_t size = std::uint64_t{1} << unit.shift;
    if (bytes >= size && bytes % size == 0) {
      return std::to_string(bytes / size) + " " + std::string(unit.name);
    }
  }
  return std::to_string(bytes) + (bytes == 1 ? " byte" : " bytes");
}

std::optional<std::uint64_t> parse_whole_number(std::string_view text) {
  std::uint64_t value = 0;
  if (text.empty() || text[0] < '0' || text[0] > '9') return std::nullopt;
  auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (error != std::errc() || end != text.data() + text.size()) return std::nullopt;
  return value;
}

std::optional<std::uint64_t> parse_byte_size(std::string_view text) {
  std::size_t digits = text.find_first_not_of("0123456789");
  if (digits == std::string_view::npos) return parse_whole_number(text);
  std::optional<std::uint64_t> number = parse_whole_number(text.substr(0, digits));
  int shift = unit_shift(text.substr(digits));
  if (!number || shift < 0 || *number > (UINT64_MAX >> shift)) return std::nullopt;
  return *number << shift;
}

}  // namespace jobsearch
