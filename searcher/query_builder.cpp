#include "query_builder.h"

#include <algorithm>
#include <sstream>

#include "facet_terms.h"
#include "normalize.h"
#include "schema.h"
#include "search_error.h"
#include "synonym_expander.h"
#include "text_analysis.h"
#include "title_terms.h"

namespace jobsearch {
namespace {

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT |
                                 Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT;
constexpr Xapian::termcount kMaxWildcardTerms = 100;

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  return parts.empty() ? Xapian::Query() : Xapian::Query(op, parts.begin(), parts.end());
}

std::string known_facet_names() {
  std::string names;
  for (const schema::Facet& facet : schema::kFacets) {
    names += names.empty() ? "" : ", ";
    names += facet.name;
  }
  return names;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& database) : database_(database) {
  parser_.set_database(database);
  parser_.set_stemmer(text_stemmer());
  parser_.set_stemming_strategy(Xapian::QueryParser::STEM_SOME);
  parser_.set_stopper(&text_stopper());
  parser_.set_default_op(Xapian::Query::OP_AND);
  // "a*" would OR together every word starting with "a": keep the most
  // frequent ones, as search engines cap prefix expansion.
  parser_.set_max_expansion(kMaxWildcardTerms, Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  for (const schema::TextField& field : schema::kTextFields) {
    parser_.add_prefix(field.query_name, field.prefix);
  }
}

Xapian::Query QueryBuilder::text_query(const std::string& text, double title_weight) const {
  const std::string expanded = expand_synonyms(text, database_);
  try {
    Xapian::Query all_fields = parser_.parse_query(expanded, kParseFlags);
    if (all_fields.empty() || title_weight <= 0) return all_fields;
    Xapian::Query title = parser_.parse_query(expanded, kParseFlags, schema::kTitle.prefix);
    // Nothing to add when every word already names a field.
    if (title.empty() || title.get_description() == all_fields.get_description()) return all_fields;
    // The title is scored as a field of its own (its own length
    // normalisation), so a posting titled as the query outranks one that
    // only mentions the words in a long description; a title holding the
    // words as typed, in order, counts once more, and a title that is
    // exactly the query once more again (Xapian normalises every field by
    // the whole document's length, so that needs a term of its own).
    Xapian::Query boosted(Xapian::Query::OP_SCALE_WEIGHT, title, title_weight);
    Xapian::Query pairs = title_pairs(text);
    if (!pairs.empty()) {
      std::vector<Xapian::Query> parts = {
          boosted, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, pairs, title_weight),
          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(exact_title_term(text)), title_weight)};
      boosted = combine(Xapian::Query::OP_OR, parts);
    }
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, all_fields, boosted);
  } catch (const Xapian::QueryParserError& error) {
    throw SearchError("cannot parse query \"" + text + "\": " + error.get_msg());
  }
}

// The pairs of adjacent words of a plain multi-word query, as title pair
// terms (title_terms.h); empty when the query uses any syntax of its own.
Xapian::Query QueryBuilder::title_pairs(const std::string& text) const {
  std::vector<std::string> words = split_words(text);
  bool plain = words.size() >= 2 && text.find_first_of("\":()*+-") == std::string::npos;
  for (const std::string& word : words) plain = plain && word != "AND" && word != "OR" && word != "NOT";
  if (!plain) return Xapian::Query();
  std::vector<std::string> terms = title_pair_terms(text);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

std::string QueryBuilder::spelling_suggestion(const std::string& text) const {
  // Most queries use only words the index has: no need to ask the
  // spelling table, which costs a sixth of a query.
  std::vector<std::string> words = split_words(text);
  bool all_known = std::all_of(words.begin(), words.end(), [this](const std::string& word) {
    const std::string key = to_lower_ascii(word);
    return database_.term_exists(key) || database_.synonyms_begin(key) != database_.synonyms_end(key) ||
           key == "and" || key == "or" || key == "not";
  });
  if (all_known) return {};
  try {
    parser_.parse_query(text, kParseFlags | Xapian::QueryParser::FLAG_SPELLING_CORRECTION);
  } catch (const Xapian::QueryParserError&) {
    return {};
  }
  std::vector<std::string> asked = split_words(text);
  std::vector<std::string> corrected = split_words(parser_.get_corrected_query_string());
  if (corrected.size() != asked.size()) return parser_.get_corrected_query_string();
  // A word the index has ("nurse"), or an abbreviation with synonyms
  // ("swe"), is not a misspelling, though Xapian may offer a commoner form.
  bool changed = false;
  for (std::size_t i = 0; i < asked.size(); ++i) {
    const std::string key = to_lower_ascii(asked[i]);
    if (database_.term_exists(key) || database_.synonyms_begin(key) != database_.synonyms_end(key)) {
      corrected[i] = asked[i];
    }
    changed = changed || corrected[i] != asked[i];
  }
  if (!changed) return {};
  std::string suggestion;
  for (const std::string& word : corrected) suggestion += (suggestion.empty() ? "" : " ") + word;
  return suggestion;
}

Xapian::Query QueryBuilder::filter_query(
    const std::map<std::string, std::vector<std::string>>& filters) {
  std::vector<Xapian::Query> groups;
  for (const auto& [name, values] : filters) {
    const schema::Facet* facet = find_facet(name);
    if (facet == nullptr) {
      throw SearchError("unknown facet \"" + name + "\" (known: " + known_facet_names() + ")");
    }
    std::vector<Xapian::Query> alternatives;
    for (const std::string& value : values) {
      std::string term = facet_term(*facet, value);
      // A value that normalises to nothing matches nothing, as asked.
      alternatives.emplace_back(term.empty() ? std::string(schema::kIdPrefix) : term);
    }
    if (!alternatives.empty()) groups.push_back(combine(Xapian::Query::OP_OR, alternatives));
  }
  return combine(Xapian::Query::OP_AND, groups);
}

}  // namespace jobsearch
