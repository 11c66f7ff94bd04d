// jsonld_scan.h: the JSON-LD blocks of a page, found without building a tree.
//
// The fallback of find_json_ld_blocks for pages too large or too deeply
// nested for gumbo-parser, whose time grows with the square of the nesting:
// one pass over the text, in time and memory proportional to its length.
#pragma once

#include <string_view>
#include <vector>

#include "indexer/html_jsonld.h"

namespace jobsearch {

// Every <script type="application/ld+json"> element of `html`, in page
// order, as a tokenizer sees them: comments, end tags, doctypes and the
// content of script, style, textarea, title, xmp, iframe, noembed and
// noframes elements are passed over, so a "<script" inside them is not
// taken for a block; nothing after <plaintext> is markup. What it does not
// do is build the tree (SVG's own <script> elements are taken as HTML's).
std::vector<JsonLdBlock> scan_json_ld_blocks(std::string_view html);

}  // namespace jobsearch
