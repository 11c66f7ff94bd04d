// Fuzzes indexer/html_jsonld: any bytes as a web page that may embed
// JSON-LD. Each block found must carry a line that exists in the page.
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "indexer/html_jsonld.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  std::string_view page(reinterpret_cast<const char*>(data), size);
  // gumbo may count a lone '\r' as a line break too, so allow for both.
  std::size_t lines =
      1 + std::count(page.begin(), page.end(), '\n') + std::count(page.begin(), page.end(), '\r');
  for (const jobsearch::JsonLdBlock& block : jobsearch::find_json_ld_blocks(page)) {
    if (block.line < 1 || block.line > lines) {
      std::fprintf(stderr, "contract broken: block on line %zu of a %zu-line page\n", block.line,
                   lines);
      std::abort();
    }
  }
  return 0;
}
