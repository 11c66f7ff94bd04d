// temp_database.h: a real index of a few postings, in a temporary folder.
#pragma once

#include <string>
#include <vector>

#include "common/posting.h"
#include "common/synonyms.h"
#include "tests/support/temp_dir.h"

namespace jobsearch::test {

// A Xapian database written by the indexer's own IndexWriter, so that its
// documents are exactly what jobindex stores; removed with its folder when
// the object is destroyed. Searchers open it by path().
class TempDatabase {
 public:
  // Writes `postings` (each with its id set) and the synonym `rules`, and
  // commits. Throws what IndexWriter throws (Xapian::Error).
  explicit TempDatabase(const std::vector<Posting>& postings,
                        const std::vector<SynonymRule>& rules = {});
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  const std::string& path() const { return path_; }

 private:
  TempDir folder_;
  std::string path_;
};

}  // namespace jobsearch::test
