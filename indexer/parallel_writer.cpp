#include "indexer/parallel_writer.h"

#include <set>
#include <unordered_set>

#include "indexer/shard_layout.h"
#include "indexer/source_terms.h"

namespace jobsearch {
namespace {

void count(WriteOutcome outcome, WriteCounts& counts) {
  switch (outcome) {
    case WriteOutcome::kAdded:
      ++counts.added;
      break;
    case WriteOutcome::kUpdated:
      ++counts.updated;
      break;
    case WriteOutcome::kUnchanged:
      ++counts.unchanged;
      break;
    case WriteOutcome::kMergedRepost:
      ++counts.merged_reposts;
      break;
    case WriteOutcome::kWordsOnly:
      ++counts.words_only;
      break;
  }
}

}  // namespace

ParallelWriter::ParallelWriter(const std::vector<std::string>& paths, unsigned batch_size,
                               const std::vector<SynonymRule>& synonyms, const std::string& source,
                               WordPositions positions)
    : source_(source) {
  for (const std::string& path : paths) {
    auto shard = std::make_unique<Shard>();
    // A run building databases from empty syncs them once, at their end.
    shard->writer = std::make_unique<IndexWriter>(path, batch_size, source, positions,
                                                  Durability::kAtEndWhenEmpty);
    shard->writer->add_synonyms(synonyms);
    shards_.push_back(std::move(shard));
  }
  if (!shards_.empty()) builder_ = DocumentBuilder(shards_.front()->writer->word_positions());
  for (auto& shard : shards_) shard->thread = std::thread([this, &shard] { run(*shard); });
}

ParallelWriter::~ParallelWriter() { stop(); }

void ParallelWriter::run(Shard& shard) {
  while (std::optional<std::variant<Posting, BuiltPosting, SpellingWords>> next =
             shard.queue.pop()) {
    {
      std::lock_guard<std::mutex> lock(error_mutex_);
      if (error_) continue;  // keep draining so the producer never blocks
    }
    try {
      count(std::visit([&shard](auto& posting) { return shard.writer->write(std::move(posting)); },
                       *next),
            shard.counts);
    } catch (...) {
      std::lock_guard<std::mutex> lock(error_mutex_);
      if (!error_) error_ = std::current_exception();
    }
  }
}

void ParallelWriter::rethrow_error() {
  std::lock_guard<std::mutex> lock(error_mutex_);
  if (error_) std::rethrow_exception(error_);
}

void ParallelWriter::note_other_shard(const Posting& posting) {
  ++other_shards_;
  std::string term = edit_key_term(posting, source_);
  if (!term.empty()) other_key_terms_.insert(std::move(term));
  other_ids_.insert(posting.id);
}

void ParallelWriter::write(Posting posting) {
  rethrow_error();
  if (!slice_.holds(posting.id)) {
    note_other_shard(posting);
    return;
  }
  Shard& shard = *shards_[shard_for_id(posting.id, shards_.size())];
  if (words_only_) {
    // A re-post in the same run adds its words once, as to a database.
    if (words_seen_.insert(posting.id).second) shard.queue.push(builder_.spelling_words(posting));
  } else if (shards_.size() == 1) {
    shard.queue.push(builder_.prepare(std::move(posting)));
  } else {
    shard.queue.push(std::move(posting));
  }
}

void ParallelWriter::stop() {
  for (auto& shard : shards_) shard->queue.close();
  for (auto& shard : shards_) {
    if (shard->thread.joinable()) shard->thread.join();
  }
}

std::uint64_t ParallelWriter::replace_edited() {
  // An edit's new version may be in another shard, even on another machine.
  std::set<std::string> key_terms = other_key_terms_;
  std::unordered_set<std::string> written = other_ids_;
  for (auto& shard : shards_) {
    key_terms.insert(shard->writer->added_key_terms().begin(),
                     shard->writer->added_key_terms().end());
    written.insert(shard->writer->written_ids().begin(), shard->writer->written_ids().end());
  }
  std::uint64_t replaced = 0;
  for (auto& shard : shards_) replaced += shard->writer->replace_edited(key_terms, written);
  return replaced;
}

WriteCounts ParallelWriter::finish() {
  stop();
  rethrow_error();
  WriteCounts total;
  total.other_shards = other_shards_;
  std::uint64_t replaced = replace_edited();
  total.added -= replaced;
  total.updated += replaced;
  for (auto& shard : shards_) {
    shard->writer->commit();
    total.added += shard->counts.added;
    total.updated += shard->counts.updated;
    total.unchanged += shard->counts.unchanged;
    total.merged_reposts += shard->counts.merged_reposts;
    total.words_only += shard->counts.words_only;
  }
  return total;
}

std::uint64_t ParallelWriter::document_count() const {
  std::uint64_t documents = 0;
  for (const auto& shard : shards_) documents += shard->writer->document_count();
  return documents;
}

}  // namespace jobsearch
