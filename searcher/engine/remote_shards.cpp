#include "searcher/engine/remote_shards.h"

#include <optional>

#include "common/byte_size.h"

namespace jobsearch {

bool parse_remote_address(const std::string& text, RemoteAddress& address) {
  const std::size_t colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return false;
  std::optional<std::uint64_t> port = parse_whole_number(text.substr(colon + 1));
  if (!port || *port == 0 || *port > 65535) return false;
  address.host = text.substr(0, colon);
  address.port = static_cast<unsigned>(*port);
  return true;
}

Xapian::Database open_remote(const RemoteAddress& address, unsigned timeout_ms) {
  return Xapian::Remote::open(address.host, address.port, timeout_ms, timeout_ms);
}

ShardUnavailable shard_failure(const Xapian::Error& error, const std::vector<RemoteAddress>& shards,
                               unsigned timeout_ms) {
  std::vector<std::string> failed;
  for (const RemoteAddress& shard : shards) {
    try {
      open_remote(shard, timeout_ms).get_doccount();
    } catch (const Xapian::Error&) {
      failed.push_back(shard.text());
    }
  }
  if (failed.empty()) {
    for (const RemoteAddress& shard : shards) failed.push_back(shard.text());
  }
  std::string names;
  for (const std::string& name : failed) names += (names.empty() ? "" : ", ") + name;
  const std::string which = failed.size() == 1 ? "shard " : "shards ";
  return ShardUnavailable(
      "remote " + which + names + " did not answer (" + error.get_msg() + "); try again later",
      failed);
}

}  // namespace jobsearch
