// stored_data.h: a posting's document data, compressed against a
// dictionary its database keeps.
//
// Glass compresses each document's data with zlib on its own, and one
// posting holds little that repeats. Postings share a great deal (the
// data's keys, a company's boilerplate, the phrases of job ads), which a
// dictionary trained on a database's own postings (zstd's dictionary
// builder) holds once: each posting then compresses against it, to 0.64
// of glass's zlib on real LinkedIn postings (scripts/benchmark/README.md).
//
// Stored data is either JSON text, as earlier versions wrote and as a
// database's first postings stay until its dictionary is trained, or a
// zstd frame naming its dictionary by id. A database keeps every
// dictionary it was given in its metadata, under "jobsearch.dictionary."
// and the id, so the shards that `jobindex compact` merges keep all of
// theirs. zstd derives an id from the dictionary's content, so an id names
// one dictionary in any database: a process registers those of each
// database it opens, and reads the data of any of them.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <memory>
#include <string>
#include <vector>

namespace jobsearch {

// A database's first dictionary is trained on its first 100 postings, and
// a better one on the 1,000 after them (on real postings 100 compress to
// 0.71 of glass's zlib, 1,000 to 0.64, 2,000 no better), used from then on.
inline constexpr std::size_t kFirstDictionaryPostings = 100;
inline constexpr std::size_t kDictionaryPostings = 1000;

// Registers the dictionaries `database` keeps; for a database of several
// shards, those of its first only (Xapian reads metadata there): call it
// for each shard. Safe from any thread.
void register_dictionaries(const Xapian::Database& database);

// The JSON text stored as `data`. Throws std::runtime_error when `data`
// is compressed against a dictionary no database opened so far keeps, or
// is a frame zstd cannot read.
std::string unpacked_data(const std::string& data);

// The JSON text of a posting's document.
inline std::string posting_data(const Xapian::Document& document) {
  return unpacked_data(document.get_data());
}

// Packs the data of one database's postings, with the dictionary it
// trained last (none at first: data is then stored as it is).
class DataPacker {
 public:
  explicit DataPacker(const Xapian::Database& database);

  bool has_dictionary() const { return dictionary_ != nullptr; }
  // How many postings the dictionary was trained on (0: none).
  std::size_t trained_on() const { return trained_on_; }

  // `json` as it is to be stored.
  std::string packed(const std::string& json) const;

  // Trains a dictionary on `samples` (postings' JSON), keeps it in
  // `database` (from its next commit) and packs with it from now on.
  // Returns false, changing nothing, when zstd finds the samples too few or
  // too small to build one.
  bool train(Xapian::WritableDatabase& database, const std::vector<std::string>& samples);

 private:
  struct Dictionary;
  std::shared_ptr<const Dictionary> dictionary_;
  std::size_t trained_on_ = 0;
};

}  // namespace jobsearch
