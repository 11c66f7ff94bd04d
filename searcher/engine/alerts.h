// alerts.h: saved searches that tell their owner which postings are new.
//
// A saved search is stored with the database, as Xapian metadata
// ("alert:" + name -> JSON), so it survives restarts and travels with a
// copy of the database. "New" is decided by Xapian document ids: a new
// posting gets the next id (ids are never reused), and a posting replaced
// by a re-post or an edit in place keeps its id. Each saved search keeps a
// high-water mark, the database's last document id when it last ran: a
// run lists the postings that match it with a higher id, then moves the
// mark. Two more rules make an alert fire once per job: a new posting that
// shares its re-post key with an older document is a re-post (folded), not
// news; and an edited posting (a new id carrying the edit key of one the
// alert already sent) is not sent again (each alert remembers the ids and
// edit keys of the last kRememberedSent postings it sent).
// Sharded databases are refused: their combined ids interleave shards.
#pragma once

#include <xapian.h>

#include <string>
#include <vector>

#include "searcher/engine/request_params.h"

namespace jobsearch {

inline constexpr std::size_t kRememberedSent = 2000;

struct SavedSearch {
  std::string name;               // unique in the database
  std::string owner;              // a label for the mailer (an address, an account)
  RequestParams params;           // the search, as request_params.h names its options
  Xapian::docid mark = 0;         // the last document id the alert has looked at
  std::vector<std::string> sent;  // ids and edit keys already sent, oldest first
};

struct AlertPosting {
  std::string id, title, company, url;
};

struct AlertResult {
  std::string name, owner;
  std::vector<AlertPosting> postings;  // in the search's order
};

class AlertBook {
 public:
  // Opens the existing database `db` for writing (its metadata holds the
  // saved searches). Throws SearchError for a sharded database and
  // Xapian::DatabaseError when it is missing or locked by another writer.
  explicit AlertBook(const std::string& db);

  // The same on a database the caller holds open for writing (the server's
  // one writer), which must be the single database at `db`.
  AlertBook(const std::string& db, Xapian::WritableDatabase database);

  // Saves `search` (replacing one of the same name) with its mark at the
  // database's last posting: only postings indexed from now on alert.
  // Throws SearchError for an empty name or parameters a search refuses.
  void add(SavedSearch search);

  // The saved searches, by name.
  std::vector<SavedSearch> list();

  // Deletes the saved search `name`; false when there is none.
  bool remove(const std::string& name);

  // Runs every saved search over the postings indexed since its mark,
  // moves the marks and commits. Returns the searches with news only.
  std::vector<AlertResult> run();

 private:
  AlertResult run_one(class SearchEngine& engine, SavedSearch& search, Xapian::docid last);
  bool is_news(Xapian::docid docid, SavedSearch& search);
  void store(const SavedSearch& search);

  std::string path_;
  Xapian::WritableDatabase database_;
};

}  // namespace jobsearch
