#include "searcher/engine/length_weight.h"

#include <algorithm>
#include <cmath>

#include "searcher/engine/every_document_source.h"

namespace jobsearch {
namespace {

// The candidate the matcher is on: noted by CandidateSource, read by
// ColumnBM25Weight. One per query, shared by their clones.
using Candidate = std::shared_ptr<Xapian::docid>;

// Every document id, noting the one the match is on.
class CandidateSource : public EveryDocumentSource {
 public:
  explicit CandidateSource(Candidate candidate) : candidate_(std::move(candidate)) {}

  PostingSource* clone() const override { return new CandidateSource(candidate_); }
  std::string get_description() const override { return "CandidateSource()"; }

 private:
  void moving_to(Xapian::docid docid) override { *candidate_ = docid; }

  Candidate candidate_;
};

// Xapian::BM25Weight() (k1 1, k2 0, k3 1, b 0.5, min_normlen 0.5; no
// relevance set, which the engine never gives), step for step, with the
// length of the candidate noted instead of the one Xapian would read.
class ColumnBM25Weight : public Xapian::Weight {
 public:
  ColumnBM25Weight(const LengthColumn& lengths, Candidate candidate)
      : lengths_(lengths), candidate_(std::move(candidate)) {
    need_stat(COLLECTION_SIZE);
    need_stat(TERMFREQ);
    need_stat(WDF);
    need_stat(WDF_MAX);
    need_stat(DOC_LENGTH_MIN);
    need_stat(AVERAGE_LENGTH);
    need_stat(WQF);
  }

  std::string name() const override { return "jobsearch::ColumnBM25Weight"; }
  Xapian::Weight* clone() const override { return new ColumnBM25Weight(lengths_, candidate_); }

  void init(double factor) override {
    const Xapian::doccount documents = get_termfreq();
    double ratio = (get_collection_size() - documents + 0.5) / (documents + 0.5);
    // BM25Weight's guard against negative weights for terms in over half
    // the documents.
    if (ratio < 2) ratio = ratio * 0.5 + 1;
    term_weight_ = std::log(ratio) * factor;
    const double wqf = get_wqf();
    term_weight_ *= (kK3 + 1) * wqf / (kK3 + wqf);
    term_weight_ *= (kK1 + 1);
    length_factor_ = get_average_length();
    if (length_factor_ != 0) length_factor_ = 1 / length_factor_;
  }

  double get_sumpart(Xapian::termcount wdf, Xapian::termcount /*unread*/,
                     Xapian::termcount /*unique_terms*/) const override {
    return part(wdf, lengths_.at(*candidate_));
  }
  double get_maxpart() const override {
    const Xapian::termcount wdf_max = get_wdf_upper_bound();
    return part(wdf_max, std::max(wdf_max, get_doclength_lower_bound()));
  }
  // k2 is 0: nothing beyond the terms' parts.
  double get_sumextra(Xapian::termcount, Xapian::termcount) const override { return 0; }
  double get_maxextra() const override { return 0; }

 private:
  static constexpr double kK1 = 1, kK3 = 1, kB = 0.5, kMinNormalLength = 0.5;

  double part(Xapian::termcount wdf, Xapian::termcount length) const {
    const Xapian::doclength normal_length = std::max(length * length_factor_, kMinNormalLength);
    const double wdf_double = wdf;
    const double denominator = kK1 * (normal_length * kB + (1 - kB)) + wdf_double;
    return term_weight_ * (wdf_double / denominator);
  }

  const LengthColumn& lengths_;
  Candidate candidate_;
  double term_weight_ = 0, length_factor_ = 0;
};

// Whether `query` is scaled to weigh nothing ("0 * ..."): Xapian's Query
// tells its factor only by its description.
bool weighs_nothing(const Xapian::Query& query) {
  return query.get_type() == Xapian::Query::OP_SCALE_WEIGHT &&
         query.get_description().rfind("Query(0 * ", 0) == 0;
}

// Whether `query` holds a phrase or a NEAR that may weigh something, which
// Xapian weighs ahead of the match (its SelectPostList, over the whole AND
// the phrase sits in, to skip postings too light for the page). A filter
// whose left side weighs nothing weighs nothing at all (the query
// builder's phrases weighed as their words: `0 * word FILTER phrase`).
bool weighed_ahead(const Xapian::Query& query) {
  if (weighs_nothing(query)) return false;
  const Xapian::Query::op type = query.get_type();
  if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) return true;
  if (type == Xapian::Query::OP_FILTER && weighs_nothing(query.get_subquery(0))) return false;
  for (std::size_t i = 0; i < query.get_num_subqueries(); ++i) {
    if (weighed_ahead(query.get_subquery(i))) return true;
  }
  return false;
}

}  // namespace

LengthColumn::LengthColumn(const Xapian::Database& database)
    : lengths_(database.get_lastdocid() + 1, 0) {
  const std::string every;  // the length list: every document
  for (auto it = database.postlist_begin(every); it != database.postlist_end(every); ++it) {
    lengths_[*it] = it.get_doclength();
  }
}

std::optional<LengthWeighing> weighed_by_lengths(const Xapian::Query& query,
                                                 const LengthColumn& lengths) {
  if (weighed_ahead(query)) return std::nullopt;
  auto candidate = std::make_shared<Xapian::docid>(0);
  return LengthWeighing{filtered_by(query, new CandidateSource(candidate)),
                        std::make_unique<ColumnBM25Weight>(lengths, candidate)};
}

}  // namespace jobsearch
