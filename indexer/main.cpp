// jobindex: index JSON-LD job postings into a Xapian database.
#include <unistd.h>

#include <chrono>
#include <fstream>
#include <sstream>
#include <iostream>

#include <boost/program_options.hpp>
#include <xapian.h>

#include "compact_command.h"
#include "exit_codes.h"
#include "index_run.h"
#include "parallel_writer.h"
#include "shard_layout.h"
#include "source.h"
#include "synonyms.h"

namespace po = boost::program_options;
using namespace jobsearch;
using Clock = std::chrono::steady_clock;

namespace {

constexpr const char* kUsage =
    "Usage: jobindex --db DB PATH...\n"
    "Index schema.org JobPosting JSON-LD into the Xapian database DB (created if needed).\n"
    "PATH: a .json file (one posting, an array, or an @graph), a .jsonl/.ndjson file,\n"
    "an .html page with JSON-LD blocks, any of them .gz-compressed, a folder (read\n"
    "recursively), or - for standard input.\n\nOptions";

constexpr const char* kExitCodes =
    "\nExit codes: 0 all indexed; 1 some records rejected (the rest indexed);\n"
    "2 bad options; 3 some path unreadable (the rest indexed); 4 database cannot\n"
    "be opened, is locked, is not writable or was indexed by an older version;\n"
    "5 internal error.\n";

struct Options {
  std::string db;
  std::vector<std::string> paths;
  std::vector<std::string> synonym_files;
  unsigned batch_size = 1000;
  unsigned shards = 1;
  bool verbose = false;
};

// Returns true with `options` filled, or false having printed help or an error.
bool parse_options(int argc, char** argv, Options& options, int& exit_code) {
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")(
      "db", po::value(&options.db)->required(), "database folder")(
      "batch-size", po::value(&options.batch_size)->default_value(1000),
      "commit every N postings (a crash loses at most one batch)")(
      "shards", po::value(&options.shards)->default_value(1),
      "split the database into N shards written in parallel (a folder with a XAPIANDB stub "
      "that jobsearch opens as one database)")(
      "synonyms", po::value(&options.synonym_files)->composing(),
      "FILE of \"term = expansion\" rules to add to the built-in synonyms; repeatable")(
      "verbose,v", po::bool_switch(&options.verbose), "also list fields dropped for a bad type");
  po::options_description all;
  all.add(visible).add_options()("path", po::value(&options.paths));
  po::positional_options_description positional;
  positional.add("path", -1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    if (vm.count("help")) {
      std::cout << visible << kExitCodes;
      exit_code = kExitOk;
      return false;
    }
    po::notify(vm);
    if (options.paths.empty()) throw po::error("no PATH given: name files, folders or -");
  } catch (const po::error& error) {
    std::cerr << "jobindex: " << error.what() << "\n(jobindex --help for usage)\n";
    exit_code = kExitUsage;
    return false;
  }
  return true;
}

void show_progress(const IndexCounts& counts, Clock::time_point& last) {
  auto now = Clock::now();
  if (now - last < std::chrono::milliseconds(250)) return;
  last = now;
  std::cerr << "\r" << counts.records << " records, " << counts.postings << " postings, "
            << counts.rejected << " rejected" << std::flush;
}

// The built-in list and the user's files; bad lines are reported, not fatal.
std::vector<SynonymRule> load_synonyms(const std::vector<std::string>& files) {
  std::vector<SynonymRule> rules = parse_synonyms(builtin_synonyms(), nullptr);
  for (const std::string& file : files) {
    std::ifstream in(file);
    if (!in) throw po::error("cannot read synonyms file " + file);
    std::stringstream text;
    text << in.rdbuf();
    std::vector<std::string> errors;
    for (SynonymRule& rule : parse_synonyms(text.str(), &errors)) rules.push_back(std::move(rule));
    for (const std::string& error : errors) std::cerr << file << ": " << error << '\n';
  }
  return rules;
}

int run(const Options& options) {
  auto start = Clock::now();
  std::vector<SynonymRule> synonyms = load_synonyms(options.synonym_files);
  ParallelWriter writer(prepare_shards(options.db, options.shards), options.batch_size, synonyms);
  IndexRun index_run(writer, std::cerr, options.verbose);
  Clock::time_point last_progress = start;
  bool terminal = isatty(STDERR_FILENO);
  if (terminal) {
    index_run.set_progress([&](const IndexCounts& c) { show_progress(c, last_progress); });
  }
  read_sources(options.paths, index_run);
  const IndexCounts& counts = index_run.finish();
  if (terminal) std::cerr << "\r\033[K";
  print_summary(counts, Clock::now() - start, writer.document_count(), std::cout);
  if (counts.unreadable_paths > 0) return kExitUnreadableInput;
  return counts.rejected > 0 ? kExitRejected : kExitOk;
}

// Runs the indexer, turning errors into a message naming `db` and an exit code.
int run_guarded(const Options& options) {
  try {
    return run(options);
  } catch (const po::error& error) {
    std::cerr << "jobindex: " << error.what() << '\n';
    return kExitUsage;
  } catch (const Xapian::DatabaseLockError& error) {
    std::cerr << "jobindex: database " << options.db
              << " is locked: another jobindex is writing to it\n";
    return kExitDatabase;
  } catch (const Xapian::DatabaseError& error) {
    std::cerr << "jobindex: database " << options.db << ": " << error.get_msg() << '\n';
    return kExitDatabase;
  } catch (const Xapian::Error& error) {
    std::cerr << "jobindex: " << error.get_description() << '\n';
    return kExitInternal;
  } catch (const std::runtime_error& error) {  // shard layout and file system
    std::cerr << "jobindex: " << error.what() << '\n';
    return kExitDatabase;
  } catch (const std::exception& error) {
    std::cerr << "jobindex: internal error: " << error.what() << '\n';
    return kExitInternal;
  }
}

}  // namespace

int main(int argc, char** argv) {
  if (argc > 1 && std::string(argv[1]) == "compact") return run_compact_command(argc - 1, argv + 1);
  Options options;
  int exit_code = kExitOk;
  if (!parse_options(argc, argv, options, exit_code)) return exit_code;
  return run_guarded(options);
}
