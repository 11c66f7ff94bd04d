// Tests of indexer/source_terms: which sources list a stored posting.
#include "indexer/source_terms.h"

#include <gtest/gtest.h>

#include <algorithm>

#include "common/schema.h"

namespace jobsearch {
namespace {

using Sources = std::set<std::string>;

Posting posting_with_url(const std::string& url) {
  Posting posting;
  posting.id = "a1";
  posting.title = "Welder";
  posting.company = "Acme";
  posting.url = url;
  return posting;
}

std::vector<std::string> terms(const Xapian::Document& document) {
  return {document.termlist_begin(), document.termlist_end()};
}

TEST(SourceTerms, ADocumentWithoutSourceTermsBelongsToThePlainSource) {
  EXPECT_EQ(document_sources(Xapian::Document()), Sources{""});
}

TEST(SourceTerms, EachSourceGetsItsTermAndItsStrongEditKey) {
  Xapian::Document document;
  add_source_terms(document, posting_with_url("https://acme.example/1"), {"", "feed"});
  EXPECT_EQ(document_sources(document), (Sources{"", "feed"}));
  const std::vector<std::string> all = terms(document);
  EXPECT_EQ(all.size(), 4u);  // XSRC:, XSRC:feed and one XEK term each
  EXPECT_EQ(
      std::count_if(all.begin(), all.end(),
                    [](const std::string& t) { return t.rfind(schema::kEditKeyPrefix, 0) == 0; }),
      2);
}

TEST(SourceTerms, AWeakKeyGetsNoEditKeyTerm) {
  Xapian::Document document;
  add_source_terms(document, posting_with_url(""), {"feed"});
  EXPECT_EQ(terms(document), std::vector<std::string>{std::string(schema::kSourcePrefix) + "feed"});
  EXPECT_EQ(edit_key_term(posting_with_url(""), "feed"), "");
}

TEST(SourceTerms, RemovingASourceKeepsTheOthersAndTheLastOneEmptiesIt) {
  const Posting posting = posting_with_url("https://acme.example/1");
  Xapian::Document document;
  add_source_terms(document, posting, {"acme", "feed"});
  EXPECT_TRUE(remove_source_terms(document, posting, "acme"));
  EXPECT_EQ(document_sources(document), Sources{"feed"});
  EXPECT_EQ(terms(document).size(), 2u);
  EXPECT_TRUE(remove_source_terms(document, posting, "other"));  // not listed: nothing to do
  EXPECT_FALSE(remove_source_terms(document, posting, "feed"));
}

}  // namespace
}  // namespace jobsearch
