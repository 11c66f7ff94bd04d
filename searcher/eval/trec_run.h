// trec_run.h: ranked results in TREC's run format.
//
// One retrieved document a line, "qid Q0 docno rank score tag", the format
// trec_eval and Anserini read and write. trec_eval ignores the rank column
// and orders each topic by score, descending, breaking ties by docno,
// descending; write_run_topic makes the printed scores strictly decreasing
// so that re-sorting keeps the ranking as written.
#pragma once

#include <iosfwd>
#include <map>
#include <string>
#include <vector>

namespace jobsearch {

// One retrieved document of a topic.
struct RunDoc {
  std::string docno;
  double score = 0;
};

struct TrecRun {
  // qid -> its documents, in file order; ordered by qid (strcmp).
  std::map<std::string, std::vector<RunDoc>> topics;
  std::string tag;  // the tag of the last line, as trec_eval reports it
};

// Reads a run from `in`; `name` (the file name) prefixes error messages.
// Blank lines and lines starting with '#' are skipped, fields after the
// sixth ignored. Throws SearchError naming the line for fewer than six
// fields or a score that is not a number. An empty input is an empty run.
TrecRun read_run(std::istream& in, const std::string& name);

// Reads the run file at `path`. Throws SearchError when it cannot be read
// or is malformed (see read_run).
TrecRun read_run_file(const std::string& path);

// Writes `ranking` (best first) as the lines of topic `qid`: ranks from 1,
// scores with six decimals, each printed score lowered where needed to stay
// strictly below the one before (ties and rounding would otherwise let
// trec_eval reorder them). Throws SearchError when qid or tag is empty or
// holds whitespace.
void write_run_topic(std::ostream& out, const std::string& qid, const std::vector<RunDoc>& ranking,
                     const std::string& tag);

}  // namespace jobsearch
