// Fields one by one: the shapes each accepts, what a wrong type costs (the
// field, with a warning, never the posting), and that nothing throws.
#include <gtest/gtest.h>

#include <algorithm>
#include <set>
#include <string>
#include <vector>

#include "common/posting_parser.h"
#include "tests/common/posting_cases.h"

namespace jobsearch {
namespace {

using nlohmann::json;

bool contains(const std::vector<std::string>& list, const std::string& item) {
  return std::find(list.begin(), list.end(), item) != list.end();
}

TEST(PostingParser, MissingOrNullFieldsAreEmptyWithoutWarnings) {
  json node = json::parse(R"({"@type": "JobPosting", "title": "Welder", "description": null,
      "hiringOrganization": null, "jobLocation": null, "employmentType": null,
      "identifier": null, "baseSalary": null, "estimatedSalary": null, "datePosted": null,
      "industry": null, "skills": null, "experienceRequirements": null, "url": null})");
  ParsedRecord record = parse_record(node);
  ASSERT_EQ(record.postings.size(), 1u);
  EXPECT_TRUE(record.warnings.empty()) << record.warnings.front();
  const Posting& p = record.postings[0];
  EXPECT_EQ(p.company, "");
  EXPECT_EQ(p.description, "");
  EXPECT_TRUE(p.locations.empty());
  EXPECT_TRUE(p.employment_types.empty());
  EXPECT_FALSE(p.salary.has_value());
  EXPECT_FALSE(p.experience_months.has_value());
  EXPECT_EQ(p.date_posted, "");
}

// Field, a value of the wrong type or unusable, the warning it must give.
struct WrongTypeCase {
  const char* field;
  const char* bad_value;
  const char* warning;
};
const WrongTypeCase kWrongTypeCases[] = {
    {"employmentType", "5", "employmentType: expected text or a list of text, got a number"},
    {"employmentType", R"(["FULL_TIME", {}])",
     "employmentType: expected text or a list of text, got an object"},
    {"employmentType", R"("sometimes")", R"(employmentType: unrecognised "sometimes")"},
    {"educationRequirements", "3",
     "educationRequirements: expected text, a credential or a list of them, got a number"},
    {"educationRequirements", R"("a good attitude")",
     R"(educationRequirements: unrecognised "a good attitude")"},
    {"educationRequirements", R"({"@type": "EducationalOccupationalCredential"})",
     "educationRequirements: a credential without credentialCategory"},
    {"experienceRequirements", "36",
     "experienceRequirements: expected an object or text, got a number"},
    {"experienceRequirements", R"({"monthsOfExperience": "lots"})",
     "experienceRequirements.monthsOfExperience: expected a number, got a string"},
    {"experienceRequirements", R"({"monthsOfExperience": -5})",
     R"(experienceRequirements.monthsOfExperience: out of range "-5")"},
    {"hiringOrganization", "42",
     "hiringOrganization: expected an Organization or text, got a number"},
    {"hiringOrganization", R"({"name": ["Acme"]})",
     "hiringOrganization.name: expected text, got a list"},
    {"description", R"(["Weld"])", "description: expected text, got a list"},
    {"url", "7", "url: expected text, got a number"},
    {"jobLocation", "7", "jobLocation: expected a Place or text, got a number"},
    {"jobLocation", R"([{}, true])", "jobLocation[1]: expected a Place or text, got a boolean"},
    {"jobLocation", R"({"address": 7})",
     "jobLocation.address: expected a PostalAddress or text, got a number"},
    {"jobLocation", R"({"address": {"addressLocality": ["Austin"]}})",
     "jobLocation.address.addressLocality: expected text, got a list"},
    {"jobLocation", R"({"address": {"addressCountry": {"name": 1}}})",
     "jobLocation.address.addressCountry: expected text, got an object"},
    {"jobLocation", R"({"geo": "here"})", "jobLocation.geo: expected GeoCoordinates, got a string"},
    {"jobLocation", R"({"geo": {"latitude": "north", "longitude": 1}})",
     "jobLocation.geo.latitude: expected a number, got a string"},
    {"jobLocation", R"({"latitude": 95, "longitude": 10})",
     R"(jobLocation.latitude: out of range "95")"},
    {"jobLocation", R"({"latitude": 5})", "jobLocation: latitude without longitude"},
    {"jobLocationType", "true", "jobLocationType: expected text or a list of text, got a boolean"},
    {"baseSalary", R"("a lot")", "baseSalary: expected a number, got a string"},
    {"baseSalary", R"({"currency": "USD"})", "baseSalary: no amount"},
    {"baseSalary", R"({"value": {"minValue": "x"}})",
     "baseSalary.value.minValue: expected a number, got a string"},
    {"baseSalary", R"({"value": {"value": -3}})", R"(baseSalary.value.value: out of range "-3")"},
    {"estimatedSalary", R"({"value": [1, 2]})",
     "estimatedSalary.value: expected a number, got a list"},
    {"datePosted", "20210101", "datePosted: expected text, got a number"},
    {"datePosted", R"("yesterday")", R"(datePosted: not a date "yesterday")"},
    {"validThrough", R"("2021-02-30")", R"(validThrough: not a date "2021-02-30")"},
    {"industry", "5", "industry: expected text or a list of text, got a number"},
    {"skills", R"({"a": 1})", "skills: expected text or a list of text, got an object"},
    {"identifier", "[1]", "identifier: expected text or a number, got a list"},
    {"identifier", R"({"value": {"x": 1}})",
     "identifier.value: expected text or a number, got an object"},
    {"occupationalCategory", "5",
     "occupationalCategory: expected text or a list of text, got a number"},
};

TEST(PostingParser, WrongTypeCostsTheFieldNotThePosting) {
  for (const WrongTypeCase& c : kWrongTypeCases) {
    std::vector<std::string> warnings;
    parse_with(c.field, json::parse(c.bad_value), &warnings);
    EXPECT_TRUE(contains(warnings, c.warning))
        << c.field << " = " << c.bad_value << "\n  got: " << json(warnings).dump();
  }
}

TEST(PostingParser, WrongTypedPartsLeaveTheRestOfTheFieldEmpty) {
  Posting p = parse_with("employmentType", json::parse(R"([3, "CONTRACTOR"])"));
  EXPECT_EQ(p.employment_types, std::vector<std::string>{"CONTRACTOR"});
  p = parse_with("jobLocation", json::parse(R"({"address": {"addressLocality": "Austin"},
                                               "latitude": "north", "longitude": 1})"));
  ASSERT_EQ(p.locations.size(), 1u);
  EXPECT_EQ(p.locations[0].locality, "Austin");
  EXPECT_FALSE(p.locations[0].latitude.has_value());
  EXPECT_FALSE(p.locations[0].longitude.has_value());
  p = parse_with("baseSalary", json::parse(R"({"currency": 5, "value": 70000})"));
  ASSERT_TRUE(p.salary.has_value());
  EXPECT_EQ(p.salary->currency, "");
  EXPECT_EQ(p.salary->min, 70000);
}

json full_posting() {
  return json::parse(R"({"@type": "JobPosting", "title": "Welder", "description": "<p>x</p>",
      "hiringOrganization": {"name": "Acme"}, "identifier": {"name": "Acme", "value": "7"},
      "jobLocation": [{"address": {"addressLocality": "Austin", "addressCountry": {"name": "US"},
        "postalCode": "78701"}, "geo": {"latitude": 1, "longitude": 2}}],
      "employmentType": ["FULL_TIME"], "educationRequirements": [{"credentialCategory": "x"}],
      "experienceRequirements": {"monthsOfExperience": 3}, "datePosted": "2021-01-01",
      "baseSalary": {"currency": "USD", "value": {"minValue": 1, "maxValue": 2, "unitText": "HOUR"}},
      "industry": "a, b", "skills": ["c"], "jobLocationType": "TELECOMMUTE", "url": "u",
      "occupationalCategory": "o", "validThrough": "2021-02-01"})");
}

std::vector<json> odd_values() {
  json deep = json::array();
  for (int i = 0; i < 2000; ++i) deep = json::array({deep});
  return {nullptr,
          0,
          -1e308,
          1.5e308,
          true,
          "",
          json::array(),
          json::object(),
          json::parse(R"([[[[[["x"]]]]]])"),
          json::parse(R"({"a": {"b": [1]}})"),
          json::parse(R"([null, 1, "x", {"name": 2}])"),
          std::string(200000, '<'),
          std::string(100000, '&') + "amp;lt;",
          deep};
}

// Every node of a full posting replaced by each odd value in turn: the
// parser must neither throw nor lose the posting (unless the title goes).
TEST(PostingParser, OddShapesNeverThrow) {
  const json base = full_posting();
  const std::vector<json> odd = odd_values();
  std::set<std::string> paths;
  const json flat = base.flatten();
  for (const auto& item : flat.items()) {
    for (json::json_pointer p(item.key()); !p.empty(); p = p.parent_pointer()) {
      paths.insert(p.to_string());
    }
  }
  for (const std::string& path : paths) {
    for (const json& value : odd) {
      json node = base;
      node[json::json_pointer(path)] = value;
      ParsedRecord record;
      ASSERT_NO_THROW(record = parse_posting(node)) << path;
      if (path != "/title") {
        EXPECT_EQ(record.postings.size(), 1u) << path << " = " << value.dump();
      }
    }
  }
}

TEST(PostingParser, DeepNestingIsBoundedNotFatal) {
  json deep = {{"@type", "JobPosting"}, {"title", "Welder"}};
  for (int i = 0; i < 5000; ++i) deep = json::array({deep});
  ParsedRecord record;
  ASSERT_NO_THROW(record = parse_record(deep));
  EXPECT_TRUE(record.postings.empty());
  EXPECT_EQ(record.rejections,
            std::vector<std::string>{"@graph and lists nested deeper than 16 levels: the values "
                                     "below were not read"});
}

TEST(PostingParser, SourceIdIsIdentifierValueNeverItsName) {
  struct Case {
    const char* identifier;
    const char* source_id;
  };
  const Case cases[] = {
      {R"({"@type": "PropertyValue", "name": "Johnson &amp; Johnson"})", ""},
      {R"({"@type": "PropertyValue", "name": "Acme", "value": "REQ-77"})", "REQ-77"},
      {R"({"@type": "PropertyValue", "name": "Acme", "value": 12345})", "12345"},
      {R"("abc-9")", "abc-9"},
      {"77", "77"},
      {R"({"value": " R&amp;D-1 "})", "R&D-1"},
  };
  for (const Case& c : cases) {
    std::vector<std::string> warnings;
    EXPECT_EQ(parse_with("identifier", json::parse(c.identifier), &warnings).source_id, c.source_id)
        << c.identifier;
    EXPECT_TRUE(warnings.empty()) << c.identifier;
  }
}

TEST(PostingParser, CompanyFromOrganizationOrPlainText) {
  EXPECT_EQ(
      parse_with("hiringOrganization", json::parse(R"({"name": "Johnson &amp; Johnson"})")).company,
      "Johnson & Johnson");
  EXPECT_EQ(parse_with("hiringOrganization", "Acme &lt;b&gt;Inc&lt;/b&gt;").company, "Acme Inc");
  EXPECT_EQ(parse_with("hiringOrganization", json::parse(R"({"sameAs": "x"})")).company, "");
}

}  // namespace
}  // namespace jobsearch
