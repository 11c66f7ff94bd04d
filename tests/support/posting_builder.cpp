#include "tests/support/posting_builder.h"

#include <utility>

namespace jobsearch::test {
namespace {

using nlohmann::json;

// The non-empty members of `members`, as an object of `type`.
json typed_object(const char* type,
                  const std::vector<std::pair<const char*, std::string>>& members) {
  json object = {{"@type", type}};
  for (const auto& [key, value] : members) {
    if (!value.empty()) object[key] = value;
  }
  return object;
}

json place_json(const Location& location) {
  json place = {{"@type", "Place"},
                {"address", typed_object("PostalAddress", {{"addressLocality", location.locality},
                                                           {"addressRegion", location.region},
                                                           {"addressCountry", location.country},
                                                           {"postalCode", location.postal_code}})}};
  if (location.latitude && location.longitude) {
    place["geo"] = {{"@type", "GeoCoordinates"},
                    {"latitude", *location.latitude},
                    {"longitude", *location.longitude}};
  }
  return place;
}

json salary_json(const Salary& salary) {
  json value = {{"@type", "QuantitativeValue"}};
  if (salary.min) value["minValue"] = *salary.min;
  if (salary.max) value["maxValue"] = *salary.max;
  if (!salary.unit.empty()) value["unitText"] = salary.unit;
  json amount = {{"@type", "MonetaryAmount"}, {"value", value}};
  if (!salary.currency.empty()) amount["currency"] = salary.currency;
  return amount;
}

void set_text(json& object, const char* key, const std::string& text) {
  if (!text.empty()) object[key] = text;
}

void set_list(json& object, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) object[key] = values;
}

}  // namespace

PostingBuilder::PostingBuilder(std::string id) { posting_.id = std::move(id); }

PostingBuilder& PostingBuilder::title(std::string text) {
  posting_.title = std::move(text);
  return *this;
}

PostingBuilder& PostingBuilder::company(std::string name) {
  posting_.company = std::move(name);
  return *this;
}

PostingBuilder& PostingBuilder::description(std::string text) {
  posting_.description = std::move(text);
  return *this;
}

PostingBuilder& PostingBuilder::url(std::string text) {
  posting_.url = std::move(text);
  return *this;
}

PostingBuilder& PostingBuilder::source_id(std::string text) {
  posting_.source_id = std::move(text);
  return *this;
}

PostingBuilder& PostingBuilder::location(Location location) {
  posting_.locations.push_back(std::move(location));
  return *this;
}

PostingBuilder& PostingBuilder::place(std::string locality, std::string region,
                                      std::string country) {
  return location({std::move(locality), std::move(region), std::move(country), "", {}, {}});
}

PostingBuilder& PostingBuilder::remote(bool remote) {
  posting_.remote = remote;
  return *this;
}

PostingBuilder& PostingBuilder::employment_type(std::string type) {
  posting_.employment_types.push_back(std::move(type));
  return *this;
}

PostingBuilder& PostingBuilder::education(std::string category) {
  posting_.education.push_back(std::move(category));
  return *this;
}

PostingBuilder& PostingBuilder::experience_months(int months) {
  posting_.experience_months = months;
  return *this;
}

PostingBuilder& PostingBuilder::salary(Salary salary) {
  posting_.salary = std::move(salary);
  return *this;
}

PostingBuilder& PostingBuilder::posted(std::string date) {
  posting_.date_posted = std::move(date);
  return *this;
}

PostingBuilder& PostingBuilder::valid_through(std::string date) {
  posting_.valid_through = std::move(date);
  return *this;
}

PostingBuilder& PostingBuilder::industry(std::string name) {
  posting_.industries.push_back(std::move(name));
  return *this;
}

PostingBuilder& PostingBuilder::skill(std::string name) {
  posting_.skills.push_back(std::move(name));
  return *this;
}

PostingBuilder& PostingBuilder::occupational_category(std::string code) {
  posting_.occupational_category = std::move(code);
  return *this;
}

json PostingBuilder::jsonld() const {
  const Posting& p = posting_;
  json out = {{"@context", "https://schema.org/"}, {"@type", "JobPosting"}};
  set_text(out, "title", p.title);
  set_text(out, "description", p.description);
  if (!p.company.empty())
    out["hiringOrganization"] = typed_object("Organization", {{"name", p.company}});
  if (!p.source_id.empty())
    out["identifier"] = typed_object("PropertyValue", {{"value", p.source_id}});
  set_text(out, "url", p.url);
  for (const Location& location : p.locations) out["jobLocation"].push_back(place_json(location));
  if (p.remote) out["jobLocationType"] = "TELECOMMUTE";
  set_list(out, "employmentType", p.employment_types);
  for (const std::string& category : p.education) {
    out["educationRequirements"].push_back(
        typed_object("EducationalOccupationalCredential", {{"credentialCategory", category}}));
  }
  if (p.experience_months) {
    out["experienceRequirements"] = {{"@type", "OccupationalExperienceRequirements"},
                                     {"monthsOfExperience", *p.experience_months}};
  }
  if (p.salary) out["baseSalary"] = salary_json(*p.salary);
  set_text(out, "datePosted", p.date_posted);
  set_text(out, "validThrough", p.valid_through);
  set_list(out, "industry", p.industries);
  set_list(out, "skills", p.skills);
  set_text(out, "occupationalCategory", p.occupational_category);
  return out;
}

}  // namespace jobsearch::test
