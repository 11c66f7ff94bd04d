#include "common/posting_id.h"

#include <gtest/gtest.h>

#include <functional>
#include <string>
#include <vector>

#include "common/posting_parser.h"

namespace jobsearch {
namespace {

using nlohmann::json;

struct Parts {
  std::string title = "Welder";
  std::string company = "Acme &amp; Sons";
  std::string locations =
      R"({"@type":"Place","address":{"addressLocality":"Austin","addressRegion":"TX"},)"
      R"("latitude":30.2672,"longitude":-97.7431})";
  std::string description = "&lt;p&gt;Weld things&lt;/p&gt;";

  std::string id() const { return posting_id(title, company, locations, description); }
};

TEST(PostingId, IsSixteenLowerCaseHexDigits) {
  for (const std::string& id : {Parts().id(), posting_id("", "", "", "")}) {
    ASSERT_EQ(id.size(), 16u) << id;
    for (char c : id) EXPECT_TRUE((c >= '0' && c <= '9') || (c >= 'a' && c <= 'f')) << id;
  }
}

// Pinned: an id that changed would re-key every database already built.
TEST(PostingId, KnownInputGivesKnownId) {
  EXPECT_EQ(Parts().id(), "c6520b59bc861763");
  EXPECT_EQ(posting_id("", "", "", ""), "0c8210784d8af5a5");
}

TEST(PostingId, EqualContentGivesEqualIds) { EXPECT_EQ(Parts().id(), Parts().id()); }

TEST(PostingId, AnyContentDifferenceGivesAnotherId) {
  const std::vector<std::pair<const char*, std::function<void(Parts&)>>> changes = {
      {"title", [](Parts& p) { p.title = "Welder II"; }},
      {"company", [](Parts& p) { p.company = "Acme & Sons"; }},
      {"description", [](Parts& p) { p.description += " "; }},
      {"locality", [](Parts& p) { p.locations.replace(p.locations.find("Austin"), 6, "Dallas"); }},
      {"latitude",
       [](Parts& p) { p.locations.replace(p.locations.find("30.2672"), 7, "30.2673"); }},
      {"no location", [](Parts& p) { p.locations.clear(); }},
      {"moved part", [](Parts& p) { p.title = "Welder Acme &amp; Sons", p.company = ""; }},
  };
  const std::string original = Parts().id();
  for (const auto& [name, change] : changes) {
    Parts parts;
    change(parts);
    EXPECT_NE(parts.id(), original) << name;
  }
}

json posting_json() {
  return json::parse(R"({"@type": "JobPosting", "title": "Data Scientist- Strategy &amp; Analytics",
      "hiringOrganization": {"@type": "Organization", "name": "Johnson &amp; Johnson"},
      "description": "&lt;p&gt;Model things&lt;/p&gt;", "datePosted": "2021-10-14",
      "identifier": {"@type": "PropertyValue", "name": "Johnson &amp; Johnson", "value": "R-1"},
      "jobLocation": {"@type": "Place", "address": {"addressLocality": "Austin",
        "addressCountry": "US"}, "latitude": 30.2672, "longitude": -97.7431}})");
}

std::string parsed_id(const json& node) {
  ParsedRecord record = parse_record(node);
  return record.postings.empty() ? "rejected" : record.postings[0].id;
}

TEST(PostingId, ParsedRepostsShareTheirId) {
  const std::string original = parsed_id(posting_json());
  const std::vector<std::pair<const char*, json>> same = {
      {"/datePosted", "2021-11-01"},       {"/identifier/value", "R-2"},
      {"/validThrough", "2021-12-01"},     {"/employmentType", "PART_TIME"},
      {"/hiringOrganization/sameAs", "x"},
  };
  for (const auto& [path, value] : same) {
    json node = posting_json();
    node[json::json_pointer(path)] = value;
    EXPECT_EQ(parsed_id(node), original) << path;
  }
}

TEST(PostingId, ParsedPostingsDifferingInContentDiffer) {
  const std::string original = parsed_id(posting_json());
  const std::vector<std::pair<const char*, json>> different = {
      {"/title", "Data Scientist- Strategy & Analytics"},  // raw text counts, byte for byte
      {"/hiringOrganization/name", "Johnson & Johnson"},
      {"/description", "&lt;p&gt;Model things.&lt;/p&gt;"},
      {"/jobLocation/address/addressLocality", "Dallas"},
      {"/jobLocation/latitude", 30.3},
      {"/jobLocation/@type", "Thing"},  // the location as given counts, byte for byte
  };
  for (const auto& [path, value] : different) {
    json node = posting_json();
    node[json::json_pointer(path)] = value;
    EXPECT_NE(parsed_id(node), original) << path;
  }
}

TEST(PostingId, RepostKeyIgnoresPlaceAndCase) {
  Posting a;
  a.title = "Welder";
  a.company = "Acme";
  a.description = "Weld things";
  Posting b = a;
  b.title = "WELDER";
  b.company = "acme";
  b.locations = {{"Dallas", "TX", "US", "", std::nullopt, std::nullopt}};
  b.date_posted = "2021-01-01";
  EXPECT_EQ(repost_key(a), repost_key(b));
  EXPECT_EQ(repost_key(a).size(), 16u);
  b.description = "Weld other things";
  EXPECT_NE(repost_key(a), repost_key(b));
}

Posting edited_posting() {
  Posting p;
  p.title = "Registered Nurse";
  p.company = "Mercy Health";
  p.description = "Patient care on a busy ward.";
  p.source_id = "MH-1";
  p.locations = {Location{"Austin", "TX", "US", "", std::nullopt, std::nullopt}};
  return p;
}

TEST(EditKey, AnEditedDescriptionOrSalaryKeepsTheKey) {
  Posting edited = edited_posting();
  edited.description = "Patient care on a quiet ward.";
  edited.salary = Salary{50000.0, 60000.0, "USD", "YEAR", 50000.0, 60000.0};
  EXPECT_EQ(edit_key(edited, "").value, edit_key(edited_posting(), "").value);
  EXPECT_TRUE(edit_key(edited, "").strong);
}

TEST(EditKey, CaseAndSpacingDoNotCountButTitlePlaceAndCompanyDo) {
  const std::string key = edit_key(edited_posting(), "").value;
  Posting shouted = edited_posting();
  shouted.title = "REGISTERED NURSE";
  EXPECT_EQ(edit_key(shouted, "").value, key);
  // A requisition id reused for another title or city is another job
  // (corpus/identity_cases.json, cases B and C).
  const std::vector<std::pair<const char*, std::function<void(Posting&)>>> changes = {
      {"title", [](Posting& p) { p.title = "Nurse Practitioner"; }},
      {"city", [](Posting& p) { p.locations[0].locality = "Dallas"; }},
      {"company", [](Posting& p) { p.company = "Mercy Valley"; }},
      {"requisition id", [](Posting& p) { p.source_id = "MH-2"; }},
  };
  for (const auto& [what, change] : changes) {
    Posting other = edited_posting();
    change(other);
    EXPECT_NE(edit_key(other, "").value, key) << what;
  }
}

TEST(EditKey, TheUrlAloneIdentifiesAPostingThatHasOne) {
  Posting posting = edited_posting();
  posting.url = "https://careers.example/jobs/1";
  Posting fixed = posting;
  fixed.title = "Registered Nurse (Nights)";
  fixed.source_id = "";
  EXPECT_EQ(edit_key(fixed, "").value, edit_key(posting, "").value);
  fixed.url = "https://careers.example/jobs/2";
  EXPECT_NE(edit_key(fixed, "").value, edit_key(posting, "").value);
}

TEST(EditKey, WithoutUrlOrRequisitionIdTheKeyIsWeak) {
  Posting posting = edited_posting();
  posting.source_id = "";
  EXPECT_FALSE(edit_key(posting, "").strong);
  EXPECT_EQ(edit_key(posting, "").value.size(), 16u);
}

TEST(EditKey, EachSourceHasItsOwnKeys) {
  EXPECT_NE(edit_key(edited_posting(), "feed").value, edit_key(edited_posting(), "").value);
}

}  // namespace
}  // namespace jobsearch
