#include "indexer/sync_snapshot.h"

#include <ostream>

#include "common/posting_parser.h"

namespace jobsearch {
namespace {

class SnapshotReader : public RecordHandler {
 public:
  SnapshotReader(Snapshot& snapshot, std::ostream& errors) : snapshot_(snapshot), errors_(errors) {}

  void on_record(const std::string& origin, const nlohmann::json& value) override {
    ++snapshot_.records;
    ParsedRecord parsed = parse_record(value);
    for (const std::string& reason : parsed.rejections) reject(origin, reason);
    for (Posting& posting : parsed.postings) snapshot_.postings.push_back(std::move(posting));
  }

  void on_bad_record(const std::string& origin, const std::string& reason) override {
    ++snapshot_.records;
    reject(origin, reason);
  }

  void on_unreadable(const std::string& path, const std::string& reason) override {
    ++snapshot_.unreadable_paths;
    errors_ << path << ": cannot read: " << reason << '\n';
  }

 private:
  void reject(const std::string& origin, const std::string& reason) {
    ++snapshot_.rejected;
    errors_ << origin << ": rejected: " << reason << '\n';
  }

  Snapshot& snapshot_;
  std::ostream& errors_;
};

}  // namespace

Snapshot read_snapshot(const std::vector<std::string>& paths, const SourceLimits& limits,
                       std::ostream& errors) {
  Snapshot snapshot;
  SnapshotReader reader(snapshot, errors);
  read_sources(paths, reader, limits);
  return snapshot;
}

}  // namespace jobsearch
