#include "searcher/engine/stemmed_wildcards.h"

#include <cstring>
#include <regex>

#include "common/schema.h"
#include "common/text_analysis.h"

namespace jobsearch {
namespace {

constexpr const char* kHiddenField = "zwild";

bool is_text_field(const std::string& name) {
  for (const schema::TextField& field : schema::kTextFields) {
    if (name == field.query_name) return true;
  }
  return false;
}

// "(+title:Engineers*" -> "(+zwildtitle:engin*"; anything else unchanged.
std::string rewritten(const std::string& token, const std::string& default_field) {
  static const std::regex wildcard(R"(([-+(]*)(?:([a-z]+):)?([A-Za-z0-9]+)\*(\)*))");
  std::smatch parts;
  if (!std::regex_match(token, parts, wildcard)) return token;
  std::string field = parts[2].matched ? parts[2].str() : default_field;
  if (!field.empty() && !is_text_field(field)) return token;
  // The stem alone: word_term("Engineers") is "Zengin".
  std::string stem = word_term(parts[3].str()).substr(std::strlen(schema::kStemPrefix));
  return parts[1].str() + kHiddenField + field + ":" + stem + "*" + parts[4].str();
}

}  // namespace

void add_wildcard_fields(Xapian::QueryParser& parser) {
  parser.add_prefix(kHiddenField, schema::kStemPrefix);
  for (const schema::TextField& field : schema::kTextFields) {
    parser.add_prefix(kHiddenField + std::string(field.query_name),
                      std::string(schema::kStemPrefix) + field.prefix);
  }
}

std::string stemmed_wildcards(const std::string& query, const std::string& default_field) {
  if (query.find('*') == std::string::npos) return query;
  std::string out;
  bool quoted = false;
  std::size_t i = 0;
  while (i < query.size()) {
    std::size_t end = i;
    bool in_phrase = quoted;
    while (end < query.size() && query[end] != ' ') {
      if (query[end++] != '"') continue;
      quoted = !quoted;
      in_phrase = true;
    }
    std::string token = query.substr(i, end - i);
    out += in_phrase ? token : rewritten(token, default_field);
    if (end < query.size()) out += ' ';
    i = end + 1;
  }
  return out;
}

}  // namespace jobsearch
