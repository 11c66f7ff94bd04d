// Fuzzes common/html_text: any bytes as a posting's HTML description.
// Beyond not crashing, checks the contracts callers rely on: the text is
// valid UTF-8 (it is stored as JSON), a line has no line break, and
// repairing is idempotent.
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "common/html_text.h"
#include "common/utf8.h"

namespace {

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jobsearch;
  std::string_view html(reinterpret_cast<const char*>(data), size);

  std::string text = html_to_text(html);
  check(is_valid_utf8(text), "html_to_text returned invalid UTF-8");

  std::string line = html_to_line(html);
  check(is_valid_utf8(line), "html_to_line returned invalid UTF-8");
  check(line.find('\n') == std::string::npos, "html_to_line returned a line break");

  std::string repaired = repair_utf8(html);
  check(is_valid_utf8(repaired), "repair_utf8 returned invalid UTF-8");
  check(repair_utf8(repaired) == repaired, "repair_utf8 is not idempotent");
  return 0;
}
