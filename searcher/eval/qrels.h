// qrels.h: relevance judgments in TREC's qrels format.
//
// One judgment a line, "qid iter docno relevance" (iter is ignored), as
// trec_eval reads them. Relevance is a small integer: 0 not relevant,
// 1 and more relevant (graded), negative "in the pool but not judged".
#pragma once

#include <iosfwd>
#include <map>
#include <string>

namespace jobsearch {

// docno -> relevance, for one topic.
using Judgments = std::map<std::string, int>;
// qid -> its judgments; ordered by qid as trec_eval orders topics (strcmp).
using Qrels = std::map<std::string, Judgments>;

// Reads qrels from `in`; `name` (the file name) prefixes error messages.
// Blank lines and lines starting with '#' are skipped. Throws SearchError
// naming the line for a line without exactly four fields, a relevance that
// is not an integer, or a document judged twice for one topic.
Qrels read_qrels(std::istream& in, const std::string& name);

// Reads the qrels file at `path`. Throws SearchError when it cannot be read
// or is malformed (see read_qrels).
Qrels read_qrels_file(const std::string& path);

// Writes `qrels` as "qid 0 docno relevance" lines, by qid then docno.
void write_qrels(std::ostream& out, const Qrels& qrels);

}  // namespace jobsearch
