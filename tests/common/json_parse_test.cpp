// Tests of common/json_parse: untrusted JSON never throws, and says why.
#include "common/json_parse.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobsearch {
namespace {

TEST(JsonParse, ValidTextGivesItsValue) {
  JsonParse parsed = parse_json(" {\"title\": \"Nurse\", \"n\": [1, 2.5e3]}\n");
  ASSERT_TRUE(parsed.ok()) << parsed.error;
  EXPECT_EQ(parsed.value, nlohmann::json::parse("{\"title\": \"Nurse\", \"n\": [1, 2500.0]}"));
}

struct Refused {
  std::string text;
  std::string error;
  std::size_t error_byte;
};

TEST(JsonParse, BadTextIsRefusedWithAReasonAndAPlace) {
  const std::vector<Refused> cases = {
      {"{\"n\": 1e400}", "invalid JSON: number 1e400 is out of range", 10},
      {"[1,\n-2e308]", "invalid JSON: number -2e308 is out of range", 9},
      {"{\"title\": \"x",
       "invalid JSON: syntax error while parsing value - invalid string: "
       "missing closing quote; last read: '\"x'",
       12},  // the end of the text
      {"{} {}",
       "invalid JSON: syntax error while parsing value - unexpected '{'; expected end "
       "of input",
       3},
      {"",
       "invalid JSON: syntax error while parsing value - unexpected end of input; expected "
       "'[', '{', or a literal",
       0},
  };
  for (const Refused& c : cases) {
    JsonParse parsed = parse_json(c.text);
    EXPECT_EQ(parsed.error, c.error) << c.text;
    EXPECT_EQ(parsed.error_byte, c.error_byte) << c.text;
    EXPECT_TRUE(parsed.value.is_null()) << c.text;
  }
}

TEST(JsonParse, AHugeNumberIsQuotedShort) {
  JsonParse parsed = parse_json(std::string(1000, '9') + "e999");
  EXPECT_EQ(parsed.error, "invalid JSON: number " + std::string(40, '9') + "... is out of range");
}

TEST(JsonParse, NestingIsBoundedAndItsPlaceNamed) {
  std::string ok = std::string(kMaxJsonDepth, '[') + std::string(kMaxJsonDepth, ']');
  EXPECT_TRUE(parse_json(ok).ok());
  std::string deep =
      "{\"a\": \"[[[\", \"b\":" + std::string(200000, '[') + std::string(200000, ']') + "}";
  JsonParse parsed = parse_json(deep);
  EXPECT_EQ(parsed.error, "JSON nested deeper than 64 levels");
  // The '{' is level 1, so the 64th '[' (the first is at byte 17) opens level 65.
  EXPECT_EQ(parsed.error_byte, 17 + kMaxJsonDepth - 1);
}

TEST(JsonParse, ASyntaxErrorBeforeTheDeepPartIsReportedFirst) {
  std::string text = "[1 2, " + std::string(100, '[');
  EXPECT_EQ(parse_json(text).error.rfind("invalid JSON: syntax error", 0), 0u);
}

}  // namespace
}  // namespace jobsearch
