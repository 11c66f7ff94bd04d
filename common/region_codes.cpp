#include "common/region_codes.h"

#include <utility>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

using Region = std::pair<std::string_view, std::string_view>;  // lower-case name, code

constexpr Region kUsStates[] = {
    {"alabama", "AL"},        {"alaska", "AK"},         {"arizona", "AZ"},
    {"arkansas", "AR"},       {"california", "CA"},     {"colorado", "CO"},
    {"connecticut", "CT"},    {"delaware", "DE"},       {"district of columbia", "DC"},
    {"florida", "FL"},        {"georgia", "GA"},        {"hawaii", "HI"},
    {"idaho", "ID"},          {"illinois", "IL"},       {"indiana", "IN"},
    {"iowa", "IA"},           {"kansas", "KS"},         {"kentucky", "KY"},
    {"louisiana", "LA"},      {"maine", "ME"},          {"maryland", "MD"},
    {"massachusetts", "MA"},  {"michigan", "MI"},       {"minnesota", "MN"},
    {"mississippi", "MS"},    {"missouri", "MO"},       {"montana", "MT"},
    {"nebraska", "NE"},       {"nevada", "NV"},         {"new hampshire", "NH"},
    {"new jersey", "NJ"},     {"new mexico", "NM"},     {"new york", "NY"},
    {"north carolina", "NC"}, {"north dakota", "ND"},   {"ohio", "OH"},
    {"oklahoma", "OK"},       {"oregon", "OR"},         {"pennsylvania", "PA"},
    {"rhode island", "RI"},   {"south carolina", "SC"}, {"south dakota", "SD"},
    {"tennessee", "TN"},      {"texas", "TX"},          {"utah", "UT"},
    {"vermont", "VT"},        {"virginia", "VA"},       {"washington", "WA"},
    {"west virginia", "WV"},  {"wisconsin", "WI"},      {"wyoming", "WY"},
    {"puerto rico", "PR"},
};

constexpr Region kCanadianProvinces[] = {
    {"alberta", "AB"},
    {"british columbia", "BC"},
    {"manitoba", "MB"},
    {"new brunswick", "NB"},
    {"newfoundland and labrador", "NL"},
    {"nova scotia", "NS"},
    {"ontario", "ON"},
    {"prince edward island", "PE"},
    {"quebec", "QC"},
    {"québec", "QC"},
    {"saskatchewan", "SK"},
    {"northwest territories", "NT"},
    {"nunavut", "NU"},
    {"yukon", "YT"},
};

template <std::size_t N>
std::optional<std::string> find_in(const Region (&table)[N], const std::string& name) {
  for (const auto& [full, code] : table) {
    if (name == full || name == to_lower_ascii(code)) return std::string(code);
  }
  return std::nullopt;
}

}  // namespace

std::optional<KnownRegion> find_region(std::string_view text) {
  const std::string name = to_lower_ascii(fold_whitespace(text));
  if (auto code = find_in(kUsStates, name)) return KnownRegion{*code, "US"};
  if (auto code = find_in(kCanadianProvinces, name)) return KnownRegion{*code, "CA"};
  return std::nullopt;
}

std::string normalize_region(std::string_view region, std::string_view country) {
  std::string trimmed = fold_whitespace(region);
  const std::string name = to_lower_ascii(trimmed);
  if (country == "US") return find_in(kUsStates, name).value_or(trimmed);
  if (country == "CA") return find_in(kCanadianProvinces, name).value_or(trimmed);
  return trimmed;
}

}  // namespace jobsearch
