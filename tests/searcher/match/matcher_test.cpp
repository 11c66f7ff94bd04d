// Tests of searcher/matcher (with match_strategy and match_explanation) on a
// small real database.
#include "searcher/match/matcher.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "searcher/engine/search_error.h"
#include "tests/support/temp_database.h"

namespace jobsearch {
namespace {

const Location kPortland{"Portland", "OR", "US", "", 45.5152, -122.6784};
const Location kBeaverton{"Beaverton", "OR", "US", "", 45.4871, -122.8037};  // 10 km away
const Location kSeattle{"Seattle", "WA", "US", "", 47.6062, -122.3321};      // 234 km away
const Location kUnitedStates{"", "", "US", "", std::nullopt, std::nullopt};

Posting posting(const std::string& id, const std::string& title, const Location& place,
                std::vector<std::string> skills, const std::string& type,
                const std::string& education, std::optional<int> months) {
  Posting p;
  p.id = id;
  p.title = title;
  p.company = "Acme";
  p.description = "Join our team as a " + title + ". You will work with " +
                  (skills.empty() ? std::string("people") : skills.front()) + " every day.";
  p.locations = {place};
  p.skills = std::move(skills);
  p.employment_types = {type};
  if (!education.empty()) p.education = {education};
  p.experience_months = months;
  return p;
}

class MatcherTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    Posting repost = posting("de_bvt", "Data Engineer", kBeaverton, {"Spark", "Airflow"},
                             "FULL_TIME", "bachelor degree", 24);
    Posting remote = posting("de_remote", "Data Engineer (Remote)", kUnitedStates, {"Spark"},
                             "CONTRACTOR", "", std::nullopt);
    remote.remote = true;
    database_ = new test::TempDatabase({
        posting("de_pdx", "Data Engineer", kPortland, {"Spark", "Airflow"}, "FULL_TIME",
                "bachelor degree", 24),
        repost,  // same title, company and description: a re-post
        posting("de_sea", "Senior Data Engineer", kSeattle, {"Spark", "Kafka"}, "FULL_TIME",
                "postgraduate degree", 60),
        remote,
        posting("rn_pdx", "Registered Nurse", kPortland, {"Patient care"}, "PART_TIME",
                "associate degree", 12),
        posting("da_pdx", "Data Analyst", kPortland, {"SQL", "Tableau"}, "FULL_TIME",
                "bachelor degree", 12),
    });
    path_ = database_->path();
  }
  static void TearDownTestSuite() { delete database_; }

  static Candidate data_engineer() {
    Candidate c;
    c.headline = "Data Engineer";
    c.location = {"Portland", "OR", "US", "", {}, {}};
    c.skills = {"Spark", "Python"};
    c.education = "bachelor degree";
    c.experience_months = 36;
    return c;
  }

  static MatchRequest request_for(const Candidate& candidate) {
    MatchRequest request;
    request.candidate = candidate;
    return request;
  }

  static std::vector<std::string> ids(const MatchRequest& request) {
    Matcher matcher(path_);
    std::vector<std::string> out;
    for (const SearchHit& hit : matcher.match(request).response.hits) out.push_back(hit.posting.id);
    return out;
  }

  static test::TempDatabase* database_;
  static std::string path_;
};
test::TempDatabase* MatcherTest::database_;
std::string MatcherTest::path_;

using Ids = std::vector<std::string>;

bool has(const Ids& ids, const std::string& id) {
  return std::find(ids.begin(), ids.end(), id) != ids.end();
}

TEST_F(MatcherTest, TheCandidatesTitleAndCityComeFirst) {
  MatchRequest request = request_for(data_engineer());
  Ids found = ids(request);
  ASSERT_FALSE(found.empty());
  EXPECT_TRUE(found[0] == "de_pdx" || found[0] == "de_bvt") << found[0];
  EXPECT_FALSE(has(found, "de_pdx") && has(found, "de_bvt")) << "re-posts are folded";
  EXPECT_LT(std::find(found.begin(), found.end(), "de_sea") - found.begin(),
            std::find(found.begin(), found.end(), "da_pdx") - found.begin());
}

TEST_F(MatcherTest, ExplanationNamesMatchedAndMissingSkillsAndDistance) {
  MatchRequest request = request_for(data_engineer());
  request.constraints.within_km = 5;
  request.limit = 1;
  MatchResponse match = Matcher(path_).match(request);
  ASSERT_EQ(match.response.hits.size(), 1u);
  EXPECT_EQ(match.response.hits[0].posting.id, "de_pdx");
  const MatchExplanation& why = match.explanations[0];
  EXPECT_EQ(why.matched_skills, std::vector<std::string>{"Spark"});
  EXPECT_EQ(why.missing_skills, std::vector<std::string>{"Airflow"});
  EXPECT_EQ(why.matched_title_words, (std::vector<std::string>{"Data", "Engineer"}));
  ASSERT_TRUE(why.distance_km.has_value());
  EXPECT_NEAR(*why.distance_km, 0.0, 0.5);
  EXPECT_EQ(why.education_met, true);
  EXPECT_EQ(why.experience_met, true);
  ASSERT_TRUE(match.response.near.has_value());
  EXPECT_EQ(match.response.near->name, "Portland, OR");
}

TEST_F(MatcherTest, ConstraintsExcludeWhatTheyShould) {
  struct Case {
    const char* name;
    MatchConstraints constraints;
    Ids excluded, kept;
  };
  MatchConstraints within, within_or_remote, remote_only, contract, education, experience;
  within.within_km = 50;
  within_or_remote.within_km = 50;
  within_or_remote.remote = true;
  remote_only.remote = true;
  contract.employment_types = {"Contract"};
  education.education_met = true;
  experience.experience_met = true;
  const Case cases[] = {
      {"within", within, {"de_sea", "de_remote"}, {"de_pdx", "da_pdx"}},
      {"within or remote", within_or_remote, {"de_sea"}, {"de_remote", "da_pdx"}},
      {"remote only", remote_only, {"de_sea", "da_pdx"}, {"de_remote"}},
      {"employment type", contract, {"de_sea", "da_pdx", "de_pdx"}, {"de_remote"}},
      {"education met", education, {"de_sea"}, {"de_remote", "da_pdx"}},
      {"experience met", experience, {"de_sea"}, {"de_remote", "da_pdx"}},
  };
  for (const Case& c : cases) {
    MatchRequest request = request_for(data_engineer());
    request.constraints = c.constraints;
    request.limit = 100;
    Ids found = ids(request);
    for (const std::string& id : c.excluded) EXPECT_FALSE(has(found, id)) << c.name << ": " << id;
    for (const std::string& id : c.kept) EXPECT_TRUE(has(found, id)) << c.name << ": " << id;
  }
}

TEST_F(MatcherTest, ConstraintsTheProfileCannotSupportAreUserErrors) {
  Candidate nowhere = data_engineer();
  nowhere.location = {"Atlantis", "", "", "", {}, {}};
  MatchRequest far = request_for(nowhere);
  far.constraints.within_km = 10;
  EXPECT_THROW(Matcher(path_).match(far), SearchError);
  Candidate unknown = data_engineer();
  unknown.education.clear();
  unknown.experience_months.reset();
  MatchRequest education = request_for(unknown), experience = request_for(unknown);
  education.constraints.education_met = true;
  experience.constraints.experience_met = true;
  EXPECT_THROW(Matcher(path_).match(education), SearchError);
  EXPECT_THROW(Matcher(path_).match(experience), SearchError);
  MatchRequest unplaced = request_for(nowhere);
  EXPECT_FALSE(Matcher(path_).match(unplaced).response.hits.empty());  // no place: no nearness
}

TEST_F(MatcherTest, EveryStrategyRanksAndNamesResolve) {
  for (const StrategyInfo& info : match_strategies()) {
    EXPECT_EQ(strategy_by_name(info.name), info.strategy);
    std::vector<RunDoc> ranking = Matcher(path_).rank(data_engineer(), info.strategy, 3);
    ASSERT_EQ(ranking.size(), 3u) << info.name;
    EXPECT_GE(ranking[0].score, ranking[1].score);
    EXPECT_NE(ranking[0].docno.find("de_"), std::string::npos) << info.name;
  }
  EXPECT_THROW(strategy_by_name("bm42"), SearchError);
}

TEST_F(MatcherTest, SimilarLeavesOutThePostingAndItsReposts) {
  std::optional<SearchResponse> like = Matcher(path_).similar("de_pdx", 0, 10);
  ASSERT_TRUE(like.has_value());
  Ids found;
  for (const SearchHit& hit : like->hits) found.push_back(hit.posting.id);
  ASSERT_FALSE(found.empty());
  EXPECT_FALSE(has(found, "de_pdx"));
  EXPECT_FALSE(has(found, "de_bvt"));
  EXPECT_TRUE(found[0] == "de_sea" || found[0] == "de_remote") << found[0];
  EXPECT_FALSE(Matcher(path_).similar("nope", 0, 10).has_value());
}

}  // namespace
}  // namespace jobsearch
