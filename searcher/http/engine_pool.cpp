#include "searcher/http/engine_pool.h"

#include <sys/stat.h>

#include <algorithm>
#include <filesystem>

namespace jobsearch {

EnginePool::EnginePool(std::string path, std::chrono::milliseconds reopen_interval, unsigned slots,
                       const QueryLimits& limits)
    : path_(std::move(path)),
      reopen_interval_(reopen_interval),
      slots_(std::max(1u, slots)),
      limits_(limits),
      watch_(path_, limits.shard_timeout_ms),  // a database of another schema version is refused
                                               // here, at start
      last_check_(std::chrono::steady_clock::now()) {}

// Asked at most once per interval, not per request: it reads a file.
void EnginePool::check_for_commits(std::chrono::steady_clock::time_point now) {
  if (now - last_check_ < reopen_interval_) return;
  last_check_ = now;
  if (watch_.changed()) ++generation_;
}

std::uint64_t EnginePool::generation() {
  std::lock_guard<std::mutex> lock(mutex_);
  check_for_commits(std::chrono::steady_clock::now());
  return generation_;
}

bool EnginePool::slot_free() {
  std::lock_guard<std::mutex> lock(mutex_);
  return busy_ < slots_;
}

unsigned EnginePool::slots_taken() {
  std::lock_guard<std::mutex> lock(mutex_);
  return busy_;
}

void EnginePool::take_slot(const Deadline& deadline) {
  std::unique_lock<std::mutex> lock(mutex_);
  auto free = [this] { return busy_ < slots_; };
  if (!deadline.is_set()) {
    slot_freed_.wait(lock, free);
  } else if (!slot_freed_.wait_until(lock, deadline.end(), free)) {
    throw ServerBusy("the server is busy: all " + std::to_string(slots_) +
                     " search slots stayed taken for " + deadline.budget_text() + "; try again");
  }
  ++busy_;
}

std::unique_ptr<Reader> EnginePool::acquire(const Deadline& deadline) {
  take_slot(deadline);
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
  try {
    auto reader = std::make_unique<Reader>(path_, limits_, &shard_caches_);
    ++readers_opened_;
    reader->generation = generation;
    return reader;
  } catch (...) {
    release(nullptr);
    throw;
  }
}

void EnginePool::release(std::unique_ptr<Reader> reader) {
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (reader && reader->generation == generation_) idle_.push_back(std::move(reader));
    --busy_;
  }
  slot_freed_.notify_one();
}

void EnginePool::note_modified() {
  std::lock_guard<std::mutex> lock(mutex_);
  watch_.changed();  // the readers are renewed whatever it says
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
