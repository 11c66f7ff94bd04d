// Tests of searcher/candidate: JSON Resume and plain-text profiles.
#include "searcher/match/candidate.h"

#include <gtest/gtest.h>

#include "searcher/engine/search_error.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

using nlohmann::json;

const json kResume = json::parse(R"({
  "basics": {"name": "Dana", "label": "Data Engineer", "summary": "Builds pipelines.",
             "location": {"city": "Portland", "region": "OR", "countryCode": "USA", "postalCode": "97204"}},
  "work": [
    {"name": "Old Co", "position": "Data Analyst", "startDate": "2018-01", "endDate": "2020-01"},
    {"name": "New Co", "position": "Data Engineer", "startDate": "2020-01-01",
     "highlights": ["Moved jobs to Spark", "Ran Airflow"]}
  ],
  "education": [{"studyType": "Bachelor", "area": "CS"}, {"studyType": "High School Diploma"}],
  "certificates": [{"name": "AWS Certified"}],
  "skills": [{"name": "Data", "keywords": ["Spark", "SQL", "spark"]}, {"name": "Python", "level": "Expert"}],
  "projects": [{"description": "A dbt package", "keywords": ["dbt"]}]
})");

TEST(Candidate, ReadsJsonResume) {
  Candidate c = candidate_from_json_resume(kResume, "2022-01-01");
  EXPECT_EQ(c.name, "Dana");
  EXPECT_EQ(c.headline, "Data Engineer");
  EXPECT_EQ(c.location.locality, "Portland");
  EXPECT_EQ(c.location.region, "OR");
  EXPECT_EQ(c.location.country, "US");
  ASSERT_EQ(c.work.size(), 2u);
  EXPECT_EQ(c.work[0].company, "New Co");  // latest first
  EXPECT_EQ(c.work[0].highlights.size(), 2u);
  // "Data" heads keywords: a heading, not a skill.
  EXPECT_EQ(c.skills, (std::vector<std::string>{"Spark", "SQL", "Python"}));
  EXPECT_EQ(c.education, "bachelor degree");  // the highest
  EXPECT_EQ(c.certificates, std::vector<std::string>{"AWS Certified"});
  EXPECT_EQ(c.experience_months, 48);  // 2018-01 to 2022-01
  EXPECT_NE(c.other_text.find("dbt"), std::string::npos);
  EXPECT_NE(c.other_text.find("Data"), std::string::npos);
  EXPECT_EQ(candidate_titles(c), (std::vector<std::string>{"Data Engineer", "Data Analyst"}));
  EXPECT_NE(candidate_text(c).find("Ran Airflow"), std::string::npos);
}

TEST(Candidate, WrongTypesAreIgnoredNotFatal) {
  Candidate c = candidate_from_json_resume(json::parse(R"({"basics": "x", "work": {"a": 1},
                     "skills": [3, {"name": ["x"]}, {"name": "Go", "keywords": "SQL"}]})"),
                                           "2022-01-01");
  EXPECT_TRUE(c.headline.empty());
  EXPECT_TRUE(c.work.empty());
  EXPECT_EQ(c.skills, std::vector<std::string>{"SQL"});
  EXPECT_THROW(candidate_from_json_resume(json::array(), "2022-01-01"), SearchError);
}

TEST(Candidate, ReadsLabelledPlainText) {
  Candidate c = candidate_from_text(
      "Name: Joy\nTitle: Certified Nursing Assistant\nLocation: Portland, OR, United States\n"
      "Skills: patient care; vital signs, mobility assistance\nEducation: high school diploma\n"
      "Experience: 3+ years\n\nCaring CNA in long-term care.\nNight shifts.\n");
  EXPECT_EQ(c.name, "Joy");
  EXPECT_EQ(c.headline, "Certified Nursing Assistant");
  EXPECT_EQ(c.location.locality, "Portland");
  EXPECT_EQ(c.location.region, "OR");
  EXPECT_EQ(c.location.country, "US");
  EXPECT_EQ(c.skills,
            (std::vector<std::string>{"patient care", "vital signs", "mobility assistance"}));
  EXPECT_EQ(c.education, "high school");
  EXPECT_EQ(c.experience_months, 36);
  EXPECT_EQ(c.summary, "Caring CNA in long-term care.\nNight shifts.");
}

TEST(Candidate, UnlabelledTextTakesItsFirstLineAsHeadline) {
  Candidate c = candidate_from_text("data engineer spark portland");
  EXPECT_EQ(c.headline, "data engineer spark portland");
  EXPECT_TRUE(c.skills.empty());
}

TEST(Candidate, MonthsOfWorkCountOverlapsOnce) {
  struct Case {
    std::vector<std::pair<std::string, std::string>> spans;
    std::optional<int> months;
  };
  const Case cases[] = {
      {{{"2020-01-01", "2021-01-01"}}, 12},
      {{{"2020-01", "2021-01"}, {"2020-07", "2021-07"}}, 18},  // overlap
      {{{"2019", "2020"}, {"2021-01", ""}}, 24},               // current to "today"
      {{{"", "2020-01"}}, std::nullopt},
      {{{"2021-01", "2020-01"}}, std::nullopt},  // ends before it starts
  };
  for (const Case& c : cases) {
    std::vector<CandidatePosition> positions;
    for (const auto& [start, end] : c.spans) positions.push_back({"t", "", "", {}, start, end});
    EXPECT_EQ(months_of_work(positions, "2022-01-01"), c.months) << c.spans.front().first;
  }
}

TEST(Candidate, FilesAreJsonWhenTheyStartWithABrace) {
  test::TempDir folder;
  const std::string dir = folder.path();
  folder.write("a.json", "  " + kResume.dump());
  folder.write("b.txt", "Title: Barista\n");
  folder.write("bad.json", "{\"basics\": ");
  folder.write("empty.txt", " \n");
  EXPECT_EQ(read_candidate_file(dir + "/a.json", "2022-01-01").headline, "Data Engineer");
  EXPECT_EQ(read_candidate_file(dir + "/b.txt", "2022-01-01").headline, "Barista");
  EXPECT_THROW(read_candidate_file(dir + "/bad.json", "2022-01-01"), SearchError);
  EXPECT_THROW(read_candidate_file(dir + "/empty.txt", "2022-01-01"), SearchError);
  EXPECT_THROW(read_candidate_file(dir + "/none.json", "2022-01-01"), SearchError);
}

}  // namespace
}  // namespace jobsearch
