// End to end: `jobindex --lexicon` keeps the words of a feed and no
// posting, stays a lexicon, and is refused where postings are meant.
#include <gtest/gtest.h>
#include <xapian.h>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

CommandResult index_lexicon(const std::string& db, const std::vector<std::string>& more = {}) {
  std::vector<std::string> args{JOBINDEX_BIN, "--db", db, "--lexicon"};
  args.insert(args.end(), more.begin(), more.end());
  args.push_back(source_path("corpus/postings"));
  return run_command(args);
}

TEST(Lexicon, KeepsTheWordsOfEveryPostingAndNoPosting) {
  TempDir tmp;
  CommandResult result = index_lexicon(tmp.file("lex"));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_NE(result.out.find("words kept from:    445 (a lexicon: no posting stored)\n"),
            std::string::npos)
      << result.out;
  EXPECT_NE(result.out.find("documents in database: 0\n"), std::string::npos) << result.out;
  ASSERT_EQ(index(tmp.file("one"), {source_path("corpus/postings")}).exit_code, 0);
  Xapian::Database lexicon(tmp.file("lex")), one(tmp.file("one"));
  EXPECT_EQ(lexicon.get_doccount(), 0u);
  EXPECT_EQ(lexicon.get_spelling_suggestion("nurze"), "nurse");
  std::vector<std::string> words, expected;
  for (auto it = lexicon.spellings_begin(); it != lexicon.spellings_end(); ++it)
    words.push_back(*it);
  for (auto it = one.spellings_begin(); it != one.spellings_end(); ++it) expected.push_back(*it);
  // The same words; a count may differ where a re-post's later copy changed
  // (a database adds the merged posting's words again, a lexicon once per id).
  EXPECT_EQ(words, expected);
  EXPECT_EQ(std::vector<std::string>(lexicon.synonyms_begin("swe"), lexicon.synonyms_end("swe")),
            std::vector<std::string>(one.synonyms_begin("swe"), one.synonyms_end("swe")));
}

TEST(Lexicon, StaysALexiconAndIsRefusedWherePostingsAreMeant) {
  TempDir tmp;
  ASSERT_EQ(index_lexicon(tmp.file("lex")).exit_code, 0);
  // Later runs without --lexicon still add words only.
  CommandResult again = index(tmp.file("lex"), {source_path("corpus/postings")});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_EQ(Xapian::Database(tmp.file("lex")).get_doccount(), 0u);

  CommandResult sync = run_command({JOBINDEX_BIN, "sync", "--db", tmp.file("lex"), "--source",
                                    "feed", source_path("corpus/postings")});
  EXPECT_EQ(sync.exit_code, 4);
  EXPECT_EQ(sync.err, "jobindex: database " + tmp.file("lex") +
                          " is a lexicon (jobindex --lexicon): it keeps words, not postings, so "
                          "sync has nothing to do there; index the feed into it again to add the "
                          "words of new postings\n");

  ASSERT_EQ(index(tmp.file("postings"), {source_path("corpus/postings")}).exit_code, 0);
  CommandResult full = index_lexicon(tmp.file("postings"));
  EXPECT_EQ(full.exit_code, 4);
  EXPECT_EQ(full.err, "jobindex: database " + tmp.file("postings") +
                          " holds postings: --lexicon needs a new database (it keeps words "
                          "only)\n");

  CommandResult sharded = index_lexicon(tmp.file("other"), {"--shard", "0/2"});
  EXPECT_EQ(sharded.exit_code, 2);
  EXPECT_NE(sharded.err.find("--lexicon keeps the words of the whole feed: give it without "
                             "--shard(s)"),
            std::string::npos)
      << sharded.err;
}

}  // namespace
}  // namespace jobsearch::e2e
