// Tests of common/byte_size: limits read from command lines and named in messages.
#include "common/byte_size.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobsearch {
namespace {

TEST(ByteSize, SizesAreNamedInTheLargestExactUnit) {
  EXPECT_EQ(format_byte_size(8u << 20), "8 MiB");
  EXPECT_EQ(format_byte_size(256u << 10), "256 KiB");
  EXPECT_EQ(format_byte_size(std::uint64_t{4} << 30), "4 GiB");
  EXPECT_EQ(format_byte_size(1536u << 10), "1536 KiB");
  EXPECT_EQ(format_byte_size(1500), "1500 bytes");
  EXPECT_EQ(format_byte_size(1), "1 byte");
  EXPECT_EQ(format_byte_size(0), "0 bytes");
}

TEST(ByteSize, BytesOrANumberWithAUnitAreRead) {
  EXPECT_EQ(parse_byte_size("8388608"), 8u << 20);
  EXPECT_EQ(parse_byte_size("8M"), 8u << 20);
  EXPECT_EQ(parse_byte_size("8mib"), 8u << 20);
  EXPECT_EQ(parse_byte_size("512k"), 512u << 10);
  EXPECT_EQ(parse_byte_size("512KiB"), 512u << 10);
  EXPECT_EQ(parse_byte_size("2G"), std::uint64_t{2} << 30);
  EXPECT_EQ(parse_byte_size("0"), 0u);
}

TEST(ByteSize, AnythingElseIsRefused) {
  const std::vector<std::string> refused = {"",
                                            "-1",
                                            "-8M",
                                            "+8M",
                                            "8 M",
                                            " 8",
                                            "8.5M",
                                            "1e6",
                                            "8MB",
                                            "8T",
                                            "M",
                                            "8Mi",
                                            "0x10",
                                            "18446744073709551616",
                                            "17179869184G"};
  for (const std::string& text : refused) EXPECT_EQ(parse_byte_size(text), std::nullopt) << text;
}

TEST(ByteSize, WholeNumbersAreDigitsOnly) {
  EXPECT_EQ(parse_whole_number("1000"), 1000u);
  EXPECT_EQ(parse_whole_number("18446744073709551615"), UINT64_MAX);
  for (const char* text : {"", "-1", "+1", " 1", "1 ", "1e3", "1.0", "18446744073709551616"}) {
    EXPECT_EQ(parse_whole_number(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace jobsearch
