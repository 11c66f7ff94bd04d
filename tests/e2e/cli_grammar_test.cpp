// End to end: one command-line grammar for jobsearch and jobindex: global
// options before or after a subcommand, help that runs nothing, and
// unknown options answered with the nearest known one.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

// Reported in issue 17: "unrecognised option '--port'" although serve has it.
TEST(CliGrammar, GlobalOptionsMayComeBeforeASubcommand) {
  const std::string db = bundled_corpus_db();
  CommandResult before = run_command({JOBSEARCH_BIN, "--db", db, "serve", "--port", "70000"});
  EXPECT_EQ(before.exit_code, 2);
  EXPECT_EQ(before.err, "jobsearch: serve: --port takes 0 to 65535\n");
  CommandResult missing =
      run_command({JOBSEARCH_BIN, "--db=/nonexistent/db", "serve", "--port", "0"});
  EXPECT_EQ(missing.exit_code, 4) << missing.err;  // --db reached serve

  const std::string id = result_ids(search_json(db, {"nurse", "--limit", "1"})).at(0);
  CommandResult after = run_command({JOBSEARCH_BIN, "similar", id, "--db", db, "--format", "json"});
  CommandResult first = run_command({JOBSEARCH_BIN, "--db", db, "--format", "json", "similar", id});
  EXPECT_EQ(after.exit_code, 0) << after.err;
  EXPECT_EQ(first.exit_code, 0) << first.err;
  EXPECT_EQ(first.out, after.out);
}

TEST(CliGrammar, JobindexTakesDbBeforeASubcommand) {
  TempDir tmp;
  const std::string db = tmp.file("db");
  ASSERT_EQ(index(db, {source_path("corpus/postings/linkedin.jsonl")}).exit_code, 0);
  CommandResult compacted =
      run_command({JOBINDEX_BIN, "--db", db, "compact", "--output", tmp.file("compact")});
  EXPECT_EQ(compacted.exit_code, 0) << compacted.err;
}

TEST(CliGrammar, HelpWithAQueryRunsNoSearch) {
  CommandResult r = run_command({JOBSEARCH_BIN, "--db", bundled_corpus_db(), "nurse", "--help"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out.rfind("Usage: jobsearch", 0), 0u) << r.out;
  const std::string note = "\n(--help was given, so the query was not run.)\n";
  ASSERT_GE(r.out.size(), note.size());
  EXPECT_EQ(r.out.substr(r.out.size() - note.size()), note);  // the help's end, no results
  EXPECT_EQ(r.err, "");
}

TEST(CliGrammar, UnknownOptionsSuggestTheNearestOne) {
  const std::string db = bundled_corpus_db();
  struct Case {
    std::vector<std::string> args;
    std::string err;
  };
  for (const Case& c : {
           Case{{JOBSEARCH_BIN, "--db", db, "nurse", "--facet", "location"},
                "jobsearch: unrecognised option '--facet'; did you mean --facets?\n"},
           Case{{JOBSEARCH_BIN, "serve", "--db", db, "--prot", "0"},
                "jobsearch: unrecognised option '--prot'; did you mean --port?\n"},
           Case{{JOBSEARCH_BIN, "similar", "x", "--db", db, "--limt", "3"},
                "jobsearch: unrecognised option '--limt'; did you mean --limit?\n"},
           Case{{JOBSEARCH_BIN, "--db", db, "--zzzzzzzzzz"},
                "jobsearch: unrecognised option '--zzzzzzzzzz'\n"},
           Case{{JOBINDEX_BIN, "--db", db, "--shard", "2", "x.jsonl"},
                "jobindex: --shard must be K/N: shard K, counted from 0 to N-1, of N shards, N "
                "at most 64 (got \"2\"); did you mean --shards 2?\n"
                "(jobindex --help for usage)\n"},
       }) {
    CommandResult r = run_command(c.args);
    EXPECT_EQ(r.exit_code, 2) << c.args[3];
    EXPECT_EQ(r.err, c.err);
  }
}

TEST(CliGrammar, EverySubcommandsHelpListsItsOptionsAndExitCodes) {
  struct Case {
    std::vector<std::string> args;
    std::string option;  // one option it must list
  };
  for (const Case& c : {
           Case{{JOBSEARCH_BIN, "--help"}, "--facets"},
           Case{{JOBSEARCH_BIN, "serve", "--help"}, "--log-format"},
           Case{{JOBSEARCH_BIN, "serve", "--help"}, "--read-only"},
           Case{{JOBSEARCH_BIN, "serve", "--help"}, "--shutdown-grace"},
           Case{{JOBSEARCH_BIN, "match", "--help"}, "--candidate"},
           Case{{JOBSEARCH_BIN, "similar", "--help"}, "--db"},
           Case{{JOBSEARCH_BIN, "batch", "--help"}, "--topics"},
           Case{{JOBSEARCH_BIN, "eval", "--help"}, "--qrels"},
           Case{{JOBINDEX_BIN, "--help"}, "--shards"},
           Case{{JOBINDEX_BIN, "compact", "--help"}, "--output"},
           Case{{JOBINDEX_BIN, "sync", "--help"}, "--source"},
           Case{{JOBINDEX_BIN, "delete", "--help"}, "--db"},
           Case{{JOBINDEX_BIN, "purge", "--help"}, "--expired"},
       }) {
    CommandResult r = run_command(c.args);
    const std::string name = c.args.size() > 2 ? c.args[1] : c.args[0];
    EXPECT_EQ(r.exit_code, 0) << name;
    EXPECT_NE(r.out.find(c.option), std::string::npos) << name << ":\n" << r.out;
    EXPECT_NE(r.out.find("Exit codes: 0 "), std::string::npos) << name << ":\n" << r.out;
  }
}

// The bash completion reads the subcommands from lines "  jobindex NAME ...".
TEST(CliGrammar, JobindexHelpListsItsSubcommands) {
  CommandResult r = run_command({JOBINDEX_BIN, "--help"});
  for (const char* name : {"compact", "sync", "delete", "purge"}) {
    EXPECT_NE(r.out.find(std::string("\n  jobindex ") + name + " "), std::string::npos) << name;
  }
}

}  // namespace
}  // namespace jobsearch::e2e
