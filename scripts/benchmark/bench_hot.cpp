// bench_hot: Google Benchmark of the functions every posting goes through
// on its way into the index: JSON text parsing, JSON-LD -> Posting
// (parse_record, which cleans the HTML), HTML cleaning alone (html_to_text)
// and Posting -> Xapian::Document (DocumentBuilder::build).
//
// Usage: bench_hot [--corpus=PATH] [--benchmark_* flags]
// PATH is JSONL (gzip or not) of JobPostings, such as generate_corpus.py
// writes; default the bundled corpus/postings/linkedin.jsonl. The first
// 1,000 records are loaded and cycled through.
#include <benchmark/benchmark.h>

#include <cstring>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/html_text.h"
#include "common/posting_parser.h"
#include "indexer/document_builder.h"
#include "indexer/line_reader.h"

using namespace jobsearch;

namespace {

constexpr std::size_t kMaxRecords = 1000;

struct Inputs {
  std::vector<std::string> lines;         // raw JSON text
  std::vector<nlohmann::json> values;     // parsed JSON
  std::vector<std::string> descriptions;  // raw description HTML, as in the source
  std::vector<Posting> postings;          // parsed postings
  std::size_t line_bytes = 0;
  std::size_t description_bytes = 0;
};

Inputs& inputs() {
  static Inputs instance;
  return instance;
}

bool load(const std::string& path) {
  LineReader reader(path);
  Inputs& in = inputs();
  std::string line;
  while (in.lines.size() < kMaxRecords && reader.next_line(line)) {
    if (line.empty()) continue;
    nlohmann::json value = nlohmann::json::parse(line, nullptr, false);
    if (value.is_discarded() || !value.is_object()) continue;
    ParsedRecord parsed = parse_record(value);
    if (parsed.postings.empty()) continue;
    in.lines.push_back(line);
    in.line_bytes += line.size();
    if (value.contains("description") && value["description"].is_string()) {
      in.descriptions.push_back(value["description"].get<std::string>());
      in.description_bytes += in.descriptions.back().size();
    }
    in.values.push_back(std::move(value));
    in.postings.push_back(std::move(parsed.postings.front()));
  }
  if (!reader.ok()) std::cerr << "bench_hot: " << path << ": " << reader.error() << '\n';
  return !in.lines.empty() && !in.descriptions.empty();
}

// Runs `body(i)` over the inputs in turn; reports postings (items) per second.
template <typename Body>
void cycle(benchmark::State& state, std::size_t count, std::size_t bytes, Body body) {
  std::size_t i = 0;
  for (auto _ : state) {
    body(i);
    if (++i == count) i = 0;
  }
  state.SetItemsProcessed(state.iterations());
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * (bytes / count)));
}

void BM_JsonParse(benchmark::State& state) {
  const Inputs& in = inputs();
  cycle(state, in.lines.size(), in.line_bytes,
        [&](std::size_t i) { benchmark::DoNotOptimize(nlohmann::json::parse(in.lines[i])); });
}

void BM_ParseRecord(benchmark::State& state) {
  const Inputs& in = inputs();
  cycle(state, in.values.size(), in.line_bytes,
        [&](std::size_t i) { benchmark::DoNotOptimize(parse_record(in.values[i])); });
}

void BM_HtmlToText(benchmark::State& state) {
  const Inputs& in = inputs();
  cycle(state, in.descriptions.size(), in.description_bytes,
        [&](std::size_t i) { benchmark::DoNotOptimize(html_to_text(in.descriptions[i])); });
}

void BM_DocumentBuild(benchmark::State& state) {
  const Inputs& in = inputs();
  DocumentBuilder builder;
  cycle(state, in.postings.size(), in.line_bytes,
        [&](std::size_t i) { benchmark::DoNotOptimize(builder.build(in.postings[i])); });
}

// The whole per-posting CPU path of jobindex short of the database write.
void BM_TextToDocument(benchmark::State& state) {
  const Inputs& in = inputs();
  DocumentBuilder builder;
  cycle(state, in.lines.size(), in.line_bytes, [&](std::size_t i) {
    ParsedRecord parsed = parse_record(nlohmann::json::parse(in.lines[i]));
    benchmark::DoNotOptimize(builder.build(parsed.postings.front()));
  });
}

}  // namespace

BENCHMARK(BM_JsonParse);
BENCHMARK(BM_ParseRecord);
BENCHMARK(BM_HtmlToText);
BENCHMARK(BM_DocumentBuild);
BENCHMARK(BM_TextToDocument);

int main(int argc, char** argv) {
  std::string corpus = JOBSEARCH_SOURCE_DIR "/corpus/postings/linkedin.jsonl";
  std::vector<char*> args;
  for (int i = 0; i < argc; ++i) {
    if (std::strncmp(argv[i], "--corpus=", 9) == 0) {
      corpus = argv[i] + 9;
    } else {
      args.push_back(argv[i]);
    }
  }
  int count = static_cast<int>(args.size());
  benchmark::Initialize(&count, args.data());
  if (benchmark::ReportUnrecognizedArguments(count, args.data())) return 2;
  if (!load(corpus)) {
    std::cerr << "bench_hot: no usable posting in " << corpus << '\n';
    return 1;
  }
  std::cerr << "bench_hot: " << inputs().lines.size() << " postings from " << corpus << '\n';
  benchmark::RunSpecifiedBenchmarks();
  benchmark::Shutdown();
  return 0;
}
