// wait.h: waiting for something to happen, not for a length of time.
//
// A test that asserts "within 1 s" fails on a loaded machine (a sanitizer
// build is 2-3 times slower, and four builds may share two cores). Tests
// instead poll for the event they expect, bounded by kPatience, a limit so
// generous that only a real hang (or a behaviour that never comes) reaches
// it.
#pragma once

#include <chrono>
#include <functional>

namespace jobsearch::test {

// How long a test waits for an event before it calls it missing.
constexpr std::chrono::seconds kPatience{30};

// Calls `condition` until it returns true, sleeping briefly between calls,
// for at most `bound`. Returns whether it became true (the last call's
// result), so a test writes EXPECT_TRUE(wait_until(...)) << "what never came".
bool wait_until(const std::function<bool()>& condition,
                std::chrono::steady_clock::duration bound = kPatience);

// Runs `work` on a thread of its own and waits at most `bound` for it to
// finish. When it is still running then, prints `what` and stops the
// process (std::abort): the thread cannot be reclaimed, and a test that
// hangs must fail rather than hold the suite up.
void finish_within(const char* what, const std::function<void()>& work,
                   std::chrono::steady_clock::duration bound = kPatience);

}  // namespace jobsearch::test
