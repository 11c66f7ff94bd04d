#include "common/html_text.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "common/html_entities.h"
#include "common/html_markup.h"
#include "tests/support/wait.h"

namespace jobsearch {
namespace {

struct Case {
  std::string input;
  std::string expected;
};

void expect_text(const std::vector<Case>& cases) {
  for (const Case& c : cases) EXPECT_EQ(html_to_text(c.input), c.expected) << "input: " << c.input;
}

TEST(HtmlText, EscapedMarkupIsUnescapedAndRead) {
  expect_text({
      {"&lt;p&gt;Hello&lt;/p&gt;", "Hello"},
      {"&lt;p&gt;One&lt;/p&gt;&lt;p&gt;Two&lt;/p&gt;", "One\nTwo"},
      {"Title: X&lt;br&gt;Location: Y", "Title: X\nLocation: Y"},
      {"&#60;p&#62;Numeric&#60;/p&#62;", "Numeric"},
      {"&lt;strong&gt;Bold&lt;/strong&gt; text", "Bold text"},
  });
}

TEST(HtmlText, DoubleEscapedMarkupIsUnescaped) {
  expect_text({
      {"&amp;lt;p&amp;gt;Twice&amp;lt;/p&amp;gt;", "Twice"},
      {"&amp;amp;lt;li&amp;amp;gt;Three times", "Three times"},
  });
}

TEST(HtmlText, DoubleEscapedAmpersandIsDecoded) {
  expect_text({
      {"&lt;li&gt;Python &amp;amp; SQL&lt;/li&gt;", "Python & SQL"},
      {"Johnson &amp;amp; Johnson", "Johnson & Johnson"},
      {"R&amp;amp;D &amp;amp;nbsp;lab", "R&D lab"},
      {"<p>AT&amp;amp;T</p>", "AT&T"},
  });
}

// Shaped like LinkedIn's JSON-LD descriptions: escaped markup, ampersands
// and apostrophes escaped twice, empty paragraphs holding a <br>.
TEST(HtmlText, LinkedInStyleDescriptionIsClean) {
  const std::string input =
      "&lt;p&gt;Acme builds rockets for short trips. &lt;/p&gt;&lt;p&gt;&lt;br&gt;&lt;/p&gt;"
      "&lt;p&gt;Our team supports Acme\u2019s launches.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;"
      "Python &amp;amp; SQL&lt;/li&gt;&lt;li&gt;Tableau/Looker&lt;/li&gt;&lt;/ul&gt;"
      "&lt;strong&gt;&lt;u&gt;Must-Have&lt;br&gt;&lt;/u&gt;&lt;/strong&gt;"
      "Bachelor&amp;apos;s degree&amp;nbsp;in CS";
  EXPECT_EQ(html_to_text(input),
            "Acme builds rockets for short trips.\nOur team supports Acme\u2019s launches.\n"
            "Python & SQL\nTableau/Looker\nMust-Have\nBachelor's degree in CS");
}

TEST(HtmlText, BlockElementsSeparateLinesAndInlineOnesDoNot) {
  expect_text({
      {"<ul><li>Lead design</li><li>Write <b>unit</b> tests</li></ul>After",
       "Lead design\nWrite unit tests\nAfter"},
      {"<ol><li>First<li>Second</ol>", "First\nSecond"},
      {"a<br>b<br/>c<BR >d", "a\nb\nc\nd"},
      {"<h2>Role</h2><div>Build <span>things</span></div><hr>End", "Role\nBuild things\nEnd"},
      {"<table><tr><td>Pay</td><td>$10</td></tr><tr><td>Hours</td></tr></table>", "Pay $10\nHours"},
      {"<p>Key<strong>Responsibilities</strong></p>", "KeyResponsibilities"},
      {"<p>line one\nstill one</p>", "line one still one"},
      {"<pre>kept\nlines</pre>", "kept\nlines"},
  });
}

TEST(HtmlText, LinesOfTextWithoutBlockMarkupStayLines) {
  expect_text({
      // Only inline markup: the source's lines are the only layout it has.
      {"About us <b>Acme</b>\nWhat you will do\nShip things",
       "About us Acme\nWhat you will do\nShip things"},
      {"<strong>Role</strong>\n\nBuild <a href=\"x\">APIs</a>", "Role\nBuild APIs"},
      // Block markup lays out the text: a wrapped line is one line...
      {"<p>A line wrapped\nin the source</p>", "A line wrapped in the source"},
      // ...but a blank line still separates paragraphs.
      {"<p>First paragraph\n  \nSecond paragraph</p>", "First paragraph\nSecond paragraph"},
      {"<pre>kept\nas is</pre>", "kept\nas is"},
  });
}

TEST(HtmlText, InvisibleCharactersInsideWordsAreDropped) {
  expect_text({
      {"S\u200BYNECHRON'S team", "SYNECHRON'S team"},  // zero-width space
      {"<p>AI agents\u200B.</p>", "AI agents."},
      {"employ\u00ADment", "employment"},  // soft hyphen
      {"\uFEFFStart", "Start"},            // byte order mark
      {"word\u2060joiner", "wordjoiner"},  // word joiner
      {"a\u200B b", "a b"},
      {"no\u00A0break\u2003em", "no break em"},  // real spaces stay spaces
  });
}

TEST(HtmlText, ScriptStyleAndHeadAreDropped) {
  expect_text({
      {"<script>var x = '<p>no</p>';</script><p>Yes</p>", "Yes"},
      {"<style>p { color: red }</style>Shown", "Shown"},
      {"<html><head><title>T</title></head><body>Body</body></html>", "Body"},
      {"<p>A</p><noscript>Enable JS</noscript><template><p>t</p></template>B", "A\nB"},
      {"Before<!-- a comment -->After", "BeforeAfter"},
  });
}

TEST(HtmlText, SpacesFoldAndEmptyLinesGo) {
  expect_text({
      {"<p>  a \t b  </p><p> </p><p>&nbsp;</p><p>c</p>", "a b\nc"},
      {"Salary&nbsp;&nbsp; $10\u00A0000", "Salary $10 000"},
      {"<p>\u2003indented\u3000ideographic</p>", "indented ideographic"},
      {"\n\n  \n", ""},
  });
}

TEST(HtmlText, EntitiesAreDecoded) {
  expect_text({
      {"<p>don&rsquo;t &ndash; &ldquo;q&rdquo; &eacute;t&eacute; &hellip;</p>",
       "don\u2019t \u2013 \u201Cq\u201D \u00E9t\u00E9 \u2026"},
      {"<p>&#39;a&#39; &#x41;&#X42; &#8217; &#146;</p>", "'a' AB \u2019 \u2019"},
      {"<p>&#0; &#xD800; &#x110000;</p>", "\uFFFD \uFFFD \uFFFD"},
      {"<p>&check; &bigstar; &NotGreaterFullEqual;</p>", "\u2713 \u2605 \u2267\u0338"},
      {"&bigstar; &NotGreaterFullEqual; &copy;", "\u2605 \u2267\u0338 \u00A9"},
      {"Plain &unknownname; &amp stays", "Plain &unknownname; &amp stays"},
  });
}

TEST(HtmlText, PlainTextComesBackUnchanged) {
  expect_text({
      {"Data Scientist", "Data Scientist"},
      {"C++ < 5 yrs, > 2 yrs", "C++ < 5 yrs, > 2 yrs"},
      {"Senior Dev <Remote> a<b", "Senior Dev <Remote> a<b"},
      {"Line one\nLine two\r\nLine three", "Line one\nLine two\nLine three"},
      {"100% remote; Q&A; 3 < 4", "100% remote; Q&A; 3 < 4"},
  });
}

TEST(HtmlText, BrokenEscapingLeavesNoTags) {
  expect_text({
      {"&lt;strong&gt;Qualifications&amp;lt;/strong&lt;br&gt;Degree", "Qualifications\nDegree"},
      {"Title &amp;lt;![CDATA[Engineer]]&amp;gt;", "Title Engineer"},
  });
}

TEST(HtmlText, InvalidUtf8IsRepaired) {
  expect_text({
      {"<p>caf\xE9 ok</p>", "caf\uFFFD ok"},
      {"a\xC0\xAF"
       "b",
       "a\uFFFD\uFFFDb"},
      {std::string("nul\0byte", 8), "nulbyte"},
      {"C1 \xC2\x95 bullet", "C1 \u2022 bullet"},
  });
}

TEST(HtmlText, EmptyAndMalformedInputDoNotCrash) {
  expect_text({
      {"", ""},
      {"<", "<"},
      {"&", "&"},
      {"<p", "<p"},
      {"</div></div>text<div", "text"},
      {"<ul><li>unclosed<li>list", "unclosed\nlist"},
      {"&#99999999999999999999;", "\uFFFD"},
  });
}

// Gumbo's time grows with the square of such nesting (and its recursion
// can exhaust the stack); past kMaxParseDepth the tag stripper reads it in
// one pass. Bounded by the test's patience, not a stopwatch, so that a
// loaded machine cannot fail it.
TEST(HtmlText, DeepNestingIsReadWithoutATree) {
  std::string deep;
  for (int i = 0; i < 200000; ++i) deep += "<div>";
  deep += "bottom";
  test::finish_within("html_to_text of 200,000 nested <div>s",
                      [&] { EXPECT_EQ(html_to_text(deep), "bottom"); });
}

std::string repeated(const std::string& text, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += text;
  return out;
}

std::string lines(const std::vector<std::string>& cycle, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) {
    for (const std::string& line : cycle) out += (out.empty() ? "" : "\n") + line;
  }
  return out;
}

// The report's description: gumbo reopens the <b> after each </a>, so it
// nests one level deeper each time (31 s for 60,000 times), while the end
// tags of the table's cells fooled the depth estimate into seeing no depth.
TEST(HtmlText, MarkupThatNestsAsItIsParsedIsNotParsedAndSaysSo) {
  const std::string quadratic = "<table><tr><td>x</td></tr></table><a href=x><b>y</a>";
  std::string simplified;
  EXPECT_EQ(html_to_text(repeated(quadratic, 2000), &simplified), lines({"x", "y"}, 2000));
  EXPECT_EQ(simplified, "HTML nested deeper than 1000 elements: tags removed without parsing");
}

TEST(HtmlText, MarkupOverTheSizeLimitIsNotParsedAndSaysSo) {
  std::string simplified;
  EXPECT_EQ(html_to_text(repeated("<p>word</p>", 30000), &simplified), lines({"word"}, 30000));
  EXPECT_EQ(simplified, "HTML over the 256 KiB parsing limit: tags removed without parsing");
  std::string escaped;
  EXPECT_EQ(html_to_line(repeated("&lt;p&gt;word&lt;/p&gt;", 30000), &escaped),
            repeated("word ", 29999) + "word");
  EXPECT_EQ(escaped, simplified);
}

TEST(HtmlText, ParsedMarkupLeavesTheReasonAlone) {
  std::string simplified = "unchanged";
  EXPECT_EQ(
      html_to_text(repeated("<div>", 900) + "deep" + repeated("<p>a</p>", 20000), &simplified),
      "deep\n" + lines({"a"}, 20000));
  EXPECT_EQ(simplified, "unchanged");
}

TEST(HtmlText, EveryByteStringIsSafe) {
  std::string bytes;
  for (int i = 0; i < 256; ++i) bytes.push_back(static_cast<char>(i));
  for (int shift = 0; shift < 256; shift += 17) {
    std::string input = bytes.substr(shift) + "<p>&lt;b&gt;" + bytes.substr(0, shift);
    std::string text = html_to_text(input);
    EXPECT_EQ(repair_utf8(text), text);
  }
}

TEST(HtmlText, LineJoinsLinesWithSpaces) {
  EXPECT_EQ(html_to_line("Data Scientist- Strategy &amp; Analytics"),
            "Data Scientist- Strategy & Analytics");
  EXPECT_EQ(html_to_line("<p>Acme</p><p>  Inc. </p>"), "Acme Inc.");
  EXPECT_EQ(html_to_line("Austin,\nTX"), "Austin, TX");
  EXPECT_EQ(html_to_line("C++ < 5 yrs"), "C++ < 5 yrs");
  EXPECT_EQ(html_to_line(""), "");
}

TEST(RepairUtf8, InvalidSequencesBecomeReplacementCharacters) {
  const std::vector<Case> cases = {
      {"valid \u00E9\u20AC\U0001F600", "valid \u00E9\u20AC\U0001F600"},
      {"\xFF", "\uFFFD"},
      {"\xE2\x82", "\uFFFD"},                  // truncated: one U+FFFD for the whole start
      {"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD"},  // a UTF-16 surrogate
      {"\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD"},  // past U+10FFFF
      {"\xC1\xBF", "\uFFFD\uFFFD"},                      // overlong
      {"tab\tnew\nline\rbell\x07"
       "esc\x1B",
       "tab\tnew\nlinebellesc"},
  };
  for (const Case& c : cases) EXPECT_EQ(repair_utf8(c.input), c.expected);
}

TEST(HtmlEntities, DecodesOneLayerOnly) {
  EXPECT_EQ(decode_entities("&amp;lt;p&amp;gt; &lt;b&gt;"), "&lt;p&gt; <b>");
  EXPECT_EQ(decode_entities("<p>kept</p> &eacute;"), "<p>kept</p> \u00E9");
  EXPECT_TRUE(has_entity_reference("a &amp; b"));
  EXPECT_TRUE(has_entity_reference("&#39"));
  EXPECT_FALSE(has_entity_reference("AT&T & Q&A"));
}

TEST(HtmlMarkup, CountsOnlyKnownTagsInTheirForm) {
  EXPECT_EQ(count_known_tags("<p>a</p><br/><Remote>", TagForm::kMarkup), 3u);
  EXPECT_EQ(count_known_tags("&lt;p&gt;a&amp;lt;/p&amp;gt; &lt;5 yrs", TagForm::kEscaped), 2u);
  EXPECT_EQ(count_known_tags("C++ < 5, a<b, x <pre-sales>", TagForm::kMarkup), 0u);
}

TEST(HtmlMarkup, NestingDepthIgnoresFlatElements) {
  EXPECT_EQ(nesting_depth("<div><p>a<br><ul><li>b</ul></div>"), 2u);
  EXPECT_EQ(nesting_depth("<div><div/><span>x</span></div>"), 2u);
  EXPECT_EQ(nesting_depth("plain < text"), 0u);
}

TEST(HtmlMarkup, NestingDepthFollowsWhatAParserBuilds) {
  // End tags of elements that do not nest close nothing.
  EXPECT_EQ(nesting_depth("<div><table><tr><td>x</td></tr></table></div>"), 2u);
  EXPECT_EQ(nesting_depth(repeated("<table><tr><td>x</td></tr></table><a href=x><b>y</a>", 3)), 4u);
  // An end tag with nothing open of its name closes nothing.
  EXPECT_EQ(nesting_depth(repeated("<div></span>", 1500)), 1500u);
  // Formatting elements closed out of order stay open; others close.
  EXPECT_EQ(nesting_depth(repeated("<a><b></a>", 5)), 6u);
  EXPECT_EQ(nesting_depth(repeated("<div><span></div>", 5)), 2u);
  EXPECT_EQ(nesting_depth(repeated("<b><i></b></i>", 5)), 2u);
  // Reading stops past the limit.
  EXPECT_EQ(nesting_depth(repeated("<div>", 5000), 100), 101u);
}

TEST(HtmlMarkup, StripTagsIsASimpleReader) {
  EXPECT_EQ(strip_tags("<p>a</p>b<script>x<p>y</script>c<!-- z -->d"), "\na\nbcd");
  EXPECT_EQ(strip_tags("1 < 2\n<br>"), "1 < 2 \n");
}

}  // namespace
}  // namespace jobsearch
