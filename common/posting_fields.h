// posting_fields.h: the field readers of the posting parser, one source
// file per kind of field (posting_location_reader.cpp,
// posting_salary_reader.cpp, posting_requirements_reader.cpp), and the text
// helpers they share. Internal to common/: parse_posting (posting_parser.h)
// is the interface. Each reader takes a JobPosting node, returns what it
// could use and notes the rest in `notes`; none throws.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "common/json_fields.h"
#include "common/posting.h"

namespace jobsearch::posting_fields {

// Appends `value` unless it is "" or `list` already holds it.
void add_unique(std::vector<std::string>* list, std::string value);

// The parts of `text` between `separator`s, as written (empty parts kept).
std::vector<std::string> split(std::string_view text, char separator);

// The readable text of a field's HTML (html_text.h): one line, or paragraphs
// when `one_line` is false; notes under `field` when it had to be simplified.
std::string field_text(std::string_view html, const std::string& field, FieldWarnings& notes,
                       bool one_line = true);

// field_text of the text member `key` of `object` (a number too when
// `numbers`), warning under `field` when it is not text.
std::string line_member(const nlohmann::json& object, const char* key, const std::string& field,
                        FieldWarnings& notes, bool numbers = false);

// jobLocation: one Place, text, or a list of them; places with nothing
// usable are left out. Countries and regions are normalised.
std::vector<Location> read_locations(const nlohmann::json& node, FieldWarnings& notes);

// True when jobLocationType says TELECOMMUTE (any case, any list item).
bool read_remote(const nlohmann::json& node, FieldWarnings& notes);

// The MonetaryAmount at `key` (baseSalary, estimatedSalary): amounts, unit,
// currency and the yearly range; std::nullopt when it states no amount.
std::optional<Salary> read_salary(const nlohmann::json& node, const char* key,
                                  FieldWarnings& notes);

// employmentType, normalised (employment_type.h), each once, in order;
// unrecognised text is noted.
std::vector<std::string> read_employment_types(const nlohmann::json& node, FieldWarnings& notes);

// educationRequirements, normalised (education_level.h), each once;
// unrecognised text is noted.
std::vector<std::string> read_education(const nlohmann::json& node, FieldWarnings& notes);

// experienceRequirements in months: monthsOfExperience, or a duration in its
// text (experience.h); std::nullopt when neither is stated.
std::optional<int> read_experience(const nlohmann::json& node, FieldWarnings& notes);

// Text a seeker reads beside the description (qualifications, jobBenefits,
// workHours): text or a list of texts, cleaned, one paragraph each.
std::string read_details(const nlohmann::json& node, const char* key, FieldWarnings& notes);

// directApply: true or false (also as text); std::nullopt when not stated.
std::optional<bool> read_direct_apply(const nlohmann::json& node, FieldWarnings& notes);

// totalJobOpenings, from 1 to 100,000; std::nullopt otherwise.
std::optional<int> read_openings(const nlohmann::json& node, FieldWarnings& notes);

// hiringOrganization.sameAs (the first, when a list), else its url.
std::string read_company_url(const nlohmann::json& node, FieldWarnings& notes);

// The countries (ISO codes) of applicantLocationRequirements: Country or
// AdministrativeArea entries, or text; a US state or Canadian province
// stands for its country. Names that are no known country are left out.
std::vector<std::string> read_applicant_countries(const nlohmann::json& node, FieldWarnings& notes);

}  // namespace jobsearch::posting_fields
