#include "common/posting_parser.h"

#include <algorithm>
#include <utility>

#include "common/ascii_text.h"
#include "common/html_text.h"
#include "common/iso_date.h"
#include "common/json_fields.h"
#include "common/posting_fields.h"
#include "common/posting_id.h"

namespace jobsearch {

namespace posting_fields {

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

std::string field_text(std::string_view html, const std::string& field, FieldWarnings& notes,
                       bool one_line) {
  std::string why;
  std::string text = one_line ? html_to_line(html, &why) : html_to_text(html, &why);
  notes.simplified(field, why);
  return text;
}

std::string line_member(const nlohmann::json& object, const char* key, const std::string& field,
                        FieldWarnings& notes, bool numbers) {
  return field_text(text_field(json_member(object, key), field, notes, numbers), field, notes);
}

}  // namespace posting_fields

namespace {

using nlohmann::json;
using namespace posting_fields;

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
  posting->qualifications = read_details(node, "qualifications", notes);
  posting->benefits = read_details(node, "jobBenefits", notes);
  posting->work_hours = read_details(node, "workHours", notes);
  posting->direct_apply = read_direct_apply(node, notes);
  posting->openings = read_openings(node, notes);
  posting->company_url = read_company_url(node, notes);
  posting->applicant_countries = read_applicant_countries(node, notes);
}

}  // namespace

namespace {

// Every JobPosting property read above and by the field readers, in any
// ASCII case (json_member).
constexpr std::string_view kReadProperties[] = {"title",
                                                "description",
                                                "identifier",
                                                "hiringOrganization",
                                                "url",
                                                "baseSalary",
                                                "estimatedSalary",
                                                "datePosted",
                                                "validThrough",
                                                "industry",
                                                "skills",
                                                "occupationalCategory",
                                                "jobLocation",
                                                "jobLocationType",
                                                "employmentType",
                                                "educationRequirements",
                                                "experienceRequirements",
                                                "qualifications",
                                                "jobBenefits",
                                                "workHours",
                                                "directApply",
                                                "totalJobOpenings",
                                                "applicantLocationRequirements"};

std::vector<std::string> unread_properties(const json& node) {
  std::vector<std::string> unread;
  for (auto member = node.begin(); member != node.end(); ++member) {
    const std::string& name = member.key();
    if (name.empty() || name[0] == '@') continue;
    auto read = [&name](std::string_view known) { return equals_ignoring_ascii_case(name, known); };
    if (std::none_of(std::begin(kReadProperties), std::end(kReadProperties), read)) {
      unread.push_back(name);
    }
  }
  return unread;
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
  record.unread = unread_properties(node);
  return record;
}

}  // namespace jobsearch
