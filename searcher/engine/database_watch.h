// database_watch.h: noticing that a writer committed to a database.
//
// A reader sees a database as it was when opened; a server that keeps
// readers open asks this, cheaply, whether to open fresh ones.
#pragma once

#include <xapian.h>

#include <string>

namespace jobsearch {

class DatabaseWatch {
 public:
  // Opens the database at `path` (folder or stub file) and checks its
  // schema version: throws Xapian::DatabaseError (DatabaseVersionError for
  // another layout) when it cannot be searched, Xapian::NetworkError when
  // a remote shard does not answer within `remote_timeout_ms`.
  explicit DatabaseWatch(const std::string& path, unsigned remote_timeout_ms = 10000);

  // True when a writer has committed since the last call (or since
  // opening), when the stub `path` is (or holds) now lists other databases
  // (xapian-replicate switching a replica to a fresh full copy), and also
  // when the database could not be read (caught mid-commit, or a remote
  // shard not answering): readers should be renewed, and the next call
  // looks again (connecting afresh to remote shards). Reads the revision
  // the writer last committed and the stub (small file reads, or a message
  // to each remote shard). Never throws.
  bool changed();

 private:
  std::string path_;
  unsigned remote_timeout_ms_;
  std::string stub_;  // the stub's text when last opened ("" for none)
  Xapian::Database database_;
  bool broken_ = false;  // a remote shard failed: open again before looking
};

}  // namespace jobsearch
