// ingest_variants: where jobindex's ingest time goes, stage by stage, and
// what switching a part off would save (for the lead's profiling; not part
// of scripts/bench's table).
//
// Usage: ingest_variants CORPUS.jsonl DB [--no-spelling] [--no-termlist]
//                        [--no-data] [--batch N]
// Reads JSONL (gzip or not) as jobindex does and times each stage with a
// steady clock: JSON text parsing, parse_record (with gumbo cleaning),
// DocumentBuilder::build, add_document and commit (every N postings,
// default 1000, as jobindex). --no-spelling builds without the spelling
// table, --no-termlist opens the database with Xapian::DB_NO_TERMLIST,
// --no-data stores empty document data. DB must not exist. Prints one JSON
// object with the seconds of each stage.
#include <xapian.h>

#include <chrono>
#include <cstring>
#include <filesystem>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>

#include "common/posting_parser.h"
#include "indexer/document_builder.h"
#include "indexer/line_reader.h"

using namespace jobsearch;
using Clock = std::chrono::steady_clock;

namespace {

struct Options {
  bool spelling = true;
  bool termlist = true;
  bool data = true;
  unsigned batch = 1000;
};

struct Stages {
  double json = 0, parse = 0, build = 0, add = 0, commit = 0;
};

double seconds_since(Clock::time_point& start) {
  auto now = Clock::now();
  double elapsed = std::chrono::duration<double>(now - start).count();
  start = now;
  return elapsed;
}

bool parse_options(int argc, char** argv, Options& options) {
  for (int i = 3; i < argc; ++i) {
    if (std::strcmp(argv[i], "--no-spelling") == 0) {
      options.spelling = false;
    } else if (std::strcmp(argv[i], "--no-termlist") == 0) {
      options.termlist = false;
    } else if (std::strcmp(argv[i], "--no-data") == 0) {
      options.data = false;
    } else if (std::strcmp(argv[i], "--batch") == 0 && i + 1 < argc) {
      options.batch = static_cast<unsigned>(std::max(1, std::atoi(argv[++i])));
    } else {
      return false;
    }
  }
  return true;
}

std::uintmax_t folder_bytes(const std::string& path) {
  std::uintmax_t bytes = 0;
  for (const auto& entry : std::filesystem::directory_iterator(path)) {
    if (entry.is_regular_file()) bytes += entry.file_size();
  }
  return bytes;
}

}  // namespace

int main(int argc, char** argv) {
  Options options;
  if (argc < 3 || !parse_options(argc, argv, options)) {
    std::cerr << "usage: ingest_variants CORPUS.jsonl DB [--no-spelling] [--no-termlist] "
                 "[--no-data] [--batch N]\n";
    return 2;
  }
  int flags = Xapian::DB_CREATE | (options.termlist ? 0 : Xapian::DB_NO_TERMLIST);
  Xapian::WritableDatabase database(argv[2], flags);
  DocumentBuilder builder;
  LineReader reader(argv[1]);
  Stages stages;
  std::uint64_t postings = 0;
  std::string line;
  auto begin = Clock::now();
  auto clock = begin;
  while (reader.next_line(line)) {
    nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
    stages.json += seconds_since(clock);
    ParsedRecord parsed = parse_record(value);
    stages.parse += seconds_since(clock);
    for (const Posting& posting : parsed.postings) {
      Xapian::Document document = builder.build(posting);
      if (!options.data) document.set_data(std::string());
      SpellingWords spelling;
      if (options.spelling) spelling = builder.spelling_words(posting);
      stages.build += seconds_since(clock);
      database.add_document(document);
      add_spelling(database, spelling);
      stages.add += seconds_since(clock);
      if (++postings % options.batch == 0) {
        database.commit();
        stages.commit += seconds_since(clock);
      }
    }
  }
  database.commit();
  stages.commit += seconds_since(clock);
  double total = std::chrono::duration<double>(clock - begin).count();
  nlohmann::json out = {{"postings", postings},
                        {"seconds", total},
                        {"postings_per_s", postings / total},
                        {"json_s", stages.json},
                        {"parse_s", stages.parse},
                        {"build_s", stages.build},
                        {"add_document_s", stages.add},
                        {"commit_s", stages.commit},
                        {"db_bytes", folder_bytes(argv[2])}};
  std::cout << out.dump() << '\n';
  return reader.ok() ? 0 : 1;
}
