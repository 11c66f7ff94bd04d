#include "searcher/http/posting_writes.h"

#include <map>
#include <utility>

#include "common/json_parse.h"
#include "common/posting_parser.h"
#include "common/schema.h"
#include "indexer/index_writer.h"
#include "indexer/removal.h"
#include "indexer/shard_layout.h"
#include "searcher/engine/alerts.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

using json = nlohmann::ordered_json;

// Each request is committed whole: the batch size only bounds a huge body.
constexpr unsigned kBatchSize = 10000;

// One record of a body: where it is, and its value or why it is no JSON.
struct BodyRecord {
  std::string origin;
  nlohmann::json value;
  std::string error;
};

// The records of `body`: one value (an array gives its elements), or else
// one per non-empty line (JSONL), as jobindex reads a file.
std::vector<BodyRecord> body_records(std::string_view body) {
  std::vector<BodyRecord> records;
  JsonParse whole = parse_json(body);
  if (whole.ok()) {
    if (!whole.value.is_array()) return {{"body", std::move(whole.value), ""}};
    for (std::size_t i = 0; i < whole.value.size(); ++i) {
      records.push_back({"[" + std::to_string(i) + "]", std::move(whole.value[i]), ""});
    }
    return records;
  }
  std::size_t start = 0, line = 0;
  while (start <= body.size()) {
    std::size_t end = body.find('\n', start);
    if (end == std::string_view::npos) end = body.size();
    ++line;
    std::string_view text = body.substr(start, end - start);
    if (text.find_first_not_of(" \t\r") != std::string_view::npos) {
      JsonParse one = parse_json(text);
      records.push_back({"line " + std::to_string(line), std::move(one.value), one.error});
    }
    start = end + 1;
  }
  if (records.size() <= 1) return {{"body", nullptr, whole.error}};
  return records;
}

const char* outcome_name(WriteOutcome outcome) {
  switch (outcome) {
    case WriteOutcome::kAdded:
      return "added";
    case WriteOutcome::kUpdated:
      return "updated";
    case WriteOutcome::kUnchanged:
      return "unchanged";
    case WriteOutcome::kMergedRepost:
      return "merged_repost";
    case WriteOutcome::kWordsOnly:
      return "words_only";
  }
  return "added";
}

}  // namespace

PostingWrites::PostingWrites(const std::string& db) : db_(db) {
  for (const std::string& path : existing_shards(db, false)) {
    shards_.push_back(std::make_unique<IndexWriter>(path, kBatchSize));
  }
}

PostingWrites::~PostingWrites() = default;

IndexWriter& PostingWrites::writer_for(const std::string& id) {
  return *shards_[shard_for_id(id, shards_.size())];
}

json PostingWrites::post(std::string_view body) {
  json results = json::array();
  std::map<std::string, std::uint64_t> counts{
      {"added", 0}, {"updated", 0}, {"unchanged", 0}, {"rejected", 0}};
  std::vector<BodyRecord> records = body_records(body);
  std::lock_guard<std::mutex> lock(mutex_);
  for (const BodyRecord& record : records) {
    ParsedRecord parsed;
    if (record.error.empty()) parsed = parse_record(record.value);
    if (!record.error.empty()) parsed.rejections.push_back(record.error);
    for (const std::string& reason : parsed.rejections) {
      ++counts["rejected"];
      results.push_back({{"record", record.origin}, {"status", "rejected"}, {"reason", reason}});
    }
    for (const Posting& posting : parsed.postings) {
      const char* status = outcome_name(writer_for(posting.id).write(posting));
      if (counts.count(status)) ++counts[status];
      results.push_back({{"record", record.origin},
                         {"status", status},
                         {"id", posting.id},
                         {"title", posting.title}});
    }
  }
  for (auto& shard : shards_) shard->commit();
  json answer{{"records", records.size()}};
  for (const auto& [name, n] : counts) answer[name] = n;
  answer["results"] = std::move(results);
  return answer;
}

std::string PostingWrites::remove(const std::string& id) {
  if (id.empty() || id.size() > schema::kMaxTermLength) return "";
  std::lock_guard<std::mutex> lock(mutex_);
  Xapian::WritableDatabase& database = writer_for(id).database();
  const std::string term = schema::kIdPrefix + id;
  Xapian::PostingIterator it = database.postlist_begin(term);
  if (it == database.postlist_end(term)) return "";
  std::string described = describe_posting(database.get_document(*it));
  database.delete_document(term);
  writer_for(id).commit();
  return described;
}

json PostingWrites::with_alerts(const std::function<json(AlertBook&)>& fn) {
  if (shards_.size() != 1) {
    throw SearchError("saved searches need a single database, and this one is sharded");
  }
  std::lock_guard<std::mutex> lock(mutex_);
  AlertBook book(db_, shards_[0]->database());
  return fn(book);
}

}  // namespace jobsearch
