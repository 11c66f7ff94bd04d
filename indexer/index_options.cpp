#include "indexer/index_options.h"

#include <boost/program_options.hpp>
#include <iostream>
#include <string>
#include <vector>

#include "common/byte_size.h"
#include "common/exit_codes.h"
#include "common/nearest_name.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;

// Options are spelled out: a prefix (--facet for --facets) is an unknown
// option answered with the nearest one, not a guess.
constexpr int kStyle =
    po::command_line_style::default_style & ~po::command_line_style::allow_guessing;

constexpr const char* kUsage =
    "Usage: jobindex --db DB PATH...\n"
    "       jobindex SUBCOMMAND --help   for each of:\n"
    "  jobindex compact --db DB --output OUT          merge a database or its shards\n"
    "  jobindex sync --db DB --source NAME PATH...    make a source's postings match PATHs\n"
    "  jobindex delete --db DB ID...                  remove postings by id\n"
    "  jobindex purge --db DB --expired [--grace D]   remove postings past validThrough\n"
    "--db may come before or after a subcommand.\n"
    "Index schema.org JobPosting JSON-LD into the Xapian database DB (created if needed).\n"
    "PATH: a .json file (one posting, an array, or an @graph), a .jsonl/.ndjson file,\n"
    "an .html page with JSON-LD blocks, any of them .gz-compressed, a folder (read\n"
    "recursively), or - for standard input.\n\nOptions";

constexpr const char* kExitCodes =
    "\nExit codes: 0 all indexed; 1 some records rejected (the rest indexed);\n"
    "2 bad options; 3 some path unreadable (the rest indexed); 4 database cannot\n"
    "be opened, is locked, is not writable or was indexed by an older version;\n"
    "5 internal error.\n";

constexpr std::uint64_t kMinLimit = 1 << 10;
constexpr std::uint64_t kMaxRecordLimit = std::uint64_t{1} << 30;
constexpr std::uint64_t kMaxDocumentLimit = std::uint64_t{4} << 30;

// The option texts, checked and converted once the command line is read.
struct RawNumbers {
  std::string batch_size = "1000";
  std::string shards = "1";
  std::string shard;  // "" when not given
  std::string positions = "records";
  std::string max_record_bytes = std::to_string(kDefaultMaxRecordBytes);
  std::string max_document_bytes = std::to_string(kDefaultMaxDocumentBytes);
};

unsigned whole_number(const std::string& option, const std::string& text, unsigned low,
                      unsigned high) {
  std::optional<std::uint64_t> value = parse_whole_number(text);
  if (!value || *value < low || *value > high) {
    throw po::error(option + " must be a whole number from " + std::to_string(low) + " to " +
                    std::to_string(high) + " (got \"" + text + "\")");
  }
  return static_cast<unsigned>(*value);
}

std::size_t byte_size(const std::string& option, const std::string& text, std::uint64_t high) {
  std::optional<std::uint64_t> value = parse_byte_size(text);
  if (!value || *value < kMinLimit || *value > high) {
    throw po::error(option + " must be a size from " + format_byte_size(kMinLimit) + " to " +
                    format_byte_size(high) + ": bytes, or a number with K, M or G (got \"" + text +
                    "\")");
  }
  return static_cast<std::size_t>(*value);
}

ShardSlice shard_slice(const std::string& text, unsigned shards) {
  std::optional<ShardSlice> slice = parse_shard_slice(text);
  if (!slice) {
    // "--shard 2" is most likely "--shards 2" mistyped.
    const bool number = text.find('/') == std::string::npos && parse_whole_number(text);
    throw po::error("--shard must be K/N: shard K, counted from 0 to N-1, of N shards, N at most " +
                    std::to_string(kMaxShards) + " (got \"" + text + "\")" +
                    (number ? "; did you mean --shards " + text + "?" : ""));
  }
  if (shards > 1) throw po::error("--shard K/N builds one shard: give it without --shards");
  return *slice;
}

void check_numbers(const RawNumbers& raw, IndexOptions& options) {
  options.batch_size = whole_number("--batch-size", raw.batch_size, 1, kMaxBatchSize);
  options.shards = whole_number("--shards", raw.shards, 1, kMaxShards);
  if (!raw.shard.empty()) options.shard = shard_slice(raw.shard, options.shards);
  if (options.lexicon && (options.shard || options.shards > 1)) {
    throw po::error("--lexicon keeps the words of the whole feed: give it without --shard(s)");
  }
  std::optional<WordPositions> positions = word_positions_named(raw.positions);
  if (!positions) {
    throw po::error("--positions must be records or xapian (got \"" + raw.positions + "\")");
  }
  options.positions = *positions;
  options.limits.max_record_bytes =
      byte_size("--max-record-bytes", raw.max_record_bytes, kMaxRecordLimit);
  options.limits.max_document_bytes =
      byte_size("--max-document-bytes", raw.max_document_bytes, kMaxDocumentLimit);
}

// A default size as it can be typed back: "8M".
std::string mebibytes(std::size_t bytes) { return std::to_string(bytes >> 20) + "M"; }

po::options_description visible_options(IndexOptions& options, RawNumbers& raw) {
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&options.db)->required(),
                                                    "database folder")(
      "batch-size", po::value(&raw.batch_size)->default_value(raw.batch_size),
      "commit every N postings, 1 to 10000000 (a crash loses at most one batch)")(
      "shards", po::value(&raw.shards)->default_value(raw.shards),
      "split the database into N shards written in parallel (a folder with a XAPIANDB stub "
      "that jobsearch opens as one database); at most 64")(
      "shard", po::value(&raw.shard),
      "K/N: keep only the postings of shard K (from 0) of N, the ones --shards N puts in "
      "shard-K, so N machines each build one shard from the same feed")(
      "lexicon", po::bool_switch(&options.lexicon),
      "keep only the words of the postings (spelling table and synonyms), for the machine "
      "that searches remote shards: listed in its stub, it gives them did-you-mean and "
      "synonyms")("synonyms", po::value(&options.synonym_files)->composing(),
                  "FILE of \"term = expansion\" rules to add to the built-in synonyms; repeatable")(
      "positions", po::value(&raw.positions)->default_value(raw.positions),
      "where a new database keeps its words' positions, for phrases: \"records\", one per "
      "posting (half the size), or \"xapian\", Xapian's own, for a shard that xapian-tcpsrv "
      "serves; a database keeps its choice")(
      "max-record-bytes",
      po::value(&raw.max_record_bytes)
          ->default_value(raw.max_record_bytes, mebibytes(kDefaultMaxRecordBytes)),
      "largest record: a JSONL line or a page's JSON-LD block (bytes, or with K, M, G)")(
      "max-document-bytes",
      po::value(&raw.max_document_bytes)
          ->default_value(raw.max_document_bytes, mebibytes(kDefaultMaxDocumentBytes)),
      "largest file read as one value: a JSON document or an HTML page")(
      "verbose,v", po::bool_switch(&options.verbose),
      "also list fields dropped for a bad type or simplified for their size");
  return visible;
}

// "; did you mean --shards?" for an unknown option near a known one.
std::string suggestion(const po::error& error, const po::options_description& options) {
  const auto* unknown = dynamic_cast<const po::unknown_option*>(&error);
  if (unknown == nullptr) return "";
  std::string typed = unknown->get_option_name();
  typed = typed.substr(0, typed.find('='));
  while (!typed.empty() && typed.front() == '-') typed.erase(0, 1);
  std::vector<std::string> known;
  for (const auto& option : options.options()) {
    if (!option->long_name().empty()) known.push_back(option->long_name());
  }
  const std::string nearest = nearest_name(typed, known);
  return nearest.empty() ? "" : "; did you mean --" + nearest + "?";
}

}  // namespace

bool parse_index_options(int argc, char** argv, IndexOptions& options, int& exit_code) {
  RawNumbers raw;
  po::options_description visible = visible_options(options, raw);
  po::options_description all;
  all.add(visible).add_options()("path", po::value(&options.paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  try {
    po::store(
        po::command_line_parser(argc, argv).options(all).positional(positional).style(kStyle).run(),
        vm);
    if (vm.count("help")) {
      std::cout << visible << kExitCodes;
      exit_code = kExitOk;
      return false;
    }
    po::notify(vm);
    check_numbers(raw, options);
    if (options.paths.empty()) throw po::error("no PATH given: name files, folders or -");
  } catch (const po::error& error) {
    std::cerr << "jobindex: " << error.what() << suggestion(error, visible)
              << "\n(jobindex --help for usage)\n";
    exit_code = kExitUsage;
    return false;
  }
  return true;
}

}  // namespace jobsearch
