// End to end: the bundled corpus indexed by jobindex and searched by jobsearch.
#include <gtest/gtest.h>

#include <fstream>
#include <map>
#include <set>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/shared_index.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class CorpusTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    first_run_ = &shared_index({source_path("corpus/postings")}).run;
  }
  static void TearDownTestSuite() { delete tmp_; }
  // Indexed once for every test process (shared_index.h): read only.
  static std::string db() { return shared_index({source_path("corpus/postings")}).db; }
  static std::string linkedin_db() { return shared_index({linkedin_file()}).db; }
  static std::string linkedin_file() { return source_path("corpus/postings/linkedin.jsonl"); }

  static TempDir* tmp_;
  static const CommandResult* first_run_;
};
TempDir* CorpusTest::tmp_;
const CommandResult* CorpusTest::first_run_;

// The distinct LinkedIn-shape postings of linkedin.jsonl, read without any
// of the project's code: identity is (title, company, jobLocation, description).
std::vector<json> distinct_linkedin_postings(const std::string& path) {
  std::ifstream in(path);
  std::set<std::string> seen;
  std::vector<json> postings;
  for (std::string line; std::getline(in, line);) {
    json p = json::parse(line);
    json key = {p["title"], p["hiringOrganization"]["name"], p["jobLocation"], p["description"]};
    if (seen.insert(key.dump()).second) postings.push_back(p);
  }
  return postings;
}

TEST_F(CorpusTest, SummaryCountsEveryRecord) {
  EXPECT_EQ(first_run_->exit_code, 0) << first_run_->err;
  EXPECT_EQ(first_run_->err, "");
  for (const char* line :
       {"records read:       447\n", "postings found:     452\n", "indexed (new):      445\n",
        "merged as re-posts: 7\n", "rejected:           0\n", "documents in database: 445\n"}) {
    EXPECT_NE(first_run_->out.find(line), std::string::npos) << line << first_run_->out;
  }
}

TEST_F(CorpusTest, ReindexingChangesNothing) {
  TempDir again;
  std::string path = again.file("db");
  index(path, {source_path("corpus/postings")});
  CommandResult second = index(path, {source_path("corpus/postings")});
  EXPECT_EQ(second.exit_code, 0);
  EXPECT_NE(second.out.find("indexed (new):      0\n"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("updated:            0\n"), std::string::npos) << second.out;
  EXPECT_NE(second.out.find("documents in database: 445\n"), std::string::npos) << second.out;
}

TEST_F(CorpusTest, DocumentCountIsTheNumberOfDistinctPostings) {
  std::size_t distinct = distinct_linkedin_postings(linkedin_file()).size();
  json all = search_json(linkedin_db(), {"--limit", "0", "--include-expired"});
  EXPECT_EQ(all["total"].get<std::size_t>(), distinct);
  EXPECT_EQ(distinct, 247u);  // 250 lines, 3 of them exact re-posts
}

TEST_F(CorpusTest, EmploymentTypeFacetEqualsCountsFromTheFile) {
  std::map<std::string, long> expected;
  for (const json& p : distinct_linkedin_postings(linkedin_file())) {
    ++expected[p["employmentType"].get<std::string>()];
  }
  json all = search_json(linkedin_db(),
                         {"--limit", "0", "--include-expired", "--facets", "employment_type:50"});
  EXPECT_EQ(facet_counts(all, "employment_type"), expected);
}

TEST_F(CorpusTest, LocationFacetEqualsCountsFromTheFile) {
  std::map<std::string, long> expected;
  for (const json& p : distinct_linkedin_postings(linkedin_file())) {
    const json& address = p["jobLocation"]["address"];
    std::string city = address["addressLocality"], country = address["addressCountry"];
    std::string region = address["addressRegion"].is_string() ? address["addressRegion"] : "";
    if (city == "United States")
      ++expected[country];
    else
      ++expected[city + ", " + (region.empty() ? country : region)];
  }
  json all = search_json(linkedin_db(),
                         {"--limit", "0", "--include-expired", "--facets", "location:1000"});
  EXPECT_EQ(facet_counts(all, "location"), expected);
}

TEST_F(CorpusTest, TitleMatchesComeFirst) {
  json response = search_json(
      db(), {"registered nurse", "--limit", "5", "--include-expired", "--facets", "location"});
  EXPECT_EQ(response["total"], 23);
  for (const json& result : response["results"]) {
    EXPECT_NE(result["title"].get<std::string>().find("Registered Nurse"), std::string::npos);
  }
  EXPECT_EQ(result_ids(response)[0], "265fa284e925475d");  // titled exactly "Registered Nurse"
}

TEST_F(CorpusTest, FiltersOrWithinAFacetAndAndAcross) {
  json one = search_json(db(), {"--location", "Austin, TX", "--limit", "0"});
  json both =
      search_json(db(), {"--location", "Austin, TX", "--location", "Dallas", "--limit", "0"});
  json dallas = search_json(db(), {"--location", "Dallas", "--limit", "0"});
  EXPECT_EQ(both["total"].get<long>(), one["total"].get<long>() + dallas["total"].get<long>());
  json full_time = search_json(db(), {"--location", "Austin, TX", "--employment-type", "full-time",
                                      "--limit", "0", "--facets", "employment_type"});
  EXPECT_EQ(full_time["total"], facet_counts(one, "employment_type")["FULL_TIME"]);
}

TEST_F(CorpusTest, BrowsingIsNewestFirstAndPaged) {
  json first = search_json(db(), {"--limit", "3", "--facets", "none"});
  json second = search_json(db(), {"--page", "2", "--per-page", "2", "--facets", "none"});
  ASSERT_EQ(first["results"].size(), 3u);
  EXPECT_GE(first["results"][0]["date_posted"], first["results"][1]["date_posted"]);
  EXPECT_GE(first["results"][1]["date_posted"], first["results"][2]["date_posted"]);
  EXPECT_EQ(second["results"][0]["id"], first["results"][2]["id"]);
  EXPECT_EQ(second["results"][0]["rank"], 3);
}

TEST_F(CorpusTest, DescriptionsAreCleanText) {
  json all = search_json(
      db(), {"--limit", "1000", "--facets", "none", "--include-expired", "--no-collapse"});
  ASSERT_EQ(all["results"].size(), 445u);
  for (const json& result : all["results"]) {
    const std::string text =
        result["title"].get<std::string>() + result["description"].get<std::string>();
    for (const char* residue :
         {"<p>", "<li>", "<br", "&lt;", "&gt;", "&amp;", "&nbsp;", "canary"}) {
      EXPECT_EQ(text.find(residue), std::string::npos) << residue << " in " << result["id"];
    }
  }
}

TEST_F(CorpusTest, GetPrintsOnePostingInFull) {
  json hit = search_json(db(), {"kubernetes", "--limit", "1", "--facets", "none"})["results"][0];
  CommandResult text = run_command({JOBSEARCH_BIN, "--db", db(), "get", hit["id"]});
  EXPECT_EQ(text.exit_code, 0);
  EXPECT_EQ(text.out.rfind("title           " + hit["title"].get<std::string>() + "\n", 0), 0u);
  EXPECT_NE(text.out.find(hit["description"].get<std::string>()), std::string::npos);
  CommandResult as_json =
      run_command({JOBSEARCH_BIN, "--db", db(), "get", hit["id"], "--format", "json"});
  EXPECT_EQ(json::parse(as_json.out)["id"], hit["id"]);
}

TEST_F(CorpusTest, SearchErrorsHaveMessagesAndExitCodes) {
  CommandResult missing = run_command({JOBSEARCH_BIN, "--db", db(), "get", "0000000000000000"});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_EQ(missing.err, "jobsearch: no posting has id \"0000000000000000\"\n");
  CommandResult facet = run_command({JOBSEARCH_BIN, "--db", db(), "--filter", "colour=red"});
  EXPECT_EQ(facet.exit_code, 2);
  EXPECT_EQ(facet.err, "jobsearch: filter: unknown facet \"colour\"\n");
  CommandResult option = run_command({JOBSEARCH_BIN, "--db", db(), "--colour", "red"});
  EXPECT_EQ(option.exit_code, 2);
  EXPECT_EQ(option.err, "jobsearch: unrecognised option '--colour'\n");
  CommandResult query = run_command({JOBSEARCH_BIN, "--db", db(), "nurse AND"});
  EXPECT_EQ(query.exit_code, 2);
  EXPECT_EQ(query.err,
            "jobsearch: cannot parse query \"nurse AND\": Syntax: <expression> AND <expression>\n");
  CommandResult no_db = run_command({JOBSEARCH_BIN, "--db", tmp_->file("none.db"), "nurse"});
  EXPECT_EQ(no_db.exit_code, 4);
  EXPECT_EQ(no_db.err.rfind("jobsearch: cannot open database: ", 0), 0u) << no_db.err;
}

// A query typed in another encoding used to stop `--format json` with an
// internal error (exit 5): nlohmann refuses to print text that is not UTF-8.
TEST_F(CorpusTest, QueryNotInUtf8IsAnsweredInJson) {
  CommandResult result =
      run_command({JOBSEARCH_BIN, "--db", db(), "nurse\xe9", "--format", "json"});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  json response = json::parse(result.out, nullptr, false);
  ASSERT_FALSE(response.is_discarded()) << result.out;
  EXPECT_EQ(response["query"]["text"], "nurse\xef\xbf\xbd");  // U+FFFD
}

}  // namespace
}  // namespace jobsearch::e2e
