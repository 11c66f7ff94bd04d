#include "indexer/document_builder.h"

#include <set>

#include "common/facet_terms.h"
#include "common/iso_date.h"
#include "common/position_record.h"
#include "common/posting_id.h"
#include "common/posting_json.h"
#include "common/schema.h"
#include "common/text_analysis.h"
#include "common/title_terms.h"

namespace jobsearch {
namespace {

std::string join_values(const std::vector<std::string>& values) {
  std::string out;
  std::set<std::string> seen;
  for (const std::string& value : values) {
    if (value.empty() || !seen.insert(value).second) continue;
    if (!out.empty()) out += schema::kValueSeparator;
    out += value;
  }
  return out;
}

void set_number(Xapian::Document& document, Xapian::valueno slot, std::optional<double> number) {
  if (number) document.add_value(slot, Xapian::sortable_serialise(*number));
}

void set_date(Xapian::Document& document, Xapian::valueno slot, const std::string& date) {
  if (auto days = days_since_epoch(date)) {
    document.add_value(slot, Xapian::sortable_serialise(static_cast<double>(*days)));
  }
}

std::string location_text(const Location& location) {
  return location.locality + " " + location.region + " " + location.country + " " +
         location.postal_code;
}

}  // namespace

DocumentBuilder::DocumentBuilder(WordPositions positions) : positions_(positions) {
  use_text_analysis(generator_);
  use_text_analysis(words_generator_);
}

Xapian::Document DocumentBuilder::build(const Posting& posting) {
  Xapian::Document document;
  Xapian::Document words;
  generator_.set_document(document);
  const bool records = positions_ == WordPositions::kRecords;
  words_generator_.set_document(records ? words : document);
  index_text(posting);
  if (records) add_words(words, document);
  document.add_boolean_term(schema::kIdPrefix + posting.id);
  document.add_boolean_term(schema::kRepostPrefix + repost_key(posting));
  document.add_term(exact_title_term(posting.title));
  for (const std::string& pair : title_pair_terms(posting.title)) document.add_term(pair);
  add_facets(posting, document);
  add_presence_terms(posting, document);
  add_values(posting, document);
  document.set_data(posting_to_data(posting));
  generator_.set_document(Xapian::Document());  // Xapian's handles are not thread-safe
  words_generator_.set_document(Xapian::Document());
  return document;
}

SpellingWords DocumentBuilder::spelling_words(const Posting& posting) {
  Xapian::Document words;
  word_splitter_.set_document(words);
  word_splitter_.index_text_without_positions(posting.title);
  for (const std::string& skill : posting.skills)
    word_splitter_.index_text_without_positions(skill);
  word_splitter_.set_document(Xapian::Document());
  SpellingWords out;
  for (auto it = words.termlist_begin(); it != words.termlist_end(); ++it) {
    out.emplace_back(*it, it.get_wdf());
  }
  return out;
}

BuiltPosting DocumentBuilder::prepare(Posting posting) {
  Xapian::Document document = build(posting);
  SpellingWords spelling = spelling_words(posting);
  return {std::move(posting), std::move(document), std::move(spelling)};
}

void add_spelling(Xapian::WritableDatabase& database, const SpellingWords& words) {
  for (const auto& [word, count] : words) database.add_spelling(word, count);
}

// Each field is indexed twice: under its prefix, for field queries and
// field-level scoring, and unprefixed, so that plain queries search it.
void DocumentBuilder::index_field(const std::string& text, const char* prefix, unsigned weight) {
  if (text.empty()) return;
  generator_.index_text(text, weight, prefix);
  generator_.increase_termpos();  // no phrase spans two fields
  index_words(text, weight);
}

void DocumentBuilder::index_words(const std::string& text, unsigned weight) {
  words_generator_.index_text(text, weight);
  words_generator_.increase_termpos();
}

// The unprefixed words go in without positions, which their record keeps
// (position_record.h), but for the few sharing a code, which keep Xapian's.
void DocumentBuilder::add_words(const Xapian::Document& words, Xapian::Document& document) {
  const WordRecord record = position_record(words);
  auto shared = record.shared.begin();  // in the termlist's order
  for (auto term = words.termlist_begin(); term != words.termlist_end(); ++term) {
    document.add_term(*term, term.get_wdf());
    if (shared == record.shared.end() || *shared != *term) continue;
    for (auto at = term.positionlist_begin(); at != term.positionlist_end(); ++at)
      document.add_posting(*term, *at, 0);
    ++shared;
  }
  if (!record.bytes.empty()) document.add_value(schema::kSlotPositions, record.bytes);
}

void DocumentBuilder::index_text(const Posting& posting) {
  index_field(posting.title, schema::kTitle.prefix, schema::kTitle.weight);
  index_field(posting.company, schema::kCompany.prefix, schema::kCompany.weight);
  for (const Location& location : posting.locations) {
    index_field(location_text(location), schema::kLocation.prefix, schema::kLocation.weight);
  }
  for (const std::string& industry : posting.industries) {
    index_field(industry, schema::kIndustry.prefix, schema::kIndustry.weight);
  }
  for (const std::string& skill : posting.skills) {
    index_field(skill, schema::kSkill.prefix, schema::kSkill.weight);
  }
  // The description, and what is read beside it and searched as it is.
  for (const std::string* text :
       {&posting.description, &posting.qualifications, &posting.benefits, &posting.work_hours}) {
    if (!text->empty()) index_words(*text, schema::kDescriptionWeight);
  }
}

// Each facet of the table: its shown values in its slot, for counting,
// and a boolean term per value (or per filter key), for filtering.
void DocumentBuilder::add_facets(const Posting& posting, Xapian::Document& document) const {
  for (const schema::Facet& facet : schema::kFacets) {
    std::vector<std::string> values = facet.values(posting);
    document.add_value(facet.slot, join_values(values));
    if (facet.filter_keys != nullptr) {
      for (const std::string& key : facet.filter_keys(posting))
        document.add_boolean_term(filter_term(facet.filter_prefix, key));
      continue;
    }
    for (const std::string& value : values) {
      std::string term = facet_term(facet, value);
      if (!term.empty()) document.add_boolean_term(term);
    }
  }
}

void DocumentBuilder::add_presence_terms(const Posting& posting, Xapian::Document& document) const {
  if (posting.salary && (posting.salary->annual_min || posting.salary->annual_max)) {
    document.add_boolean_term(schema::kHasSalaryTerm);
  }
  if (posting.experience_months) document.add_boolean_term(schema::kHasExperienceTerm);
  if (days_since_epoch(posting.valid_through))
    document.add_boolean_term(schema::kHasValidThroughTerm);
}

void DocumentBuilder::add_values(const Posting& posting, Xapian::Document& document) const {
  document.add_value(schema::kSlotRepostKey, repost_key(posting));
  document.add_value(schema::kSlotPostingId, posting.id);
  set_date(document, schema::kSlotDatePosted, posting.date_posted);
  set_date(document, schema::kSlotValidThrough, posting.valid_through);
  if (posting.salary) {
    // A range stated by one end only is that single figure at both ends.
    const Salary& pay = *posting.salary;
    set_number(document, schema::kSlotSalaryMin, pay.annual_min ? pay.annual_min : pay.annual_max);
    set_number(document, schema::kSlotSalaryMax, pay.annual_max ? pay.annual_max : pay.annual_min);
  }
  if (posting.experience_months) {
    set_number(document, schema::kSlotExperience, *posting.experience_months);
  }
  Xapian::LatLongCoords coordinates;
  for (const Location& location : posting.locations) {
    if (location.latitude && location.longitude) {
      coordinates.append(Xapian::LatLongCoord(*location.latitude, *location.longitude));
    }
  }
  if (!coordinates.empty()) document.add_value(schema::kSlotCoordinates, coordinates.serialise());
}

}  // namespace jobsearch
