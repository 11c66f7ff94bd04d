#include "indexer/removal.h"

#include "common/posting_json.h"
#include "common/stored_data.h"
#include "indexer/shard_layout.h"
#include "indexer/unsynced_build.h"

namespace jobsearch {

std::vector<Xapian::WritableDatabase> open_existing_for_writing(const std::string& db) {
  std::vector<Xapian::WritableDatabase> shards;
  for (const std::string& path : existing_shards(db, /*create=*/false)) {
    shards.push_back(open_checked(path, Xapian::DB_OPEN));
    register_dictionaries(shards.back());
  }
  return shards;
}

std::string describe_posting(const Xapian::Document& document) {
  Posting posting = posting_from_json(nlohmann::json::parse(posting_data(document)));
  std::string text = posting.id + ": " + posting.title;
  if (!posting.company.empty()) text += ", " + posting.company;
  return text;
}

}  // namespace jobsearch
