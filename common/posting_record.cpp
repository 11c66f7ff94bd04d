// parse_record (posting_parser.h): where the JobPostings of a record are.
// A record is a posting, or arrays and @graph wrappers holding postings
// among other nodes; parse_posting reads each posting found.
#include <algorithm>
#include <string>

#include "common/json_fields.h"
#include "common/posting_parser.h"

namespace jobsearch {
namespace {

using nlohmann::json;

// Arrays and @graph wrappers nest a level or two in practice; the bound keeps
// hostile nesting from exhausting the stack.
constexpr int kMaxRecordDepth = 16;

bool names_job_posting(const json& type) {
  if (!type.is_string()) return false;
  std::string_view name = type.get_ref<const std::string&>();
  size_t cut = name.find_last_of("/#:");
  if (cut != std::string_view::npos) name.remove_prefix(cut + 1);
  return name == "JobPosting";
}

bool is_job_posting(const json& node) {
  const json* type = json_member(node, "@type");
  if (type == nullptr) return false;
  if (!type->is_array()) return names_job_posting(*type);
  return std::any_of(type->begin(), type->end(), names_job_posting);
}

void append(ParsedRecord&& part, const std::string& place, ParsedRecord* out) {
  std::string prefix = place.empty() ? "" : place + ": ";
  for (Posting& posting : part.postings) out->postings.push_back(std::move(posting));
  for (std::string& reason : part.rejections) out->rejections.push_back(prefix + reason);
  for (std::string& warning : part.warnings) out->warnings.push_back(prefix + warning);
  for (std::string& note : part.simplified) out->simplified.push_back(prefix + note);
  for (std::string& name : part.unread) out->unread.push_back(prefix + name);
}

struct Walk {
  ParsedRecord* out;
  bool too_deep = false;  // some values lay past kMaxRecordDepth
};

// Parses the JobPostings in `value` and returns how many there were.
int walk(const json& value, const std::string& place, int depth, Walk& state) {
  if (depth > kMaxRecordDepth) {
    state.too_deep = true;
    return 0;
  }
  int found = 0;
  if (value.is_array()) {
    for (size_t i = 0; i < value.size(); ++i) {
      found += walk(value[i], place + "[" + std::to_string(i) + "]", depth + 1, state);
    }
    return found;
  }
  if (is_job_posting(value)) {
    append(parse_posting(value), place, state.out);
    ++found;
  }
  if (const json* graph = json_member(value, "@graph")) {
    found += walk(*graph, place.empty() ? "@graph" : place + ".@graph", depth + 1, state);
  }
  return found;
}

std::string no_posting_reason(const json& value) {
  if (value.is_array()) {
    size_t size = value.size();
    return "no JobPosting in a list of " + std::to_string(size) +
           (size == 1 ? " value" : " values");
  }
  if (!value.is_object()) return "not a JSON object (got " + json_kind(value) + ")";
  if (json_member(value, "@graph")) return "no JobPosting in @graph";
  const json* type = json_member(value, "@type");
  if (type == nullptr) return "not a JobPosting (no @type)";
  return "not a JobPosting (@type is " +
         type->dump(-1, ' ', false, json::error_handler_t::replace).substr(0, 60) + ")";
}

}  // namespace

ParsedRecord parse_record(const json& value) {
  ParsedRecord record;
  Walk state{&record};
  int found = walk(value, "", 0, state);
  if (state.too_deep) {
    record.rejections.push_back("@graph and lists nested deeper than " +
                                std::to_string(kMaxRecordDepth) +
                                " levels: the values below were not read");
  } else if (found == 0) {
    record.rejections.push_back(no_posting_reason(value));
  }
  return record;
}

}  // namespace jobsearch
