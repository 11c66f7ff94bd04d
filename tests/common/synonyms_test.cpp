// Tests of common/synonyms: the rule list, and the lines it refuses.
#include "common/synonyms.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobsearch {
namespace {

TEST(Synonyms, RulesAreReadAndBadLinesNamed) {
  std::vector<std::string> errors;
  std::vector<SynonymRule> rules = parse_synonyms(
      "# titles\n  SWE =  Software   Engineer \n\nnot a rule\nk8s = k8s\nml = machine learning",
      &errors);
  ASSERT_EQ(rules.size(), 2u);
  EXPECT_EQ(rules[0].term, "swe");
  EXPECT_EQ(rules[0].expansion, "software engineer");
  EXPECT_EQ(rules[1].term, "ml");
  EXPECT_EQ(errors, (std::vector<std::string>{"line 4: expected \"term = expansion\"",
                                              "line 5: expected \"term = expansion\""}));
}

// A term over 255 bytes stopped jobindex: Xapian's synonym keys end there.
TEST(Synonyms, OverlongLinesAndTermsAreSkippedAndNamed) {
  std::vector<std::string> errors;
  std::string long_term = std::string(201, 'a') + " = software engineer";
  std::string long_line = "swe = " + std::string(995, 'b');
  std::string longest_term = std::string(200, 'c') + " = x";
  std::vector<SynonymRule> rules = parse_synonyms(
      long_term + "\n" + long_line + "\n" + longest_term + "\n" + std::string(100000, '\0'),
      &errors);
  ASSERT_EQ(rules.size(), 1u);
  EXPECT_EQ(rules[0].term, std::string(200, 'c'));
  EXPECT_EQ(errors, (std::vector<std::string>{"line 1: term longer than 200 bytes",
                                              "line 2: longer than 1000 bytes",
                                              "line 4: longer than 1000 bytes"}));
}

}  // namespace
}  // namespace jobsearch
