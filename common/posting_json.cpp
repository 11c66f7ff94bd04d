#include "common/posting_json.h"

namespace jobsearch {
namespace {

using nlohmann::json;
using nlohmann::ordered_json;

template <typename T>
ordered_json optional_to_json(const std::optional<T>& value) {
  return value ? ordered_json(*value) : ordered_json(nullptr);
}

template <typename T>
std::optional<T> optional_from_json(const json& object, const char* key) {
  auto it = object.find(key);
  if (it == object.end() || it->is_null()) return std::nullopt;
  return it->get<T>();
}

template <typename T>
T get_or(const json& object, const char* key, T fallback) {
  auto it = object.find(key);
  return it == object.end() || it->is_null() ? fallback : it->get<T>();
}

ordered_json location_to_json(const Location& location) {
  return {{"locality", location.locality},
          {"region", location.region},
          {"country", location.country},
          {"postal_code", location.postal_code},
          {"latitude", optional_to_json(location.latitude)},
          {"longitude", optional_to_json(location.longitude)}};
}

Location location_from_json(const json& object) {
  Location location;
  location.locality = get_or<std::string>(object, "locality", "");
  location.region = get_or<std::string>(object, "region", "");
  location.country = get_or<std::string>(object, "country", "");
  location.postal_code = get_or<std::string>(object, "postal_code", "");
  location.latitude = optional_from_json<double>(object, "latitude");
  location.longitude = optional_from_json<double>(object, "longitude");
  return location;
}

ordered_json salary_to_json(const std::optional<Salary>& salary) {
  if (!salary) return nullptr;
  return {{"min", optional_to_json(salary->min)},
          {"max", optional_to_json(salary->max)},
          {"currency", salary->currency},
          {"unit", salary->unit},
          {"annual_min", optional_to_json(salary->annual_min)},
          {"annual_max", optional_to_json(salary->annual_max)}};
}

std::optional<Salary> salary_from_json(const json& object) {
  auto it = object.find("salary");
  if (it == object.end() || it->is_null()) return std::nullopt;
  Salary salary;
  salary.min = optional_from_json<double>(*it, "min");
  salary.max = optional_from_json<double>(*it, "max");
  salary.currency = get_or<std::string>(*it, "currency", "");
  salary.unit = get_or<std::string>(*it, "unit", "");
  salary.annual_min = optional_from_json<double>(*it, "annual_min");
  salary.annual_max = optional_from_json<double>(*it, "annual_max");
  return salary;
}

// An object stays, even empty: a salary of unknown figures is still a salary.
bool holds_nothing(const ordered_json& value) {
  if (value.is_string()) return value.get_ref<const std::string&>().empty();
  return value.is_null() || (value.is_array() && value.empty());
}

// Drops the empty members of `value`'s objects, those of objects in arrays
// too; array elements stay, as their places are their meaning.
void drop_empty_members(ordered_json& value) {
  if (value.is_array()) {
    for (ordered_json& element : value) drop_empty_members(element);
    return;
  }
  if (!value.is_object()) return;
  ordered_json kept = ordered_json::object();
  for (auto member = value.begin(); member != value.end(); ++member) {
    drop_empty_members(*member);
    if (!holds_nothing(*member)) kept[member.key()] = std::move(*member);
  }
  value = std::move(kept);
}

}  // namespace

std::string posting_to_data(const Posting& posting) {
  ordered_json json = posting_to_json(posting);
  drop_empty_members(json);
  return json.dump();
}

ordered_json posting_to_json(const Posting& p) {
  ordered_json locations = ordered_json::array();
  for (const Location& location : p.locations) locations.push_back(location_to_json(location));
  return {{"id", p.id},
          {"source_id", p.source_id},
          {"title", p.title},
          {"company", p.company},
          {"url", p.url},
          {"locations", std::move(locations)},
          {"remote", p.remote},
          {"employment_types", p.employment_types},
          {"education", p.education},
          {"experience_months", optional_to_json(p.experience_months)},
          {"salary", salary_to_json(p.salary)},
          {"date_posted", p.date_posted},
          {"valid_through", p.valid_through},
          {"industries", p.industries},
          {"skills", p.skills},
          {"occupational_category", p.occupational_category},
          {"qualifications", p.qualifications},
          {"benefits", p.benefits},
          {"work_hours", p.work_hours},
          {"direct_apply", optional_to_json(p.direct_apply)},
          {"openings", optional_to_json(p.openings)},
          {"company_url", p.company_url},
          {"applicant_countries", p.applicant_countries},
          {"description", p.description}};
}

Posting posting_from_json(const json& object) {
  using Strings = std::vector<std::string>;
  Posting p;
  p.id = get_or<std::string>(object, "id", "");
  p.source_id = get_or<std::string>(object, "source_id", "");
  p.title = get_or<std::string>(object, "title", "");
  p.company = get_or<std::string>(object, "company", "");
  p.url = get_or<std::string>(object, "url", "");
  if (auto it = object.find("locations"); it != object.end() && it->is_array()) {
    for (const json& location : *it) p.locations.push_back(location_from_json(location));
  }
  p.remote = get_or<bool>(object, "remote", false);
  p.employment_types = get_or<Strings>(object, "employment_types", {});
  p.education = get_or<Strings>(object, "education", {});
  p.experience_months = optional_from_json<int>(object, "experience_months");
  p.salary = salary_from_json(object);
  p.date_posted = get_or<std::string>(object, "date_posted", "");
  p.valid_through = get_or<std::string>(object, "valid_through", "");
  p.industries = get_or<Strings>(object, "industries", {});
  p.skills = get_or<Strings>(object, "skills", {});
  p.occupational_category = get_or<std::string>(object, "occupational_category", "");
  p.qualifications = get_or<std::string>(object, "qualifications", "");
  p.benefits = get_or<std::string>(object, "benefits", "");
  p.work_hours = get_or<std::string>(object, "work_hours", "");
  p.direct_apply = optional_from_json<bool>(object, "direct_apply");
  p.openings = optional_from_json<int>(object, "openings");
  p.company_url = get_or<std::string>(object, "company_url", "");
  p.applicant_countries = get_or<std::vector<std::string>>(object, "applicant_countries", {});
  p.description = get_or<std::string>(object, "description", "");
  return p;
}

}  // namespace jobsearch
