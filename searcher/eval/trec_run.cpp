#include "searcher/eval/trec_run.h"

#include <cinttypes>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <istream>
#include <limits>
#include <ostream>
#include <sstream>

#include "searcher/engine/search_error.h"
#include "searcher/eval/trec_lines.h"

namespace jobsearch {
namespace {

// Scores are written in millionths.
constexpr double kScoreScale = 1e6;

// The score as trec_eval reads it (atof: the longest numeric prefix), but
// a field with no number at all is an error rather than 0.
double parse_score(const std::string& text, const std::string& where) {
  char* end = nullptr;
  double score = std::strtod(text.c_str(), &end);
  if (end == text.c_str()) throw SearchError(where + ": score \"" + text + "\" is not a number");
  return score;
}

void check_token(const std::string& value, const char* what) {
  if (value.empty() || value.find_first_of(" \t\r\n") != std::string::npos) {
    throw SearchError(std::string("a run ") + what + " must be one word, not \"" + value + "\"");
  }
}

std::string format_millionths(std::int64_t millionths) {
  char buffer[48];
  const char* sign = millionths < 0 ? "-" : "";
  std::uint64_t magnitude = millionths < 0 ? -static_cast<std::uint64_t>(millionths)
                                           : static_cast<std::uint64_t>(millionths);
  std::snprintf(buffer, sizeof buffer, "%s%" PRIu64 ".%06" PRIu64, sign, magnitude / 1000000,
                magnitude % 1000000);
  return buffer;
}

}  // namespace

TrecRun read_run(std::istream& in, const std::string& name) {
  TrecRun run;
  auto ranked = [&run](const std::vector<std::string>& fields, const std::string& where) {
    if (fields.size() < 6) {
      throw SearchError(where + ": expected \"qid Q0 docno rank score tag\", got " +
                        std::to_string(fields.size()) + " fields");
    }
    run.topics[fields[0]].push_back({fields[2], parse_score(fields[4], where)});
    run.tag = fields[5];
  };
  read_trec_lines(in, name, ranked);
  return run;
}

TrecRun read_run_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw SearchError("cannot read run file \"" + path + "\"");
  return read_run(in, path);
}

void write_run_topic(std::ostream& out, const std::string& qid, const std::vector<RunDoc>& ranking,
                     const std::string& tag) {
  check_token(qid, "topic id");
  check_token(tag, "tag");
  std::int64_t previous = std::numeric_limits<std::int64_t>::max();
  unsigned rank = 0;
  for (const RunDoc& doc : ranking) {
    auto millionths = static_cast<std::int64_t>(std::llround(doc.score * kScoreScale));
    if (millionths >= previous) millionths = previous - 1;
    previous = millionths;
    out << qid << " Q0 " << doc.docno << ' ' << ++rank << ' ' << format_millionths(millionths)
        << ' ' << tag << '\n';
  }
}

}  // namespace jobsearch
