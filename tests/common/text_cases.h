// text_cases.h: tables of text in, text out for the tests of the normalisers.
#pragma once

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace jobsearch {

// One input and what a normaliser must make of it.
struct TextCase {
  std::string input;
  std::string expected;
};

// Checks `normalize` on every case, naming the input of each one that fails.
template <typename Function>
void expect_all(Function normalize, const std::vector<TextCase>& cases) {
  for (const TextCase& c : cases) {
    EXPECT_EQ(normalize(c.input), c.expected) << "input: " << c.input;
  }
}

}  // namespace jobsearch
