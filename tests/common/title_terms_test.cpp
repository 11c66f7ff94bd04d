// Tests of common/title_terms.
#include "common/title_terms.h"

#include <gtest/gtest.h>

namespace jobsearch {
namespace {

TEST(TitleTermsTest, ExactTitleTermHoldsTheWordsOnly) {
  EXPECT_EQ(exact_title_term("Data Scientist - NLP"), "XTEdata scientist nlp");
}

TEST(TitleTermsTest, PairsAreAdjacentStemsInOrderEachOnce) {
  EXPECT_EQ(title_pair_terms("Senior Data Engineers, Data Platform"),
            (std::vector<std::string>{"XTPsenior data", "XTPdata engin", "XTPengin data",
                                      "XTPdata platform"}));
  EXPECT_EQ(title_pair_terms("Nurse, nurses"), std::vector<std::string>{"XTPnurs nurs"});
}

TEST(TitleTermsTest, OneWordHasNoPairs) {
  EXPECT_TRUE(title_pair_terms("Nurse").empty());
  EXPECT_TRUE(title_pair_terms(" - ").empty());
}

}  // namespace
}  // namespace jobsearch
