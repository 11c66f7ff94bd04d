// End to end: bad input is reported record by record, the rest is indexed.
#include <gtest/gtest.h>
#include <unistd.h>
#include <xapian.h>

#include <filesystem>
#include <fstream>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

namespace fs = std::filesystem;

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t start = 0;
  for (std::size_t end; (end = text.find('\n', start)) != std::string::npos; start = end + 1) {
    lines.push_back(text.substr(start, end - start));
  }
  return lines;
}

TEST(BadInput, EachBadRecordGetsOneLineAndTheRestIsIndexed) {
  TempDir tmp;
  std::string mixed = source_path("tests/data/bad/mixed.jsonl");
  CommandResult result = index(tmp.file("db"), {mixed});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> expected = {
      mixed +
          ":2: rejected: invalid JSON: syntax error while parsing value - invalid string: "
          "missing closing quote; last read: '\"this line stops in the mid'",
      mixed + ":3: rejected: not a JobPosting (@type is \"Organization\")",
      mixed + ":4: rejected: JobPosting has no title",
  };
  EXPECT_EQ(lines_of(result.err), expected);
  EXPECT_NE(result.out.find("rejected:           3\n"), std::string::npos) << result.out;
  EXPECT_NE(result.out.find("  1  JobPosting has no title\n"), std::string::npos) << result.out;
  EXPECT_EQ(indexed_titles(tmp.file("db")),
            (std::vector<std::string>{"Glassblower", "Lighthouse Keeper"}));
}

// A number beyond a double used to escape as an uncaught JSON error: exit 5,
// and nothing after it read.
TEST(BadInput, NumberBeyondADoubleRejectsItsRecordOnly) {
  TempDir tmp;
  std::string path = tmp.file("x.jsonl");
  std::ofstream(path) << "{\"@type\":\"JobPosting\",\"title\":\"A\"}\n"
                         "{\"@type\":\"JobPosting\",\"title\":\"B\",\"baseSalary\":1e400}\n"
                         "{\"@type\":\"JobPosting\",\"title\":\"C\"}\n";
  CommandResult result = index(tmp.file("db"), {path, source_path("tests/data/bad/array.json")});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, path + ":2: rejected: invalid JSON: number 1e400 is out of range\n" +
                            source_path("tests/data/bad/array.json") +
                            "[1]: rejected: not a JSON object (got a string)\n");
  EXPECT_EQ(indexed_titles(tmp.file("db")),
            (std::vector<std::string>{"A", "C", "Clockmaker", "Falconer"}));
}

TEST(BadInput, WrongFieldTypesCostTheFieldNotThePosting) {
  TempDir tmp;
  index(tmp.file("db"), {source_path("tests/data/bad/mixed.jsonl")});
  nlohmann::json glassblower = search_json(tmp.file("db"), {"glassblower"})["results"][0];
  EXPECT_EQ(glassblower["title"], "Glassblower");
  EXPECT_EQ(glassblower["employment_types"], nlohmann::json::array());
  EXPECT_EQ(glassblower["date_posted"], "");
}

TEST(BadInput, ArrayElementsAreNamedByIndex) {
  TempDir tmp;
  std::string array = source_path("tests/data/bad/array.json");
  CommandResult result = index(tmp.file("db"), {array});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, array + "[1]: rejected: not a JSON object (got a string)\n");
  EXPECT_EQ(indexed_titles(tmp.file("db")), (std::vector<std::string>{"Clockmaker", "Falconer"}));
}

TEST(BadInput, TruncatedFileNamesItsLine) {
  TempDir tmp;
  std::string broken = source_path("tests/data/bad/broken.json");
  CommandResult result = index(tmp.file("db"), {broken});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err.rfind(broken + ":11: rejected: invalid JSON: ", 0), 0u) << result.err;
}

// It said "no JobPosting in @graph", blaming the record for the limit.
TEST(BadInput, GraphNestedPastTheLimitNamesTheLimit) {
  TempDir tmp;
  nlohmann::json deep = {{"@type", "JobPosting"}, {"title", "Deep"}};
  for (int i = 0; i < 17; ++i) deep = {{"@graph", nlohmann::json::array({deep})}};
  std::string path = tmp.file("g.json");
  std::ofstream(path) << deep.dump(2);
  CommandResult result = index(tmp.file("db"), {path});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_EQ(result.err, path +
                            ": rejected: @graph and lists nested deeper than 16 levels: the "
                            "values below were not read\n");
}

TEST(BadInput, EmptyAndNonJsonFilesAreRejectedWithReasons) {
  TempDir tmp;
  std::string empty = source_path("tests/data/bad/empty.json");
  std::string prose = source_path("tests/data/bad/not_json.txt");
  CommandResult result = index(tmp.file("db"), {empty, prose});
  EXPECT_EQ(result.exit_code, 1);
  std::vector<std::string> errors = lines_of(result.err);
  ASSERT_EQ(errors.size(), 2u) << result.err;
  EXPECT_EQ(errors[0], empty + ": rejected: empty file: no JSON in it");
  EXPECT_EQ(errors[1].rfind(prose + ":1: rejected: invalid JSON: ", 0), 0u) << errors[1];
}

TEST(BadInput, MissingPathExitsThreeAndIndexesTheOthers) {
  TempDir tmp;
  CommandResult result =
      index(tmp.file("db"), {tmp.file("nope.json"), source_path("tests/data/bad/array.json")});
  EXPECT_EQ(result.exit_code, 3);
  EXPECT_NE(result.err.find(tmp.file("nope.json") + ": cannot read: no such file or folder\n"),
            std::string::npos);
  EXPECT_EQ(indexed_titles(tmp.file("db")).size(), 2u);
}

// A database written before the index layout changed would answer wrongly
// without a word: both programs refuse it, and it is left as it was.
TEST(BadInput, ADatabaseOfAnOlderLayoutIsRefusedByBothPrograms) {
  TempDir tmp;
  {
    Xapian::WritableDatabase old(tmp.file("old"), Xapian::DB_CREATE);
    Xapian::Document document;
    document.add_term("nurse");
    old.add_document(document);
  }
  const std::string why =
      "it holds postings indexed by another version of jobindex (index layout 1, this version "
      "uses 6): index them again into a new database\n";
  CommandResult search = run_command({JOBSEARCH_BIN, "--db", tmp.file("old"), "nurse"});
  EXPECT_EQ(search.exit_code, 4);
  EXPECT_EQ(search.err, "jobsearch: cannot open database: " + why);
  CommandResult serve =
      run_command({JOBSEARCH_BIN, "serve", "--db", tmp.file("old"), "--port", "0"});
  EXPECT_EQ(serve.exit_code, 4);
  EXPECT_EQ(serve.err, "jobsearch: cannot open database: " + why);
  CommandResult more = index(tmp.file("old"), {source_path("tests/data/bad/array.json")});
  EXPECT_EQ(more.exit_code, 4);
  EXPECT_EQ(more.err, "jobindex: database " + tmp.file("old") + ": " + why);
  EXPECT_EQ(Xapian::Database(tmp.file("old")).get_doccount(), 1u);
}

// Layout 5 stored each posting's data as JSON, which this version still
// reads: such a database is searched, and written on as layout 6.
TEST(BadInput, ADatabaseOfLayoutFiveIsStillSearchedAndWritten) {
  TempDir tmp;
  const std::string one_posting =
      source_path("corpus/postings/boards/canal-street-labs-senior-backend-engineer.json");
  ASSERT_EQ(index(tmp.file("db"), {one_posting}).exit_code, 0);
  {
    Xapian::WritableDatabase db(tmp.file("db"), Xapian::DB_OPEN);
    db.set_metadata("jobsearch.schema", "5");
    db.commit();
  }
  EXPECT_EQ(indexed_titles(tmp.file("db")), std::vector<std::string>{"Senior Backend Engineer"});
  // 247 more postings: a dictionary is trained, and every posting packed.
  ASSERT_EQ(index(tmp.file("db"), {source_path("corpus/postings/linkedin.jsonl")}).exit_code, 0);
  Xapian::Database db(tmp.file("db"));
  EXPECT_EQ(db.get_metadata("jobsearch.schema"), "6");
  EXPECT_EQ(db.get_doccount(), 248u);
  EXPECT_EQ(db.get_document(1).get_data().front(), '\x28');  // zstd's magic number
  const nlohmann::json found =
      search_json(tmp.file("db"), {"--no-collapse", "title:\"senior backend engineer\""});
  ASSERT_EQ(found["results"].size(), 1u);
  EXPECT_EQ(found["results"][0]["title"], "Senior Backend Engineer");
}

TEST(BadInput, LockedDatabaseExitsFour) {
  TempDir tmp;
  index(tmp.file("db"), {source_path("tests/data/bad/array.json")});
  // A writer in this process holds the lock while jobindex tries to open it.
  Xapian::WritableDatabase holder(tmp.file("db"), Xapian::DB_OPEN);
  CommandResult result = index(tmp.file("db"), {source_path("tests/data/bad/array.json")});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_EQ(result.err, "jobindex: database " + tmp.file("db") +
                            " is locked: another jobindex is writing to it\n");
}

// It said "locked: another jobindex is writing" of a database nobody held.
// Root may write anywhere, so as root jobindex runs as nobody.
TEST(BadInput, ReadOnlyDatabaseIsCalledNotWritable) {
  TempDir tmp;
  index(tmp.file("db"), {source_path("tests/data/bad/array.json")});
  std::vector<std::string> args = {JOBINDEX_BIN, "--db", tmp.file("db"),
                                   source_path("tests/data/bad/array.json")};
  if (getuid() == 0) {
    fs::permissions(tmp.path(), fs::perms::others_read | fs::perms::others_exec,
                    fs::perm_options::add);
    args.insert(args.begin(), {"setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"});
  } else {
    fs::permissions(tmp.file("db"), fs::perms::owner_write, fs::perm_options::remove);
  }
  CommandResult result = run_command(args);
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_EQ(result.err, "jobindex: database " + tmp.file("db") +
                            " is not writable (cannot create its lock file: Permission denied)\n");
  fs::permissions(tmp.file("db"), fs::perms::owner_write, fs::perm_options::add);
}

// A database built from empty reaches the disk once, when jobindex ends
// (indexer/unsynced_build.h); one that a stopped build left damaged is
// refused, and left as it is.
TEST(BadInput, ADamagedDatabaseLeftByAStoppedBuildExitsFour) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  index(db, {source_path("tests/data/bad/array.json")});
  const fs::path marker = fs::path(db) / "jobindex-unsynced";
  EXPECT_FALSE(fs::exists(marker));  // the build ended
  std::ofstream(marker) << "left by a stopped build\n";
  fs::resize_file(fs::path(db) / "postlist.glass", 0);
  CommandResult result = index(db, {source_path("tests/data/bad/array.json")});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_EQ(
      result.err,
      "jobindex: database " + db +
          ": a build from empty stopped before it reached the disk, and "
          "Xapian's check finds it damaged (EOF reading block 0): remove it and index again\n");
  EXPECT_TRUE(fs::exists(marker));
}

TEST(BadInput, UnwritableDatabasePathExitsFour) {
  CommandResult result =
      index("/proc/jobsearch-test-db", {source_path("tests/data/bad/array.json")});
  EXPECT_EQ(result.exit_code, 4);
  EXPECT_EQ(result.err.rfind("jobindex: database /proc/jobsearch-test-db: ", 0), 0u) << result.err;
}

TEST(BadInput, MissingDbOptionIsAUsageError) {
  CommandResult result = run_command({JOBINDEX_BIN, "x.json"});
  EXPECT_EQ(result.exit_code, 2);
  EXPECT_EQ(result.err,
            "jobindex: the option '--db' is required but missing\n(jobindex --help for usage)\n");
}

}  // namespace
}  // namespace jobsearch::e2e
