// posting_writes.h: the write API's one writer: postings received over HTTP
// -> the database, with the parser, rejections and messages of jobindex.
//
// A server started with a write token holds the database's write lock for
// its whole life (so jobindex cannot write beside it), through one
// IndexWriter per shard. Writes are serialised by one mutex and each
// request is committed before it is answered, so a write is durable when
// its 200 arrives and the server's readers see it within their reopen
// interval (a quarter of a second). Postings go to the shard their id maps
// to, as jobindex sends them.
#pragma once

#include <functional>
#include <memory>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

class IndexWriter;
class AlertBook;

class PostingWrites {
 public:
  // Opens the existing database `db` (its shards, or itself) for writing.
  // Throws DatabaseFailure when it does not exist and Xapian::DatabaseLockError
  // when another writer (a running jobindex) holds it.
  explicit PostingWrites(const std::string& db);
  ~PostingWrites();

  // Parses `body` as jobindex reads a file (one JSON-LD value, an array of
  // them, an @graph, or JSONL: one value per line), writes every posting
  // found and commits. Answers {"records": N, "added": N, "updated": N,
  // "unchanged": N, "rejected": N, "results": [{"record": ORIGIN, "status":
  // "added"|"updated"|"unchanged"|"merged_repost"|"rejected", "id": ID,
  // "title": T} or {"record": ORIGIN, "status": "rejected", "reason": R}]}
  // where ORIGIN is "[i]" (array element), "line N" (JSONL) or "body".
  nlohmann::ordered_json post(std::string_view body);

  // Deletes posting `id` whatever source listed it and commits; returns
  // "ID: Title, Company" as jobindex delete prints it, or "" when no
  // posting has that id.
  std::string remove(const std::string& id);

  // Calls fn(AlertBook&) on the writer's database, one write at a time, and
  // returns what it returns. Throws SearchError for a sharded database.
  nlohmann::ordered_json with_alerts(const std::function<nlohmann::ordered_json(AlertBook&)>& fn);

 private:
  IndexWriter& writer_for(const std::string& id);

  std::string db_;
  std::mutex mutex_;  // one write at a time
  std::vector<std::unique_ptr<IndexWriter>> shards_;
};

}  // namespace jobsearch
