#include "searcher/match/match_strategy.h"

#include <algorithm>
#include <cctype>
#include <cmath>

#include "common/distance_units.h"
#include "common/facet_terms.h"
#include "common/schema.h"
#include "common/text_analysis.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

// How the parts of the fields strategy weigh against each other.
constexpr double kTitleWeight = 3.0;         // the headline or latest title
constexpr double kTitlePhraseWeight = 2.0;   // extra when a title appears whole
constexpr std::size_t kMaxTitles = 4;        // older titles weigh 1/2, 1/3, ...
constexpr std::size_t kMaxSynonymWords = 3;  // longest synonym matched in a title
constexpr double kSkillWeight = 0.5;
constexpr double kSkillsAtFullWeight = 8;  // more skills share the weight
constexpr std::size_t kMaxSkills = 40;
constexpr double kOtherWordsWeight = 0.5;
constexpr Xapian::termcount kEliteSetSize = 20;
// Relevance feedback: postings taken as relevant, terms added.
constexpr Xapian::doccount kFeedbackDocuments = 5;
constexpr Xapian::termcount kFeedbackTerms = 15;
// More like this: terms taken from the posting, and its title's weight.
constexpr Xapian::termcount kSimilarTerms = 25;
constexpr double kSimilarTitleWeight = 2.0;
// Nearness: distance at which the weight halves, and a remote posting's weight.
constexpr double kNearScaleKm = 50.0;
constexpr double kRemoteNearness = 0.3;

Xapian::Query combine(Xapian::Query::op op, const std::vector<Xapian::Query>& parts) {
  std::vector<Xapian::Query> kept;
  for (const Xapian::Query& part : parts) {
    if (!part.empty()) kept.push_back(part);
  }
  return kept.empty() ? Xapian::Query() : Xapian::Query(op, kept.begin(), kept.end());
}

Xapian::Query scaled(const Xapian::Query& query, double factor) {
  return query.empty() ? query : Xapian::Query(Xapian::Query::OP_SCALE_WEIGHT, query, factor);
}

// Unprefixed word terms (stemmed "Zword" or plain), as relevance feedback may add.
class WordTermsOnly : public Xapian::ExpandDecider {
 public:
  bool operator()(const std::string& term) const override {
    std::size_t start = term[0] == 'Z' ? 1 : 0;
    if (term.size() < start + 3) return false;
    if (!std::islower(static_cast<unsigned char>(term[start]))) return false;
    return !std::all_of(term.begin() + start, term.end(),
                        [](char c) { return std::isdigit(static_cast<unsigned char>(c)) != 0; });
  }
};

// The words of `text` in lower case (letters and digits; other bytes
// separate words), joined by single spaces: how synonym rules are matched.
std::vector<std::string> lower_words(const std::string& text) {
  std::vector<std::string> words(1);
  for (char c : text) {
    auto byte = static_cast<unsigned char>(c);
    if (std::isalnum(byte) || byte >= 0x80) {
      words.back() += static_cast<char>(std::tolower(byte));
    } else if (!words.back().empty()) {
      words.emplace_back();
    }
  }
  if (words.back().empty()) words.pop_back();
  return words;
}

std::string joined_words(const std::string& text) {
  std::string out;
  for (const std::string& word : lower_words(text)) out += (out.empty() ? "" : " ") + word;
  return out;
}

std::string other_words(const Candidate& candidate) {
  std::string text = candidate.summary + "\n" + candidate.other_text;
  for (const CandidatePosition& position : candidate.work) {
    text += "\n" + position.summary;
    for (const std::string& highlight : position.highlights) text += "\n" + highlight;
  }
  return text;
}

// The terms of `relevant` documents with the highest expand weight, each
// scaled by its weight relative to the best.
Xapian::Query expansion_terms(const Xapian::Enquire& enquire, const Xapian::RSet& relevant,
                              Xapian::termcount count) {
  WordTermsOnly decider;
  Xapian::ESet terms = enquire.get_eset(count, relevant, &decider);
  if (terms.empty()) return {};
  double best = terms.begin().get_weight();
  std::vector<Xapian::Query> parts;
  for (auto it = terms.begin(); it != terms.end(); ++it) {
    parts.push_back(scaled(Xapian::Query(*it), it.get_weight() / best));
  }
  return combine(Xapian::Query::OP_OR, parts);
}

}  // namespace

const std::vector<StrategyInfo>& match_strategies() {
  static const std::vector<StrategyInfo> strategies = {
      {"fields-near", MatchStrategy::kFieldsNear,
       "titles and skills weigh most, postings near the candidate (or remote) rank higher"},
      {"text", MatchStrategy::kText, "plain BM25 over every word of the profile"},
      {"fields", MatchStrategy::kFields,
       "titles and skills weigh most, the rest of the profile as an elite set"},
      {"feedback", MatchStrategy::kFeedback,
       "fields-near expanded with the best terms of its top postings (relevance feedback)"},
  };
  return strategies;
}

MatchStrategy strategy_by_name(const std::string& name) {
  std::string names;
  for (const StrategyInfo& info : match_strategies()) {
    if (name == info.name) return info.strategy;
    names += names.empty() ? "" : ", ";
    names += info.name;
  }
  throw SearchError("unknown strategy \"" + name + "\" (known: " + names + ")");
}

StrategyQueries::StrategyQueries(const Xapian::Database& database, PhraseCheck phrases)
    : database_(database), phrases_(phrases) {
  parser_.set_database(database_);
  use_text_analysis(parser_);
  parser_.set_default_op(Xapian::Query::OP_OR);
  for (auto key = database_.synonym_keys_begin(); key != database_.synonym_keys_end(); ++key) {
    for (auto it = database_.synonyms_begin(*key); it != database_.synonyms_end(*key); ++it) {
      spellings_[joined_words(*key)].push_back(joined_words(*it));
      spellings_[joined_words(*it)].push_back(joined_words(*key));
    }
  }
}

// `key` (words, a phrase when several) or any of its other spellings,
// weighted as one term (OP_SYNONYM), so that a rare spelling ("SRE") does
// not outweigh the common one and a title with both counts once.
Xapian::Query StrategyQueries::any_spelling(const std::string& key) const {
  std::vector<Xapian::Query> same = {
      parse(key, schema::kTitle.prefix, key.find(' ') != std::string::npos)};
  auto found = spellings_.find(key);
  if (found == spellings_.end()) return same.front();
  for (const std::string& other : found->second) {
    same.push_back(parse(other, schema::kTitle.prefix, other.find(' ') != std::string::npos));
  }
  return combine(Xapian::Query::OP_SYNONYM, same);
}

Xapian::Query StrategyQueries::title_words(const std::string& title) const {
  std::vector<std::string> words = lower_words(title);
  std::vector<Xapian::Query> parts;
  for (std::size_t i = 0; i < words.size(); ++i) {
    parts.push_back(any_spelling(words[i]));
    std::string span = words[i];
    for (std::size_t n = 1; n < kMaxSynonymWords && i + n < words.size(); ++n) {
      span += " " + words[i + n];
      if (spellings_.count(span)) parts.push_back(any_spelling(span));
    }
  }
  return combine(Xapian::Query::OP_OR, parts);
}

// Free text, never an error: no boolean operators; a phrase when asked.
Xapian::Query StrategyQueries::parse(const std::string& text, const std::string& prefix,
                                     bool phrase) const {
  std::string words = text;
  std::replace(words.begin(), words.end(), '"', ' ');
  if (phrase) words = "\"" + words + "\"";
  try {
    return with_phrases_checked(
        parser_.parse_query(words, phrase ? Xapian::QueryParser::FLAG_PHRASE : 0, prefix),
        phrases_);
  } catch (const Xapian::QueryParserError&) {
    return phrase ? parse(text, prefix, false) : Xapian::Query();
  }
}

Xapian::Query StrategyQueries::elite_set(const std::string& text) const {
  Xapian::Query words = parse(text, "", false);
  std::vector<Xapian::Query> terms;
  for (auto it = words.get_unique_terms_begin(); it != words.get_unique_terms_end(); ++it) {
    terms.emplace_back(*it);
  }
  if (terms.empty()) return {};
  return Xapian::Query(Xapian::Query::OP_ELITE_SET, terms.begin(), terms.end(), kEliteSetSize);
}

Xapian::Query StrategyQueries::profile_text(const Candidate& candidate) const {
  return parse(candidate_text(candidate), "", false);
}

Xapian::Query StrategyQueries::fields(const Candidate& candidate) const {
  std::vector<Xapian::Query> parts;
  std::vector<std::string> titles = candidate_titles(candidate);
  for (std::size_t i = 0; i < std::min(titles.size(), kMaxTitles); ++i) {
    double weight = kTitleWeight / static_cast<double>(i + 1);
    parts.push_back(scaled(title_words(titles[i]), weight));
    if (titles[i].find(' ') != std::string::npos) {
      parts.push_back(scaled(parse(titles[i], schema::kTitle.prefix, true),
                             kTitlePhraseWeight * weight / kTitleWeight));
    }
  }
  std::vector<Xapian::Query> skills;
  std::size_t count = std::min(candidate.skills.size(), kMaxSkills);
  for (std::size_t i = 0; i < count; ++i) {
    const std::string& skill = candidate.skills[i];
    bool phrase = skill.find_first_of(" -/") != std::string::npos;
    skills.push_back(combine(Xapian::Query::OP_OR, {parse(skill, schema::kSkill.prefix, phrase),
                                                    parse(skill, "", phrase)}));
  }
  double share = std::min(1.0, std::sqrt(kSkillsAtFullWeight / std::max<double>(1, count)));
  parts.push_back(scaled(combine(Xapian::Query::OP_OR, skills), kSkillWeight * share));
  parts.push_back(scaled(elite_set(other_words(candidate)), kOtherWordsWeight));
  return combine(Xapian::Query::OP_OR, parts);
}

Xapian::Query StrategyQueries::feedback(const Xapian::Query& first_pass,
                                        const Xapian::Query& filter) const {
  Xapian::Enquire enquire(database_);
  enquire.set_query(filter.empty() ? first_pass
                                   : Xapian::Query(Xapian::Query::OP_FILTER, first_pass, filter));
  enquire.set_collapse_key(schema::kSlotRepostKey);
  Xapian::MSet top = enquire.get_mset(0, kFeedbackDocuments);
  if (top.empty()) return {};
  Xapian::RSet relevant;
  for (auto it = top.begin(); it != top.end(); ++it) relevant.add_document(*it);
  return expansion_terms(enquire, relevant, kFeedbackTerms);
}

Xapian::Query StrategyQueries::more_like(Xapian::docid docid, const std::string& title) const {
  Xapian::Enquire enquire(database_);
  Xapian::RSet relevant;
  relevant.add_document(docid);
  return combine(Xapian::Query::OP_OR,
                 {expansion_terms(enquire, relevant, kSimilarTerms),
                  scaled(parse(title, schema::kTitle.prefix, false), kSimilarTitleWeight)});
}

Xapian::Query StrategyQueries::nearness(const MatchOrigin& origin) {
  Xapian::LatLongCoords centre(Xapian::LatLongCoord(origin.place.latitude, origin.place.longitude));
  // weight = k1 * (distance + k1)^-k2: 1 at the centre, 1/2 at k1 metres.
  const double k1 = kNearScaleKm * kMetresPerKm;
  auto* near = new Xapian::LatLongDistancePostingSource(schema::kSlotCoordinates, centre,
                                                        Xapian::GreatCircleMetric(), 0, k1, 1.0);
  std::vector<Xapian::Query> parts = {Xapian::Query(near->release())};
  auto* remote_source = new Xapian::ValueMapPostingSource(schema::kSlotRemoteFacet);
  remote_source->add_mapping(schema::kRemoteValue, kRemoteNearness);
  Xapian::Query remote_query(remote_source->release());
  if (!origin.country.empty()) {
    remote_query = Xapian::Query(Xapian::Query::OP_FILTER, remote_query,
                                 Xapian::Query(facet_term(schema::kCountryFacet, origin.country)));
  }
  parts.push_back(remote_query);
  return combine(Xapian::Query::OP_OR, parts);
}

}  // namespace jobsearch
