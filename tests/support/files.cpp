#include "tests/support/files.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

namespace jobsearch::test {

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

void write_file(const std::string& path, std::string_view text) {
  std::ofstream out(path, std::ios::binary | std::ios::trunc);
  out.write(text.data(), static_cast<std::streamsize>(text.size()));
  out.close();
  if (!out) throw std::runtime_error("cannot write " + path);
}

std::string source_path(const std::string& relative) {
  return std::string(JOBSEARCH_SOURCE_DIR) + "/" + relative;
}

}  // namespace jobsearch::test
