// Tests of common/place_names: countries to ISO codes, place names to keys.
#include "common/place_names.h"

#include <gtest/gtest.h>

#include "tests/common/text_cases.h"

namespace jobsearch {
namespace {

TEST(NormalizeCountry, NamesAndCodesGiveAlpha2Codes) {
  expect_all(normalize_country, {{"United States", "US"},
                                 {"USA", "US"},
                                 {"us", "US"},
                                 {"U.S.", "US"},
                                 {"U.S.A.", "US"},
                                 {"United States of America", "US"},
                                 {"United Kingdom", "GB"},
                                 {"UK", "GB"},
                                 {"Great Britain", "GB"},
                                 {"England", "GB"},
                                 {"Deutschland", "DE"},
                                 {"Germany", "DE"},
                                 {"Holland", "NL"},
                                 {"The Netherlands", "NL"},
                                 {"Österreich", "AT"},
                                 {"  india ", "IN"},
                                 {"IN", "IN"},
                                 {"ca", "CA"},
                                 {"South Korea", "KR"},
                                 {"Viet Nam", "VN"},
                                 {"UAE", "AE"},
                                 {"DEU", "DE"},
                                 {"zw", "ZW"}});
}

TEST(NormalizeCountry, UnknownNamesComeBackTrimmed) {
  expect_all(normalize_country,
             {{"", ""}, {"  Atlantis ", "Atlantis"}, {"ZZ", "ZZ"}, {"Remote", "Remote"}});
}

TEST(PlaceKey, LowerCaseWithoutPunctuationOrSpacesAroundCommas) {
  expect_all(place_key, {{"  Austin ,TX ", "austin,tx"},
                         {"St. Louis, MO", "st louis,mo"},
                         {"Winston-Salem, NC", "winston salem,nc"},
                         {"Dallas/Fort Worth", "dallas fort worth"},
                         {"O'Fallon", "ofallon"},
                         {"New   York , NY , US", "new york,ny,us"},
                         {"Zürich", "zurich"},
                         {"Pune, Mahārāshtra", "pune,maharashtra"},
                         {"Łódź", "lodz"},
                         {"", ""},
                         {" .,; ", ","}});
}

}  // namespace
}  // namespace jobsearch
