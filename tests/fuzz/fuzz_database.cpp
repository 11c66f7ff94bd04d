#include "tests/fuzz/fuzz_database.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <memory>
#include <nlohmann/json.hpp>

#include "common/posting_parser.h"
#include "common/synonyms.h"
#include "indexer/index_writer.h"
#include "searcher/engine/response_json.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/responses.h"

namespace jobsearch::fuzz {
namespace {

namespace fs = std::filesystem;

// Enough postings for every facet, place and synonym path to have data,
// few enough that a search stays well under a millisecond.
constexpr int kPostings = 60;

std::string database_path;

void remove_database() {
  std::error_code ignored;
  if (!database_path.empty()) fs::remove_all(database_path, ignored);
}

std::string build_database() {
  std::string pattern = (fs::temp_directory_path() / "jobsearch-fuzz-XXXXXX").string();
  check(::mkdtemp(pattern.data()) != nullptr, "cannot create a temporary folder");
  database_path = pattern;
  std::atexit(remove_database);

  std::ifstream in(JOBSEARCH_SOURCE_DIR "/corpus/postings/linkedin.jsonl");
  IndexWriter writer(database_path + "/db", 1000);
  writer.add_synonyms(parse_synonyms(builtin_synonyms(), nullptr));
  std::string line;
  for (int n = 0; n < kPostings && std::getline(in, line); ++n) {
    for (const Posting& posting : parse_record(nlohmann::json::parse(line)).postings)
      writer.write(posting);
  }
  writer.commit();
  check(writer.document_count() > 0, "no postings read from corpus/postings/linkedin.jsonl");
  return database_path + "/db";
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
