#include "searcher/eval/qrels.h"

#include <fstream>
#include <istream>
#include <ostream>
#include <sstream>
#include <vector>

#include "searcher/engine/search_error.h"
#include "searcher/eval/trec_lines.h"

namespace jobsearch {
namespace {

// The whole field as an integer ("2", "-1"); throws SearchError otherwise.
int parse_relevance(const std::string& text, const std::string& where) {
  std::size_t used = 0;
  int value = 0;
  try {
    value = std::stoi(text, &used);
  } catch (const std::exception&) {
    used = 0;
  }
  if (used == 0 || used != text.size()) {
    throw SearchError(where + ": relevance \"" + text + "\" is not an integer");
  }
  return value;
}

}  // namespace

Qrels read_qrels(std::istream& in, const std::string& name) {
  Qrels qrels;
  auto judgment = [&qrels](const std::vector<std::string>& fields, const std::string& where) {
    if (fields.size() != 4) {
      throw SearchError(where + ": expected \"qid iter docno relevance\", got " +
                        std::to_string(fields.size()) + " fields");
    }
    int relevance = parse_relevance(fields[3], where);
    if (!qrels[fields[0]].emplace(fields[2], relevance).second) {
      throw SearchError(where + ": topic " + fields[0] + " judges document " + fields[2] +
                        " twice");
    }
  };
  read_trec_lines(in, name, judgment);
  return qrels;
}

Qrels read_qrels_file(const std::string& path) {
  std::ifstream in(path);
  if (!in) throw SearchError("cannot read qrels file \"" + path + "\"");
  return read_qrels(in, path);
}

void write_qrels(std::ostream& out, const Qrels& qrels) {
  for (const auto& [qid, judgments] : qrels) {
    for (const auto& [docno, relevance] : judgments) {
      out << qid << " 0 " << docno << ' ' << relevance << '\n';
    }
  }
}

}  // namespace jobsearch
