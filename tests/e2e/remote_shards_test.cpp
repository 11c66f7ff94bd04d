// End to end: a stub of two shards served by Xapian's own xapian-tcpsrv
// answers every search feature exactly as one local database of the same
// postings; a shard server down makes the CLI exit 8 and `serve` answer
// 503 naming it, and answers come back once it is restarted.
#include <gtest/gtest.h>

#include <memory>

#include "tests/e2e/e2e_support.h"
#include "tests/e2e/http_client.h"
#include "tests/e2e/tcpsrv_process.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

class RemoteShardsTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    if (!have_tcpsrv()) return;
    tmp_ = new TempDir;
    ASSERT_EQ(index(tmp_->file("single"), {source_path("corpus/postings")}).exit_code, 0);
    CommandResult sharded =
        run_command({JOBINDEX_BIN, "--db", tmp_->file("sharded"), "--shards", "2", "--positions",
                     "xapian", source_path("corpus/postings")});
    ASSERT_EQ(sharded.exit_code, 0) << sharded.err;
    std::string stub;
    for (int k = 0; k < 2; ++k) {
      servers_[k] =
          new TcpsrvProcess(tmp_->file("sharded/shard-" + std::to_string(k)), free_port());
      stub += "remote " + servers_[k]->address() + "\n";
    }
    tmp_->write("remote/XAPIANDB", stub);
    // One shard kept on the searching machine beside the other's server.
    tmp_->write("mixed/XAPIANDB", "auto " + tmp_->file("sharded/shard-0") + "\nremote " +
                                      servers_[1]->address() + "\n");
    // A lexicon of the whole feed beside both remote shards.
    CommandResult lexicon = run_command(
        {JOBINDEX_BIN, "--db", tmp_->file("lexicon"), "--lexicon", source_path("corpus/postings")});
    ASSERT_EQ(lexicon.exit_code, 0) << lexicon.err;
    tmp_->write("with-lexicon/XAPIANDB", "auto " + tmp_->file("lexicon") + "\n" + stub);
  }
  static void TearDownTestSuite() {
    for (TcpsrvProcess*& server : servers_) {
      delete server;
      server = nullptr;
    }
    delete tmp_;
  }
  void SetUp() override {
    if (!have_tcpsrv()) GTEST_SKIP() << kTcpsrv << " is missing (scripts/install-deps --test)";
  }
  static std::string single() { return tmp_->file("single"); }
  static std::string remote() { return tmp_->file("remote"); }

  static TempDir* tmp_;
  static TcpsrvProcess* servers_[2];
};
TempDir* RemoteShardsTest::tmp_;
TcpsrvProcess* RemoteShardsTest::servers_[2];

// Scores equal to 1e-9 (summed in another order across shards), the rest
// byte for byte but snippets, whose choice between equally good extracts
// may tip the other way (as between local shards, shards_test.cpp), and
// the count of re-posts folded under a hit, Xapian's lower bound (README),
// and the parsed query, whose phrases a local database checks against its
// position records (phrase_check.h) and a remote shard by Xapian's.
void expect_same_answer(json a, json b, const std::string& what) {
  ASSERT_EQ(result_ids(a), result_ids(b)) << what;
  for (json* answer : {&a, &b}) (*answer)["query"].erase("parsed");
  for (std::size_t i = 0; i < a["results"].size(); ++i) {
    EXPECT_NEAR(a["results"][i]["score"].get<double>(), b["results"][i]["score"].get<double>(),
                1e-9)
        << what;
    for (json* answer : {&a, &b}) {
      for (const char* field : {"score", "snippet", "similar_count"})
        (*answer)["results"][i].erase(field);
    }
  }
  EXPECT_EQ(a.dump(), b.dump()) << what;
}

std::string joined(const std::vector<std::string>& words) {
  std::string text;
  for (const std::string& word : words) text += word + " ";
  return text;
}

TEST_F(RemoteShardsTest, EverySearchFeatureAnswersAsOneDatabase) {
  const std::vector<std::vector<std::string>> requests = {
      {"engineer", "--limit", "30"},
      {},  // the default search: browsing, newest first, with the default facets
      {"registered nurse", "--facets", "location:50,employment_type,education,company:20"},
      {"--employment-type", "FULL_TIME", "--location", "London", "--facets",
       "location,salary,posted,employment_type"},
      {"nurse OR engineer", "--employment-type", "FULL_TIME", "--employment-type", "PART_TIME",
       "--facets", "employment_type,salary,experience,posted,location"},
      {"python OR sql", "--sort", "newest", "--page", "2", "--per-page", "15"},
      {"manager", "--sort", "salary", "--limit", "40"},
      {"--sort", "salary", "--limit", "40"},
      {"--page", "3"},  // days shared across the page's ends: by posting id
      {"--offset", "7", "--limit", "5"},
      {"--near", "Los Angeles, CA", "--radius", "60km", "--limit", "50"},
      {"nurse", "--near", "Austin, TX", "--limit", "50"},
      {"manager", "--no-collapse", "--include-expired", "--limit", "100", "--facets", "experience"},
      {"developer", "--recency-boost", "2", "--limit", "50", "--facets", "posted"},
      {"--recency-boost", "3", "--limit", "30"},
      {"data scientist analyst", "--limit", "20"},  // relaxed
      {"--salary-min", "60000", "--max-experience", "36", "--posted-within", "60", "--remote",
       "--facets", "salary,experience,remote"},
  };
  for (std::vector<std::string> request : requests) {
    request.insert(request.begin(), {"--now", "2026-11-29"});
    expect_same_answer(search_json(single(), request), search_json(remote(), request),
                       joined(request));
  }
}

// Xapian's remote protocol carries no synonym or spelling table: a stub
// that lists one shard as a local database gives the searching side those
// of that shard (README, "Remote shards").
TEST_F(RemoteShardsTest, ALocalShardInTheStubGivesSynonymsAndSpelling) {
  const std::string mixed = tmp_->file("mixed");
  for (std::vector<std::string> request : std::vector<std::vector<std::string>>{
           {"swe", "--limit", "20"}, {"nurze", "--limit", "20"}, {"rn", "--facets", "location"}}) {
    request.insert(request.begin(), {"--now", "2026-11-29"});
    expect_same_answer(search_json(single(), request), search_json(mixed, request),
                       joined(request));
  }
  EXPECT_EQ(search_json(mixed, {"nurze"})["query"]["suggestion"], "nurse");
}

// A lexicon (jobindex --lexicon) holds the words of every posting and no
// posting: listed beside remote shards only, it gives them the synonyms
// and suggestions of one database, and changes no score, total or count.
TEST_F(RemoteShardsTest, ALexiconInTheStubAnswersAsOneDatabase) {
  const std::string with_lexicon = tmp_->file("with-lexicon");
  for (std::vector<std::string> request : std::vector<std::vector<std::string>>{
           {"swe", "--limit", "20"},
           {"nurze", "--limit", "20"},
           {"enginer managr", "--limit", "20"},
           {"rn", "--facets", "location,employment_type,salary"},
           {"engineer", "--limit", "30", "--facets", "location:50,company:20"},
           {}}) {
    request.insert(request.begin(), {"--now", "2026-11-29"});
    expect_same_answer(search_json(single(), request), search_json(with_lexicon, request),
                       joined(request));
  }
  EXPECT_EQ(search_json(with_lexicon, {"nurze"})["query"]["suggestion"], "nurse");
  EXPECT_EQ(search_json(remote(), {"nurze"})["query"]["suggestion"], "");
}

TEST_F(RemoteShardsTest, AStubOfRemoteShardsOnlySaysWhatItLacks) {
  const std::string note =
      "jobsearch: note: every shard of " + remote() +
      " is remote, and Xapian's remote protocol carries no synonym or spelling table: searching "
      "without synonyms and did-you-mean (list a lexicon in the stub, \"auto LEXICON\", built by "
      "jobindex --lexicon; README, \"Remote shards\")\n";
  CommandResult bare = run_command({JOBSEARCH_BIN, "--db", remote(), "nurse"});
  EXPECT_EQ(bare.exit_code, 0);
  EXPECT_EQ(bare.err, note);
  for (const std::string& db : {tmp_->file("with-lexicon"), tmp_->file("mixed")}) {
    CommandResult fine = run_command({JOBSEARCH_BIN, "--db", db, "nurse"});
    EXPECT_EQ(fine.exit_code, 0);
    EXPECT_EQ(fine.err, "") << db;
  }
}

TEST_F(RemoteShardsTest, SortByDistanceIsRefusedNamingTheFeature) {
  CommandResult result = run_command({JOBSEARCH_BIN, "--db", tmp_->file("with-lexicon"), "--near",
                                      "Austin, TX", "--sort", "distance"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err, "jobsearch: sort by distance cannot run over remote shards\n");
}

// Stock xapian-tcpsrv cannot read the position records a database keeps
// by default, so phrases would find nothing there: such a stub is refused.
TEST_F(RemoteShardsTest, AShardKeepingPositionRecordsIsRefusedNamingIt) {
  TcpsrvProcess records(single(), free_port());
  tmp_->write("records/XAPIANDB",
              "auto " + tmp_->file("lexicon") + "\nremote " + records.address() + "\n");
  CommandResult result = run_command({JOBSEARCH_BIN, "--db", tmp_->file("records"), "nurse"});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_EQ(result.err, "jobsearch: cannot open database: remote shard " + records.address() +
                            " keeps its words' positions in records, which xapian-tcpsrv cannot "
                            "read: index the shards of a stub with remote shards with jobindex "
                            "--positions xapian\n");
}

// `similar` weighs terms by statistics Xapian gathers shard by shard: the
// terms and postings of local shards (itself not quite one database's).
TEST_F(RemoteShardsTest, GetAndSimilarAnswerAsLocalDatabases) {
  const std::string id = search_json(single(), {"nurse", "--limit", "1"})["results"][0]["id"];
  auto run = [](const std::string& db, const std::vector<std::string>& command) {
    std::vector<std::string> args{JOBSEARCH_BIN, "--db", db, "--format", "json"};
    args.insert(args.end(), command.begin(), command.end());
    CommandResult result = run_command(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return result.out;
  };
  EXPECT_EQ(run(single(), {"get", id}), run(remote(), {"get", id}));
  json local = json::parse(run(tmp_->file("sharded"), {"similar", id, "--limit", "20"}));
  json far = json::parse(run(remote(), {"similar", id, "--limit", "20"}));
  EXPECT_EQ(result_ids(local), result_ids(far));
  EXPECT_EQ(local["query"], far["query"]);
}

TEST_F(RemoteShardsTest, AShardDownIsNamedAndAnswersReturnWhenItIsBack) {
  ServerProcess server(remote(), {"--shard-timeout", "2"});
  ASSERT_EQ(http_get(server.port(), "/api/search?q=nurse").status, 200);
  const std::string down = servers_[1]->address();
  servers_[1]->stop();

  CommandResult cli = run_command({JOBSEARCH_BIN, "--db", remote(), "nurse"});
  EXPECT_EQ(cli.exit_code, 8) << cli.err;
  EXPECT_NE(cli.err.find(down), std::string::npos) << cli.err;
  EXPECT_EQ(cli.err.find(servers_[0]->address()), std::string::npos) << cli.err;

  // Another question than the one cached above.
  HttpResponse refused = http_get(server.port(), "/api/search?q=engineer");
  EXPECT_EQ(refused.status, 503);
  EXPECT_EQ(refused.json()["error"]["code"], "shard_unavailable") << refused.body;
  EXPECT_NE(refused.body.find(down), std::string::npos) << refused.body;

  ASSERT_TRUE(servers_[1]->start());
  EXPECT_TRUE(test::wait_until(
      [&] { return http_get(server.port(), "/api/search?q=engineer").status == 200; }));
  EXPECT_EQ(http_get(server.port(), "/api/search?q=engineer&facets=location").json()["total"],
            search_json(single(), {"engineer", "--facets", "location"})["total"]);
}

}  // namespace
}  // namespace jobsearch::e2e
