// document_builder.h: a Posting -> the Xapian document that stores it.
//
// Follows schema.h: free text with positions (title weighted above the
// description, and also indexed under its own prefix so it can be scored as
// a field of its own), boolean terms for filters, values for facets, dates,
// salary, experience and coordinates, and the posting's JSON as data.
#pragma once

#include <xapian.h>

#include "posting.h"

namespace jobsearch {

class DocumentBuilder {
 public:
  // With `spelling`, every word of the unprefixed text (titles, skills,
  // descriptions, ...) also goes into its spelling table, for "did you
  // mean". `spelling` must outlive the builder.
  explicit DocumentBuilder(Xapian::WritableDatabase* spelling = nullptr);

  // The document for `posting`, whose id must be set. Never throws for any
  // content of a Posting; may throw Xapian::Error only on internal failure.
  Xapian::Document build(const Posting& posting);

 private:
  void index_text(const Posting& posting);
  void index_field(const std::string& text, const char* prefix, unsigned weight);
  void add_filter_terms(const Posting& posting, Xapian::Document& document) const;
  void add_values(const Posting& posting, Xapian::Document& document) const;

  Xapian::TermGenerator generator_;
};

}  // namespace jobsearch
