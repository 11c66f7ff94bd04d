// command.h: running a program from a test and capturing what it said.
#pragma once

#include <string>
#include <vector>

namespace jobsearch::test {

struct CommandResult {
  int exit_code = -1;  // -1 when it did not exit normally (killed by a signal)
  std::string out;     // standard output
  std::string err;     // standard error
};

// Runs `args` (args[0] the program, found on $PATH when it has no '/'),
// with standard input from `stdin_path` (or /dev/null), waits for it and
// returns its exit code and output. Arguments are passed as they are (no
// shell expansion).
CommandResult run_command(const std::vector<std::string>& args, const std::string& stdin_path = "");

}  // namespace jobsearch::test
