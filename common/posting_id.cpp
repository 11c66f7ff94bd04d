#include "common/posting_id.h"

#include <cstdint>
#include <cstdio>
#include <optional>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

// 64-bit FNV-1a over a sequence of parts, each preceded by its length so
// that part boundaries count: ("ab", "c") and ("a", "bc") hash apart.
class PartHasher {
 public:
  void add(std::string_view part) {
    std::uint64_t length = part.size();
    for (int i = 0; i < 8; ++i) add_byte(static_cast<unsigned char>(length >> (8 * i)));
    for (char c : part) add_byte(static_cast<unsigned char>(c));
  }

  // An absent coordinate is the empty part; a present one is never empty.
  void add(const std::optional<double>& number) {
    if (!number) return add(std::string_view());
    char text[64];
    int length = std::snprintf(text, sizeof text, "%.6f", *number);
    add(std::string_view(text, length > 0 ? static_cast<size_t>(length) : 0));
  }

  std::string hex() const {
    char text[17];
    std::snprintf(text, sizeof text, "%016llx", static_cast<unsigned long long>(hash_));
    return text;
  }

 private:
  void add_byte(unsigned char byte) {
    hash_ ^= byte;
    hash_ *= 1099511628211ULL;
  }

  std::uint64_t hash_ = 14695981039346656037ULL;
};

}  // namespace

std::string posting_id(std::string_view raw_title, std::string_view raw_company,
                       std::string_view raw_locations, std::string_view raw_description) {
  PartHasher hasher;
  hasher.add(raw_title);
  hasher.add(raw_company);
  hasher.add(raw_locations);
  hasher.add(raw_description);
  return hasher.hex();
}

std::string repost_key(const Posting& posting) {
  PartHasher hasher;
  hasher.add(to_lower_ascii(posting.title));
  hasher.add(to_lower_ascii(posting.company));
  hasher.add(posting.description);
  return hasher.hex();
}

namespace {

// The places of a posting as one part: each place's locality, region and
// country, case-folded, in the order given.
std::string places_part(const Posting& posting) {
  std::string part;
  for (const Location& place : posting.locations) {
    part += to_lower_ascii(place.locality) + '\x1f' + to_lower_ascii(place.region) + '\x1f' +
            to_lower_ascii(place.country) + '\x1e';
  }
  return part;
}

}  // namespace

EditKey edit_key(const Posting& posting, std::string_view source) {
  PartHasher hasher;
  hasher.add(source);
  EditKey key;
  if (!posting.url.empty()) {
    hasher.add("url");
    hasher.add(posting.url);
    key.strong = true;
  } else {
    hasher.add(posting.source_id.empty() ? "job" : "requisition");
    hasher.add(posting.source_id);
    hasher.add(to_lower_ascii(posting.company));
    hasher.add(to_lower_ascii(posting.title));
    hasher.add(places_part(posting));
    key.strong = !posting.source_id.empty();
  }
  key.value = hasher.hex();
  return key;
}

}  // namespace jobsearch
