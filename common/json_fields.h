// json_fields.h: tolerant reading of JSON-LD values whose shape varies.
//
// JSON-LD writes one datum many ways: "Austin", {"name": "Austin"},
// {"@value": "Austin"}, ["Austin"], 12345 or "12345". These accessors accept
// those shapes and never throw; what they cannot use they report by returning
// std::nullopt or pointing at the unusable value, so the caller can name the
// field in a warning.
#pragma once

#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

// "a string", "a number", "a boolean", "an object", "a list" or "null": a
// JSON value's kind, worded for messages ("expected text, got a number").
std::string json_kind(const nlohmann::json& value);

// The member `key` of `object`, or failing that one whose name differs
// only in ASCII case ("EducationRequirements"); nullptr when `object` is
// not an object, has no such member, or the member is null (JSON-LD's way
// of saying "none").
const nlohmann::json* json_member(const nlohmann::json& object, std::string_view key);

// The text of `value`, unchanged: a string; a number when `numbers` is true
// (in JSON notation: 12345, 12.5); or an object holding one of those under
// "@value", "name" or "value" (the first present). std::nullopt for anything
// else, lists included.
std::optional<std::string> json_text(const nlohmann::json& value, bool numbers = false);

// The texts of a value that is text (as json_text) or a list of such values,
// lists nested in lists flattened, in document order.
struct JsonTexts {
  std::vector<std::string> texts;
  // The first value that was neither text nor a list (or a list nested too
  // deep); nullptr when every value was used.
  const nlohmann::json* unusable = nullptr;
};
JsonTexts json_texts(const nlohmann::json& value, bool numbers = false);

// Warnings about the fields of one record, each "field: problem"
// ("employmentType: expected text or a list of text, got a number").
class FieldWarnings {
 public:
  // Warnings go to `out`; notes of fields kept but simplified (see
  // simplified()) to `simplified`, or nowhere when it is null.
  explicit FieldWarnings(std::vector<std::string>* out,
                         std::vector<std::string>* simplified = nullptr)
      : out_(out), simplified_(simplified) {}
  void add(const std::string& field, const std::string& problem);
  void wrong_type(const std::string& field, const std::string& expected, const nlohmann::json& got);
  // "field: problem \"text\"", the text cut short when long.
  void bad_value(const std::string& field, const std::string& problem, std::string_view text);
  void unrecognised(const std::string& field, std::string_view text) {
    bad_value(field, "unrecognised", text);
  }
  // A field kept, but read with less care because of its size or shape:
  // "description: HTML over the 256 KiB parsing limit: ...". Not a warning
  // (nothing was lost to a wrong type); nothing is noted when `why` is "".
  void simplified(const std::string& field, const std::string& why);

 private:
  std::vector<std::string>* out_;
  std::vector<std::string>* simplified_;
};

// json_text of `value`, a member that may be missing (nullptr): "" when it
// is, and also "" with a warning about `field` when it is not text.
std::string text_field(const nlohmann::json* value, const std::string& field,
                       FieldWarnings& warnings, bool numbers = false);

// json_texts of `object`'s member `key` (a string or a list of strings);
// empty when missing, with a warning about the first unusable value.
std::vector<std::string> text_list_field(const nlohmann::json& object, const char* key,
                                         FieldWarnings& warnings);

// json_number of a member that may be missing (nullptr): std::nullopt when
// it is, and also std::nullopt with a warning about `field` when it is not a
// number from `low` to `high`.
std::optional<double> number_field(const nlohmann::json* value, const std::string& field,
                                   FieldWarnings& warnings, double low, double high);

// A finite number given as a JSON number or as a string holding only a
// decimal number ("38.80", " -77.04 ", "1e3"); std::nullopt otherwise.
std::optional<double> json_number(const nlohmann::json& value);

}  // namespace jobsearch
