#include "common/word_positions.h"

namespace jobsearch {
namespace {

constexpr const char* kMetadataKey = "jobsearch.positions";

}  // namespace

WordPositions word_positions_of(const Xapian::Database& database) {
  return database.get_metadata(kMetadataKey) == "xapian" ? WordPositions::kXapian
                                                         : WordPositions::kRecords;
}

void set_word_positions(Xapian::WritableDatabase& database, WordPositions positions) {
  database.set_metadata(kMetadataKey, positions == WordPositions::kXapian ? "xapian" : "records");
}

std::optional<WordPositions> word_positions_named(const std::string& name) {
  if (name == "records") return WordPositions::kRecords;
  if (name == "xapian") return WordPositions::kXapian;
  return std::nullopt;
}

}  // namespace jobsearch
