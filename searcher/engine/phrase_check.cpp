#include "searcher/engine/phrase_check.h"

#include <algorithm>
#include <optional>
#include <string>
#include <vector>

#include "common/position_record.h"
#include "common/schema.h"
#include "common/text_analysis.h"
#include "common/word_positions.h"
#include "searcher/engine/query_rewrite.h"

namespace jobsearch {
namespace {

using Query = Xapian::Query;

constexpr const char* kSourceName = "jobsearch.PhraseCheck";

// The postings holding every term of a phrase (one posting list each,
// walked together) whose record has them within the window.
class PhraseCheckSource : public Xapian::PostingSource {
 public:
  PhraseCheckSource(std::vector<std::string> terms, unsigned window, bool ordered)
      : terms_(std::move(terms)), codes_(kPositionSalts), window_(window), ordered_(ordered) {
    for (unsigned salt = 0; salt < kPositionSalts; ++salt) {
      for (const std::string& term : terms_) codes_[salt].push_back(position_code(term, salt));
    }
  }

  void init(const Xapian::Database& database) override {
    database_ = database;
    open_lists();
    set_maxweight(0);
    records_ = database.valuestream_begin(schema::kSlotPositions);
    current_ = 0;
    ended_ = max_ == 0;
  }
  Xapian::doccount get_termfreq_min() const override { return 0; }
  Xapian::doccount get_termfreq_est() const override { return estimate_; }
  Xapian::doccount get_termfreq_max() const override { return max_; }
  void next(double) override { find_from(current_ + 1); }
  void skip_to(Xapian::docid docid, double) override {
    if (docid > current_) find_from(docid);
  }
  bool at_end() const override { return ended_; }
  Xapian::docid get_docid() const override { return current_; }
  PostingSource* clone() const override { return new PhraseCheckSource(terms_, window_, ordered_); }
  std::string name() const override { return kSourceName; }
  std::string serialise() const override {
    std::string out = std::to_string(window_) + (ordered_ ? " phrase" : " near");
    for (const std::string& term : terms_) out += '\0' + term;
    return out;
  }
  std::string get_description() const override {
    std::string out = "PhraseCheck(" + std::string(ordered_ ? "phrase" : "near") + " within " +
                      std::to_string(window_);
    for (const std::string& term : terms_) out += " " + term;
    return out + ")";
  }

 private:
  // One posting list per distinct term; the bounds of their AND, and
  // half its estimate, as Xapian guesses a phrase's.
  void open_lists() {
    std::vector<std::string> distinct = terms_;
    std::sort(distinct.begin(), distinct.end());
    distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
    const double all = std::max(1.0, static_cast<double>(database_.get_doccount()));
    double estimate = all / 2;
    max_ = database_.get_doccount();
    lists_.clear();
    for (const std::string& term : distinct) {
      lists_.push_back(database_.postlist_begin(term));
      const Xapian::doccount frequency = database_.get_termfreq(term);
      max_ = std::min(max_, frequency);
      estimate *= frequency / all;
    }
    estimate_ = static_cast<Xapian::doccount>(estimate);
  }

  // Moves to the first posting from `docid` holding every term, in
  // their window.
  void find_from(Xapian::docid docid) {
    while (!ended_) {
      if (!align(docid)) return;
      if (holds(docid)) {
        current_ = docid;
        return;
      }
      ++docid;
    }
  }

  // Moves `docid` to the first posting from it that holds every term.
  bool align(Xapian::docid& docid) {
    for (bool moved = true; moved;) {
      moved = false;
      for (Xapian::PostingIterator& list : lists_) {
        list.skip_to(docid);
        if (list == database_.postlist_end("")) {
          ended_ = true;
          return false;
        }
        if (*list > docid) {
          docid = *list;
          moved = true;
        }
      }
    }
    return true;
  }

  // A posting without a record keeps Xapian's positions (position_record.h).
  bool holds(Xapian::docid docid) {
    auto xapian_positions = [this, docid](const std::string& term) {
      return std::vector<Xapian::termpos>(database_.positionlist_begin(docid, term),
                                          database_.positionlist_end(docid, term));
    };
    const Xapian::ValueIterator end = database_.valuestream_end(schema::kSlotPositions);
    if (records_ != end) records_.skip_to(docid);
    std::string bytes;
    if (records_ != end && records_.get_docid() == docid) bytes = *records_;
    const PositionRecord record(bytes);
    if (ordered_ && window_ == terms_.size()) {  // an exact phrase: the quick way
      const std::optional<bool> exact = record.side_by_side(codes_[record.salt() % kPositionSalts]);
      if (exact) return *exact;
    }
    return positions_hold(terms_, record.positions_of(terms_, xapian_positions), window_, ordered_);
  }

  std::vector<std::string> terms_;
  std::vector<std::vector<std::uint16_t>> codes_;  // the terms' codes under each salt
  unsigned window_;
  bool ordered_;
  Xapian::Database database_;
  std::vector<Xapian::PostingIterator> lists_;
  Xapian::ValueIterator records_;
  Xapian::doccount max_ = 0;
  Xapian::doccount estimate_ = 0;
  Xapian::docid current_ = 0;
  bool ended_ = true;
};

// The terms of `query` when it is a phrase or NEAR of unprefixed words.
std::optional<std::vector<std::string>> phrase_words(const Query& query) {
  std::vector<std::string> terms;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    const Query part = query.get_subquery(i);
    if (part.get_type() != Query::LEAF_TERM) return std::nullopt;
    const std::string term = *part.get_terms_begin();
    if (!is_plain_word_term(term)) return std::nullopt;
    terms.push_back(term);
  }
  return terms;
}

// A phrase's window: Xapian 1.4's Query has no getter for it, but says it
// in its description, "(Za PHRASE 3 Zb PHRASE 3 Zc)".
unsigned window_of(const Query& query) {
  const std::string description = query.get_description();
  const std::string op = query.get_type() == Query::OP_PHRASE ? " PHRASE " : " NEAR ";
  const std::size_t at = description.find(op);
  if (at == std::string::npos) return static_cast<unsigned>(query.get_num_subqueries());
  return static_cast<unsigned>(std::stoul(description.substr(at + op.size())));
}

std::optional<Query> checked_phrase(const Query& query) {
  std::optional<std::vector<std::string>> terms = phrase_words(query);
  if (!terms) return std::nullopt;
  Query words(Query::OP_AND, terms->begin(), terms->end());
  auto* source =
      new PhraseCheckSource(*terms, window_of(query), query.get_type() == Query::OP_PHRASE);
  return Query(Query::OP_AND_MAYBE, Query(source->release()), words);
}

std::optional<Query> rewritten(const Query& query) {
  const Query::op op = query.get_type();
  if (op == Query::OP_PHRASE || op == Query::OP_NEAR) return checked_phrase(query);
  if (!rebuildable(op)) return std::nullopt;
  return with_parts_rewritten(query,
                              [](const Query& part, std::size_t) { return rewritten(part); });
}

}  // namespace

PhraseCheck phrase_check_for(const DatabaseShards& opened) {
  return opened.remotes.empty() && word_positions_of(opened.whole) == WordPositions::kRecords
             ? PhraseCheck::kRecords
             : PhraseCheck::kPositions;
}

Query with_phrases_checked(const Query& query, PhraseCheck check) {
  if (check == PhraseCheck::kPositions) return query;
  std::optional<Query> out = rewritten(query);
  return out ? *out : query;
}

// Xapian's Query tells its posting source only by its description (the
// kept set of a phrase check names the check further in: not one).
bool is_phrase_check(const Query& query) {
  return query.get_type() == Query::LEAF_POSTING_SOURCE &&
         query.get_description().rfind("Query(PostingSource(PhraseCheck(", 0) == 0;
}

}  // namespace jobsearch
