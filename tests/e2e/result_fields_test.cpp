// End to end: `fields` (--fields on the command line) answers the same
// postings, order, totals and facets as the full answer, each result
// holding rank, score, id and the fields asked for, with the full
// answer's values; an unknown field is refused, naming it.
#include <gtest/gtest.h>

#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/e2e/shared_index.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

std::vector<std::string> with(std::vector<std::string> args,
                              const std::vector<std::string>& extra) {
  args.insert(args.begin(), {"--now", "2026-11-29"});
  args.insert(args.end(), extra.begin(), extra.end());
  return args;
}

// `full` with each result cut to `keys`, in its own order.
json cut_to(json full, const std::vector<std::string>& keys) {
  for (json& result : full["results"]) {
    json kept = json::object();
    for (const std::string& key : keys) {
      if (result.contains(key)) kept[key] = result[key];
    }
    result = kept;
  }
  return full;
}

TEST(FieldsParamTest, ResultsHoldRankScoreIdAndTheFieldsAsked) {
  const std::string db = bundled_corpus_db();
  const std::vector<std::vector<std::string>> requests = {
      {"registered nurse", "--facets", "location,employment_type"},
      {"manager", "--sort", "salary", "--page", "2", "--per-page", "5"},
      {"--near", "Austin, TX", "--radius", "500km", "--sort", "distance"},
  };
  const std::vector<std::string> asked = {"title", "snippet", "company", "distance_km"};
  for (const std::vector<std::string>& request : requests) {
    json full = search_json(db, with(request, {}));
    json cut = search_json(
        db, with(request, {"--fields", "title,snippet", "--fields", "company,distance_km"}));
    ASSERT_FALSE(cut["results"].empty()) << request[0];
    EXPECT_EQ(cut,
              cut_to(full, {"rank", "score", "snippet", "distance_km", "id", "title", "company"}))
        << request[0];
  }
  // Not vacuous: a full result holds more, and the distance came with the near search.
  json full = search_json(db, with(requests[2], {}));
  EXPECT_TRUE(full["results"][0].contains("description"));
  json near = search_json(db, with(requests[2], {"--fields", "distance_km"}));
  EXPECT_EQ(near["results"][0]["distance_km"], full["results"][0]["distance_km"]);
  EXPECT_EQ(near["results"][0].size(), 4u) << near["results"][0].dump();
}

TEST(FieldsParamTest, FieldsNotReadFromThePostingAnswerAsIdsOnly) {
  const std::string db = bundled_corpus_db();
  json ids = search_json(db, with({"developer", "--no-collapse", "--limit", "30"}, {"--ids-only"}));
  json fields = search_json(
      db, with({"developer", "--no-collapse", "--limit", "30"}, {"--fields", "similar_count"}));
  EXPECT_EQ(result_ids(fields).size(), 30u);
  EXPECT_EQ(cut_to(fields, {"rank", "score", "id", "similar_count"}), ids);
}

TEST(FieldsParamTest, IdsOnlyAndFieldsTogetherAreRefused) {
  CommandResult cli = run_command(
      {JOBSEARCH_BIN, "--db", bundled_corpus_db(), "nurse", "--ids-only", "--fields", "title"});
  EXPECT_EQ(cli.exit_code, 2) << cli.out;
  EXPECT_NE(
      cli.err.find("ids_only and fields exclude each other (ids_only is fields=similar_count)"),
      std::string::npos)
      << cli.err;
}

TEST(FieldsParamTest, AnUnknownFieldIsRefusedByName) {
  const std::string db = bundled_corpus_db();
  CommandResult cli = run_command(
      {JOBSEARCH_BIN, "--db", db, "nurse", "--fields", "title,salray", "--format", "json"});
  EXPECT_EQ(cli.exit_code, 2) << cli.out;
  EXPECT_NE(cli.err.find("fields: unknown field \"salray\" (known: rank, score, title_html, "
                         "snippet, similar_count, distance_km, id, source_id, title,"),
            std::string::npos)
      << cli.err;
  ServerProcess server(db);
  HttpResponse bad = http_get(server.port(), "/api/search?q=nurse&fields=title,salray");
  EXPECT_EQ(bad.status, 400) << bad.body;
  EXPECT_NE(bad.body.find("fields: unknown field \\\"salray\\\""), std::string::npos) << bad.body;
}

TEST(FieldsParamTest, TextOutputShowsTheTitleWhenItsMarksWereNotAsked) {
  const std::string db = bundled_corpus_db();
  json full = search_json(db, {"nurse", "--limit", "1"});
  CommandResult text = run_command({JOBSEARCH_BIN, "--db", db, "nurse", "--limit", "1", "--facets",
                                    "none", "--fields", "title"});
  ASSERT_EQ(text.exit_code, 0) << text.err;
  EXPECT_NE(text.out.find("1. " + full["results"][0]["title"].get<std::string>() + "\n"),
            std::string::npos)
      << text.out;
}

// The page asks for what its cards show (app.js's RESULT_FIELDS): every
// one a field the server knows, and the answer holds those alone.
TEST(FieldsParamTest, TheSearchPagesFieldsAreAnswered) {
  std::ifstream app(source_path("searcher/http/web/app.js"));
  std::stringstream text;
  text << app.rdbuf();
  std::smatch found;
  const std::string script = text.str();
  ASSERT_TRUE(std::regex_search(script, found, std::regex("RESULT_FIELDS = '([a-z_,]+)'")));
  const std::string fields = found[1];
  ServerProcess server(bundled_corpus_db());
  HttpResponse page =
      http_get(server.port(), "/api/search?q=engineer&per_page=10&fields=" + fields);
  ASSERT_EQ(page.status, 200) << page.body;
  const json results = page.json()["results"];
  ASSERT_EQ(results.size(), 10u);
  // Exactly the card's fields, with rank, score and id: no description.
  std::set<std::string> expected = {"rank", "score", "id"};
  std::stringstream names(fields);
  for (std::string name; std::getline(names, name, ',');) expected.insert(name);
  EXPECT_EQ(expected.count("description"), 0u);
  for (const json& result : results) {
    std::set<std::string> keys;
    for (const auto& member : result.items()) keys.insert(member.key());
    EXPECT_EQ(keys, expected) << result.dump();
  }
}

}  // namespace
}  // namespace jobsearch::e2e
