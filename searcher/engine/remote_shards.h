// remote_shards.h: shards served by xapian-tcpsrv, and what a search does
// when one of them does not answer.
//
// A stub may list "remote HOST:PORT" lines. The engine opens those shards
// itself (Xapian::Remote::open) so that it can bound how long it waits for
// each (QueryLimits::shard_timeout_ms), and turns a network error into
// ShardUnavailable naming the shards that do not answer: the caller
// answers 503 (or exit code 8), drops the engine, and the next engine
// connects afresh, so searches answer again as soon as the shard is back.
// There are no partial answers: a count over some shards would be wrong.
#pragma once

#include <xapian.h>

#include <stdexcept>
#include <string>
#include <vector>

namespace jobsearch {

// A shard served over TCP by xapian-tcpsrv.
struct RemoteAddress {
  std::string host;
  unsigned port = 0;
  std::string text() const { return host + ":" + std::to_string(port); }  // "HOST:PORT"
};

// One or more remote shards did not answer (down, unreachable, or slower
// than the shard timeout). what() names them ("127.0.0.1:4501"); HTTP
// 503, `jobsearch` exit code 8.
class ShardUnavailable : public std::runtime_error {
 public:
  ShardUnavailable(const std::string& message, std::vector<std::string> shards)
      : std::runtime_error(message), shards_(std::move(shards)) {}
  // "HOST:PORT" of each shard found not answering.
  const std::vector<std::string>& shards() const { return shards_; }

 private:
  std::vector<std::string> shards_;
};

// Parses the rest of a stub's "remote" line ("HOST:PORT"); false for the
// other forms Xapian knows (":PROGRAM ARGS"), left to Xapian.
bool parse_remote_address(const std::string& text, RemoteAddress& address);

// Opens `address`, waiting at most `timeout_ms` for it to connect and
// for each later answer. Throws Xapian::NetworkError as Xapian does.
Xapian::Database open_remote(const RemoteAddress& address, unsigned timeout_ms);

// The ShardUnavailable to throw for `error` (met while searching
// `shards`): probes each shard (a fresh connection asked its size, within
// `timeout_ms`) and names those that fail; when every probe succeeds (the
// shard came back, or the failure was of one connection), names them all.
ShardUnavailable shard_failure(const Xapian::Error& error, const std::vector<RemoteAddress>& shards,
                               unsigned timeout_ms);

}  // namespace jobsearch
