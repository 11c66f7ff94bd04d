#include "tests/e2e/shared_index.h"

#include <unistd.h>

#include <algorithm>
#include <filesystem>
#include <functional>
#include <map>
#include <mutex>

#include "tests/support/files.h"

namespace jobsearch::e2e {
namespace {

namespace fs = std::filesystem;

// Modification times of `path` and, for a folder, of every file in it.
std::string stamp_of(const fs::path& path) {
  std::string stamp =
      path.string() + "@" + std::to_string(fs::last_write_time(path).time_since_epoch().count());
  if (fs::is_directory(path)) {
    std::vector<std::string> files;
    for (const auto& entry : fs::recursive_directory_iterator(path)) {
      if (entry.is_regular_file()) files.push_back(stamp_of(entry.path()));
    }
    std::sort(files.begin(), files.end());
    for (const std::string& file : files) stamp += ";" + file;
  }
  return stamp;
}

std::string key_of(const std::vector<std::string>& paths) {
  std::string stamp = stamp_of(JOBINDEX_BIN);
  for (const std::string& path : paths) stamp += "|" + stamp_of(path);
  return std::to_string(std::hash<std::string>{}(stamp));
}

void save(const fs::path& folder, const test::CommandResult& run) {
  test::write_file((folder / "exit_code").string(), std::to_string(run.exit_code));
  test::write_file((folder / "out").string(), run.out);
  test::write_file((folder / "err").string(), run.err);
}

SharedIndex load(const fs::path& folder) {
  SharedIndex index;
  index.db = (folder / "db").string();
  index.run.exit_code = std::stoi(test::read_file((folder / "exit_code").string()));
  index.run.out = test::read_file((folder / "out").string());
  index.run.err = test::read_file((folder / "err").string());
  return index;
}

// Indexes into a folder of this process's own, then renames it into
// place; when another process got there first, its folder is kept.
SharedIndex build(const fs::path& shared, const std::vector<std::string>& paths) {
  if (!fs::exists(shared / "exit_code")) {
    fs::path mine = shared.string() + ".building." + std::to_string(getpid());
    fs::remove_all(mine);
    fs::create_directories(mine);
    std::vector<std::string> args = {JOBINDEX_BIN, "--db", (mine / "db").string()};
    args.insert(args.end(), paths.begin(), paths.end());
    test::CommandResult run = test::run_command(args);
    save(mine, run);
    std::error_code taken;
    fs::rename(mine, shared, taken);
    if (taken) fs::remove_all(mine);
  }
  return load(shared);
}

}  // namespace

const SharedIndex& shared_index(const std::vector<std::string>& paths) {
  static std::mutex mutex;
  static std::map<std::vector<std::string>, SharedIndex> built;
  std::lock_guard<std::mutex> lock(mutex);
  auto found = built.find(paths);
  if (found != built.end()) return found->second;
  const fs::path folder = fs::path(JOBINDEX_BIN).parent_path().parent_path() / "tests" /
                          "shared-indexes" / key_of(paths);
  fs::create_directories(folder.parent_path());
  return built.emplace(paths, build(folder, paths)).first->second;
}

}  // namespace jobsearch::e2e
