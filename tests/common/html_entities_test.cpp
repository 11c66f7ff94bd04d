// Tests of common/html_entities: character references decoded once, as
// HTML5 reads them, in text that is not parsed as HTML.
#include "common/html_entities.h"

#include <gtest/gtest.h>

#include <string>
#include <utility>

namespace jobsearch {
namespace {

using Case = std::pair<std::string, std::string>;  // text, decoded

TEST(HtmlEntities, NamedReferencesAreDecoded) {
  const Case cases[] = {
      {"R&amp;D", "R&D"},
      {"&lt;p&gt;", "<p>"},
      {"it&rsquo;s", "it\u2019s"},
      {"&ldquo;hi&rdquo;", "\u201Chi\u201D"},
      {"9&ndash;5", "9\u20135"},
      {"caf&eacute;", "caf\u00E9"},
      {"&euro;40k", "\u20AC40k"},
      {"a&nbsp;b", "a\u00A0b"},
      {"&AMP;", "&"},                      // the upper-case legacy names too
      {"&frac78;", "\u215E"},              // not in the common table: gumbo knows it
      {"&twoheadrightarrow;", "\u21A0"},   // a long HTML5 name
      {"&amp;lt;p&amp;gt;", "&lt;p&gt;"},  // decoded once, not twice
  };
  for (const auto& [text, decoded] : cases) EXPECT_EQ(decode_entities(text), decoded) << text;
}

TEST(HtmlEntities, NumericReferencesFollowHtml5) {
  const Case cases[] = {
      {"&#39;", "'"},
      {"&#8217;", "\u2019"},
      {"&#x2F;", "/"},
      {"&#X2f;", "/"},
      {"&#39", "'"},         // the ';' may be left out
      {"&#146;", "\u2019"},  // 128-159 are read as Windows-1252
      {"&#128;", "\u20AC"},
      {"&#0;", "\uFFFD"},  // 0, surrogates and past U+10FFFF are U+FFFD
      {"&#xD800;", "\uFFFD"},
      {"&#x110000;", "\uFFFD"},
      {"&#99999999999999999999;", "\uFFFD"},
      {"&#x1F600;", "\U0001F600"},
  };
  for (const auto& [text, decoded] : cases) EXPECT_EQ(decode_entities(text), decoded) << text;
}

TEST(HtmlEntities, WhatIsNotAReferenceIsLeftAsItIs) {
  const std::string kept[] = {
      "AT&T",
      "Q&A & more",
      "&",
      "&;",
      "&#;",
      "&#x;",
      "&amp",  // a named reference must end with ';'
      "&nosuchname;",
      "&notit;",  // not "¬it;": a legacy prefix match is not taken
      "&1abc;",   // a name starts with a letter
      "<p>markup stays</p>",
      "",
  };
  for (const std::string& text : kept) EXPECT_EQ(decode_entities(text), text) << text;
}

TEST(HtmlEntities, ReferencesAreRecognisedByShapeAlone) {
  for (const char* text : {"a &amp; b", "&#39", "&#x2F;", "&nosuchname;", "x&eacute;"}) {
    EXPECT_TRUE(has_entity_reference(text)) << text;
  }
  for (const char* text : {"AT&T & Q&A", "", "&", "&#", "&#x", "&amp", "& amp;", "&1a;"}) {
    EXPECT_FALSE(has_entity_reference(text)) << text;
  }
}

TEST(HtmlEntities, C1BytesAreReadAsWindows1252) {
  EXPECT_EQ(windows1252_char(0x92), "\u2019");
  EXPECT_EQ(windows1252_char(0x95), "\u2022");
  EXPECT_EQ(windows1252_char(0x80), "\u20AC");
  EXPECT_EQ(windows1252_char(0x96), "\u2013");
  EXPECT_EQ(windows1252_char(0x9F), "\u0178");
  EXPECT_EQ(windows1252_char(0x81), "\u0081");  // unassigned in Windows-1252: kept
  EXPECT_EQ(windows1252_char(0x41), "\uFFFD");  // outside 0x80-0x9F
  EXPECT_EQ(windows1252_char(0xA0), "\uFFFD");
}

}  // namespace
}  // namespace jobsearch
