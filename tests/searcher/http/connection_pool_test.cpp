// Tests of searcher/http_connection_pool: a thread per connection, on
// demand, up to a cap.
#include "searcher/http/connection_pool.h"

#include <gtest/gtest.h>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

namespace jobsearch::http {
namespace {

using namespace std::chrono_literals;

// Tasks that wait until released, as connections wait for their clients.
class Gate {
 public:
  void wait() {
    std::unique_lock<std::mutex> lock(mutex_);
    ++waiting_;
    changed_.notify_all();
    changed_.wait(lock, [this] { return open_; });
  }
  // True once `n` tasks wait at once (within 10 s).
  bool reached(int n) {
    std::unique_lock<std::mutex> lock(mutex_);
    return changed_.wait_for(lock, 10s, [&] { return waiting_ >= n; });
  }
  void open() {
    std::lock_guard<std::mutex> lock(mutex_);
    open_ = true;
    changed_.notify_all();
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int waiting_ = 0;
  bool open_ = false;
};

// A fixed pool of 16 threads let 16 idle clients stop the service.
TEST(ConnectionPool, EachWaitingTaskHasAThreadOfItsOwn) {
  ConnectionPool pool(300, 1s);
  Gate gate;
  std::atomic<int> ran{0};
  for (int i = 0; i < 300; ++i) {
    pool.enqueue([&] {
      EXPECT_FALSE(ConnectionPool::over_capacity());
      gate.wait();
      ++ran;
    });
  }
  EXPECT_TRUE(gate.reached(300));
  gate.open();
  pool.shutdown();
  EXPECT_EQ(ran, 300);
}

TEST(ConnectionPool, PastTheCapATaskRunsAtOnceOnTheCallerToRefuse) {
  ConnectionPool pool(2, 1s);
  Gate gate;
  for (int i = 0; i < 2; ++i) pool.enqueue([&] { gate.wait(); });
  ASSERT_TRUE(gate.reached(2));
  const std::thread::id caller = std::this_thread::get_id();
  bool refused = false;
  pool.enqueue(
      [&] { refused = ConnectionPool::over_capacity() && std::this_thread::get_id() == caller; });
  EXPECT_TRUE(refused);
  EXPECT_FALSE(ConnectionPool::over_capacity());
  gate.open();
  pool.shutdown();
}

TEST(ConnectionPool, IdleThreadsServeTheNextTasksAndShutdownWaitsForAll) {
  ConnectionPool pool(1, 10s);
  std::atomic<int> ran{0};
  for (int i = 0; i < 50; ++i) {
    pool.enqueue([&] { ++ran; });
    while (ran <= i) std::this_thread::yield();  // one at a time: the one thread is reused
  }
  pool.enqueue([&] {
    std::this_thread::sleep_for(50ms);
    ++ran;
  });
  pool.shutdown();
  EXPECT_EQ(ran, 51);
}

}  // namespace
}  // namespace jobsearch::http
