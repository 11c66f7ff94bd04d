// The readers of what a posting asks for and offers as a kind of job:
// employmentType, educationRequirements, experienceRequirements.
#include <cmath>

#include "common/ascii_text.h"
#include "common/education_level.h"
#include "common/employment_type.h"
#include "common/experience.h"
#include "common/posting_fields.h"

namespace jobsearch::posting_fields {
namespace {

using nlohmann::json;

constexpr double kMaxExperienceMonths = 1200;  // a century

// The types one text names; "Full-time, Contract" is a list written as text.
std::vector<std::string> employment_types_in(const std::string& text) {
  std::vector<std::string> types;
  for (const std::string& part : split(text, ',')) types.push_back(normalize_employment_type(part));
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

}  // namespace

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

}  // namespace jobsearch::posting_fields
