// word_positions.h: where a database keeps the positions of its words.
//
// By default each posting keeps its unprefixed words' positions in one
// record (position_record.h): half the index's size, and faster to write.
// Only this project's own code can read a record, so a shard that stock
// xapian-tcpsrv serves keeps Xapian's positions (jobindex --positions
// xapian), which Xapian's own phrase matching reads. A database keeps the
// choice it was created with.
#pragma once

#include <xapian.h>

#include <optional>
#include <string>

namespace jobsearch {

enum class WordPositions { kRecords, kXapian };

// What `database` keeps (kRecords when it does not say).
WordPositions word_positions_of(const Xapian::Database& database);

// Records `positions` in `database` (kept at its next commit).
void set_word_positions(Xapian::WritableDatabase& database, WordPositions positions);

// "records" or "xapian", as the option names them; nothing for another word.
std::optional<WordPositions> word_positions_named(const std::string& name);

}  // namespace jobsearch
