// temp_dir.h: a fresh folder for one test's files, removed afterwards.
#pragma once

#include <string>
#include <string_view>

namespace jobsearch::test {

// A new, empty folder under the system's temporary folder ($TMPDIR, else
// /tmp), named jobsearch-test-XXXXXX; removed with everything in it when
// the object is destroyed. Each object has its own folder, so tests (and
// test processes run side by side) never share files.
class TempDir {
 public:
  // Throws std::runtime_error when the folder cannot be made.
  TempDir();
  // Removes the folder; errors are ignored (a test must not fail on its
  // clean-up).
  ~TempDir();
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;

  const std::string& path() const { return path_; }

  // The path of `name` ("db", "sub/x.jsonl") inside the folder; nothing is
  // created.
  std::string file(const std::string& name) const { return path_ + "/" + name; }

  // Writes `text` as the file `name` (its folders made as needed) and
  // returns its path. Throws std::runtime_error when it cannot be written.
  std::string write(const std::string& name, std::string_view text) const;

 private:
  std::string path_;
};

}  // namespace jobsearch::test
