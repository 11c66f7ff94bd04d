#include "searcher/engine/sort_keys.h"

#include "common/schema.h"

namespace jobsearch {
namespace {

// Joins two keys so that the result sorts by the first, then the second,
// escaping as Xapian::MultiValueKeyMaker does ("\0" -> "\0\xff", then a
// "\0\0" terminator): no first key can then be a prefix of another's.
std::string joined_key(const std::string& first, const std::string& second) {
  std::string key;
  for (char c : first) {
    key += c;
    if (c == '\0') key += '\xff';
  }
  key.append(2, '\0');
  return key + second;
}

class DistanceThenId : public Xapian::KeyMaker {
 public:
  explicit DistanceThenId(const Xapian::LatLongCoord& centre)
      : distance_(schema::kSlotCoordinates, centre) {}

  std::string operator()(const Xapian::Document& document) const override {
    return joined_key(distance_(document), document.get_value(schema::kSlotPostingId));
  }

 private:
  Xapian::LatLongDistanceKeyMaker distance_;
};

}  // namespace

Xapian::KeyMaker* by_value_then_id(Xapian::valueno slot) {
  auto* key = new Xapian::MultiValueKeyMaker;
  key->add_value(slot, /*reverse=*/true);
  key->add_value(schema::kSlotPostingId);
  return key->release();
}

Xapian::KeyMaker* by_distance_then_id(const Xapian::LatLongCoord& centre) {
  return (new DistanceThenId(centre))->release();
}

}  // namespace jobsearch
