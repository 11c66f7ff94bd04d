#include "searcher/http/connection_pool.h"

#include <system_error>
#include <thread>

namespace jobsearch::http {
namespace {

thread_local bool running_over_capacity = false;

}  // namespace

ConnectionPool::ConnectionPool(std::size_t max_threads, std::chrono::milliseconds linger)
    : max_threads_(max_threads), linger_(linger) {}

ConnectionPool::~ConnectionPool() { shutdown(); }

bool ConnectionPool::over_capacity() { return running_over_capacity; }

void ConnectionPool::enqueue(std::function<void()> task) {
  {
    std::unique_lock<std::mutex> lock(mutex_);
    // Threads not busy each take one queued task, so this one has a taker
    // when there are more of them than tasks waiting.
    if (threads_ - busy_ > tasks_.size()) {
      tasks_.push_back(std::move(task));
      work_added_.notify_one();
      return;
    }
    if (threads_ < max_threads_ && start_thread()) {
      tasks_.push_back(std::move(task));
      return;
    }
  }
  running_over_capacity = true;
  task();
  running_over_capacity = false;
}

// Under the lock. False when the system refuses another thread (memory,
// a process limit): the connection is then refused like one over the cap.
bool ConnectionPool::start_thread() {
  try {
    std::thread([this] { work(); }).detach();
  } catch (const std::system_error&) {
    return false;
  }
  ++threads_;
  return true;
}

void ConnectionPool::work() {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    work_added_.wait_for(lock, linger_, [this] { return !tasks_.empty() || stopping_; });
    if (tasks_.empty()) break;  // lingered long enough, or stopping
    std::function<void()> task = std::move(tasks_.front());
    tasks_.pop_front();
    ++busy_;
    lock.unlock();
    task();
    task = nullptr;  // what it holds goes before the lock is taken again
    lock.lock();
    --busy_;
  }
  --threads_;
  // Under the lock: shutdown() can only return (and the pool be destroyed)
  // once this thread has let go of it, and it touches nothing after.
  thread_ended_.notify_all();
}

void ConnectionPool::shutdown() {
  std::unique_lock<std::mutex> lock(mutex_);
  stopping_ = true;
  work_added_.notify_all();
  thread_ended_.wait(lock, [this] { return threads_ == 0; });
}

}  // namespace jobsearch::http
