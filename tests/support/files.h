// files.h: reading and writing whole files, and finding the source tree.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch::test {

// The whole content of the file at `path`, bytes as they are; "" when it
// cannot be read (a test then fails on the content, naming what it expected).
std::string read_file(const std::string& path);

// Replaces the file at `path` with `text`, bytes as they are. Throws
// std::runtime_error when it cannot be written.
void write_file(const std::string& path, std::string_view text);

// The absolute path of `relative` ("corpus/postings", "tests/data/bad")
// inside the project's source tree.
std::string source_path(const std::string& relative);

}  // namespace jobsearch::test
