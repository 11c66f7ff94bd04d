// posting_builder.h: postings for tests, as a Posting or as the JSON-LD a
// site would publish.
//
//   Posting nurse = PostingBuilder("n1").title("Registered Nurse").place("Austin", "TX", "US");
//   std::string line = PostingBuilder().title("Welder").jsonld_line();  // a JSONL record
//
// Only what a test sets is filled in: a builder of one title makes the
// smallest posting jobindex accepts.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "common/posting.h"

namespace jobsearch::test {

class PostingBuilder {
 public:
  // `id` is the posting's id as the index stores it (Q + id); it is not part
  // of the JSON-LD, from which jobindex computes its own.
  explicit PostingBuilder(std::string id = "");

  PostingBuilder& title(std::string text);
  PostingBuilder& company(std::string name);
  PostingBuilder& description(std::string text);
  PostingBuilder& url(std::string text);
  PostingBuilder& source_id(std::string text);
  // Adds a place of work; `place` is the short form for one without a
  // postal code or coordinates.
  PostingBuilder& location(Location location);
  PostingBuilder& place(std::string locality, std::string region = "", std::string country = "");
  PostingBuilder& remote(bool remote = true);
  // Adds one value (FULL_TIME, ...; "bachelor degree", ...).
  PostingBuilder& employment_type(std::string type);
  PostingBuilder& education(std::string category);
  PostingBuilder& experience_months(int months);
  // The salary as given: its annual_min/annual_max are whatever `salary`
  // holds (the indexer's parser computes them from JSON-LD, not this).
  PostingBuilder& salary(Salary salary);
  PostingBuilder& posted(std::string date);  // YYYY-MM-DD
  PostingBuilder& valid_through(std::string date);
  PostingBuilder& industry(std::string name);
  PostingBuilder& skill(std::string name);
  PostingBuilder& occupational_category(std::string code);

  const Posting& posting() const { return posting_; }
  // Implicit, so that a list of builders is a list of postings.
  operator Posting() const { return posting_; }

  // A schema.org JobPosting object holding what was set, in the shapes
  // schema.org documents (hiringOrganization an Organization, jobLocation a
  // list of Places with a PostalAddress and GeoCoordinates, baseSalary a
  // MonetaryAmount, ...); posting_parser reads it back to the same fields.
  nlohmann::json jsonld() const;
  // jsonld() on one line: a record of a JSONL file.
  std::string jsonld_line() const { return jsonld().dump(); }

 private:
  Posting posting_;
};

}  // namespace jobsearch::test
