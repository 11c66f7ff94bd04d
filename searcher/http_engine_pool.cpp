#include "http_engine_pool.h"

#include <sys/stat.h>

#include <filesystem>

#include "schema_version.h"

namespace jobsearch {

EnginePool::EnginePool(std::string path, std::chrono::milliseconds reopen_interval)
    : path_(std::move(path)),
      reopen_interval_(reopen_interval),
      probe_(path_),
      last_check_(std::chrono::steady_clock::now()) {
  check_schema_version(probe_);  // refused at start, not at every request
}

// Database::reopen() reads the revision the writer last committed (a small
// file read), so it is asked at most once per interval, not per request.
void EnginePool::check_for_commits(std::chrono::steady_clock::time_point now) {
  if (now - last_check_ < reopen_interval_) return;
  last_check_ = now;
  if (probe_.reopen()) ++generation_;
}

std::unique_ptr<Reader> EnginePool::acquire() {
  std::uint64_t generation = 0;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    check_for_commits(std::chrono::steady_clock::now());
    generation = generation_;
    while (!idle_.empty()) {
      std::unique_ptr<Reader> reader = std::move(idle_.back());
      idle_.pop_back();
      if (reader->generation == generation) return reader;
      // Stale: dropped here, so a later request opens a fresh one.
    }
  }
  // Opened outside the lock: the generation read above is at most as new
  // as what the reader sees, so a commit in between costs one more reopen.
  auto reader = std::make_unique<Reader>(path_);
  reader->generation = generation;
  return reader;
}

void EnginePool::release(std::unique_ptr<Reader> reader) {
  std::lock_guard<std::mutex> lock(mutex_);
  if (reader->generation == generation_) idle_.push_back(std::move(reader));
}

void EnginePool::note_modified() {
  std::lock_guard<std::mutex> lock(mutex_);
  try {
    probe_.reopen();
  } catch (const Xapian::Error&) {
    // Seen again at the next check; the readers are renewed regardless.
  }
  ++generation_;
  last_check_ = std::chrono::steady_clock::now();
}

std::time_t EnginePool::last_update() const {
  namespace fs = std::filesystem;
  std::time_t newest = 0;
  auto consider = [&newest](const std::string& file) {
    struct stat info {};
    if (stat(file.c_str(), &info) == 0 && info.st_mtime > newest) newest = info.st_mtime;
  };
  std::error_code error;
  if (fs::is_directory(path_, error)) {
    for (const auto& entry : fs::directory_iterator(path_, error)) consider(entry.path().string());
  } else {
    consider(path_);
  }
  return newest;
}

}  // namespace jobsearch
