// Tests of indexer/html_jsonld and jsonld_scan: a page's JSON-LD blocks,
// found by gumbo-parser or, for hostile pages, by a plain scan that agrees.
#include "indexer/html_jsonld.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "indexer/jsonld_scan.h"

namespace jobsearch {
namespace {

using Blocks = std::vector<std::pair<std::size_t, std::string>>;

Blocks as_pairs(const std::vector<JsonLdBlock>& blocks) {
  Blocks pairs;
  for (const JsonLdBlock& block : blocks) pairs.emplace_back(block.line, block.text);
  return pairs;
}

struct Page {
  std::string html;
  Blocks expected;
};

// Pages both readers must read alike.
const std::vector<Page>& pages() {
  static const std::vector<Page> cases = {
      {"<html><head>\n<script type=\"application/ld+json\">{\"a\": 1}</script>\n</head>"
       "<body><SCRIPT TYPE='Application/LD+JSON; charset=utf-8'>[2]</SCRIPT>\n"
       "<script type=application/ld+json>3</script></body></html>",
       {{2, "{\"a\": 1}"}, {3, "[2]"}, {4, "3"}}},
      {"<!-- <script type=\"application/ld+json\">no</script> -->\n"
       "<script>var s = '<script type=\"application/ld+json\">no';</script>\n"
       "<style>/* <script type=\"application/ld+json\">no</script> */</style>\n"
       "<textarea><script type=\"application/ld+json\">no</script></textarea>\n"
       "<script type=\"application/ld+json\">yes</script>",
       {{5, "yes"}}},
      {"<div data-x=\"a > b\" type=\"application/ld+json\">\n"
       "<script data-x='<script type=\"application/ld+json\">' type=\"application/ld+json\">"
       "{\"s\": \"</scrip\"}</script  >\n<script type=\"text/javascript\">x</script>",
       {{2, "{\"s\": \"</scrip\"}"}}},
      {"<template><script type=\"application/ld+json\">in template</script></template>",
       {{1, "in template"}}},
      {"<script type=\"application/ld+json\">unterminated", {{1, "unterminated"}}},
      {"no markup at all < 5", {}},
  };
  return cases;
}

TEST(HtmlJsonLd, GumboFindsTheBlocks) {
  for (const Page& page : pages()) {
    EXPECT_EQ(as_pairs(find_json_ld_blocks(page.html)), page.expected) << page.html;
  }
}

TEST(HtmlJsonLd, TheScanFindsTheSameBlocks) {
  for (const Page& page : pages()) {
    EXPECT_EQ(as_pairs(scan_json_ld_blocks(page.html)), page.expected) << page.html;
  }
}

// 200,000 nested divs passed 20 GB in gumbo (each parse error kept a copy of
// the open elements) and the tree walk recursed as deep: the page is
// scanned instead, and its block still found.
TEST(HtmlJsonLd, ADeepPageStillYieldsItsBlocks) {
  std::string page;
  for (int i = 0; i < 200000; ++i) page += "<div>";
  page += "\n<script type=\"application/ld+json\">{\"title\": \"x\"}</script>";
  EXPECT_EQ(as_pairs(find_json_ld_blocks(page)), (Blocks{{2, "{\"title\": \"x\"}"}}));
}

// Deep, but not past the guard: gumbo parses it (no parse errors kept) and
// the walk does not recurse.
TEST(HtmlJsonLd, APageJustUnderTheDepthGuardIsParsed) {
  std::string page;
  for (int i = 0; i < 990; ++i) page += "<div>";
  page += "<script type=\"application/ld+json\">{}</script>";
  EXPECT_EQ(as_pairs(find_json_ld_blocks(page)), (Blocks{{1, "{}"}}));
}

}  // namespace
}  // namespace jobsearch
