#include "indexer/lexicon.h"

#include "indexer/database_blocks.h"
#include "indexer/database_errors.h"
#include "indexer/shard_slice.h"

namespace jobsearch {
namespace {

// Where a lexicon says what it is ("1").
constexpr const char* kLexiconKey = "jobsearch.lexicon";

bool is_lexicon(const Xapian::Database& database) {
  return !database.get_metadata(kLexiconKey).empty();
}

}  // namespace

bool settle_lexicon(const std::string& path, const std::string& db, bool given) {
  Xapian::WritableDatabase database = create_or_open_database(path);
  if (is_lexicon(database)) return true;
  if (!given) return false;
  if (database.get_doccount() > 0) {
    throw DatabaseFailure("database " + db +
                          " holds postings: --lexicon needs a new database (it keeps words only)");
  }
  const std::string slice = database.get_metadata(kShardSliceKey);
  if (!slice.empty()) {
    throw DatabaseFailure("database " + db + " holds shard " + slice + ", not a lexicon");
  }
  database.set_metadata(kLexiconKey, "1");
  database.commit();
  return true;
}

void refuse_lexicon(const Xapian::Database& database, const std::string& db,
                    const std::string& command) {
  if (!is_lexicon(database)) return;
  throw DatabaseFailure("database " + db + " is a lexicon (jobindex --lexicon): it keeps words, " +
                        "not postings, so " + command +
                        " has nothing to do there; index the feed into it again to add the "
                        "words of new postings");
}

}  // namespace jobsearch
