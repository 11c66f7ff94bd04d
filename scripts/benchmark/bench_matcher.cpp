// bench_matcher: what Xapian's own matcher costs per candidate, alone.
//
// Usage: bench_matcher DB TERM... [--runs N]
// For each TERM (as indexed, e.g. Zengin), a one-term query ranked with
// Xapian's BM25Weight, with BM25 without length normalisation (b = 0: no
// document length read), and unranked (BoolWeight), get_mset(0, 10):
// prints the term's postings, the median milliseconds of N runs (default
// 100) for each, and nanoseconds per posting without lengths (the matcher's
// own cost: the engine reads lengths from memory). A ranked
// match in Xapian 1.4 weighs every posting of such a term (it keeps no
// best score per block of postings to skip by); an unweighted one stops at
// the page. No code of ours runs: this is the floor under our top-10.
#include <xapian.h>

#include <algorithm>
#include <charconv>
#include <chrono>
#include <cstdio>
#include <exception>
#include <iostream>
#include <optional>
#include <string>
#include <vector>

namespace {

double median_ms(Xapian::Enquire& enquire, unsigned runs) {
  std::vector<double> times;
  for (unsigned i = 0; i < runs; ++i) {
    const auto start = std::chrono::steady_clock::now();
    enquire.get_mset(0, 10);
    times.push_back(
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start)
            .count());
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

double time_term(const Xapian::Database& database, const std::string& term,
                 const Xapian::Weight& weight, unsigned runs) {
  Xapian::Enquire enquire(database);
  enquire.set_query(Xapian::Query(term));
  enquire.set_weighting_scheme(weight);
  return median_ms(enquire, runs);
}

// N of "--runs N": a whole number above 0; nothing when malformed.
std::optional<unsigned> parse_runs(const std::string& value) {
  unsigned runs = 0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, runs);
  if (error != std::errc() || stop != end || runs == 0) return std::nullopt;
  return runs;
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> terms;
  std::optional<unsigned> runs = 100;
  for (int i = 2; i < argc && runs; ++i) {
    const std::string arg = argv[i];
    if (arg == "--runs") {
      runs = parse_runs(i + 1 < argc ? argv[++i] : "");
    } else {
      terms.push_back(arg);
    }
  }
  if (argc < 3 || terms.empty() || !runs) {
    std::cerr << "usage: bench_matcher DB TERM... [--runs N]\n";
    return 2;
  }
  try {
    Xapian::Database database(argv[1]);
    std::printf("%-24s %10s %10s %12s %10s %15s\n", "term", "postings", "BM25 ms", "BM25 b=0 ms",
                "Bool ms", "b=0 ns/posting");
    for (const std::string& term : terms) {
      const Xapian::doccount postings = database.get_termfreq(term);
      const double bm25 = time_term(database, term, Xapian::BM25Weight(), *runs);
      const double no_lengths =
          time_term(database, term, Xapian::BM25Weight(1, 0, 1, 0, 0.5), *runs);
      const double boolean = time_term(database, term, Xapian::BoolWeight(), *runs);
      std::printf("%-24s %10u %10.3f %12.3f %10.3f %15.1f\n", term.c_str(), postings, bm25,
                  no_lengths, boolean, postings > 0 ? no_lengths * 1e6 / postings : 0.0);
    }
  } catch (const Xapian::Error& error) {
    std::cerr << "bench_matcher: " << error.get_description() << '\n';
    return 1;
  } catch (const std::exception& error) {
    std::cerr << "bench_matcher: " << error.what() << '\n';
    return 1;
  }
  return 0;
}
