// bench_export: JSON-LD postings -> the cleaned text the peer engines load.
//
// Usage: bench_export OUT.jsonl PATH...
// Reads PATHs as jobindex does (source.h) and parses them with the project's
// own parser (parse_record, gumbo cleaning), so the peers index exactly the
// text we index and the cleaning cost is ours only. One JSON object a line:
//   {"id", "title", "company", "places": [free text of each location],
//    "industries", "skills", "description",
//    "location": [facet values], "employment_type": [...], "education": [...]}
// Postings with an id already written (exact re-posts) are skipped, as
// jobindex keeps them once.
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <unordered_set>

#include "common/facet_terms.h"
#include "common/posting_parser.h"
#include "indexer/source.h"

using namespace jobsearch;

namespace {

std::string place_text(const Location& location) {
  return location.locality + " " + location.region + " " + location.country + " " +
         location.postal_code;
}

nlohmann::json export_posting(const Posting& posting) {
  nlohmann::json places = nlohmann::json::array();
  nlohmann::json location_values = nlohmann::json::array();
  std::unordered_set<std::string> seen;
  for (const Location& location : posting.locations) {
    places.push_back(place_text(location));
    std::string name = place_display_name(location);
    if (!name.empty() && seen.insert(name).second) location_values.push_back(name);
  }
  return {{"id", posting.id},
          {"title", posting.title},
          {"company", posting.company},
          {"places", places},
          {"industries", posting.industries},
          {"skills", posting.skills},
          {"description", posting.description},
          {"location", location_values},
          {"employment_type", posting.employment_types},
          {"education", posting.education}};
}

class Exporter : public RecordHandler {
 public:
  explicit Exporter(std::ostream& out) : out_(out) {}

  void on_record(const std::string&, const nlohmann::json& value) override {
    for (const Posting& posting : parse_record(value).postings) {
      if (!ids_.insert(posting.id).second) continue;
      out_ << export_posting(posting).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace)
           << '\n';
    }
  }
  void on_bad_record(const std::string& origin, const std::string& reason) override {
    std::cerr << origin << ": rejected: " << reason << '\n';
  }
  void on_unreadable(const std::string& path, const std::string& reason) override {
    std::cerr << path << ": cannot read: " << reason << '\n';
    failed_ = true;
  }

  std::size_t written() const { return ids_.size(); }
  bool failed() const { return failed_; }

 private:
  std::ostream& out_;
  std::unordered_set<std::string> ids_;
  bool failed_ = false;
};

}  // namespace

int main(int argc, char** argv) {
  if (argc < 3) {
    std::cerr << "usage: bench_export OUT.jsonl PATH...\n";
    return 2;
  }
  std::ofstream out(argv[1]);
  if (!out) {
    std::cerr << "bench_export: cannot write " << argv[1] << '\n';
    return 1;
  }
  Exporter exporter(out);
  read_sources(std::vector<std::string>(argv + 2, argv + argc), exporter);
  out.close();
  std::cerr << "bench_export: " << exporter.written() << " postings\n";
  return exporter.failed() || !out ? 1 : 0;
}
