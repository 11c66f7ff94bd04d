// End to end: `jobsearch alerts` on a real database: saved searches alert
// once per new posting, not for re-posts or edits, and keep their place
// from one run (one process) to the next.
#include <gtest/gtest.h>

#include <map>
#include <sstream>

#include "tests/e2e/live_index_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

CommandResult alerts(const std::vector<std::string>& args) {
  std::vector<std::string> full{JOBSEARCH_BIN, "alerts"};
  full.insert(full.end(), args.begin(), args.end());
  return run_command(full);
}

// The JSON lines of `alerts run`, by alert name -> the titles it sent.
std::map<std::string, std::vector<std::string>> run_alerts(const std::string& db) {
  CommandResult run = alerts({"run", "--db", db});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  std::map<std::string, std::vector<std::string>> sent;
  std::istringstream lines(run.out);
  for (std::string line; std::getline(lines, line);) {
    json alert = json::parse(line);
    for (const json& posting : alert["postings"]) sent[alert["alert"]].push_back(posting["title"]);
  }
  return sent;
}

class Alerts : public ::testing::Test {
 protected:
  void SetUp() override {
    ASSERT_EQ(index(db_, {write_jsonl(tmp_.file("old.jsonl"),
                                      {job("Welder", "Old welding job"),
                                       job("Night Nurse", "An older nursing job")})})
                  .exit_code,
              0);
    CommandResult add = alerts({"add", "--db", db_, "--name", "nurses", "--owner",
                                "ann@example.org", "--search", R"({"q": "nurse"})"});
    ASSERT_EQ(add.exit_code, 0) << add.err;
  }
  void add_postings(const std::string& name, const std::vector<json>& postings) {
    ASSERT_EQ(index(db_, {write_jsonl(tmp_.file(name), postings)}).exit_code, 0);
  }
  TempDir tmp_;
  std::string db_ = tmp_.file("db");
};

TEST_F(Alerts, ANewMatchingPostingAlertsOnceAndOldOnesNever) {
  EXPECT_TRUE(run_alerts(db_).empty());
  add_postings("new.jsonl", {job("Ward Nurse", "Nursing on a ward"), job("Baker", "Bread")});
  auto sent = run_alerts(db_);
  EXPECT_EQ(sent["nurses"], std::vector<std::string>{"Ward Nurse"});
  EXPECT_EQ(sent.size(), 1u);
  EXPECT_TRUE(run_alerts(db_).empty());  // a second run (another process) remembers
}

TEST_F(Alerts, AListedSavedSearchCanBeDeleted) {
  CommandResult list = alerts({"list", "--db", db_});
  EXPECT_EQ(list.out,
            "{\"name\":\"nurses\",\"owner\":\"ann@example.org\",\"search\":{\"q\":[\"nurse\"]}}\n");
  EXPECT_EQ(alerts({"delete", "--db", db_, "--name", "nurses"}).out, "deleted nurses\n");
  CommandResult again = alerts({"delete", "--db", db_, "--name", "nurses"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_EQ(again.err, "jobsearch: no saved search named nurses\n");
  EXPECT_EQ(alerts({"list", "--db", db_}).out, "");
}

TEST_F(Alerts, AnExactRepostOfAnOldPostingIsNotNew) {
  add_postings("repost.jsonl",
               {job("Night Nurse", "An older nursing job", {{"datePosted", "2026-11-20"}})});
  EXPECT_TRUE(run_alerts(db_).empty());
}

TEST_F(Alerts, AnEditedPostingAlertsOnce) {
  const json url = {{"url", "https://acme.example/jobs/17"}};
  add_postings("first.jsonl", {job("ICU Nurse", "Intensive care", url)});
  EXPECT_EQ(run_alerts(db_)["nurses"], std::vector<std::string>{"ICU Nurse"});
  add_postings("edit.jsonl", {job("ICU Nurse", "Intensive care, nights", url)});
  ASSERT_EQ(titles(db_), (std::vector<std::string>{"ICU Nurse", "Night Nurse", "Welder"}));
  EXPECT_TRUE(run_alerts(db_).empty());
}

}  // namespace
}  // namespace jobsearch::e2e
