// result_fields.h: the fields of each hit a request asks for, as
// Elasticsearch's `_source` includes, Meilisearch's attributesToRetrieve
// and Typesense's include_fields: what no one asked for is neither made
// (snippets, distances) nor sent, and the stored posting is not read when
// nothing asked comes from it.
#pragma once

#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

namespace jobsearch {

class ResultFields {
 public:
  // Every field.
  ResultFields() = default;

  // The fields named in `lists` ("title,company", repeatable; spaces
  // around a name are dropped); every field when none is named. Throws
  // SearchError naming a field that no hit has.
  static ResultFields parse(const std::vector<std::string>& lists);

  // rank, score, id and similar_count: what `ids_only` asks for, for a
  // caller that shows postings it already has.
  static ResultFields ids();

  // Every field a hit can have, in the order of a full hit's JSON.
  static const std::vector<std::string>& names();

  // rank, score and id always come: they say which posting a hit is.
  bool has(std::string_view name) const;

  // Whether a field asked for is read from the stored posting (the
  // posting's own fields, the snippets made from them, the distance to
  // its locations).
  bool needs_posting() const;

 private:
  std::optional<std::set<std::string, std::less<>>> asked_;  // nullopt: all
};

}  // namespace jobsearch
