// Tests of searcher/cli/response_text: what `jobsearch` prints on a
// terminal, line by line.
#include "searcher/cli/response_text.h"

#include <gtest/gtest.h>

#include <sstream>

#include "tests/support/posting_builder.h"

namespace jobsearch {
namespace {

using test::PostingBuilder;

SearchHit hit(unsigned rank, Posting posting, std::string title_html, std::string snippet) {
  SearchHit out;
  out.rank = rank;
  out.posting = std::move(posting);
  out.title_html = std::move(title_html);
  out.snippet = std::move(snippet);
  return out;
}

std::string printed(const SearchResponse& response, bool color = false) {
  std::ostringstream out;
  print_response_text(response, color, out);
  return out.str();
}

Salary pay(std::optional<double> min, std::optional<double> max, std::string currency,
           std::string unit) {
  Salary salary;
  salary.min = min;
  salary.max = max;
  salary.currency = std::move(currency);
  salary.unit = std::move(unit);
  return salary;
}

TEST(ResponseText, HitsAreNumberedWithTheirDetailsAndFacetsFollow) {
  SearchResponse response;
  response.total = 12;
  response.total_exact = true;
  Posting nurse = PostingBuilder("n1")
                      .title("Registered Nurse")
                      .company("Mercy Health")
                      .place("Austin", "TX", "US")
                      .remote()
                      .employment_type("FULL_TIME")
                      .employment_type("PART_TIME")
                      .salary(pay(60000, 80000, "USD", "YEAR"))
                      .posted("2026-10-01");
  response.hits.push_back(hit(1, nurse, "Registered <mark>Nurse</mark>",
                              "Care for &lt;ICU&gt; patients\n&amp; families"));
  SearchHit second = hit(2, PostingBuilder("w2").title("Welder"), "Welder", "");
  second.distance_km = 12.6;
  second.similar_count = 3;
  response.hits.push_back(second);
  response.facets.push_back(
      {"employment_type", {{"FULL_TIME", 9, false}, {"PART_TIME", 3, true}}, 0, 0});
  response.facets.push_back({"company", {{"Mercy Health", 5, false}}, 7, 4});
  EXPECT_EQ(printed(response),
            "12 matches, showing 1-2\n"
            "\n"
            "1. Registered Nurse\n"
            "   Mercy Health | Austin, TX; Remote | FULL_TIME, PART_TIME | 60000-80000 USD per "
            "YEAR | 2026-10-01\n"
            "   Care for <ICU> patients & families\n"
            "   id n1\n"
            "\n"
            "2. Welder\n"
            "   13 km\n"
            "   \n"
            "   id w2  (+3 similar postings)\n"
            "\n"
            "employment_type:  FULL_TIME (9)  PART_TIME (3)\n"
            "company:  Mercy Health (5)  other (7)\n");
}

TEST(ResponseText, MatchesAreBoldOnlyInColour) {
  EXPECT_EQ(html_to_terminal("a <mark>nurse</mark> &amp; <mark>doctor</mark>", false),
            "a nurse & doctor");
  EXPECT_EQ(html_to_terminal("a <mark>nurse</mark> &amp; <mark>doctor</mark>", true),
            "a \033[1mnurse\033[0m & \033[1mdoctor\033[0m");
  // Escapes are undone once: "&amp;lt;" was "&lt;" in the text.
  EXPECT_EQ(html_to_terminal("&amp;lt; &quot;q&quot; &#39;s&#39;\nnext", false),
            "&lt; \"q\" 's' next");
}

TEST(ResponseText, TheHeaderSaysHowSureTheCountIsAndWhatWasAsked) {
  SearchResponse response;
  response.query = "registred nurse";
  response.suggestion = "registered nurse";
  response.total = 1;
  response.total_exact = true;
  EXPECT_EQ(printed(response), "Did you mean: registered nurse\n1 match\n\n");
  response.corrected = true;
  response.total = 40;
  response.total_exact = false;
  response.near = ResolvedPlace{"Portland, OR", 45.5, -122.7, {"Portland, ME"}};
  EXPECT_EQ(printed(response),
            "No match for \"registred nurse\"; showing results for \"registered nurse\"\n"
            "Near Portland, OR (also: Portland, ME)\n"
            "about 40 matches\n\n");
  EXPECT_EQ(printed(SearchResponse()), "about 0 matches\n\n");
}

TEST(ResponseText, SalariesReadAsStated) {
  const std::pair<Salary, std::string> cases[] = {
      {pay(60000, 80000, "USD", "YEAR"), "60000-80000 USD per YEAR"},
      {pay(25.5, 25.5, "GBP", "HOUR"), "26 GBP per HOUR"},  // one figure, whole units
      {pay(std::nullopt, 90000, "", ""), "90000"},
      {pay(40000, std::nullopt, "EUR", ""), "40000 EUR"},
  };
  for (const auto& [salary, line] : cases) {
    std::ostringstream out;
    print_posting_text(PostingBuilder("x").salary(salary), out);
    EXPECT_NE(out.str().find("salary          " + line + "\n"), std::string::npos) << out.str();
  }
}

TEST(ResponseText, APostingIsPrintedFieldByFieldWithItsDescription) {
  std::ostringstream out;
  print_posting_text(PostingBuilder("n1")
                         .title("Registered Nurse")
                         .company("Mercy Health")
                         .place("London", "", "GB")
                         .education("bachelor degree")
                         .experience_months(24)
                         .skill("Patient care")
                         .skill("")
                         .skill("Triage")
                         .url("https://example.com/n1")
                         .description("Line one.\nLine two."),
                     out);
  EXPECT_EQ(out.str(),
            "title           Registered Nurse\n"
            "company         Mercy Health\n"
            "location        London, GB\n"
            "education       bachelor degree\n"
            "experience      24 months\n"
            "skills          Patient care, Triage\n"
            "url             https://example.com/n1\n"
            "id              n1\n"
            "\n"
            "Line one.\nLine two.\n");
}

TEST(ResponseText, EmptyPartsAreLeftOutOfJoinedLines) {
  EXPECT_EQ(joined({"a", "", "b", ""}, " | "), "a | b");
  EXPECT_EQ(joined({"", ""}, ", "), "");
  EXPECT_EQ(joined({}, ", "), "");
  EXPECT_EQ(places_line(PostingBuilder().remote()), "Remote");
  EXPECT_EQ(places_line(PostingBuilder().place("Austin", "TX", "US").place("", "", "")),
            "Austin, TX");
  EXPECT_EQ(places_line(PostingBuilder()), "");
}

}  // namespace
}  // namespace jobsearch
