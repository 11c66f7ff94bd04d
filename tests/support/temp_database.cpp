#include "tests/support/temp_database.h"

#include "indexer/index_writer.h"

namespace jobsearch::test {

TempDatabase::TempDatabase(const std::vector<Posting>& postings,
                           const std::vector<SynonymRule>& rules)
    : path_(folder_.file("db")) {
  IndexWriter writer(path_, 1000);
  if (!rules.empty()) writer.add_synonyms(rules);
  for (const Posting& posting : postings) writer.write(posting);
  writer.commit();
}

}  // namespace jobsearch::test
