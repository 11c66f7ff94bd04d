// document_builder.h: a Posting -> the Xapian document that stores it.
//
// Follows schema.h: free text with positions (the unprefixed words' in a
// record, position_record.h; title weighted above the
// description, and also indexed under its own prefix so it can be scored as
// a field of its own), boolean terms for filters, values for facets, dates,
// salary, experience and coordinates, and the posting's JSON as data.
#pragma once

#include <xapian.h>

#include <string>
#include <utility>
#include <vector>

#include "common/posting.h"
#include "common/word_positions.h"

namespace jobsearch {

// Words for the database's spelling table ("did you mean"), each with the
// number of times it occurs.
using SpellingWords = std::vector<std::pair<std::string, Xapian::termcount>>;

// A posting with its document built, ready for a writer in another thread.
struct BuiltPosting {
  Posting posting;
  Xapian::Document document;
  SpellingWords spelling;
};

// Builds documents without touching any database, so that building can run
// in one thread while another writes.
class DocumentBuilder {
 public:
  // Unprefixed words keep their positions as `positions` says
  // (word_positions.h).
  explicit DocumentBuilder(WordPositions positions = WordPositions::kRecords);

  // The document for `posting`, whose id must be set. The builder keeps no
  // reference to it, so it may be handed to another thread. Never throws
  // for any content of a Posting; may throw Xapian::Error only on internal
  // failure.
  Xapian::Document build(const Posting& posting);

  // The words of `posting` that go into the spelling table: those of its
  // title and skills, the words people search for. Descriptions are left
  // out: their words cost about 15% of indexing time.
  SpellingWords spelling_words(const Posting& posting);

  // `posting` with its document and spelling words.
  BuiltPosting prepare(Posting posting);

 private:
  void index_text(const Posting& posting);
  void index_field(const std::string& text, const char* prefix, unsigned weight);
  void index_words(const std::string& text, unsigned weight);
  static void add_words(const Xapian::Document& words, Xapian::Document& document);
  void add_facets(const Posting& posting, Xapian::Document& document) const;
  void add_presence_terms(const Posting& posting, Xapian::Document& document) const;
  void add_values(const Posting& posting, Xapian::Document& document) const;

  WordPositions positions_;
  Xapian::TermGenerator generator_;        // the fields under their prefixes
  Xapian::TermGenerator words_generator_;  // unprefixed words (into a record)
  Xapian::TermGenerator word_splitter_;    // no stemmer, no stop words: words as written
};

// Adds `words` to the spelling table of `database`.
void add_spelling(Xapian::WritableDatabase& database, const SpellingWords& words);

}  // namespace jobsearch
