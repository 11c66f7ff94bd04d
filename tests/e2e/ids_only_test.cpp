// End to end: --ids-only (ids_only in the HTTP API) answers the same
// postings in the same order, with the same totals and facets, as the full
// answer, but each result holds its rank, score, id and re-post count only.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/e2e/shared_index.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

// Requests whose hits come from different orders: relevance, browsing by
// date, salary, distance, a later page, re-posts shown, an empty answer.
const std::vector<std::vector<std::string>> kRequests = {
    {"engineer", "--limit", "20"},
    {"registered nurse", "--facets", "location,employment_type,education"},
    {"--employment-type", "FULL_TIME", "--limit", "15"},
    {"manager", "--sort", "salary", "--page", "2", "--per-page", "5"},
    {"--near", "Austin, TX", "--radius", "500km", "--sort", "distance", "--remote"},
    {"developer", "--no-collapse", "--limit", "30"},
    {"zzzzqqqxx"},
};

const char* const kIdsOnlyKeys[] = {"rank", "score", "id", "similar_count"};

std::string joined(const std::vector<std::string>& args) {
  std::string out;
  for (const std::string& arg : args) out += (out.empty() ? "" : " ") + arg;
  return out;
}

std::vector<std::string> with(std::vector<std::string> args, const std::string& extra) {
  args.insert(args.begin(), {"--now", "2026-11-29"});
  if (!extra.empty()) args.push_back(extra);
  return args;
}

// `full` with each result cut to what an ids-only answer holds.
json cut_to_ids(json full) {
  for (json& result : full["results"]) {
    json kept = json::object();
    for (const char* key : kIdsOnlyKeys) kept[key] = result[key];
    result = kept;
  }
  return full;
}

TEST(IdsOnlyTest, SameIdsOrderTotalsAndFacetsAsTheFullAnswer) {
  const std::string db = bundled_corpus_db();
  for (const std::vector<std::string>& request : kRequests) {
    json full = search_json(db, with(request, ""));
    json ids = search_json(db, with(request, "--ids-only"));
    EXPECT_EQ(ids, cut_to_ids(full)) << joined(request);
  }
  // Not vacuous: the requests found postings, and a full result has more.
  json full = search_json(db, with(kRequests[0], ""));
  EXPECT_EQ(result_ids(full).size(), 20u);
  EXPECT_TRUE(full["results"][0].contains("title_html"));
}

TEST(IdsOnlyTest, ResultsHoldNoPostingFieldsOrSnippets) {
  json ids = search_json(bundled_corpus_db(), with({"nurse", "--limit", "5"}, "--ids-only"));
  ASSERT_EQ(ids["results"].size(), 5u);
  for (const json& result : ids["results"]) {
    EXPECT_EQ(result.size(), 4u) << result.dump();
    for (const char* key : kIdsOnlyKeys) EXPECT_TRUE(result.contains(key)) << key;
    for (const char* absent : {"title", "title_html", "snippet", "description", "company"})
      EXPECT_FALSE(result.contains(absent)) << absent;
  }
}

TEST(IdsOnlyTest, TextOutputListsRankIdAndScore) {
  const std::string db = bundled_corpus_db();
  json full = search_json(db, with({"nurse", "--limit", "2"}, ""));
  CommandResult text = run_command({JOBSEARCH_BIN, "--db", db, "--now", "2026-11-29", "nurse",
                                    "--limit", "2", "--facets", "none", "--ids-only"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  for (int i = 0; i < 2; ++i) {
    std::string line =
        std::to_string(i + 1) + ". " + full["results"][i]["id"].get<std::string>() + "  (score ";
    EXPECT_NE(text.out.find(line), std::string::npos) << text.out;
  }
  EXPECT_EQ(text.out.find(full["results"][0]["title"].get<std::string>()), std::string::npos)
      << text.out;
}

TEST(IdsOnlyTest, HttpParameterAndBodyGiveTheCliAnswer) {
  const std::string db = bundled_corpus_db();
  ServerProcess server(db);
  json cli = search_json(db, {"engineer", "--limit", "7", "--ids-only"});
  HttpResponse get = http_get(server.port(), "/api/search?q=engineer&limit=7&ids_only=true");
  EXPECT_EQ(get.status, 200) << get.body;
  EXPECT_EQ(get.json(), cli);
  HttpResponse post = http_send(server.port(), "POST", "/api/search",
                                R"({"q": "engineer", "limit": 7, "ids_only": true})");
  EXPECT_EQ(post.status, 200) << post.body;
  EXPECT_EQ(post.json(), cli);
  HttpResponse bad = http_get(server.port(), "/api/search?q=engineer&ids_only=maybe");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("ids_only takes true or false"), std::string::npos) << bad.body;
}

// The id comes from a value slot, not the stored posting: over shards,
// whose scores tie in another order, the page is still the single
// database's, ties ordered by id.
TEST(IdsOnlyTest, ShardedDatabaseAnswersTheSingleOnesIds) {
  TempDir tmp;
  CommandResult sharded = run_command(
      {JOBINDEX_BIN, "--db", tmp.file("sharded"), "--shards", "3", source_path("corpus/postings")});
  ASSERT_EQ(sharded.exit_code, 0) << sharded.err;
  for (const std::vector<std::string>& request : kRequests) {
    json single = search_json(bundled_corpus_db(), with(request, ""));
    json ids = search_json(tmp.file("sharded"), with(request, "--ids-only"));
    EXPECT_EQ(result_ids(ids), result_ids(single)) << joined(request);
    EXPECT_EQ(ids["total"], single["total"]) << joined(request);
    EXPECT_EQ(ids["facets"], single["facets"]) << joined(request);
  }
}

}  // namespace
}  // namespace jobsearch::e2e
