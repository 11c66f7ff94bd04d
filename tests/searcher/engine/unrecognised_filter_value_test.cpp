// A facet value that normalises to nothing ("employment_type=garbage") is a
// filter no posting passes, not a filter that is left out: the user asked for
// a value no posting has. Guards the query that stands for it, which must be
// non-empty (Xapian::Query::MatchNothing is empty(), and an empty filter
// query means "no filter" to Filters and to the facet passes).
#include <gtest/gtest.h>
#include <xapian.h>

#include "common/facet_terms.h"
#include "common/schema.h"
#include "searcher/engine/filters.h"

namespace jobsearch {
namespace {

Xapian::doccount matches(const Xapian::Database& database, const SearchRequest& request) {
  FilterContext context;
  context.hide_expired = false;
  Filters filters(request, context);
  Xapian::Query filter = filters.all_except();
  Xapian::Query all(std::string{});
  Xapian::Enquire enquire(database);
  enquire.set_query(filter.empty() ? all : Xapian::Query(Xapian::Query::OP_FILTER, all, filter));
  return enquire.get_mset(0, 10).get_matches_estimated();
}

TEST(UnrecognisedFilterValue, MatchesNoPosting) {
  Xapian::WritableDatabase database(std::string{}, Xapian::DB_BACKEND_INMEMORY);
  for (const char* type : {"FULL_TIME", "PART_TIME"}) {
    Xapian::Document document;
    document.add_boolean_term(facet_term(schema::kEmploymentFacet, type));
    database.add_document(document);
  }
  SearchRequest request;
  EXPECT_EQ(matches(database, request), 2u);
  request.filters["employment_type"] = {"full time"};
  EXPECT_EQ(matches(database, request), 1u);
  request.filters["employment_type"] = {"garbage"};
  EXPECT_EQ(matches(database, request), 0u);
  request.filters["employment_type"] = {"garbage", "part-time"};
  EXPECT_EQ(matches(database, request), 1u);
  request.filters["employment_type"] = {""};
  EXPECT_EQ(matches(database, request), 0u);
}

}  // namespace
}  // namespace jobsearch
