// End to end: what a posting says beside its description (qualifications,
// benefits, hours, direct apply, openings, the company's site) is kept,
// searchable and shown by `get`.
#include <gtest/gtest.h>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

TEST(PostingDetails, AreSearchableAndShownInFull) {
  TempDir tmp;
  write_file(tmp.file("posting.json"),
             json{
                 {"@type", "JobPosting"},
                 {"title", "Welder"},
                 {"description", "Join our shop."},
                 {"qualifications", "A forklift license."},
                 {"jobBenefits", "Dental cover."},
                 {"workHours", "Night shift"},
                 {"directApply", true},
                 {"totalJobOpenings", 4},
                 {"hiringOrganization", {{"name", "Acme"}, {"sameAs", "https://acme.example"}}},
             }
                 .dump());
  ASSERT_EQ(index(tmp.file("db"), {tmp.file("posting.json")}).exit_code, 0);
  for (const char* word : {"forklift", "dental", "night"}) {
    json found = search_json(tmp.file("db"), {word, "--facets", "none"});
    EXPECT_EQ(found["total"], 1) << word;
  }
  json found = search_json(tmp.file("db"), {"welder", "--facets", "none"});
  ASSERT_EQ(found["results"].size(), 1u);
  json posting = search_json(tmp.file("db"), {"get", found["results"][0]["id"]});
  EXPECT_EQ(posting["qualifications"], "A forklift license.") << posting.dump();
  EXPECT_EQ(posting["benefits"], "Dental cover.");
  EXPECT_EQ(posting["work_hours"], "Night shift");
  EXPECT_EQ(posting["direct_apply"], true);
  EXPECT_EQ(posting["openings"], 4);
  EXPECT_EQ(posting["company_url"], "https://acme.example");
}

}  // namespace
}  // namespace jobsearch::e2e
