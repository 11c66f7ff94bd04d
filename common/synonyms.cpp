#include "common/synonyms.h"

#include <algorithm>

#include "common/ascii_text.h"

namespace jobsearch {

namespace {

// The rule of one line (folded, not a comment), or why there is none.
std::string read_rule(const std::string& line, SynonymRule* rule) {
  std::size_t equals = line.find('=');
  if (equals != std::string::npos) {
    rule->term = to_lower_ascii(fold_whitespace(line.substr(0, equals)));
    rule->expansion = to_lower_ascii(fold_whitespace(line.substr(equals + 1)));
  }
  if (rule->term.empty() || rule->expansion.empty() || rule->term == rule->expansion) {
    return "expected \"term = expansion\"";
  }
  if (rule->term.size() > kMaxSynonymTermBytes) {
    return "term longer than " + std::to_string(kMaxSynonymTermBytes) + " bytes";
  }
  return "";
}

}  // namespace

std::vector<SynonymRule> parse_synonyms(std::string_view text, std::vector<std::string>* errors) {
  std::vector<SynonymRule> rules;
  std::size_t line_number = 0;
  while (!text.empty()) {
    std::size_t end = std::min(text.find('\n'), text.size());
    std::string_view raw = text.substr(0, end);
    text.remove_prefix(std::min(end + 1, text.size()));
    ++line_number;
    std::string why;
    SynonymRule rule;
    if (raw.size() > kMaxSynonymLineBytes) {
      why = "longer than " + std::to_string(kMaxSynonymLineBytes) + " bytes";
    } else if (std::string line = fold_whitespace(raw); !line.empty() && line[0] != '#') {
      why = read_rule(line, &rule);
    } else {
      continue;
    }
    if (why.empty()) {
      rules.push_back(std::move(rule));
    } else if (errors) {
      errors->push_back("line " + std::to_string(line_number) + ": " + why);
    }
  }
  return rules;
}

}  // namespace jobsearch
