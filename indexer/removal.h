// removal.h: what delete and purge share: an existing database opened for
// writing, shard by shard, and how a removed posting is named to the user.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

namespace jobsearch {

// The databases of the existing `db` (its shards, or itself), opened for
// writing. Throws DatabaseFailure when `db` does not exist, and
// Xapian::DatabaseError (locked, unwritable) as Xapian does.
std::vector<Xapian::WritableDatabase> open_existing_for_writing(const std::string& db);

// "ID: Title, Company" for a stored posting, as delete and purge print it.
std::string describe_posting(const Xapian::Document& document);

}  // namespace jobsearch
