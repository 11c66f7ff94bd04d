// Tests of searcher/engine/sort_keys on a real database: keys made from
// columns are Xapian's own MultiValueKeyMaker keys, byte for byte.
#include "searcher/engine/sort_keys.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "common/schema.h"
#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

// Values that a sort key must carry as they are: none, empty-looking
// bytes, "\0" inside and at the end, and the sortable numbers of dates
// and pay.
const std::vector<std::string> kValues = {
    "",
    std::string("\0", 1),
    std::string("a\0b", 3),
    std::string("\xff\0", 2),
    Xapian::sortable_serialise(0),
    Xapian::sortable_serialise(20392),
    Xapian::sortable_serialise(-1.5),
    Xapian::sortable_serialise(185000),
};

// Places of postings: none, one, or several (the nearest counts).
std::string coordinates(std::size_t i) {
  Xapian::LatLongCoords places;
  if (i % 4 != 0) places.append(Xapian::LatLongCoord(30.0 + i, -97.0 - i));
  if (i % 3 == 0) places.append(Xapian::LatLongCoord(-33.9, 151.2));
  return places.empty() ? "" : places.serialise();
}

std::string database(const test::TempDir& dir) {
  const std::string path = dir.file("db");
  Xapian::WritableDatabase db(path, Xapian::DB_CREATE);
  for (std::size_t i = 0; i < kValues.size(); ++i) {
    Xapian::Document document;
    if (!kValues[i].empty()) document.add_value(schema::kSlotDatePosted, kValues[i]);
    if (!coordinates(i).empty()) document.add_value(schema::kSlotCoordinates, coordinates(i));
    // The last posting has no id: its key ends with the value's.
    if (i + 1 < kValues.size())
      document.add_value(schema::kSlotPostingId, "id" + std::to_string(i));
    db.add_document(document);
  }
  db.commit();
  return path;
}

void expect_same_keys(const Xapian::Database& db, const Xapian::KeyMaker& columns,
                      const Xapian::KeyMaker& values) {
  for (Xapian::docid docid = 1; docid <= db.get_lastdocid(); ++docid) {
    const Xapian::Document document = db.get_document(docid);
    EXPECT_EQ(columns(document), values(document)) << "document " << docid;
  }
}

TEST(SortKeysTest, KeysFromColumnsAreXapiansOwn) {
  test::TempDir dir;
  const Xapian::Database db(database(dir));
  const TextColumn dates(db, schema::kSlotDatePosted);
  const TextColumn ids(db, schema::kSlotPostingId);
  // Held by Xapian's reference counts once released.
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> by_date(by_value_from(dates));
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> by_date_then_id(
      by_value_from(dates, &ids));
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> own_by_date(
      by_value(schema::kSlotDatePosted));
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> own_by_date_then_id(
      by_value_then_id(schema::kSlotDatePosted));
  expect_same_keys(db, *by_date, *own_by_date);
  expect_same_keys(db, *by_date_then_id, *own_by_date_then_id);
  // Largest first, postings without a value last.
  EXPECT_LT((*by_date)(db.get_document(8)), (*by_date)(db.get_document(6)));
  EXPECT_LT((*by_date)(db.get_document(6)), (*by_date)(db.get_document(1)));
}

TEST(SortKeysTest, DistanceKeysFromColumnsAreXapiansOwn) {
  test::TempDir dir;
  const Xapian::Database db(database(dir));
  const TextColumn places(db, schema::kSlotCoordinates);
  const TextColumn ids(db, schema::kSlotPostingId);
  const Xapian::LatLongCoord austin(30.27, -97.74);
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> by_place(
      by_distance_from(places, austin));
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> by_place_then_id(
      by_distance_from(places, austin, &ids));
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> own_by_place(by_distance(austin));
  const Xapian::Internal::opt_intrusive_ptr<Xapian::KeyMaker> own_by_place_then_id(
      by_distance_then_id(austin));
  expect_same_keys(db, *by_place, *own_by_place);
  expect_same_keys(db, *by_place_then_id, *own_by_place_then_id);
  // Nearest first, postings without a place last.
  EXPECT_LT((*by_place)(db.get_document(2)), (*by_place)(db.get_document(3)));
  EXPECT_LT((*by_place)(db.get_document(3)), (*by_place)(db.get_document(5)));
}

}  // namespace
}  // namespace jobsearch
