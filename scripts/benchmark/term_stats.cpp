// term_stats: which prefixes bring how many terms, postings and positions
// (issue 16: where the index's bytes go, per field).
//
// Usage: term_stats DB [--positions] [--sample N]
// Walks every term of DB and sums, per prefix (the leading capitals, with
// "Z" for stems kept apart: "ZS" is the title's stems, "Z" the unprefixed
// ones), the distinct terms, the postings (term, document) pairs and, with
// --positions, the (term, document) pairs that have positions and the
// positions themselves. --sample N reads positions of every Nth posting
// only (and scales up), as reading them all takes minutes at 200k postings.
// Also prints the document data's bytes before glass compresses it. Prints
// one JSON object.
#include <xapian.h>

#include <cctype>
#include <cstring>
#include <iostream>
#include <map>
#include <nlohmann/json.hpp>
#include <string>

namespace {

struct PrefixStats {
  std::uint64_t terms = 0, postings = 0, term_bytes = 0;
  std::uint64_t positioned = 0, positions = 0;
};

std::string prefix_of(const std::string& term) {
  std::size_t end = 0;
  if (!term.empty() && term[0] == 'Z') end = 1;
  while (end < term.size() && std::isupper(static_cast<unsigned char>(term[end]))) ++end;
  // "XSRC:" and other colon-ended prefixes.
  if (end < term.size() && term[end] == ':') ++end;
  return term.substr(0, end);
}

void count_positions(const Xapian::Database& db, const std::string& term, unsigned sample,
                     PrefixStats& stats) {
  std::uint64_t seen = 0;
  for (auto it = db.postlist_begin(term); it != db.postlist_end(term); ++it, ++seen) {
    if (seen % sample != 0) continue;
    std::uint64_t count = 0;
    for (auto pos = it.positionlist_begin(); pos != it.positionlist_end(); ++pos) ++count;
    if (count == 0) continue;
    stats.positioned += sample;
    stats.positions += count * sample;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 2) {
    std::cerr << "usage: term_stats DB [--positions] [--sample N]\n";
    return 2;
  }
  bool positions = false;
  unsigned sample = 1;
  for (int i = 2; i < argc; ++i) {
    if (std::strcmp(argv[i], "--positions") == 0) positions = true;
    if (std::strcmp(argv[i], "--sample") == 0 && i + 1 < argc)
      sample = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
  }
  Xapian::Database db(argv[1]);
  std::map<std::string, PrefixStats> by_prefix;
  for (auto it = db.allterms_begin(); it != db.allterms_end(); ++it) {
    const std::string term = *it;
    PrefixStats& stats = by_prefix[prefix_of(term)];
    ++stats.terms;
    stats.term_bytes += term.size();
    stats.postings += it.get_termfreq();
    if (positions) count_positions(db, term, sample, stats);
  }
  std::uint64_t data_bytes = 0;
  for (auto it = db.postlist_begin(""); it != db.postlist_end(""); ++it) {
    data_bytes += db.get_document(*it).get_data().size();
  }
  nlohmann::json out = {{"documents", db.get_doccount()}, {"data_bytes", data_bytes}};
  for (const auto& [prefix, s] : by_prefix) {
    out["prefixes"][prefix.empty() ? "(none)" : prefix] = {{"terms", s.terms},
                                                           {"term_bytes", s.term_bytes},
                                                           {"postings", s.postings},
                                                           {"positioned", s.positioned},
                                                           {"positions", s.positions}};
  }
  std::cout << out.dump(1) << "\n";
  return 0;
}
