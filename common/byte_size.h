// byte_size.h: sizes in bytes as people write them ("8M") and read them ("8 MiB").
//
// Limits on input are named in messages and set on command lines; both
// programs spell them the same way.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace jobsearch {

// `bytes` in the largest binary unit that divides it exactly: "8 MiB",
// "512 KiB", "1 GiB", "1500 bytes", "1 byte".
std::string format_byte_size(std::uint64_t bytes);

// A whole number of bytes ("8388608"), or a whole number and a binary unit
// ("8M", "8MiB", "512k", "1G": K, M, G, KiB, MiB, GiB in any case).
// std::nullopt for anything else: a sign, a fraction, an exponent, spaces,
// another unit, or more than 2^64 - 1 bytes.
std::optional<std::uint64_t> parse_byte_size(std::string_view text);

// A whole number in decimal digits only ("1000"); std::nullopt for a sign,
// spaces, other characters, or a number past 2^64 - 1.
std::optional<std::uint64_t> parse_whole_number(std::string_view text);

}  // namespace jobsearch
