// Tests of common/country_codes: every ISO 3166-1 country by code or name
// (from Debian's iso-codes), and the everyday names postings use.
#include "common/country_codes.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobsearch {
namespace {

struct Case {
  std::string text;  // as a posting or a user writes it
  std::string code;  // "" when it names no country
};

void expect_codes(const std::vector<Case>& cases) {
  for (const Case& c : cases) {
    EXPECT_EQ(country_code(country_name_key(c.text)), c.code) << c.text;
  }
}

TEST(CountryCodes, EveryAlpha3CodeIsKnown) {
  // Among those a hand-written list had missed.
  expect_codes({{"GRC", "GR"},
                {"QAT", "QA"},
                {"KWT", "KW"},
                {"SRB", "RS"},
                {"BGR", "BG"},
                {"VEN", "VE"},
                {"usa", "US"},
                {"GBR", "GB"}});
  for (std::size_t i = 0; i < kIsoCountryCount; ++i) {
    EXPECT_EQ(country_code(country_name_key(kIsoCountries[i].alpha_3)), kIsoCountries[i].alpha_2);
    EXPECT_EQ(country_code(country_name_key(kIsoCountries[i].alpha_2)), kIsoCountries[i].alpha_2);
  }
  EXPECT_EQ(kIsoCountryCount, 249u);
}

TEST(CountryCodes, NamesCommonNamesAndOfficialNames) {
  expect_codes({{"Greece", "GR"},
                {"Hellenic Republic", "GR"},
                {"Viet Nam", "VN"},
                {"Vietnam", "VN"},
                {"Korea, Republic of", "KR"},
                {"South Korea", "KR"},
                {"Türkiye", "TR"},
                {"Côte d'Ivoire", "CI"},
                {"Czech Republic", "CZ"},
                {"Czechia", "CZ"},
                {"  United   States ", "US"}});
}

TEST(CountryCodes, AShortFormIsKnownOnlyWhenOneCountryHasIt) {
  expect_codes(
      {{"Bolivia", "BO"},
       {"Micronesia", "FM"},
       {"Congo", "CG"},  // a name of its own: not the short form of "Congo, The Democratic..."
       {"Virgin Islands", ""}});  // British or U.S.
}

TEST(CountryCodes, EverydayAndNativeNames) {
  expect_codes({{"UK", "GB"},
                {"England", "GB"},
                {"U.S.", "US"},
                {"Holland", "NL"},
                {"Deutschland", "DE"},
                {"Österreich", "AT"},
                {"UAE", "AE"},
                {"Ivory Coast", "CI"},
                {"DR Congo", "CD"},
                {"Burma", "MM"}});
}

TEST(CountryCodes, OtherTextNamesNoCountry) {
  expect_codes({{"", ""}, {"Texas", ""}, {"ZZ", ""}, {"XYZ", ""}, {"London", ""}});
}

}  // namespace
}  // namespace jobsearch
