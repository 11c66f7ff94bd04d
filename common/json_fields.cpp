#include "common/json_fields.h"

#include <algorithm>
#include <charconv>
#include <cmath>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

using nlohmann::json;

// Deeper lists are not a shape any site writes on purpose; stopping there
// also bounds the recursion on hostile input.
constexpr int kMaxListDepth = 4;

void collect_texts(const json& value, bool numbers, int depth, JsonTexts* out) {
  if (value.is_null()) return;
  if (value.is_array() && depth < kMaxListDepth) {
    for (const json& item : value) collect_texts(item, numbers, depth + 1, out);
    return;
  }
  if (auto text = json_text(value, numbers)) {
    out->texts.push_back(std::move(*text));
  } else if (out->unusable == nullptr) {
    out->unusable = &value;
  }
}

// Values quoted in warnings are cut to this many bytes.
constexpr size_t kMaxQuoted = 60;

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

}  // namespace

std::string json_kind(const json& value) {
  switch (value.type()) {
    case json::value_t::string:
      return "a string";
    case json::value_t::number_integer:
    case json::value_t::number_unsigned:
    case json::value_t::number_float:
      return "a number";
    case json::value_t::boolean:
      return "a boolean";
    case json::value_t::object:
      return "an object";
    case json::value_t::array:
      return "a list";
    case json::value_t::null:
      return "null";
    default:
      return "an unexpected value";
  }
}

const json* json_member(const json& object, std::string_view key) {
  if (!object.is_object()) return nullptr;
  auto it = object.find(key);
  // Sites write "EducationRequirements" or "joblocation" too.
  for (auto other = object.begin(); it == object.end() && other != object.end(); ++other) {
    if (equals_ignoring_ascii_case(other.key(), key)) it = other;
  }
  if (it == object.end() || it->is_null()) return nullptr;
  return &*it;
}

std::optional<std::string> json_text(const json& value, bool numbers) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_number()) {
    if (numbers) return value.dump();
    return std::nullopt;
  }
  if (!value.is_object()) return std::nullopt;
  for (const char* key : {"@value", "name", "value"}) {
    const json* member = json_member(value, key);
    if (member == nullptr) continue;
    if (member->is_string() || (numbers && member->is_number())) return json_text(*member, numbers);
    return std::nullopt;
  }
  return std::nullopt;
}

JsonTexts json_texts(const json& value, bool numbers) {
  JsonTexts out;
  collect_texts(value, numbers, 0, &out);
  return out;
}

std::optional<double> json_number(const json& value) {
  double number = 0;
  if (value.is_number()) {
    number = value.get<double>();
  } else if (value.is_string()) {
    const std::string& text = value.get_ref<const std::string&>();
    const char* begin = text.data();
    const char* end = begin + text.size();
    while (begin < end && is_space(*begin)) ++begin;
    while (end > begin && is_space(end[-1])) --end;
    if (begin < end && *begin == '+') ++begin;
    auto [last, error] = std::from_chars(begin, end, number);
    if (begin == end || error != std::errc() || last != end) return std::nullopt;
  } else {
    return std::nullopt;
  }
  if (!std::isfinite(number)) return std::nullopt;
  return number;
}

void FieldWarnings::add(const std::string& field, const std::string& problem) {
  out_->push_back(field + ": " + problem);
}

void FieldWarnings::simplified(const std::string& field, const std::string& why) {
  if (simplified_ != nullptr && !why.empty()) simplified_->push_back(field + ": " + why);
}

void FieldWarnings::wrong_type(const std::string& field, const std::string& expected,
                               const json& got) {
  add(field, "expected " + expected + ", got " + json_kind(got));
}

void FieldWarnings::bad_value(const std::string& field, const std::string& problem,
                              std::string_view text) {
  size_t cut = std::min(text.size(), kMaxQuoted);
  while (cut < text.size() && cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) {
    --cut;  // not inside a UTF-8 sequence
  }
  std::string more = cut < text.size() ? "..." : "";
  add(field, problem + " \"" + std::string(text.substr(0, cut)) + more + "\"");
}

std::string text_field(const json* value, const std::string& field, FieldWarnings& warnings,
                       bool numbers) {
  if (value == nullptr) return "";
  if (auto text = json_text(*value, numbers)) return std::move(*text);
  warnings.wrong_type(field, numbers ? "text or a number" : "text", *value);
  return "";
}

std::vector<std::string> text_list_field(const json& object, const char* key,
                                         FieldWarnings& warnings) {
  const json* value = json_member(object, key);
  if (value == nullptr) return {};
  JsonTexts texts = json_texts(*value);
  if (texts.unusable) warnings.wrong_type(key, "text or a list of text", *texts.unusable);
  return std::move(texts.texts);
}

std::optional<double> number_field(const json* value, const std::string& field,
                                   FieldWarnings& warnings, double low, double high) {
  if (value == nullptr) return std::nullopt;
  std::optional<double> number = json_number(*value);
  if (!number) {
    warnings.wrong_type(field, "a number", *value);
  } else if (*number < low || *number > high) {
    warnings.bad_value(field, "out of range", value->dump());
    return std::nullopt;
  }
  return number;
}

}  // namespace jobsearch
