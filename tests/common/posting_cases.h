// posting_cases.h: one-posting records for the tests of the posting parser's
// field readers: a JobPosting titled "Welder" plus the fields under test.
#pragma once

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/posting_parser.h"

namespace jobsearch {

// Parses a JobPosting with `fields`, JSON members written as text
// ("\"datePosted\": \"2021-10-14\"").
inline ParsedRecord parse_fields(const std::string& fields) {
  return parse_record(
      nlohmann::json::parse(R"({"@type": "JobPosting", "title": "Welder", )" + fields + "}"));
}

// parse_fields' one posting; fails the test unless it is kept.
inline Posting parse_one(const std::string& fields) {
  ParsedRecord record = parse_fields(fields);
  EXPECT_EQ(record.postings.size(), 1u) << fields;
  return record.postings.empty() ? Posting() : record.postings[0];
}

// A JobPosting node with one extra field.
inline nlohmann::json with_field(const std::string& field, const nlohmann::json& value) {
  nlohmann::json node = {{"@type", "JobPosting"}, {"title", "Welder"}};
  node[field] = value;
  return node;
}

// Parses a posting with one extra field, its warnings to `warnings` when
// given; fails the test unless the posting is kept.
inline Posting parse_with(const std::string& field, const nlohmann::json& value,
                          std::vector<std::string>* warnings = nullptr) {
  ParsedRecord record = parse_record(with_field(field, value));
  EXPECT_EQ(record.postings.size(), 1u) << field << ": " << value.dump();
  if (warnings != nullptr) *warnings = record.warnings;
  return record.postings.empty() ? Posting() : record.postings[0];
}

}  // namespace jobsearch
