#include "searcher/eval/trec_lines.h"

#include <sstream>

namespace jobsearch {

void read_trec_lines(std::istream& in, const std::string& name,
                     const std::function<void(const std::vector<std::string>& fields,
                                              const std::string& where)>& record) {
  std::string line;
  for (long number = 1; std::getline(in, line); ++number) {
    std::istringstream words(line);
    std::vector<std::string> fields;
    for (std::string field; words >> field;) fields.push_back(field);
    if (fields.empty() || fields[0][0] == '#') continue;
    record(fields, name + ":" + std::to_string(number));
  }
}

}  // namespace jobsearch
