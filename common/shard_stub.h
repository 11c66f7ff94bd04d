// shard_stub.h: the file that makes a folder of shards one database.
#pragma once

namespace jobsearch {

// Name of the stub file in a sharded database's folder. Xapian opens a folder
// holding it as one database made of the shards it lists ("auto shard-0");
// the indexer writes it and the searcher reads it to find the local shards.
inline constexpr const char* kShardStubName = "XAPIANDB";

}  // namespace jobsearch
