#include "tests/support/wait.h"

#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <memory>
#include <mutex>
#include <thread>

namespace jobsearch::test {

bool wait_until(const std::function<bool()>& condition, std::chrono::steady_clock::duration bound) {
  const auto give_up = std::chrono::steady_clock::now() + bound;
  // Short sleeps: an event that comes is seen within a few milliseconds,
  // so tests stay fast; polling costs little next to what they wait for.
  while (!condition()) {
    if (std::chrono::steady_clock::now() >= give_up) return condition();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return true;
}

void finish_within(const char* what, const std::function<void()>& work,
                   std::chrono::steady_clock::duration bound) {
  struct State {
    std::mutex mutex;
    std::condition_variable done_changed;
    bool done = false;
  };
  auto state = std::make_shared<State>();
  std::thread worker([state, &work] {
    work();
    std::lock_guard<std::mutex> lock(state->mutex);
    state->done = true;
    state->done_changed.notify_all();
  });
  std::unique_lock<std::mutex> lock(state->mutex);
  if (!state->done_changed.wait_for(lock, bound, [&] { return state->done; })) {
    std::fprintf(stderr, "%s: still running after the test's patience ran out\n", what);
    std::abort();
  }
  lock.unlock();
  worker.join();
}

}  // namespace jobsearch::test
