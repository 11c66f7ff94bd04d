// End to end: every case of corpus/identity_cases.json holds. Exact
// re-posts are one document (A); a requisition id shared by several places
// (B) or titles (C) is several; an edited posting indexed after its earlier
// version is one document, the latest version (E), by plain indexing and by
// sync alike.
#include <gtest/gtest.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>
#include <map>
#include <set>

#include "common/posting_parser.h"
#include "common/schema.h"
#include "indexer/source.h"
#include "tests/e2e/live_index_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

json identity_cases() {
  std::ifstream in(source_path("corpus/identity_cases.json"));
  return json::parse(in);
}

// The postings of every corpus file, in reading order, with their origins
// ("file:line", "file[index]", "page.html:line", or "file" for one object).
class CorpusPostings : public RecordHandler {
 public:
  void on_record(const std::string& origin, const json& value) override {
    for (const Posting& posting : parse_record(value).postings) {
      postings_.push_back({origin, posting.id});
    }
  }
  void on_bad_record(const std::string&, const std::string&) override {}
  void on_unreadable(const std::string&, const std::string&) override {}

  // The id of the posting a copy of identity_cases.json names ("" if none).
  std::string id_of(const json& copy) const {
    const std::string path = source_path("corpus/" + copy["file"].get<std::string>());
    std::size_t in_file = 0;
    for (const auto& [origin, id] : postings_) {
      if (origin.compare(0, path.size(), path) != 0) continue;
      const std::string where = origin.substr(path.size());
      if (!where.empty() && where[0] != ':' && where[0] != '[') continue;
      if (names(copy, where, in_file++)) return id;
    }
    return "";
  }

 private:
  // A copy names a JSONL line, an element of a JSON array, or the n-th
  // posting of a page (the first of a file holding one object).
  static bool names(const json& copy, const std::string& where, std::size_t in_file) {
    if (copy.contains("line")) return where == ":" + std::to_string(copy["line"].get<int>());
    if (copy.contains("index"))
      return where == "[" + std::to_string(copy["index"].get<int>()) + "]";
    return in_file == static_cast<std::size_t>(copy.value("posting", 0));
  }

  std::vector<std::pair<std::string, std::string>> postings_;
};

TEST(IdentityCases, RepostsFoldAndSharedRequisitionIdsStayApart) {
  CorpusPostings corpus;
  read_sources({source_path("corpus/postings")}, corpus);
  Xapian::Database db(bundled_corpus_db());
  int checked = 0;
  for (const json& c : identity_cases()) {
    const std::string kind = c["case"].get<std::string>().substr(0, 1);
    if (kind == "E") continue;
    std::set<std::string> ids;
    for (const json& copy : c["copies"]) {
      std::string id = corpus.id_of(copy);
      ASSERT_FALSE(id.empty()) << c["case"] << copy.dump();
      EXPECT_EQ(db.get_termfreq(schema::kIdPrefix + id), 1u) << c["case"] << copy.dump();
      ids.insert(id);
    }
    EXPECT_EQ(ids.size(), kind == "A" ? 1u : c["copies"].size()) << c["case"];
    ++checked;
  }
  EXPECT_EQ(checked, 14);
}

// The corpus record a copy names (JSONL files only).
json corpus_record(const json& copy) {
  std::ifstream in(source_path("corpus/" + copy["file"].get<std::string>()));
  std::string line;
  for (int i = 0; i < copy["line"].get<int>(); ++i) std::getline(in, line);
  return json::parse(line);
}

json earlier_version(json record, const json& edit) {
  json::json_pointer path(edit["path"].get<std::string>());
  if (edit.contains("append")) {
    record[path] = record[path].get<std::string>() + edit["append"].get<std::string>();
  } else {
    record[path] = edit["value"];
  }
  return record;
}

class EditCases : public ::testing::Test {
 protected:
  void SetUp() override {
    for (const json& c : identity_cases()) {
      if (c["case"].get<std::string>()[0] != 'E') continue;
      json latest = corpus_record(c["copies"][0]);
      cases_.push_back({c["case"], earlier_version(latest, c["earlier"]), latest});
    }
    ASSERT_EQ(cases_.size(), 3u);
  }
  struct Case {
    std::string name;
    json earlier, latest;
  };
  std::vector<Case> cases_;
  TempDir tmp_;
};

TEST_F(EditCases, ReindexingAnEditReplacesTheEarlierVersion) {
  for (const Case& c : cases_) {
    const std::string db = tmp_.file(c.name);
    ASSERT_EQ(index(db, {write_jsonl(tmp_.file(c.name + "-1.jsonl"), {c.earlier})}).exit_code, 0);
    CommandResult edit = index(db, {write_jsonl(tmp_.file(c.name + "-2.jsonl"), {c.latest})});
    EXPECT_NE(edit.out.find("updated:            1\n"), std::string::npos) << c.name << edit.out;
    json postings = all_postings(db);
    ASSERT_EQ(postings.size(), 1u) << c.name;
    EXPECT_EQ(postings[0]["title"], c.latest["title"]) << c.name;
  }
}

TEST_F(EditCases, SyncingAnEditReportsOneReplaced) {
  for (const Case& c : cases_) {
    const std::string db = tmp_.file(c.name);
    for (const json& version : {c.earlier, c.latest}) {
      std::string file = write_jsonl(tmp_.file(c.name + ".jsonl"), {version});
      ASSERT_EQ(jobindex({"sync", "--db", db, "--source", "board", file}).exit_code, 0);
    }
    std::string file = write_jsonl(tmp_.file(c.name + ".jsonl"), {c.earlier});
    CommandResult back = jobindex({"sync", "--db", db, "--source", "board", file});
    EXPECT_EQ(back.out, sync_summary("board", 1, 0, 1, 0, 0, 0, 1)) << c.name;
  }
}

TEST_F(EditCases, LatestVersionsAreStored) {
  const Case& salary = cases_[1];
  const std::string db = tmp_.file("salary");
  index(db, {write_jsonl(tmp_.file("s1.jsonl"), {salary.earlier})});
  index(db, {write_jsonl(tmp_.file("s2.jsonl"), {salary.latest})});
  EXPECT_EQ(all_postings(db)[0]["salary"]["min"], 61000);
  const Case& description = cases_[0];
  const std::string db2 = tmp_.file("description");
  const std::vector<std::string> sentence = {"\"interviews are held on site\"",
                                             "--include-expired"};
  index(db2, {write_jsonl(tmp_.file("d1.jsonl"), {description.earlier})});
  EXPECT_EQ(result_ids(search_json(db2, sentence)).size(), 1u);
  index(db2, {write_jsonl(tmp_.file("d2.jsonl"), {description.latest})});
  EXPECT_TRUE(result_ids(search_json(db2, sentence)).empty());
}

// Indexing the corpus file by file, in separate runs, replaces nothing: no
// two current postings share a strong edit key across files.
TEST(IdentityCases, IndexingTheCorpusFileByFileKeepsEveryPosting) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  std::vector<std::string> files = {"corpus/postings/linkedin.jsonl"};
  for (const auto& entry :
       std::filesystem::directory_iterator(source_path("corpus/postings/boards"))) {
    files.push_back("corpus/postings/boards/" + entry.path().filename().string());
  }
  CommandResult last;
  for (const std::string& file : files) last = index(db, {source_path(file)});
  EXPECT_NE(last.out.find("documents in database: 445\n"), std::string::npos) << last.out;
}

}  // namespace
}  // namespace jobsearch::e2e
