#include "tests/support/temp_database.h"

#include <stdexcept>

#include "common/posting_parser.h"
#include "indexer/index_writer.h"
#include "indexer/source.h"

namespace jobsearch::test {
namespace {

// Collects the postings of every record; any problem is the test's bug.
class PostingCollector : public RecordHandler {
 public:
  void on_record(const std::string&, const nlohmann::json& value) override {
    for (Posting& posting : parse_record(value).postings) postings.push_back(std::move(posting));
  }
  void on_bad_record(const std::string& origin, const std::string& reason) override {
    throw std::runtime_error("test corpus: " + origin + ": " + reason);
  }
  void on_unreadable(const std::string& path, const std::string& reason) override {
    throw std::runtime_error("test corpus: " + path + ": " + reason);
  }

  std::vector<Posting> postings;
};

std::vector<Posting> read_postings(const CorpusFiles& files) {
  PostingCollector collector;
  read_sources(files.paths, collector);
  if (collector.postings.empty()) throw std::runtime_error("test corpus: no postings");
  return std::move(collector.postings);
}

}  // namespace

TempDatabase::TempDatabase(const std::vector<Posting>& postings,
                           const std::vector<SynonymRule>& rules)
    : path_(folder_.file("db")) {
  IndexWriter writer(path_, 1000);
  if (!rules.empty()) writer.add_synonyms(rules);
  for (const Posting& posting : postings) writer.write(posting);
  writer.commit();
}

TempDatabase::TempDatabase(const CorpusFiles& files, const std::vector<SynonymRule>& rules)
    : TempDatabase(read_postings(files), rules) {}

}  // namespace jobsearch::test
