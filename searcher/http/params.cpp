#include "searcher/http/params.h"

#include <nlohmann/json.hpp>

#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

using nlohmann::json;

// "[json.exception.parse_error.101] parse error at ..." -> "parse error at ...".
std::string without_exception_id(const json::exception& error) {
  std::string message = error.what();
  std::size_t bracket = message.find("] ");
  if (bracket != std::string::npos) message.erase(0, bracket + 2);
  return message;
}

void check_utf8(const std::string& text, const std::string& name) {
  if (!is_valid_utf8(text)) throw SearchError("parameter \"" + name + "\" is not valid UTF-8");
}

// One JSON scalar as the text request_from_params reads: strings as they
// are, numbers as JSON writes them ("2", "2.5"), booleans as true/false.
std::string scalar_text(const std::string& name, const json& value) {
  if (value.is_string()) return value.get<std::string>();
  if (value.is_boolean()) return value.get<bool>() ? "true" : "false";
  if (value.is_number()) return value.dump();
  throw SearchError("parameter \"" + name +
                    "\" takes a string, a number, true/false or a list of them");
}

std::vector<std::string> values_of(const std::string& name, const json& value) {
  std::vector<std::string> values;
  if (!value.is_array()) {
    values.push_back(scalar_text(name, value));
    return values;
  }
  for (const json& item : value) {
    if (!item.is_null()) values.push_back(scalar_text(name, item));
  }
  return values;
}

// {"company": "Acme", "remote": ["remote"]} -> "company=Acme", "remote=remote".
std::vector<std::string> filter_object(const json& filters) {
  std::vector<std::string> values;
  for (const auto& [facet, value] : filters.items()) {
    if (value.is_null()) continue;
    for (const std::string& one : values_of("filter", value)) values.push_back(facet + "=" + one);
  }
  return values;
}

// The length of the UTF-8 sequence `lead` starts, with the allowed range of
// its second byte (which rules out overlong forms, surrogates and code
// points past U+10FFFF); 0 for a byte that cannot start one.
int sequence_length(unsigned char lead, unsigned char& low, unsigned char& high) {
  low = 0x80;
  high = 0xBF;
  if (lead < 0x80) return 1;
  if (lead >= 0xC2 && lead <= 0xDF) return 2;
  if (lead >= 0xE0 && lead <= 0xEF) {
    if (lead == 0xE0) low = 0xA0;
    if (lead == 0xED) high = 0x9F;
    return 3;
  }
  if (lead >= 0xF0 && lead <= 0xF4) {
    if (lead == 0xF0) low = 0x90;
    if (lead == 0xF4) high = 0x8F;
    return 4;
  }
  return 0;
}

}  // namespace

bool is_valid_utf8(std::string_view text) {
  for (std::size_t i = 0; i < text.size();) {
    unsigned char low = 0, high = 0;
    int length = sequence_length(static_cast<unsigned char>(text[i]), low, high);
    if (length == 0 || i + length > text.size()) return false;
    for (int k = 1; k < length; ++k) {
      auto byte = static_cast<unsigned char>(text[i + k]);
      if (byte < (k == 1 ? low : 0x80) || byte > (k == 1 ? high : 0xBF)) return false;
    }
    i += length;
  }
  return true;
}

RequestParams params_from_query(const std::multimap<std::string, std::string>& query) {
  RequestParams params;
  for (const auto& [name, value] : query) {
    check_utf8(name, "?");
    check_utf8(value, name);
    params[name].push_back(value);
  }
  return params;
}

RequestParams params_from_json_body(std::string_view body) {
  if (body.find_first_not_of(" \t\r\n") == std::string_view::npos) return {};
  json object;
  try {
    object = json::parse(body);
  } catch (const json::out_of_range& error) {  // a number beyond a double: 1e400
    throw SearchError("request body has a number out of range: " + without_exception_id(error));
  } catch (const json::exception& error) {
    throw SearchError("request body is not valid JSON: " + without_exception_id(error));
  }
  if (!object.is_object())
    throw SearchError("request body must be a JSON object of search options");
  RequestParams params;
  for (const auto& [name, value] : object.items()) {
    if (value.is_null()) continue;
    if (name == "filter" && value.is_object()) {
      params[name] = filter_object(value);
    } else {
      params[name] = values_of(name, value);
    }
  }
  return params;
}

}  // namespace jobsearch
