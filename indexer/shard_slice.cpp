#include "indexer/shard_slice.h"

#include "common/byte_size.h"
#include "indexer/database_blocks.h"
#include "indexer/database_errors.h"
#include "indexer/index_options.h"
#include "indexer/shard_layout.h"

namespace jobsearch {
bool ShardSlice::holds(const std::string& id) const {
  return whole() || shard_for_id(id, count) == index;
}

std::string ShardSlice::text() const { return std::to_string(index) + "/" + std::to_string(count); }

std::optional<ShardSlice> parse_shard_slice(const std::string& text) {
  const std::size_t slash = text.find('/');
  if (slash == std::string::npos) return std::nullopt;
  std::optional<std::uint64_t> index = parse_whole_number(text.substr(0, slash));
  std::optional<std::uint64_t> count = parse_whole_number(text.substr(slash + 1));
  if (!index || !count || *count < 1 || *count > kMaxShards || *index >= *count) {
    return std::nullopt;
  }
  return ShardSlice{static_cast<unsigned>(*index), static_cast<unsigned>(*count)};
}

ShardSlice settle_shard_slice(Xapian::WritableDatabase& database, const std::string& db,
                              const std::optional<ShardSlice>& given) {
  const std::string recorded = database.get_metadata(kShardSliceKey);
  if (!recorded.empty()) {
    std::optional<ShardSlice> slice = parse_shard_slice(recorded);
    if (!slice) throw DatabaseFailure("database " + db + " records a bad shard: " + recorded);
    if (given && given->text() != recorded) {
      throw DatabaseFailure("database " + db + " holds shard " + recorded + ", not --shard " +
                            given->text());
    }
    return *slice;
  }
  if (!given || given->whole()) return ShardSlice{};
  if (database.get_doccount() > 0) {
    throw DatabaseFailure("database " + db + " holds postings indexed without --shard: --shard " +
                          given->text() + " needs a new database");
  }
  database.set_metadata(kShardSliceKey, given->text());
  return *given;
}

ShardSlice settle_shard_slice(const std::string& path, const std::optional<ShardSlice>& given) {
  Xapian::WritableDatabase database = create_or_open_database(path);
  ShardSlice slice = settle_shard_slice(database, path, given);
  database.commit();
  return slice;
}

}  // namespace jobsearch
