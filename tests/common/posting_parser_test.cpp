// Records and shapes: which JSON values hold JobPostings, what is rejected
// and why, and the two shapes postings come in (LinkedIn, schema.org).
#include "common/posting_parser.h"

#include <gtest/gtest.h>

#include <fstream>
#include <sstream>
#include <string>

#include "common/html_text.h"

namespace jobsearch {
namespace {

using nlohmann::json;

json read_json_file(const std::string& name) {
  std::ifstream in(std::string(JOBSEARCH_SOURCE_DIR) + "/tests/data/parser/" + name);
  std::stringstream text;
  text << in.rdbuf();
  return json::parse(text.str());
}

ParsedRecord parse_text(const std::string& text) { return parse_record(json::parse(text)); }

bool is_clean(const std::string& text) {
  return text.find('<') == std::string::npos && text.find('>') == std::string::npos &&
         text.find("&amp;") == std::string::npos && text.find("&lt;") == std::string::npos;
}

TEST(PostingParser, ReadsLinkedInShape) {
  json node = read_json_file("linkedin_shape.json");
  ParsedRecord record = parse_record(node);
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_TRUE(record.rejections.empty());
  EXPECT_TRUE(record.warnings.empty()) << record.warnings.front();
  const Posting& p = record.postings[0];
  EXPECT_EQ(p.title, "Data Scientist- Strategy & Analytics");
  EXPECT_EQ(p.company, "Acme & Sons");
  EXPECT_EQ(p.description, html_to_text(node["description"].get<std::string>()));
  EXPECT_NE(p.description.find("Strategy & Analytics"), std::string::npos);
  EXPECT_TRUE(is_clean(p.description)) << p.description;
  EXPECT_EQ(p.source_id, "");  // identifier holds only the company's name
  ASSERT_EQ(p.locations.size(), 1u);
  EXPECT_EQ(p.locations[0].locality, "Austin");
  EXPECT_EQ(p.locations[0].region, "");
  EXPECT_EQ(p.locations[0].country, "US");
  EXPECT_EQ(p.locations[0].postal_code, "78701");
  EXPECT_DOUBLE_EQ(p.locations[0].latitude.value_or(0), 30.2672);
  EXPECT_DOUBLE_EQ(p.locations[0].longitude.value_or(0), -97.7431);
  EXPECT_TRUE(p.remote);
  EXPECT_EQ(p.employment_types, std::vector<std::string>{"FULL_TIME"});
  EXPECT_EQ(p.education, std::vector<std::string>{"bachelor degree"});
  EXPECT_EQ(p.experience_months, 36);
  EXPECT_EQ(p.date_posted, "2021-09-14");
  EXPECT_EQ(p.valid_through, "2021-10-14");
  EXPECT_EQ(p.industries,
            (std::vector<std::string>{"Computer Software", "Information Technology & Services"}));
  EXPECT_TRUE(p.skills.empty());
}

TEST(PostingParser, ReadsLinkedInSalary) {
  ParsedRecord record = parse_record(read_json_file("linkedin_shape.json"));
  ASSERT_EQ(record.postings.size(), 1u);
  ASSERT_TRUE(record.postings[0].salary.has_value());
  const Salary& salary = *record.postings[0].salary;
  EXPECT_EQ(salary.min, 120000);
  EXPECT_EQ(salary.max, 150000);
  EXPECT_EQ(salary.currency, "USD");
  EXPECT_EQ(salary.unit, "YEAR");
  EXPECT_EQ(salary.annual_min, 120000);
  EXPECT_EQ(salary.annual_max, 150000);
}

TEST(PostingParser, ReadsSchemaOrgShape) {
  ParsedRecord record = parse_record(read_json_file("schema_org_shape.json"));
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_TRUE(record.warnings.empty()) << record.warnings.front();
  const Posting& p = record.postings[0];
  EXPECT_EQ(p.title, "Software Engineer");
  EXPECT_EQ(p.company, "Globex Corporation");
  EXPECT_TRUE(is_clean(p.description)) << p.description;
  EXPECT_NE(p.description.find("Build search systems."), std::string::npos);
  EXPECT_EQ(p.source_id, "1234567");
  EXPECT_EQ(p.url, "https://globex.example/jobs/1234567");
  EXPECT_FALSE(p.remote);
  EXPECT_EQ(p.employment_types, (std::vector<std::string>{"FULL_TIME", "PART_TIME"}));
  EXPECT_EQ(p.education, std::vector<std::string>{"bachelor degree"});
  EXPECT_EQ(p.experience_months, 36);
  EXPECT_EQ(p.date_posted, "2024-01-18");
  EXPECT_EQ(p.valid_through, "2024-03-18");
  EXPECT_EQ(p.skills, (std::vector<std::string>{"C++", "Xapian"}));
  EXPECT_EQ(p.industries, std::vector<std::string>{"Software"});
  EXPECT_EQ(p.occupational_category, "15-1252.00 Software Developers");
  ASSERT_TRUE(p.salary.has_value());
  EXPECT_EQ(p.salary->min, 40);
  EXPECT_EQ(p.salary->max, 40);
  EXPECT_EQ(p.salary->currency, "USD");
  EXPECT_EQ(p.salary->unit, "HOUR");
  EXPECT_EQ(p.salary->annual_min, 40 * 2080);
}

TEST(PostingParser, ReadsEveryLocationWithGeoCoordinates) {
  ParsedRecord record = parse_record(read_json_file("schema_org_shape.json"));
  ASSERT_EQ(record.postings.size(), 1u);
  const std::vector<Location>& locations = record.postings[0].locations;
  ASSERT_EQ(locations.size(), 2u);
  EXPECT_EQ(locations[0].locality, "Mountain View");
  EXPECT_EQ(locations[0].region, "CA");
  EXPECT_EQ(locations[0].country, "US");
  EXPECT_EQ(locations[0].postal_code, "94043");
  EXPECT_DOUBLE_EQ(locations[0].latitude.value_or(0), 37.3861);
  EXPECT_DOUBLE_EQ(locations[0].longitude.value_or(0), -122.0839);
  EXPECT_EQ(locations[1].locality, "London");
  EXPECT_EQ(locations[1].country, "GB");  // from {"@type": "Country", "name": ...}
  EXPECT_EQ(locations[1].postal_code, "EC1A 1BB");
  EXPECT_DOUBLE_EQ(locations[1].latitude.value_or(0), 51.5072);  // numeric strings
  EXPECT_DOUBLE_EQ(locations[1].longitude.value_or(0), -0.1276);
}

TEST(PostingParser, EveryPostingHasAnId) {
  ParsedRecord record = parse_text(R"({"@type": "JobPosting", "title": "Welder"})");
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.postings[0].id.size(), 16u);
}

// Escaped markup in titles and descriptions: once, twice, or not at all.
TEST(PostingParser, CleansEscapedHtmlInTitleAndDescription) {
  struct Case {
    const char* title;
    const char* description;
    const char* expected_title;
    const char* expected_word;
  };
  const Case cases[] = {
      {"Senior <b>Engineer</b>", "<p>Fix <i>pipes</i></p>", "Senior Engineer", "pipes"},
      {"Senior &lt;b&gt;Engineer&lt;/b&gt;", "&lt;p&gt;R&amp;amp;D&lt;/p&gt;", "Senior Engineer",
       "R&D"},
      {"R&amp;amp;D Engineer", "&amp;lt;p&amp;gt;Tom &amp;amp; Jerry&amp;lt;/p&amp;gt;",
       "R&D Engineer", "Tom & Jerry"},
      {"Data Scientist- Strategy &amp; Analytics", "plain text",
       "Data Scientist- Strategy & Analytics", "plain text"},
  };
  for (const Case& c : cases) {
    json node = {{"@type", "JobPosting"}, {"title", c.title}, {"description", c.description}};
    ParsedRecord record = parse_record(node);
    ASSERT_EQ(record.postings.size(), 1u) << c.title;
    EXPECT_EQ(record.postings[0].title, c.expected_title);
    EXPECT_NE(record.postings[0].description.find(c.expected_word), std::string::npos)
        << record.postings[0].description;
    EXPECT_TRUE(is_clean(record.postings[0].description)) << record.postings[0].description;
  }
}

TEST(PostingParser, MissingTitleIsRejected) {
  struct Case {
    const char* json;
    const char* reason;
  };
  const Case cases[] = {
      {R"({"@type": "JobPosting"})", "JobPosting has no title"},
      {R"({"@type": "JobPosting", "title": null})", "JobPosting has no title"},
      {R"({"@type": "JobPosting", "title": "  "})", "JobPosting has no title"},
      {R"({"@type": "JobPosting", "title": "&lt;br&gt;"})", "JobPosting has no title"},
      {R"({"@type": "JobPosting", "title": 42})",
       "JobPosting has no title (title: expected text, got a number)"},
      {R"({"@type": "JobPosting", "title": ["A", "B"]})",
       "JobPosting has no title (title: expected text, got a list)"},
  };
  for (const Case& c : cases) {
    ParsedRecord record = parse_text(c.json);
    EXPECT_TRUE(record.postings.empty()) << c.json;
    EXPECT_EQ(record.rejections, std::vector<std::string>{c.reason}) << c.json;
    EXPECT_TRUE(record.warnings.empty()) << c.json;
  }
}

TEST(PostingParser, ValueWithoutJobPostingIsRejectedOnce) {
  struct Case {
    const char* json;
    const char* reason;
  };
  const Case cases[] = {
      {R"({"@type": "Organization", "name": "Acme"})",
       R"(not a JobPosting (@type is "Organization"))"},
      {R"({"@type": ["Organization", "Thing"]})",
       R"(not a JobPosting (@type is ["Organization","Thing"]))"},
      {R"({"title": "Welder"})", "not a JobPosting (no @type)"},
      {R"({"@type": "JobPostingDraft", "title": "Welder"})",
       R"(not a JobPosting (@type is "JobPostingDraft"))"},
      {R"("JobPosting")", "not a JSON object (got a string)"},
      {"42", "not a JSON object (got a number)"},
      {"null", "not a JSON object (got null)"},
      {"[]", "no JobPosting in a list of 0 values"},
      {R"([{"@type": "Person"}, 3])", "no JobPosting in a list of 2 values"},
      {R"({"@context": "https://schema.org", "@graph": [{"@type": "WebPage"}]})",
       "no JobPosting in @graph"},
  };
  for (const Case& c : cases) {
    ParsedRecord record = parse_text(c.json);
    EXPECT_TRUE(record.postings.empty()) << c.json;
    EXPECT_EQ(record.rejections, std::vector<std::string>{c.reason}) << c.json;
  }
}

TEST(PostingParser, AcceptsTypeAsListOrIri) {
  const char* types[] = {R"("JobPosting")", R"(["Thing", "JobPosting"])",
                         R"("http://schema.org/JobPosting")", R"("https://schema.org/JobPosting")",
                         R"("schema:JobPosting")"};
  for (const char* type : types) {
    ParsedRecord record = parse_text(std::string(R"({"title": "Welder", "@type": )") + type + "}");
    EXPECT_EQ(record.postings.size(), 1u) << type;
    EXPECT_TRUE(record.rejections.empty()) << type;
  }
}

TEST(PostingParser, FindsPostingsInGraphAmongOtherNodes) {
  ParsedRecord record = parse_text(R"({"@context": "https://schema.org", "@graph": [
      {"@type": "Organization", "name": "Acme"},
      {"@type": "JobPosting", "title": "Welder"},
      {"@type": "WebPage", "name": "Careers"},
      {"@type": "JobPosting", "title": "Baker"}]})");
  ASSERT_EQ(record.postings.size(), 2u);
  EXPECT_EQ(record.postings[0].title, "Welder");
  EXPECT_EQ(record.postings[1].title, "Baker");
  EXPECT_TRUE(record.rejections.empty());
  EXPECT_TRUE(record.warnings.empty());
}

TEST(PostingParser, PrefixesReasonsWithThePlaceOfThePosting) {
  ParsedRecord record = parse_text(R"({"@graph": [
      {"@type": "Organization", "name": "Acme"},
      {"@type": "JobPosting", "title": "Welder", "employmentType": 5},
      {"@type": "JobPosting", "description": "no title here"}]})");
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.rejections, std::vector<std::string>{"@graph[2]: JobPosting has no title"});
  EXPECT_EQ(record.warnings,
            std::vector<std::string>{
                "@graph[1]: employmentType: expected text or a list of text, got a number"});
}

TEST(PostingParser, FindsPostingsInArraysAndNestedGraphs) {
  ParsedRecord record = parse_text(R"([
      {"@type": "JobPosting", "title": "Welder"},
      {"@type": "JobPosting"},
      [{"@type": "JobPosting", "title": "Baker"}],
      {"@graph": [{"@type": "JobPosting", "title": "Potter"}, {"@type": "JobPosting"}]}])");
  ASSERT_EQ(record.postings.size(), 3u);
  EXPECT_EQ(record.postings[0].title, "Welder");
  EXPECT_EQ(record.postings[1].title, "Baker");
  EXPECT_EQ(record.postings[2].title, "Potter");
  EXPECT_EQ(record.rejections,
            (std::vector<std::string>{"[1]: JobPosting has no title",
                                      "[3].@graph[1]: JobPosting has no title"}));
}

TEST(PostingParser, GraphAsSingleNodeIsRead) {
  ParsedRecord record = parse_text(R"({"@graph": {"@type": "JobPosting", "title": "Welder"}})");
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.postings[0].title, "Welder");
}

TEST(PostingParser, ParsePostingDoesNotCheckType) {
  ParsedRecord record = parse_posting(json::parse(R"({"@type": "Thing", "title": "Welder"})"));
  EXPECT_EQ(record.postings.size(), 1u);
  record = parse_posting(json::parse(R"(["Welder"])"));
  EXPECT_EQ(record.rejections, std::vector<std::string>{"not a JSON object (got a list)"});
}

TEST(PostingParser, AllRejectedPostingsAreReportedWithoutAnExtraReason) {
  ParsedRecord record = parse_text(R"([{"@type": "JobPosting"}, {"@type": "JobPosting"}])");
  EXPECT_TRUE(record.postings.empty());
  EXPECT_EQ(record.rejections, (std::vector<std::string>{"[0]: JobPosting has no title",
                                                         "[1]: JobPosting has no title"}));
}

// Past 16 levels the walk stops; it used to say "no JobPosting in @graph",
// blaming the record for what the limit hid.
TEST(PostingParser, NestingPastTheLimitIsNamedAsTheReason) {
  json deep = {{"@type", "JobPosting"}, {"title", "Deep"}};
  for (int i = 0; i < 17; ++i) deep = {{"@graph", json::array({deep})}};
  EXPECT_EQ(parse_record(deep).rejections,
            std::vector<std::string>{"@graph and lists nested deeper than 16 levels: the values "
                                     "below were not read"});
  json shallow = {{"@type", "JobPosting"}, {"title", "Shallow"}};
  for (int i = 0; i < 7; ++i) shallow = {{"@graph", json::array({shallow})}};
  ParsedRecord both = parse_record(json::array({shallow, deep}));
  ASSERT_EQ(both.postings.size(), 1u);
  EXPECT_EQ(both.postings[0].title, "Shallow");
  EXPECT_EQ(both.rejections,
            std::vector<std::string>{"@graph and lists nested deeper than 16 levels: the values "
                                     "below were not read"});
  json wide = json::array();
  for (int i = 0; i < 3; ++i) wide.push_back(deep);
  EXPECT_EQ(parse_record(wide).rejections.size(), 1u);  // one reason per record
}

// HTML too costly to parse keeps its text and is noted, not warned about.
TEST(PostingParser, SimplifiedHtmlIsNotedPerField) {
  std::string big;
  for (int i = 0; i < 30000; ++i) big += "<p>word</p>";
  json node = {{"@type", "JobPosting"},
               {"title", "Welder"},
               {"description", big},
               {"hiringOrganization", {{"name", "<b>" + big + "</b>"}}}};
  ParsedRecord record = parse_record(node);
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_EQ(record.postings[0].description.substr(0, 9), "word\nword");
  EXPECT_TRUE(record.warnings.empty());
  const std::string why = "HTML over the 256 KiB parsing limit: tags removed without parsing";
  EXPECT_EQ(record.simplified,
            (std::vector<std::string>{"hiringOrganization.name: " + why, "description: " + why}));
  ParsedRecord in_graph = parse_record({{"@graph", json::array({node})}});
  EXPECT_EQ(in_graph.simplified.back(), "@graph[0]: description: " + why);
}

}  // namespace
}  // namespace jobsearch
