// Tests of indexer/index_writer: upserts, re-post merging, batched commits.
#include "indexer/index_writer.h"

#include <gtest/gtest.h>

#include "common/facet_terms.h"
#include "common/posting_json.h"
#include "common/schema.h"
#include "common/stored_data.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

Posting make_posting(const std::string& id, const std::string& posted, const std::string& valid) {
  Posting posting;
  posting.id = id;
  posting.title = "Registered Nurse";
  posting.company = "Mercy Health";
  posting.description = "Patient care on a busy ward.";
  posting.date_posted = posted;
  posting.valid_through = valid;
  return posting;
}

class IndexWriterTest : public ::testing::Test {
 protected:
  Posting stored(const std::string& id) {
    Xapian::Database db(path_);
    Xapian::PostingIterator it = db.postlist_begin(schema::kIdPrefix + id);
    return posting_from_json(nlohmann::json::parse(posting_data(db.get_document(*it))));
  }

  test::TempDir folder_;
  std::string path_ = folder_.file("db");
};

TEST_F(IndexWriterTest, WritingTheSamePostingAgainChangesNothing) {
  {
    IndexWriter writer(path_, 100);
    EXPECT_EQ(writer.write(make_posting("a1", "2026-10-01", "2026-12-01")), WriteOutcome::kAdded);
    writer.commit();
  }
  IndexWriter writer(path_, 100);
  EXPECT_EQ(writer.write(make_posting("a1", "2026-10-01", "2026-12-01")), WriteOutcome::kUnchanged);
  writer.commit();
  EXPECT_EQ(writer.document_count(), 1u);
}

// Databases written before the data left out its empty members store the
// whole JSON: the same posting is still unchanged there, not rewritten.
TEST_F(IndexWriterTest, APostingStoredWithEveryMemberIsUnchanged) {
  const Posting posting = make_posting("a1", "2026-10-01", "2026-12-01");
  {
    IndexWriter writer(path_, 100);
    writer.write(posting);
    writer.commit();
  }
  {
    Xapian::WritableDatabase db(path_);
    Xapian::PostingIterator it = db.postlist_begin(schema::kIdPrefix + std::string("a1"));
    Xapian::Document document = db.get_document(*it);
    document.set_data(posting_to_json(posting).dump());
    db.replace_document(*it, document);
    db.commit();
  }
  IndexWriter writer(path_, 100);
  EXPECT_EQ(writer.write(posting), WriteOutcome::kUnchanged);
  writer.commit();
  EXPECT_EQ(writer.document_count(), 1u);
}

TEST_F(IndexWriterTest, ExactRepostKeepsTheLatestDates) {
  IndexWriter writer(path_, 100);
  writer.write(make_posting("a1", "2026-10-05", "2026-11-05"));
  EXPECT_EQ(writer.write(make_posting("a1", "2026-10-01", "2026-12-01")),
            WriteOutcome::kMergedRepost);
  writer.commit();
  EXPECT_EQ(writer.document_count(), 1u);
  EXPECT_EQ(stored("a1").date_posted, "2026-10-05");
  EXPECT_EQ(stored("a1").valid_through, "2026-12-01");
}

TEST_F(IndexWriterTest, RepostInALaterRunIsAnUpdate) {
  {
    IndexWriter writer(path_, 100);
    writer.write(make_posting("a1", "2026-10-01", "2026-11-01"));
    writer.commit();
  }
  IndexWriter writer(path_, 100);
  EXPECT_EQ(writer.write(make_posting("a1", "2026-10-20", "2026-11-20")), WriteOutcome::kUpdated);
  writer.commit();
  EXPECT_EQ(stored("a1").date_posted, "2026-10-20");
}

TEST_F(IndexWriterTest, DifferentIdsAreDifferentDocuments) {
  IndexWriter writer(path_, 100);
  writer.write(make_posting("a1", "2026-10-01", ""));
  writer.write(make_posting("b2", "2026-10-01", ""));
  writer.commit();
  EXPECT_EQ(writer.document_count(), 2u);
}

TEST_F(IndexWriterTest, FullBatchIsCommittedWithoutBeingAsked) {
  IndexWriter writer(path_, 2);
  writer.write(make_posting("a1", "2026-10-01", ""));
  writer.write(make_posting("b2", "2026-10-01", ""));
  writer.write(make_posting("c3", "2026-10-01", ""));
  // Another reader sees the first batch; the third posting is still pending.
  EXPECT_EQ(Xapian::Database(path_).get_doccount(), 2u);
}

TEST_F(IndexWriterTest, SecondWriterIsLockedOut) {
  IndexWriter writer(path_, 100);
  EXPECT_THROW(IndexWriter(path_, 100), Xapian::DatabaseLockError);
}

// Found by tests/fuzz/posting_parser: a company or place name past Xapian's
// 245-byte term limit made jobindex stop with "Term too long" (exit 5).
TEST_F(IndexWriterTest, OverlongCompanyAndPlaceNamesAreIndexedAndFilter) {
  Posting posting = make_posting("long", "2026-10-01", "");
  posting.company = std::string(300, 'a');
  posting.locations = {{std::string(300, 'b'), "TX", "US", "", {}, {}}};
  IndexWriter writer(path_, 100);
  writer.write(posting);
  writer.commit();
  Xapian::Database db(path_);
  EXPECT_EQ(db.get_termfreq(facet_term(schema::kCompanyFacet, posting.company)), 1u);
  EXPECT_EQ(db.get_termfreq(facet_term(schema::kLocationFacet, std::string(300, 'b') + ", TX")),
            1u);
}

TEST_F(IndexWriterTest, APostingListedByTwoSourcesStaysUntilBothWithdrawIt) {
  for (const char* source : {"acme", "feed"}) {
    IndexWriter writer(path_, 100, source);
    EXPECT_EQ(writer.write(make_posting("a1", "2026-10-01", "")), WriteOutcome::kAdded) << source;
    writer.commit();
  }
  EXPECT_EQ(Xapian::Database(path_).get_termfreq(std::string(schema::kSourcePrefix) + "feed"), 1u);
  {
    IndexWriter acme(path_, 100, "acme");
    EXPECT_TRUE(acme.withdraw("a1"));
    EXPECT_FALSE(acme.withdraw("a1"));
    EXPECT_EQ(acme.document_count(), 1u);
    acme.commit();
  }
  EXPECT_EQ(Xapian::Database(path_).get_termfreq(std::string(schema::kSourcePrefix) + "acme"), 0u);
  EXPECT_EQ(IndexWriter(path_, 100, "feed").source_postings().size(), 1u);
}

TEST_F(IndexWriterTest, TheLastSourceToWithdrawAPostingDeletesIt) {
  IndexWriter writer(path_, 100, "acme");
  writer.write(make_posting("a1", "2026-10-01", ""));
  EXPECT_TRUE(writer.withdraw("a1"));
  EXPECT_FALSE(writer.withdraw("zz"));
  writer.commit();
  EXPECT_EQ(writer.document_count(), 0u);
}

TEST_F(IndexWriterTest, AnAtomicWriterShowsNothingBeforeCommit) {
  IndexWriter writer(path_, 1);
  writer.begin_atomic();
  writer.write(make_posting("a1", "2026-10-01", ""));
  writer.write(make_posting("b2", "2026-10-01", ""));
  EXPECT_EQ(Xapian::Database(path_).get_doccount(), 0u);
  writer.commit();
  EXPECT_EQ(Xapian::Database(path_).get_doccount(), 2u);
}

TEST_F(IndexWriterTest, AnAtomicWriterDestroyedBeforeCommitChangesNothing) {
  {
    IndexWriter writer(path_, 100);
    writer.write(make_posting("a1", "2026-10-01", ""));
    writer.commit();
  }
  {
    IndexWriter writer(path_, 1);
    writer.begin_atomic();
    writer.withdraw("a1");
    writer.write(make_posting("b2", "2026-10-01", ""));
  }
  Xapian::Database db(path_);
  EXPECT_EQ(db.get_doccount(), 1u);
  EXPECT_EQ(db.get_termfreq(std::string(schema::kIdPrefix) + "a1"), 1u);
}

Posting requisition(const std::string& id, const std::string& description) {
  Posting posting = make_posting(id, "2026-10-01", "");
  posting.source_id = "MH-1";
  posting.description = description;
  return posting;
}

TEST_F(IndexWriterTest, AnEditReplacesTheVersionOfAnEarlierRun) {
  {
    IndexWriter writer(path_, 100);
    writer.write(requisition("a1", "Patient care on a busy ward."));
    writer.commit();
  }
  IndexWriter writer(path_, 100);
  EXPECT_EQ(writer.write(requisition("a2", "Patient care on a quiet ward.")), WriteOutcome::kAdded);
  EXPECT_EQ(writer.replace_edited(writer.added_key_terms(), writer.written_ids()), 1u);
  writer.commit();
  EXPECT_EQ(writer.document_count(), 1u);
  EXPECT_EQ(stored("a2").description, "Patient care on a quiet ward.");
}

// Two current postings sharing a key (a requisition id reused, say) are two
// postings: neither replaces the other.
TEST_F(IndexWriterTest, PostingsSharingAKeyInOneRunAreAllKept) {
  IndexWriter writer(path_, 100);
  writer.write(requisition("a1", "Day shift."));
  writer.write(requisition("a2", "Night shift."));
  EXPECT_EQ(writer.replace_edited(writer.added_key_terms(), writer.written_ids()), 0u);
  writer.commit();
  EXPECT_EQ(writer.document_count(), 2u);
}

// Postings of varied words, so that a dictionary can be trained on them.
Posting varied_posting(unsigned number) {
  static const std::vector<std::string> words = {"patient", "care",   "ward",   "shift",
                                                 "python",  "design", "safety", "report"};
  Posting posting = make_posting("v" + std::to_string(number), "2026-10-01", "2026-12-01");
  posting.description.clear();
  for (unsigned w = 0; w < 120; ++w) posting.description += words[(number * 7 + w * w) % 8] + " ";
  return posting;
}

std::size_t packed_count(const std::string& path) {
  Xapian::Database db(path);
  std::size_t packed = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it)
    packed += db.get_document(*it).get_data().front() == '{' ? 0 : 1;
  return packed;
}

// The first 99 postings stay JSON; the 100th, written in another run,
// trains the database's dictionary, and all 100 are then packed with it,
// as is every later one.
TEST_F(IndexWriterTest, TheHundredthPostingTrainsTheDictionaryThatPacksThemAll) {
  {
    IndexWriter writer(path_, 1000);
    for (unsigned i = 0; i < 99; ++i) writer.write(varied_posting(i));
    writer.commit();
  }
  EXPECT_EQ(packed_count(path_), 0u);
  {
    IndexWriter writer(path_, 1000);
    for (unsigned i = 99; i < 150; ++i) writer.write(varied_posting(i));
    writer.commit();
  }
  EXPECT_EQ(packed_count(path_), 150u);
  EXPECT_EQ(stored("v7").description, varied_posting(7).description);
  EXPECT_EQ(stored("v120").description, varied_posting(120).description);
  EXPECT_EQ(DataPacker(Xapian::Database(path_)).trained_on(), 100u);
}

// The 1,000 postings after the first 100 train a better dictionary; the
// first one stays in the database for the postings packed with it.
TEST_F(IndexWriterTest, ThousandMorePostingsTrainASecondDictionary) {
  {
    IndexWriter writer(path_, 5000);
    for (unsigned i = 0; i < 1100; ++i) writer.write(varied_posting(i));
    writer.commit();
  }
  Xapian::Database db(path_);
  EXPECT_EQ(DataPacker(db).trained_on(), 1000u);
  std::size_t dictionaries = 0;
  for (auto key = db.metadata_keys_begin("jobsearch.dictionary.");
       key != db.metadata_keys_end("jobsearch.dictionary."); ++key)
    ++dictionaries;
  EXPECT_EQ(dictionaries, 2u);
  EXPECT_EQ(stored("v3").description, varied_posting(3).description);
  EXPECT_EQ(stored("v1099").description, varied_posting(1099).description);
}

// A packed posting written again is recognised as unchanged.
TEST_F(IndexWriterTest, APackedPostingWrittenAgainIsUnchanged) {
  {
    IndexWriter writer(path_, 1000);
    for (unsigned i = 0; i < 100; ++i) writer.write(varied_posting(i));
    writer.commit();
  }
  IndexWriter writer(path_, 1000);
  EXPECT_EQ(writer.write(varied_posting(5)), WriteOutcome::kUnchanged);
  Posting edited = varied_posting(6);
  edited.title = "Charge Nurse";
  EXPECT_EQ(writer.write(edited), WriteOutcome::kUpdated);
  writer.commit();
  EXPECT_EQ(stored("v6").title, "Charge Nurse");
  EXPECT_EQ(packed_count(path_), 100u);
}

}  // namespace
}  // namespace jobsearch
