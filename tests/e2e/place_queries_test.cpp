// End to end: a location asked for by a country's or region's name or code
// finds its postings, an ambiguous code is read by the stated rule (the
// reading with more postings), and accented spellings of one place are one
// place (README, "Places").
#include <gtest/gtest.h>

#include <algorithm>
#include <fstream>

#include "tests/e2e/e2e_support.h"

namespace jobsearch::e2e {
namespace {

using nlohmann::json;

// A posting titled `title` at one place.
std::string posting(const std::string& title, const std::string& city, const std::string& region,
                    const std::string& country) {
  json address = {{"@type", "PostalAddress"}, {"addressLocality", city}};
  if (!region.empty()) address["addressRegion"] = region;
  address["addressCountry"] = country;
  return json{{"@type", "JobPosting"},
              {"title", title},
              {"description", "Work on " + title + "."},
              {"datePosted", "2026-11-01"},
              {"hiringOrganization", {{"name", "Company of " + title}}},
              {"jobLocation", {{"@type", "Place"}, {"address", address}}}}
      .dump();
}

class PlaceQueries : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    tmp_ = new TempDir;
    std::ofstream out(tmp_->file("postings.jsonl"));
    out << posting("Pune Accented", "Pune", "Mahārāshtra", "IN") << "\n"
        << posting("Pune Plain", "Pune", "Maharashtra", "India") << "\n"
        << posting("Mumbai", "Mumbai", "Maharashtra", "IND") << "\n"
        << posting("Indianapolis", "Indianapolis", "IN", "US") << "\n"
        << posting("Fort Wayne", "Fort Wayne", "Indiana", "USA") << "\n"
        << posting("Toronto", "Toronto", "ON", "Canada") << "\n"
        << posting("San Jose", "San Jose", "CA", "US") << "\n"
        << posting("Austin", "Austin", "Texas", "United States") << "\n"
        << posting("Athens", "Athens", "", "GRC") << "\n"
        << posting("Atlanta", "Atlanta", "GA", "US") << "\n"
        << posting("Tbilisi", "Tbilisi", "", "Georgia") << "\n"
        << json{{"@type", "JobPosting"},
                {"title", "Remote Welder"},
                {"hiringOrganization", {{"name", "Remote Co"}}},
                {"jobLocationType", "TELECOMMUTE"},
                {"applicantLocationRequirements", {{"@type", "Country"}, {"name", "Greece"}}}}
               .dump()
        << "\n";
    out.close();
    ASSERT_EQ(index(tmp_->file("db"), {tmp_->file("postings.jsonl")}).exit_code, 0);
  }
  static void TearDownTestSuite() { delete tmp_; }

  static json search(const std::vector<std::string>& locations) {
    std::vector<std::string> args = {"--facets", "location:20", "--now", "2026-11-29"};
    for (const std::string& place : locations) args.insert(args.end(), {"--location", place});
    return search_json(tmp_->file("db"), args);
  }
  // The titles found for `location`, sorted.
  static std::vector<std::string> titles(const std::string& location) {
    std::vector<std::string> found;
    const json response = search({location});  // kept: a temporary's member would dangle
    for (const json& result : response["results"]) found.push_back(result["title"]);
    std::sort(found.begin(), found.end());
    return found;
  }
  static TempDir* tmp_;
};
TempDir* PlaceQueries::tmp_;

using Titles = std::vector<std::string>;

TEST_F(PlaceQueries, ACountryByNameOrCodeFindsItsPostings) {
  const Titles india = {"Mumbai", "Pune Accented", "Pune Plain"};
  EXPECT_EQ(titles("India"), india);
  EXPECT_EQ(titles("IND"), india);
  EXPECT_EQ(titles("india"), india);
  const Titles us = {"Atlanta", "Austin", "Fort Wayne", "Indianapolis", "San Jose"};
  EXPECT_EQ(titles("United States"), us);
  EXPECT_EQ(titles("USA"), us);
  EXPECT_EQ(titles("Canada"), Titles{"Toronto"});
  // A remote posting counts in the countries it takes applicants from.
  for (const char* greece : {"Greece", "GR", "GRC"})
    EXPECT_EQ(titles(greece), (Titles{"Athens", "Remote Welder"}));
}

TEST_F(PlaceQueries, AStateOrProvinceByNameOrCodeFindsItsPostings) {
  EXPECT_EQ(titles("Indiana"), (Titles{"Fort Wayne", "Indianapolis"}));
  EXPECT_EQ(titles("Texas"), Titles{"Austin"});
  EXPECT_EQ(titles("TX"), Titles{"Austin"});
  EXPECT_EQ(titles("California"), Titles{"San Jose"});
  EXPECT_EQ(titles("Ontario"), Titles{"Toronto"});
}

TEST_F(PlaceQueries, AnAmbiguousCodeMeansThePlaceWithMorePostings) {
  // India has 3 postings, Indiana 2.
  EXPECT_EQ(titles("IN"), (Titles{"Mumbai", "Pune Accented", "Pune Plain"}));
  // Canada and California have one each: the province or state.
  EXPECT_EQ(titles("CA"), Titles{"San Jose"});
  // So do the state of Georgia and the country.
  EXPECT_EQ(titles("Georgia"), Titles{"Atlanta"});
}

TEST_F(PlaceQueries, EachPartOfACityRegionOrCountryMayBeANameOrACode) {
  EXPECT_EQ(titles("Austin, Texas"), Titles{"Austin"});
  EXPECT_EQ(titles("Austin, TX, USA"), Titles{"Austin"});
  EXPECT_EQ(titles("Pune, India"), (Titles{"Pune Accented", "Pune Plain"}));
  EXPECT_EQ(titles("Texas, United States"), Titles{"Austin"});
  EXPECT_EQ(titles("Nowhere"), Titles{});
  // More parts than city, region and country are read as written: the
  // combinations of 40 parts would be 2^40 keys.
  std::string many = "Austin";
  for (int i = 0; i < 40; ++i) many += ", Texas";
  EXPECT_EQ(titles(many), Titles{});
}

TEST_F(PlaceQueries, SpellingsWithAndWithoutAccentsAreOnePlace) {
  const Titles maharashtra = {"Mumbai", "Pune Accented", "Pune Plain"};
  EXPECT_EQ(titles("Maharashtra"), maharashtra);
  EXPECT_EQ(titles("Mahārāshtra"), maharashtra);
  EXPECT_EQ(titles("MAHARASHTRA"), maharashtra);
  // One facet value for Pune, shown as most postings spell it (here a tie:
  // the smaller string), selecting both spellings.
  json pune = search({"Pune, Mahārāshtra"});
  std::map<std::string, long> counts = facet_counts(pune, "location");
  EXPECT_EQ(counts["Pune, Maharashtra"], 2) << pune["facets"].dump();
  EXPECT_EQ(counts.count("Pune, Mahārāshtra"), 0u) << pune["facets"].dump();
  EXPECT_EQ(pune["total"], 2);
}

TEST_F(PlaceQueries, APickedCountryOrRegionIsShownWithItsPostings) {
  json india = search({"India"});
  EXPECT_EQ(facet_counts(india, "location")["India"], 3) << india["facets"].dump();
  json two = search({"Texas", "Canada"});
  std::map<std::string, long> counts = facet_counts(two, "location");
  EXPECT_EQ(counts["Texas"], 1) << two["facets"].dump();
  EXPECT_EQ(counts["Canada"], 1) << two["facets"].dump();
  EXPECT_EQ(two["total"], 2);
}

}  // namespace
}  // namespace jobsearch::e2e
