#include "searcher/http/params.h"

#include <nlohmann/json.hpp>

#include "common/utf8.h"
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

// The parameter taking FACET=VALUE, which a body may give as an object.
bool takes_facet_values(const std::string& name) {
  for (const SearchParam& param : search_params()) {
    if (param.name == name) return param.kind == ParamKind::kFilter;
  }
  return false;
}

}  // namespace

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
    if (value.is_object() && takes_facet_values(name)) {
      params[name] = filter_object(value);
    } else {
      params[name] = values_of(name, value);
    }
  }
  return params;
}

}  // namespace jobsearch
