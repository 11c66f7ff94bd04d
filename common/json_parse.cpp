#include "common/json_parse.h"

namespace jobsearch {
namespace {

using nlohmann::json;

// nlohmann's messages quote the token being read, which may be a page long.
constexpr std::size_t kMaxReasonLength = 200;
constexpr std::size_t kMaxQuotedNumber = 40;
constexpr int kNumberOverflow = 406;  // nlohmann's out_of_range id for "1e400"

// nlohmann's message without its "[json.exception.parse_error.101] parse
// error at line 1, column 5: " preamble: the origin already names the line.
std::string reason_from_message(std::string message) {
  std::size_t bracket = message.find("] ");
  if (message.rfind("[json.exception", 0) == 0 && bracket != std::string::npos) {
    message.erase(0, bracket + 2);
  }
  std::size_t colon = message.find(": ");
  if (message.rfind("parse error", 0) == 0 && colon != std::string::npos) {
    message.erase(0, colon + 2);
  }
  if (message.size() > kMaxReasonLength) message = message.substr(0, kMaxReasonLength) + "...'";
  return "invalid JSON: " + message;
}

std::string reason_for(int id, const char* what, const std::string& token) {
  if (id != kNumberOverflow) return reason_from_message(what);
  std::string number =
      token.size() > kMaxQuotedNumber ? token.substr(0, kMaxQuotedNumber) + "..." : token;
  return "invalid JSON: number " + number + " is out of range";
}

// Offset of the bracket that opens level kMaxJsonDepth + 1, or text.size().
std::size_t too_deep_at(std::string_view text) {
  std::size_t depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < text.size(); ++i) {
    char c = text[i];
    if (in_string) {
      if (c == '\\') ++i;
      if (c == '"') in_string = false;
    } else if (c == '"') {
      in_string = true;
    } else if (c == '[' || c == '{') {
      if (++depth > kMaxJsonDepth) return i;
    } else if ((c == ']' || c == '}') && depth > 0) {
      --depth;
    }
  }
  return text.size();
}

// nlohmann's own tree builder (its json::parse uses the same), made to stop
// at the first error or too deep a nesting and keep the reason instead of
// throwing. nlohmann calls these members by name on this type (sax_parse is
// a template), so hiding the base's members is enough.
class GuardedDomParser : public nlohmann::detail::json_sax_dom_parser<json> {
 public:
  explicit GuardedDomParser(json& root) : json_sax_dom_parser(root, /*allow_exceptions=*/false) {}

  bool start_object(std::size_t length) {
    return deeper() && json_sax_dom_parser::start_object(length);
  }
  bool end_object() {
    --depth_;
    return json_sax_dom_parser::end_object();
  }
  bool start_array(std::size_t length) {
    return deeper() && json_sax_dom_parser::start_array(length);
  }
  bool end_array() {
    --depth_;
    return json_sax_dom_parser::end_array();
  }

  template <class Exception>
  bool parse_error(std::size_t position, const std::string& last_token, const Exception& error) {
    result_.error = reason_for(error.id, error.what(), last_token);
    result_.error_byte = position > 0 ? position - 1 : 0;  // position is one past the last byte
    return false;
  }

  bool too_deep() const { return too_deep_; }
  JsonParse& result() { return result_; }

 private:
  bool deeper() {
    too_deep_ = ++depth_ > kMaxJsonDepth;
    return !too_deep_;
  }

  std::size_t depth_ = 0;
  bool too_deep_ = false;
  JsonParse result_;
};

}  // namespace

JsonParse parse_json(std::string_view text) {
  json value;
  GuardedDomParser parser(value);
  try {
    bool parsed = json::sax_parse(text, &parser);
    JsonParse& result = parser.result();
    if (parser.too_deep()) {
      result.error = "JSON nested deeper than " + std::to_string(kMaxJsonDepth) + " levels";
      result.error_byte = too_deep_at(text);
    } else if (!parsed && result.ok()) {
      result.error = "invalid JSON";  // not expected: nlohmann reports each failure
    }
    if (result.ok()) result.value = std::move(value);
    return std::move(result);
  } catch (const json::exception& error) {  // not expected either: the parser reports, never throws
    return JsonParse{json(), reason_from_message(error.what()), 0};
  }
}

}  // namespace jobsearch
