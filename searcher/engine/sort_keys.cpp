#include "searcher/engine/sort_keys.h"

#include <algorithm>
#include <cmath>
#include <string_view>

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

// Appends `value` as Xapian::MultiValueKeyMaker keys a value sorted
// largest first: each byte taken from 0xff ("\0" as "\xff\0"), then
// "\xff\xff".
void append_reversed(std::string& key, std::string_view value) {
  for (char c : value) {
    const auto byte = static_cast<unsigned char>(c);
    key += static_cast<char>(0xff - byte);
    if (byte == 0) key += '\0';
  }
  key.append("\xff\xff", 2);
}

// MultiValueKeyMaker's key of a value largest first, then (a last value,
// sorted forwards, is appended as it is) of the posting id.
class ColumnValueKey : public Xapian::KeyMaker {
 public:
  ColumnValueKey(const TextColumn& values, const TextColumn* then_ids)
      : values_(values), then_ids_(then_ids) {}

  std::string operator()(const Xapian::Document& document) const override {
    std::string key;
    append_reversed(key, values_.at(document.get_docid()));
    if (then_ids_ != nullptr) key += then_ids_->at(document.get_docid());
    return key;
  }

 private:
  const TextColumn& values_;
  const TextColumn* then_ids_;
};

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

// Xapian::LatLongDistanceKeyMaker's key (the great-circle distance from
// `centre` to the nearest of the posting's coordinates, postings without
// any last), then, with `then_ids`, DistanceThenId's: from the columns of
// the coordinates and of the posting ids.
class ColumnDistanceKey : public Xapian::KeyMaker {
 public:
  ColumnDistanceKey(const TextColumn& coordinates, const Xapian::LatLongCoord& centre,
                    const TextColumn* then_ids)
      : coordinates_(coordinates), then_ids_(then_ids) {
    centre_.append(centre);
  }

  std::string operator()(const Xapian::Document& document) const override {
    const std::string_view value = coordinates_.at(document.get_docid());
    std::string key(9, '\xff');
    if (!value.empty()) {
      Xapian::LatLongCoords coordinates;
      coordinates.unserialise(std::string(value));
      key = Xapian::sortable_serialise(Xapian::GreatCircleMetric()(centre_, coordinates));
    }
    if (then_ids_ == nullptr) return key;
    return joined_key(key, std::string(then_ids_->at(document.get_docid())));
  }

 private:
  const TextColumn& coordinates_;
  Xapian::LatLongCoords centre_;
  const TextColumn* then_ids_;
};

class PostingIdKey : public Xapian::KeyMaker {
 public:
  explicit PostingIdKey(const TextColumn& ids) : ids_(ids) {}

  std::string operator()(const Xapian::Document& document) const override {
    return std::string(ids_.at(document.get_docid()));
  }

 private:
  const TextColumn& ids_;
};

}  // namespace

Xapian::KeyMaker* by_posting_id(const TextColumn& ids) {
  return (new PostingIdKey(ids))->release();
}

Xapian::KeyMaker* by_value_from(const TextColumn& values, const TextColumn* then_ids) {
  return (new ColumnValueKey(values, then_ids))->release();
}

Xapian::KeyMaker* by_distance_from(const TextColumn& coordinates,
                                   const Xapian::LatLongCoord& centre, const TextColumn* then_ids) {
  return (new ColumnDistanceKey(coordinates, centre, then_ids))->release();
}

Xapian::KeyMaker* by_value_then_id(Xapian::valueno slot) {
  auto* key = new Xapian::MultiValueKeyMaker;
  key->add_value(slot, /*reverse=*/true);
  key->add_value(schema::kSlotPostingId);
  return key->release();
}

Xapian::KeyMaker* by_distance_then_id(const Xapian::LatLongCoord& centre) {
  return (new DistanceThenId(centre))->release();
}

Xapian::KeyMaker* by_value(Xapian::valueno slot) {
  auto* key = new Xapian::MultiValueKeyMaker;
  key->add_value(slot, /*reverse=*/true);
  return key->release();
}

Xapian::KeyMaker* by_distance(const Xapian::LatLongCoord& centre) {
  return (new Xapian::LatLongDistanceKeyMaker(schema::kSlotCoordinates, centre))->release();
}

void order_ties_by_id(std::vector<SearchHit>& hits, const std::vector<std::string>& keys) {
  // Scores equal to 1e-9: a sharded database sums a score's parts in
  // another order, so equal scores may differ in their last bits.
  auto tied = [&](std::size_t a, std::size_t b) {
    return keys[a] == keys[b] &&
           std::fabs(hits[a].score - hits[b].score) <= 1e-9 * std::max(1.0, hits[a].score);
  };
  auto by_id = [](const SearchHit& a, const SearchHit& b) { return a.posting.id < b.posting.id; };
  for (std::size_t start = 0; start < hits.size();) {
    std::size_t end = start + 1;
    while (end < hits.size() && tied(start, end)) ++end;
    std::sort(hits.begin() + start, hits.begin() + end, by_id);
    start = end;
  }
  for (std::size_t i = 1; i < hits.size(); ++i) hits[i].rank = hits[0].rank + i;
}

}  // namespace jobsearch
