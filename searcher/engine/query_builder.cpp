#include "searcher/engine/query_builder.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <sstream>

#include "common/ascii_text.h"
#include "common/facet_terms.h"
#include "common/schema.h"
#include "common/text_analysis.h"
#include "common/title_terms.h"
#include "searcher/engine/query_rewrite.h"
#include "searcher/engine/relaxation.h"
#include "searcher/engine/search_error.h"
#include "searcher/engine/stemmed_wildcards.h"
#include "searcher/engine/synonym_expander.h"

namespace jobsearch {
namespace {

constexpr unsigned kParseFlags = Xapian::QueryParser::FLAG_DEFAULT |
                                 Xapian::QueryParser::FLAG_WILDCARD |
                                 Xapian::QueryParser::FLAG_PURE_NOT;

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

// The unprefixed terms of the phrases in `query`, outside NOT.
// MSet::snippet marks a phrase only where the text's words are its terms,
// and here its terms are stems: as zero-weight extras, a phrase's words are
// marked one by one. Only Xapian's own phrases need them: one checked
// against position records (phrase_check.h) is already an AND of its
// words, which snippets mark, and extras cost the ranked match a check of
// each candidate against them (0.7 of "sre"'s 4.7 ms at 200,000 postings).
void phrase_terms(const Xapian::Query& query, std::vector<Xapian::Query>& out) {
  Xapian::Query::op type = query.get_type();
  if (type == Xapian::Query::OP_PHRASE || type == Xapian::Query::OP_NEAR) {
    for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
      if (is_plain_word_term(*it)) out.emplace_back(*it);
    }
    return;
  }
  std::size_t parts = type == Xapian::Query::OP_AND_NOT ? 1 : query.get_num_subqueries();
  for (std::size_t i = 0; i < parts; ++i) phrase_terms(query.get_subquery(i), out);
}

Xapian::Query with_phrase_words_marked(const Xapian::Query& query) {
  std::vector<Xapian::Query> terms;
  phrase_terms(query, terms);
  if (terms.empty()) return query;
  Xapian::Query words(Xapian::Query::OP_SCALE_WEIGHT, combine(Xapian::Query::OP_OR, terms), 0.0);
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, query, words);
}

// Each of Xapian's phrases (and NEARs) in `query` weighed by the AND of
// its words, on its matches: `0 * first word FILTER phrase` AND_MAYBE the
// words, as Xapian weighs a phrase. Xapian 1.4 checks a phrase over the
// whole AND it sits in and weighs that AND ahead of the match (to skip
// postings too light for the page), keeping the weight; here the phrase
// and the word beside it weigh nothing, and the words are weighed on the
// match, so the ranked match can read lengths from a column
// (length_weight.h) for these queries too. The judged queries' runs and
// 1,145 requests compared are unchanged; in a test's random postings,
// Xapian's own phrase on a boost's optional side scored one posting
// otherwise (LengthWeightTest).
std::optional<Xapian::Query> phrases_weighed_as_words(const Xapian::Query& query) {
  const Xapian::Query::op op = query.get_type();
  if (op == Xapian::Query::OP_PHRASE || op == Xapian::Query::OP_NEAR) {
    std::vector<Xapian::Query> words;
    for (std::size_t i = 0; i < query.get_num_subqueries(); ++i)
      words.push_back(query.get_subquery(i));
    Xapian::Query matches(Xapian::Query::OP_FILTER,
                          Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, words[0], 0.0), query);
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, matches,
                         combine(Xapian::Query::OP_AND, words));
  }
  if (!rebuildable(op)) return std::nullopt;
  return with_parts_rewritten(
      query, [](const Xapian::Query& part, std::size_t) { return phrases_weighed_as_words(part); });
}

Xapian::Query with_phrases_weighed_as_words(const Xapian::Query& query) {
  std::optional<Xapian::Query> out = phrases_weighed_as_words(query);
  return out ? *out : query;
}

std::vector<std::string> split_words(const std::string& text) {
  std::vector<std::string> words;
  std::istringstream in(text);
  for (std::string word; in >> word;) words.push_back(word);
  return words;
}

// The letters-and-digits runs of a token: "asp.net" -> asp, net.
std::vector<std::string> word_parts(const std::string& token) {
  std::vector<std::string> parts;
  std::string part;
  for (char c : token + " ") {
    if (std::isalnum(static_cast<unsigned char>(c)) || (c & 0x80)) {
      part.push_back(c);
    } else if (!part.empty()) {
      parts.push_back(part);
      part.clear();
    }
  }
  return parts;
}

}  // namespace

QueryBuilder::QueryBuilder(const Xapian::Database& database, const QueryLimits& limits,
                           PhraseCheck phrases)
    : database_(database), limits_(limits), phrases_(phrases) {
  parser_.set_database(database);
  use_text_analysis(parser_);
  add_wildcard_fields(parser_);
  parser_.set_default_op(Xapian::Query::OP_AND);
  for (const schema::TextField& field : schema::kTextFields) {
    parser_.add_prefix(field.query_name, field.prefix);
  }
}

Xapian::Query QueryBuilder::text_query(const std::string& text, double title_weight) const {
  check_query_size(text, limits_);
  // "a*" would OR together every word starting with "a": keep the most
  // frequent ones, as search engines cap prefix expansion, fewer each when
  // a query holds many.
  parser_.set_max_expansion(terms_per_wildcard(text, limits_),
                            Xapian::Query::WILDCARD_LIMIT_MOST_FREQUENT);
  const std::string expanded = expand_synonyms(text, database_);
  try {
    Xapian::Query all_fields = parser_.parse_query(stemmed_wildcards(expanded), kParseFlags);
    Xapian::Query boosted;
    if (!all_fields.empty() && title_weight > 0) {
      boosted = title_boost(text, expanded, all_fields, title_weight);
    }
    all_fields = with_phrases_weighed_as_words(
        with_phrase_words_marked(with_phrases_checked(all_fields, phrases_)));
    if (boosted.empty()) return all_fields;
    return Xapian::Query(Xapian::Query::OP_AND_MAYBE, all_fields, boosted);
  } catch (const Xapian::QueryParserError& error) {
    throw SearchError("cannot parse query \"" + text + "\": " + error.get_msg());
  }
}

Xapian::Query QueryBuilder::relaxed_query(const std::string& text,
                                          const std::vector<std::string>& dropped,
                                          double title_weight) const {
  if (dropped.empty()) return text_query(text, title_weight);
  Xapian::Query required = text_query(without_words(text, dropped), title_weight);
  return Xapian::Query(Xapian::Query::OP_AND_MAYBE, required, text_query(text, title_weight));
}

// The title scored as a field of its own (its own length normalisation), so
// a posting titled as the query outranks one that only mentions the words
// in a long description; a title holding the query's words side by side,
// in order, counts once more, and a title that is exactly the query once
// more again (Xapian normalises every field by the whole document's length,
// so that needs a term of its own). Empty when every word already names a
// field.
Xapian::Query QueryBuilder::title_boost(const std::string& text, const std::string& expanded,
                                        const Xapian::Query& all_fields,
                                        double title_weight) const {
  Xapian::Query title = parser_.parse_query(stemmed_wildcards(expanded, schema::kTitle.query_name),
                                            kParseFlags, schema::kTitle.prefix);
  if (title.empty() || title.get_description() == all_fields.get_description()) return {};
  Xapian::Query boosted(Xapian::Query::OP_SCALE_WEIGHT, with_phrases_weighed_as_words(title),
                        title_weight);
  Xapian::Query pairs = title_pairs(text);
  if (pairs.empty()) return boosted;
  std::vector<Xapian::Query> parts = {
      boosted, Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, pairs, title_weight),
      Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, Xapian::Query(exact_title_term(text)),
                    title_weight)};
  return combine(Xapian::Query::OP_OR, parts);
}

// The pairs of adjacent words of a plain multi-word query, as title pair
// terms (title_terms.h); empty when the query uses any syntax of its own.
Xapian::Query QueryBuilder::title_pairs(const std::string& text) const {
  std::vector<std::string> words = split_words(text);
  bool plain = words.size() >= 2 && text.find_first_of("\":()*+-") == std::string::npos;
  for (const std::string& word : words)
    plain = plain && word != "AND" && word != "OR" && word != "NOT";
  if (!plain) return Xapian::Query();
  std::vector<std::string> terms = title_pair_terms(text);
  return Xapian::Query(Xapian::Query::OP_OR, terms.begin(), terms.end());
}

// A word of the index's titles or skills as typed ("nurse"), an
// abbreviation with synonyms ("swe"), an operator, a word that is its own
// stem and that some indexed text holds ("vue", though "vice" is commoner
// in titles), or a word whose stem the index has and that is no near miss
// of a title or skill word other than a stop word ("enginer" is one: it
// stems as "engineer" does; "hands" is not one of "and"). A token with punctuation ("asp.net",
// "scikit-learn") is known when the whole is, or each of its parts.
bool QueryBuilder::is_known_word(const std::string& word) const {
  const std::string key = to_lower_ascii(word);
  if (key == "and" || key == "or" || key == "not") return true;
  if (is_known_part(key)) return true;
  std::vector<std::string> parts = word_parts(key);
  if (parts.size() < 2 && (parts.empty() || parts[0] == key)) return false;
  return std::all_of(parts.begin(), parts.end(),
                     [this](const std::string& one) { return is_known_part(one); });
}

bool QueryBuilder::is_known_part(const std::string& key) const {
  Xapian::TermIterator spelling = database_.spellings_begin();
  spelling.skip_to(key);
  if (spelling != database_.spellings_end() && *spelling == key) return true;
  if (database_.synonyms_begin(key) != database_.synonyms_end(key)) return true;
  const std::string term = word_term(key);
  if (!database_.term_exists(term)) return false;
  const bool own_stem = term.compare(std::strlen(schema::kStemPrefix), std::string::npos, key) == 0;
  if (own_stem) return true;
  // A stop word ("and", from titles) is no correction of a word the
  // index has ("hands").
  const std::string closest = database_.get_spelling_suggestion(key);
  return closest.empty() || text_stopper()(closest);
}

// Whether `corrected` mends `asked` only where it was unknown: Xapian
// corrects each part of "scikit-learn" alone and may offer "scikit-lean",
// changing a word the index has; such a suggestion is no help. A token of
// one part is always mended.
bool QueryBuilder::mends_only_unknown_parts(const std::string& asked,
                                            const std::string& corrected) const {
  std::vector<std::string> from = word_parts(to_lower_ascii(asked));
  std::vector<std::string> to = word_parts(to_lower_ascii(corrected));
  if (from.size() < 2) return true;
  if (from.size() != to.size()) return false;
  for (std::size_t i = 0; i < from.size(); ++i) {
    if (from[i] != to[i] && is_known_part(from[i])) return false;
  }
  return true;
}

std::string QueryBuilder::spelling_suggestion(const std::string& text) const {
  check_query_size(text, limits_);
  // Most queries use only words the index has: no need to ask the
  // spelling table for a whole query, which costs a sixth of a query.
  std::vector<std::string> words = split_words(text);
  auto known = [this](const std::string& word) { return is_known_word(word); };
  if (std::all_of(words.begin(), words.end(), known)) return {};
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
    if (is_known_word(asked[i]) || !mends_only_unknown_parts(asked[i], corrected[i])) {
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
      // A value that normalises to nothing matches nothing, as asked: the bare
      // id prefix is a term no posting has. Not Xapian::Query::MatchNothing,
      // which is empty() and reads as "no filter" to Filters and facet passes.
      alternatives.emplace_back(term.empty() ? std::string(schema::kIdPrefix) : term);
    }
    if (!alternatives.empty()) groups.push_back(combine(Xapian::Query::OP_OR, alternatives));
  }
  return combine(Xapian::Query::OP_AND, groups);
}

}  // namespace jobsearch
