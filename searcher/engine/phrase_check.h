// phrase_check.h: phrases over the free text, checked against each
// posting's position record.
//
// The unprefixed words are indexed without Xapian's positions (they were
// half of the index); each posting keeps one record of where its words
// stand (common/position_record.h). A phrase or NEAR of such words is
// matched as the AND of its words, weighed as Xapian weighs a phrase,
// filtered by a posting source that checks the record of each posting
// holding them all. Fields searched under their prefixes (title:"...")
// keep Xapian's positions and phrases.
#pragma once

#include <xapian.h>

#include "searcher/engine/database_shards.h"

namespace jobsearch {

// How a phrase of unprefixed words is matched.
enum class PhraseCheck {
  kRecords,    // against each posting's record (Xapian's positions where it has none)
  kPositions,  // by Xapian, from its positions (word_positions.h: kXapian)
};

// How phrases are matched over `opened`: against position records when
// every shard is local and the database keeps them (a stub listing a
// remote shard keeps Xapian's positions throughout: open_database_shards
// refuses it otherwise), else by Xapian.
PhraseCheck phrase_check_for(const DatabaseShards& opened);

// `query` with each phrase and NEAR of unprefixed words (outside a boost's
// weight, which Xapian does not let it be rebuilt) matched as `check`
// says. Other parts are left as they are.
Xapian::Query with_phrases_checked(const Xapian::Query& query, PhraseCheck check);

// Whether `query` is the record check of a phrase (weightless: its words
// weigh it), whose set may stand for it.
bool is_phrase_check(const Xapian::Query& query);

}  // namespace jobsearch
