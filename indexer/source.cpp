#include "indexer/source.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "indexer/file_records.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;
bool has_posting_extension(const fs::path& file) {
  std::string name = file.filename().string();
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) name.resize(name.size() - 3);
  std::string extension = fs::path(name).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
  for (const char* known : {".json", ".jsonl", ".ndjson", ".jsonld", ".html", ".htm"}) {
    if (extension == known) return true;
  }
  return false;
}

void read_folder(const std::string& folder, RecordHandler& handler, const SourceLimits& limits) {
  std::vector<fs::path> files;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && has_posting_extension(it->path()))
      files.push_back(it->path());
  }
  if (error) handler.on_unreadable(folder, error.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) read_file_records(file.string(), limits, handler);
}

}  // namespace

void read_sources(const std::vector<std::string>& paths, RecordHandler& handler,
                  const SourceLimits& limits) {
  for (const std::string& path : paths) {
    std::error_code error;
    if (path == "-") {
      read_file_records(path, limits, handler);
    } else if (fs::is_directory(path, error)) {
      read_folder(path, handler, limits);
    } else if (!fs::exists(path, error)) {
      handler.on_unreadable(path, "no such file or folder");
    } else {
      read_file_records(path, limits, handler);
    }
  }
}

}  // namespace jobsearch
