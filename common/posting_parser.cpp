#include "common/posting_parser.h"

#include <algorithm>
#include <cmath>
#include <utility>

#include "common/html_text.h"
#include "common/json_fields.h"
#include "common/normalize.h"
#include "common/posting_id.h"
#include "common/region_codes.h"

namespace jobsearch {
namespace {

using nlohmann::json;

constexpr double kMaxExperienceMonths = 1200;  // a century
constexpr double kMaxPay = 1e12;               // keeps yearly pay finite and sortable

void add_unique(std::vector<std::string>* list, std::string value) {
  if (value.empty() || std::find(list->begin(), list->end(), value) != list->end()) return;
  list->push_back(std::move(value));
}

std::vector<std::string> split(std::string_view text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  while (start <= text.size()) {
    size_t end = std::min(text.find(separator, start), text.size());
    parts.emplace_back(text.substr(start, end - start));
    start = end + 1;
  }
  return parts;
}

// The readable text of a field's HTML, noting when it had to be simplified.
std::string field_text(std::string_view html, const std::string& field, FieldWarnings& notes,
                       bool one_line = true) {
  std::string why;
  std::string text = one_line ? html_to_line(html, &why) : html_to_text(html, &why);
  notes.simplified(field, why);
  return text;
}

std::string line_member(const json& object, const char* key, const std::string& field,
                        FieldWarnings& notes, bool numbers = false) {
  return field_text(text_field(json_member(object, key), field, notes, numbers), field, notes);
}

// Coordinates on the Place itself (LinkedIn) or in its `geo` (schema.org).
void read_coordinates(const json& place, const std::string& field, FieldWarnings& notes,
                      Location* out) {
  const json* holder = &place;
  std::string name = field;
  if (!json_member(place, "latitude") && !json_member(place, "longitude")) {
    holder = json_member(place, "geo");
    name = field + ".geo";
    if (holder == nullptr) return;
    if (!holder->is_object()) return notes.wrong_type(name, "GeoCoordinates", *holder);
  }
  const json* lat = json_member(*holder, "latitude");
  const json* lon = json_member(*holder, "longitude");
  if (lat == nullptr && lon == nullptr) return;
  if (lat == nullptr || lon == nullptr) return notes.add(name, "latitude without longitude");
  auto latitude = number_field(lat, name + ".latitude", notes, -90, 90);
  auto longitude = number_field(lon, name + ".longitude", notes, -180, 180);
  if (!latitude || !longitude) return;
  out->latitude = latitude;
  out->longitude = longitude;
}

void read_address(const json& place, const std::string& field, FieldWarnings& notes,
                  Location* out) {
  const json* address = json_member(place, "address");
  if (address == nullptr) return;
  std::string name = field + ".address";
  if (address->is_string()) {
    out->locality = html_to_line(address->get_ref<const std::string&>());
    return;
  }
  if (!address->is_object()) return notes.wrong_type(name, "a PostalAddress or text", *address);
  out->locality = line_member(*address, "addressLocality", name + ".addressLocality", notes);
  out->region = line_member(*address, "addressRegion", name + ".addressRegion", notes);
  std::string country = line_member(*address, "addressCountry", name + ".addressCountry", notes);
  if (!country.empty()) out->country = normalize_country(country);
  out->region = normalize_region(out->region, out->country);
  out->postal_code = line_member(*address, "postalCode", name + ".postalCode", notes, true);
  // LinkedIn names the country as the locality of nationwide (often remote)
  // jobs: "United States", postal code 99999. That place is the country.
  if (!out->country.empty() && normalize_country(out->locality) == out->country) {
    out->locality.clear();
    if (out->postal_code == "99999") out->postal_code.clear();
  }
}

void add_place(const json& place, const std::string& field, FieldWarnings& notes,
               std::vector<Location>* out) {
  Location location;
  if (place.is_string()) {
    location.locality = html_to_line(place.get_ref<const std::string&>());
  } else if (place.is_object()) {
    read_address(place, field, notes, &location);
    read_coordinates(place, field, notes, &location);
  } else if (!place.is_null()) {
    notes.wrong_type(field, "a Place or text", place);
  }
  bool empty = location.locality.empty() && location.region.empty() && location.country.empty() &&
               location.postal_code.empty() && !location.latitude;
  if (!empty) out->push_back(std::move(location));
}

std::vector<Location> read_locations(const json& node, FieldWarnings& notes) {
  std::vector<Location> locations;
  const json* value = json_member(node, "jobLocation");
  if (value == nullptr) return locations;
  if (!value->is_array()) {
    add_place(*value, "jobLocation", notes, &locations);
    return locations;
  }
  for (size_t i = 0; i < value->size(); ++i) {
    add_place((*value)[i], "jobLocation[" + std::to_string(i) + "]", notes, &locations);
  }
  return locations;
}

bool read_remote(const json& node, FieldWarnings& notes) {
  std::vector<std::string> types = text_list_field(node, "jobLocationType", notes);
  return std::any_of(types.begin(), types.end(), [](const std::string& type) {
    return to_lower_ascii(fold_whitespace(type)) == "telecommute";
  });
}

// The types one text names; "Full-time, Contract" is a list written as text.
std::vector<std::string> employment_types_in(const std::string& text) {
  std::vector<std::string> types;
  for (const std::string& part : split(text, ',')) types.push_back(normalize_employment_type(part));
  return types;
}

std::vector<std::string> read_employment_types(const json& node, FieldWarnings& notes) {
  std::vector<std::string> types;
  for (const std::string& text : text_list_field(node, "employmentType", notes)) {
    bool recognised = false;
    for (std::string& type : employment_types_in(text)) {
      recognised = recognised || !type.empty();
      add_unique(&types, std::move(type));
    }
    if (!recognised && !fold_whitespace(text).empty()) notes.unrecognised("employmentType", text);
  }
  return types;
}

// Texts naming education: strings, credentials' categories, lists of either.
void collect_education(const json& value, int depth, FieldWarnings& notes,
                       std::vector<std::string>* out) {
  const std::string field = "educationRequirements";
  if (value.is_array() && depth < 3) {
    for (const json& item : value) collect_education(item, depth + 1, notes, out);
  } else if (value.is_string()) {
    out->push_back(value.get<std::string>());
  } else if (value.is_object()) {
    for (const char* key : {"credentialCategory", "educationalLevel", "name"}) {
      const json* category = json_member(value, key);
      if (category == nullptr) continue;
      JsonTexts texts = json_texts(*category);
      if (texts.unusable) notes.wrong_type(field + "." + key, "text", *texts.unusable);
      out->insert(out->end(), texts.texts.begin(), texts.texts.end());
      return;
    }
    notes.add(field, "a credential without credentialCategory");
  } else if (!value.is_null()) {
    notes.wrong_type(field, "text, a credential or a list of them", value);
  }
}

std::vector<std::string> read_education(const json& node, FieldWarnings& notes) {
  std::vector<std::string> texts, levels;
  if (const json* value = json_member(node, "educationRequirements")) {
    collect_education(*value, 0, notes, &texts);
  }
  for (const std::string& text : texts) {
    std::string level = normalize_education(text);
    if (level.empty() && !fold_whitespace(text).empty()) {
      notes.unrecognised("educationRequirements", text);
    }
    add_unique(&levels, std::move(level));
  }
  return levels;
}

std::optional<int> read_experience(const json& node, FieldWarnings& notes) {
  const json* value = json_member(node, "experienceRequirements");
  if (value == nullptr) return std::nullopt;
  if (value->is_string()) return months_of_experience(value->get_ref<const std::string&>());
  if (!value->is_object()) {
    notes.wrong_type("experienceRequirements", "an object or text", *value);
    return std::nullopt;
  }
  if (const json* months = json_member(*value, "monthsOfExperience")) {
    auto number = number_field(months, "experienceRequirements.monthsOfExperience", notes, 0,
                               kMaxExperienceMonths);
    return number ? std::optional<int>(std::lround(*number)) : std::nullopt;
  }
  const json* text = json_member(*value, "description");
  if (text != nullptr && text->is_string()) {
    return months_of_experience(text->get_ref<const std::string&>());
  }
  return std::nullopt;
}

std::optional<double> read_amount(const json* value, const std::string& field,
                                  FieldWarnings& notes) {
  return number_field(value, field, notes, 0, kMaxPay);
}

// The unit from unitText and the yearly range; with no unit given, pay of
// four figures or more is taken as yearly.
void scale_salary(const json* unit_text, const std::string& field, FieldWarnings& notes,
                  Salary* salary) {
  std::optional<double> factor;
  if (unit_text != nullptr) {
    std::string text = text_field(unit_text, field + ".unitText", notes);
    salary->unit = normalize_salary_unit(text);
    if (salary->unit.empty() && !text.empty()) notes.unrecognised(field + ".unitText", text);
    factor = units_per_year(salary->unit);
  } else if (salary->max.value_or(salary->min.value_or(0)) >= 1000) {
    factor = 1;
  }
  if (factor && salary->min) salary->annual_min = *salary->min * *factor;
  if (factor && salary->max) salary->annual_max = *salary->max * *factor;
}

// A MonetaryAmount whose value is a QuantitativeValue or a number, or a
// bare number.
std::optional<Salary> read_salary(const json& node, const char* key, FieldWarnings& notes) {
  const json* money = json_member(node, key);
  if (money == nullptr) return std::nullopt;
  const json* value = money->is_object() ? json_member(*money, "value") : money;
  const std::string field = money->is_object() ? std::string(key) + ".value" : key;
  const json* unit = json_member(*money, "unitText");
  Salary salary;
  if (value != nullptr && value->is_object()) {
    salary.min = read_amount(json_member(*value, "minValue"), field + ".minValue", notes);
    salary.max = read_amount(json_member(*value, "maxValue"), field + ".maxValue", notes);
    if (!salary.min && !salary.max) {
      salary.min = salary.max = read_amount(json_member(*value, "value"), field + ".value", notes);
    }
    if (json_member(*value, "unitText") != nullptr) unit = json_member(*value, "unitText");
  } else {
    salary.min = salary.max = read_amount(value, field, notes);
  }
  if (!salary.min && !salary.max) {
    if (money->is_object()) notes.add(key, "no amount");
    return std::nullopt;
  }
  if (salary.min && salary.max && *salary.min > *salary.max) std::swap(salary.min, salary.max);
  std::string currency =
      text_field(json_member(*money, "currency"), key + std::string(".currency"), notes);
  for (char c : fold_whitespace(currency)) salary.currency += (c >= 'a' && c <= 'z') ? c - 32 : c;
  scale_salary(unit, key, notes, &salary);
  return salary;
}

std::string read_date(const json& node, const char* key, FieldWarnings& notes) {
  std::string text = fold_whitespace(text_field(json_member(node, key), key, notes));
  if (text.empty()) return "";
  std::optional<std::string> date = normalize_date(text);
  if (!date) notes.bad_value(key, "not a date", text);
  return date.value_or("");
}

// industry, skills: a list, or one string of comma-separated items.
std::vector<std::string> read_terms(const json& node, const char* key, FieldWarnings& notes) {
  std::vector<std::string> terms;
  const json* value = json_member(node, key);
  bool one_string = value != nullptr && value->is_string();
  for (const std::string& text : text_list_field(node, key, notes)) {
    for (const std::string& item : one_string ? split(text, ',') : std::vector{text}) {
      add_unique(&terms, html_to_line(item));
    }
  }
  return terms;
}

// identifier.value, or identifier itself as text or a number; never the
// PropertyValue's name (LinkedIn puts the company there).
std::string read_source_id(const json& node, FieldWarnings& notes) {
  const json* identifier = json_member(node, "identifier");
  if (identifier == nullptr) return "";
  if (identifier->is_object()) {
    return line_member(*identifier, "value", "identifier.value", notes, true);
  }
  return html_to_line(text_field(identifier, "identifier", notes, true));
}

std::string read_company(const json& node, FieldWarnings& notes) {
  const json* organization = json_member(node, "hiringOrganization");
  if (organization == nullptr) return "";
  if (organization->is_object()) {
    return text_field(json_member(*organization, "name"), "hiringOrganization.name", notes);
  }
  if (organization->is_string()) return organization->get<std::string>();
  notes.wrong_type("hiringOrganization", "an Organization or text", *organization);
  return "";
}

void read_other_fields(const json& node, FieldWarnings& notes, Posting* posting) {
  posting->source_id = read_source_id(node, notes);
  posting->url = line_member(node, "url", "url", notes);
  posting->locations = read_locations(node, notes);
  posting->remote = read_remote(node, notes);
  posting->employment_types = read_employment_types(node, notes);
  posting->education = read_education(node, notes);
  posting->experience_months = read_experience(node, notes);
  posting->salary = read_salary(node, "baseSalary", notes);
  if (!posting->salary) posting->salary = read_salary(node, "estimatedSalary", notes);
  posting->date_posted = read_date(node, "datePosted", notes);
  posting->valid_through = read_date(node, "validThrough", notes);
  posting->industries = read_terms(node, "industry", notes);
  posting->skills = read_terms(node, "skills", notes);
  std::vector<std::string> categories = text_list_field(node, "occupationalCategory", notes);
  if (!categories.empty()) posting->occupational_category = html_to_line(categories.front());
}

}  // namespace

ParsedRecord parse_posting(const json& node) {
  ParsedRecord record;
  if (!node.is_object()) {
    record.rejections.push_back("not a JSON object (got " + json_kind(node) + ")");
    return record;
  }
  FieldWarnings notes(&record.warnings, &record.simplified);
  Posting posting;
  std::string raw_title = text_field(json_member(node, "title"), "title", notes);
  posting.title = field_text(raw_title, "title", notes);
  if (posting.title.empty()) {
    std::string detail = record.warnings.empty() ? "" : " (" + record.warnings.back() + ")";
    record.warnings.clear();
    record.simplified.clear();
    record.rejections.push_back("JobPosting has no title" + detail);
    return record;
  }
  std::string raw_company = read_company(node, notes);
  posting.company = field_text(raw_company, "hiringOrganization.name", notes);
  std::string raw_description = text_field(json_member(node, "description"), "description", notes);
  posting.description = field_text(raw_description, "description", notes, /*one_line=*/false);
  read_other_fields(node, notes, &posting);
  const json* raw_locations = json_member(node, "jobLocation");
  posting.id = posting_id(raw_title, raw_company, raw_locations ? raw_locations->dump() : "",
                          raw_description);
  record.postings.push_back(std::move(posting));
  return record;
}

}  // namespace jobsearch
