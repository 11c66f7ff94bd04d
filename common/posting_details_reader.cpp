// The details a seeker reads beside the description (qualifications,
// benefits, hours, how to apply, openings, the company's site) and the
// countries a remote posting takes applicants from.
#include <cmath>

#include "common/place_names.h"
#include "common/posting_fields.h"
#include "common/region_codes.h"

namespace jobsearch::posting_fields {
namespace {

using nlohmann::json;

// Upper bound on totalJobOpenings taken as stated: a larger number is a typo
// or a placeholder, not a count a seeker can use.
constexpr double kMaxOpenings = 100000;

// The country one applicantLocationRequirements entry names: a Country or
// an AdministrativeArea (a US state or Canadian province gives its
// country), by name, or plain text.
std::string applicant_country(const json& entry, FieldWarnings& notes) {
  std::string name = entry.is_object() ? text_field(json_member(entry, "name"),
                                                    "applicantLocationRequirements.name", notes)
                                       : text_field(&entry, "applicantLocationRequirements", notes);
  if (name.empty()) return "";
  if (auto region = find_region(name)) return region->country;
  std::string country = normalize_country(name);
  return country.size() == 2 ? country : "";
}

}  // namespace

std::string read_details(const json& node, const char* key, FieldWarnings& notes) {
  std::string text;
  for (const std::string& part : text_list_field(node, key, notes)) {
    std::string clean = field_text(part, key, notes, /*one_line=*/false);
    if (clean.empty()) continue;
    if (!text.empty()) text += '\n';
    text += clean;
  }
  return text;
}

std::optional<bool> read_direct_apply(const json& node, FieldWarnings& notes) {
  const json* value = json_member(node, "directApply");
  if (value == nullptr || value->is_null()) return std::nullopt;
  if (value->is_boolean()) return value->get<bool>();
  if (value->is_string()) {
    const std::string& text = value->get_ref<const std::string&>();
    if (text == "true" || text == "True" || text == "TRUE") return true;
    if (text == "false" || text == "False" || text == "FALSE") return false;
  }
  notes.wrong_type("directApply", "true or false", *value);
  return std::nullopt;
}

std::optional<int> read_openings(const json& node, FieldWarnings& notes) {
  auto number = number_field(json_member(node, "totalJobOpenings"), "totalJobOpenings", notes, 1,
                             kMaxOpenings);
  return number ? std::optional<int>(static_cast<int>(std::lround(*number))) : std::nullopt;
}

std::string read_company_url(const json& node, FieldWarnings& notes) {
  const json* organization = json_member(node, "hiringOrganization");
  if (organization == nullptr || !organization->is_object()) return "";
  for (const char* key : {"sameAs", "url"}) {
    std::vector<std::string> urls = text_list_field(*organization, key, notes);
    if (!urls.empty() && !urls.front().empty()) return field_text(urls.front(), key, notes);
  }
  return "";
}

std::vector<std::string> read_applicant_countries(const json& node, FieldWarnings& notes) {
  std::vector<std::string> countries;
  const json* value = json_member(node, "applicantLocationRequirements");
  if (value == nullptr || value->is_null()) return countries;
  const json entries = value->is_array() ? *value : json::array({*value});
  for (const json& entry : entries) add_unique(&countries, applicant_country(entry, notes));
  return countries;
}

}  // namespace jobsearch::posting_fields
