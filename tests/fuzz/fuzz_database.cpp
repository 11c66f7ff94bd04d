#include "tests/fuzz/fuzz_database.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <vector>

#include "common/posting_parser.h"
#include "common/synonyms.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/responses.h"
#include "tests/support/temp_database.h"

namespace jobsearch::fuzz {
namespace {

// Enough postings for every facet, place and synonym path to have data,
// few enough that a search stays well under a millisecond.
constexpr int kPostings = 60;

std::string build_database() {
  std::ifstream in(JOBSEARCH_SOURCE_DIR "/corpus/postings/linkedin.jsonl");
  std::vector<Posting> postings;
  std::string line;
  for (int n = 0; n < kPostings && std::getline(in, line); ++n) {
    for (Posting& posting : parse_record(nlohmann::json::parse(line)).postings)
      postings.push_back(std::move(posting));
  }
  check(!postings.empty(), "no postings read from corpus/postings/linkedin.jsonl");
  // Removed with its folder by the static's destructor, at exit.
  static const test::TempDatabase database(postings, parse_synonyms(builtin_synonyms(), nullptr));
  return database.path();
}

}  // namespace

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

SearchEngine& engine() {
  static SearchEngine engine(build_database());
  return engine;
}

void search_and_render(const SearchRequest& request) {
  SearchResponse response;
  try {
    response = engine().search(request);
  } catch (const SearchError&) {
    return;
  }
  // The server's printer: text that is not UTF-8 becomes U+FFFD there.
  std::string body = http::dump(response_to_json(response));
  check(!body.empty(), "empty JSON answer");
}

}  // namespace jobsearch::fuzz
