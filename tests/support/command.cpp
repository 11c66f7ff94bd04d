#include "tests/support/command.h"

#include <sys/wait.h>

#include <cstdlib>

#include "tests/support/files.h"
#include "tests/support/temp_dir.h"

namespace jobsearch::test {
namespace {

std::string shell_quote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) quoted += c == '\'' ? std::string("'\\''") : std::string(1, c);
  return quoted + "'";
}

}  // namespace

CommandResult run_command(const std::vector<std::string>& args, const std::string& stdin_path) {
  TempDir scratch;
  std::string command;
  for (const std::string& arg : args) command += shell_quote(arg) + " ";
  command += "<" + shell_quote(stdin_path.empty() ? "/dev/null" : stdin_path);
  command += " >" + shell_quote(scratch.file("out")) + " 2>" + shell_quote(scratch.file("err"));
  int status = std::system(command.c_str());
  CommandResult result;
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.out = read_file(scratch.file("out"));
  result.err = read_file(scratch.file("err"));
  return result;
}

}  // namespace jobsearch::test
