#include "indexer/index_run.h"

#include <iomanip>
#include <ostream>

#include "common/posting_parser.h"

namespace jobsearch {
namespace {

// Reasons are grouped without their place in an @graph ("@graph[2]: ").
std::string reason_group(const std::string& reason) {
  if (reason.rfind("@graph[", 0) == 0 || reason.rfind("[", 0) == 0) {
    std::size_t colon = reason.find(": ");
    if (colon != std::string::npos) return reason.substr(colon + 2);
  }
  if (reason.rfind("invalid JSON", 0) == 0) return "invalid JSON";
  return reason;
}

}  // namespace

IndexRun::IndexRun(ParallelWriter& writer, std::ostream& errors, bool verbose)
    : writer_(writer), errors_(errors), verbose_(verbose) {}

void IndexRun::on_record(const std::string& origin, const nlohmann::json& value) {
  ++counts_.records;
  ParsedRecord parsed = parse_record(value);
  for (const std::string& reason : parsed.rejections) reject(origin, reason);
  counts_.fields_dropped += parsed.warnings.size();
  counts_.fields_simplified += parsed.simplified.size();
  if (verbose_) {
    for (const std::string& warning : parsed.warnings) {
      errors_ << origin << ": field dropped: " << warning << '\n';
    }
    for (const std::string& note : parsed.simplified) {
      errors_ << origin << ": field simplified: " << note << '\n';
    }
    for (const std::string& name : parsed.unread) {
      errors_ << origin << ": property not read: " << name << '\n';
    }
  }
  for (Posting& posting : parsed.postings) {
    ++counts_.postings;
    writer_.write(std::move(posting));
  }
  if (progress_) progress_(counts_);
}

void IndexRun::on_bad_record(const std::string& origin, const std::string& reason) {
  ++counts_.records;
  reject(origin, reason);
}

void IndexRun::on_unreadable(const std::string& path, const std::string& reason) {
  ++counts_.unreadable_paths;
  errors_ << path << ": cannot read: " << reason << '\n';
}

void IndexRun::reject(const std::string& origin, const std::string& reason) {
  ++counts_.rejected;
  ++counts_.rejected_by_reason[reason_group(reason)];
  errors_ << origin << ": rejected: " << reason << '\n';
}

const IndexCounts& IndexRun::finish() {
  WriteCounts written = writer_.finish();
  counts_.added = written.added;
  counts_.updated = written.updated;
  counts_.unchanged = written.unchanged;
  counts_.merged_reposts = written.merged_reposts;
  counts_.other_shards = written.other_shards;
  counts_.words_only = written.words_only;
  return counts_;
}

void print_summary(const IndexCounts& c, std::chrono::duration<double> elapsed,
                   Xapian::doccount documents, std::ostream& out) {
  double seconds = elapsed.count();
  out << "records read:       " << c.records << '\n'
      << "postings found:     " << c.postings << '\n'
      << "indexed (new):      " << c.added << '\n'
      << "updated:            " << c.updated << '\n'
      << "unchanged:          " << c.unchanged << '\n'
      << "merged as re-posts: " << c.merged_reposts << '\n'
      << "rejected:           " << c.rejected << '\n';
  if (c.words_only > 0) {
    out << "words kept from:    " << c.words_only << " (a lexicon: no posting stored)\n";
  }
  if (c.other_shards > 0) out << "other shards:       " << c.other_shards << " (not stored here)\n";
  for (const auto& [reason, n] : c.rejected_by_reason) out << "  " << n << "  " << reason << '\n';
  if (c.fields_dropped > 0)
    out << "fields dropped:     " << c.fields_dropped << " (--verbose lists them)\n";
  if (c.fields_simplified > 0) {
    out << "fields simplified:  " << c.fields_simplified << " (--verbose lists them)\n";
  }
  if (c.unreadable_paths > 0) out << "unreadable paths:   " << c.unreadable_paths << '\n';
  out << "documents in database: " << documents << '\n'
      << std::fixed << std::setprecision(2) << "elapsed: " << seconds << " s, "
      << std::setprecision(0) << (seconds > 0 ? c.postings / seconds : 0.0) << " postings/s\n";
}

}  // namespace jobsearch
