// temp_database.h: a real index of a few postings, in a temporary folder.
//
//   TempDatabase db({PostingBuilder("n1").title("Registered Nurse")});
//   TempDatabase corpus(CorpusFiles{{source_path("corpus/postings/linkedin.jsonl")}});
//   SearchEngine engine(db.path());
#pragma once

#include <string>
#include <vector>

#include "common/posting.h"
#include "common/synonyms.h"
#include "tests/support/temp_dir.h"

namespace jobsearch::test {

// Files or folders of JSON-LD records (JSONL, JSON, HTML pages), read as
// jobindex reads them.
struct CorpusFiles {
  std::vector<std::string> paths;
};

// A Xapian database written by the indexer's own IndexWriter, so that its
// documents are exactly what jobindex stores; removed with its folder when
// the object is destroyed. Searchers open it by path().
class TempDatabase {
 public:
  // Writes `postings` (each with its id set) and the synonym `rules`, and
  // commits. Throws what IndexWriter throws (Xapian::Error).
  explicit TempDatabase(const std::vector<Posting>& postings,
                        const std::vector<SynonymRule>& rules = {});
  // Writes every posting parse_record finds in the records of `files`, and
  // the synonym `rules`. Throws std::runtime_error when a path cannot be
  // read, a record is not JSON or no posting is found (a test's input is
  // never meant to be bad), and what IndexWriter throws.
  explicit TempDatabase(const CorpusFiles& files, const std::vector<SynonymRule>& rules = {});
  TempDatabase(const TempDatabase&) = delete;
  TempDatabase& operator=(const TempDatabase&) = delete;

  const std::string& path() const { return path_; }
  // The folder holding the database, for a test's other files.
  const TempDir& folder() const { return folder_; }

 private:
  TempDir folder_;
  std::string path_;
};

}  // namespace jobsearch::test
