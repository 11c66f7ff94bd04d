// html_jsonld.h: the JSON-LD blocks that a web page embeds.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

struct JsonLdBlock {
  std::size_t line;  // 1-based line of the <script> element in the page
  std::string text;  // the script's content, unparsed
};

// Every <script type="application/ld+json"> element of `html`, in page
// order, found with gumbo-parser (so scripts inside comments or other
// scripts' text are not mistaken for blocks). A page over 8 MiB or nested
// deeper than 1,000 elements, which gumbo would take minutes and gigabytes
// to parse, is scanned by scan_json_ld_blocks instead (jsonld_scan.h): its
// blocks are still found, in time and memory proportional to its size.
std::vector<JsonLdBlock> find_json_ld_blocks(std::string_view html);

}  // namespace jobsearch
