#include "synonyms.h"

#include "normalize.h"

namespace jobsearch {

std::vector<SynonymRule> parse_synonyms(std::string_view text, std::vector<std::string>* errors) {
  std::vector<SynonymRule> rules;
  std::size_t line_number = 0;
  while (!text.empty()) {
    std::size_t end = text.find('\n');
    std::string line = fold_whitespace(text.substr(0, end));
    text.remove_prefix(end == std::string_view::npos ? text.size() : end + 1);
    ++line_number;
    if (line.empty() || line[0] == '#') continue;
    std::size_t equals = line.find('=');
    SynonymRule rule;
    if (equals != std::string::npos) {
      rule.term = to_lower_ascii(fold_whitespace(line.substr(0, equals)));
      rule.expansion = to_lower_ascii(fold_whitespace(line.substr(equals + 1)));
    }
    if (rule.term.empty() || rule.expansion.empty() || rule.term == rule.expansion) {
      if (errors) errors->push_back("line " + std::to_string(line_number) + ": expected \"term = expansion\"");
      continue;
    }
    rules.push_back(std::move(rule));
  }
  return rules;
}

}  // namespace jobsearch
