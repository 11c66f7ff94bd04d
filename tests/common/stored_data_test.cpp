// Tests of common/stored_data: postings' data packed against a dictionary
// a database keeps, and read back from any database that keeps it.
#include "common/stored_data.h"

#include <gtest/gtest.h>

#include <random>
#include <stdexcept>

#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

// Postings' JSON, alike in shape and words as real ones are, each other.
std::vector<std::string> sample_postings(std::size_t count, unsigned seed) {
  const std::vector<std::string> words = {
      "patient", "care",   "ward",     "nurse",  "shift",  "team",     "python", "engineer",
      "design",  "review", "customer", "safety", "report", "schedule", "lead",   "support"};
  std::mt19937 random(seed);
  std::vector<std::string> samples;
  for (std::size_t i = 0; i < count; ++i) {
    std::string description;
    for (int w = 0; w < 150; ++w) description += words[random() % words.size()] + " ";
    samples.push_back(R"({"id":"p)" + std::to_string(i) +
                      R"(","title":"Registered Nurse","company":"Mercy Health","description":")" +
                      description + R"(","employment_types":["FULL_TIME"]})");
  }
  return samples;
}

TEST(StoredData, JsonIsReadAsStored) {
  EXPECT_EQ(unpacked_data(R"({"id":"a1"})"), R"({"id":"a1"})");
  EXPECT_EQ(unpacked_data(""), "");
}

TEST(StoredData, WithoutADictionaryDataIsStoredAsItIs) {
  test::TempDir folder;
  Xapian::WritableDatabase database(folder.file("db"), Xapian::DB_CREATE);
  DataPacker packer(database);
  EXPECT_FALSE(packer.has_dictionary());
  EXPECT_EQ(packer.packed(R"({"id":"a1"})"), R"({"id":"a1"})");
}

TEST(StoredData, PackedDataIsSmallerAndReadsBackAsItWas) {
  test::TempDir folder;
  Xapian::WritableDatabase database(folder.file("db"), Xapian::DB_CREATE);
  DataPacker packer(database);
  ASSERT_TRUE(packer.train(database, sample_postings(100, 1)));
  EXPECT_EQ(packer.trained_on(), 100u);
  for (const std::string& json : sample_postings(20, 2)) {
    const std::string packed = packer.packed(json);
    EXPECT_LT(packed.size(), json.size() / 2);
    EXPECT_EQ(unpacked_data(packed), json);
  }
}

// The database keeps the dictionary: a packer opened on it later packs
// with the same one, and knows how many postings trained it.
TEST(StoredData, TheDatabaseKeepsItsDictionary) {
  test::TempDir folder;
  const std::string json = sample_postings(1, 3).front();
  std::string packed;
  {
    Xapian::WritableDatabase database(folder.file("db"), Xapian::DB_CREATE);
    DataPacker packer(database);
    ASSERT_TRUE(packer.train(database, sample_postings(100, 4)));
    packed = packer.packed(json);
    database.commit();
  }
  DataPacker reopened{Xapian::Database(folder.file("db"))};
  EXPECT_TRUE(reopened.has_dictionary());
  EXPECT_EQ(reopened.trained_on(), 100u);
  EXPECT_EQ(reopened.packed(json), packed);
}

TEST(StoredData, TooFewPostingsTrainNoDictionary) {
  test::TempDir folder;
  Xapian::WritableDatabase database(folder.file("db"), Xapian::DB_CREATE);
  DataPacker packer(database);
  EXPECT_FALSE(packer.train(database, {R"({"id":"a1"})", R"({"id":"a2"})"}));
  EXPECT_FALSE(packer.has_dictionary());
  EXPECT_EQ(database.get_metadata("jobsearch.dictionary"), "");
}

// A zstd frame naming dictionary 12345 (no database here keeps it): the
// magic number, a header with a 4-byte dictionary id and a 1-byte size,
// and one raw block of 5 bytes.
TEST(StoredData, DataPackedAgainstAnUnknownDictionaryIsAnError) {
  const std::string frame("\x28\xb5\x2f\xfd\x23\x39\x30\x00\x00\x05\x29\x00\x00hello", 18);
  try {
    unpacked_data(frame);
    FAIL() << "read data of an unknown dictionary";
  } catch (const std::runtime_error& error) {
    EXPECT_STREQ(error.what(),
                 "a posting's data is compressed against dictionary 12345, which no database "
                 "opened holds");
  }
}

}  // namespace
}  // namespace jobsearch
