// Fuzzes common/posting_parser and the document builder after it: any bytes
// that parse as JSON become postings, then Xapian documents, then the stored
// JSON. Bad data must come back as rejections and warnings, never as an
// exception. The bytes are read as the indexer reads a record, with
// parse_json: text it refuses (not JSON, a number beyond a double, nesting
// past its limit) is the record reader's business, not the parser's.
#include <xapian.h>

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <nlohmann/json.hpp>
#include <string_view>

#include "common/json_parse.h"
#include "common/posting_json.h"
#include "common/posting_parser.h"
#include "indexer/document_builder.h"

namespace {

void check(bool ok, const char* what) {
  if (ok) return;
  std::fprintf(stderr, "contract broken: %s\n", what);
  std::abort();
}

// Xapian's disk backends refuse a term over 245 bytes when the document is
// added, so a longer one would fail the whole indexing run.
constexpr std::size_t kXapianMaxTermBytes = 245;

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  using namespace jobsearch;
  JsonParse parsed = parse_json(std::string_view(reinterpret_cast<const char*>(data), size));
  if (!parsed.ok()) return 0;

  static DocumentBuilder builder;
  ParsedRecord record = parse_record(parsed.value);
  for (const Posting& posting : record.postings) {
    check(!posting.id.empty(), "a posting without an id");
    check(!posting.title.empty(), "a posting without a title");
    Xapian::Document document = builder.build(posting);
    for (auto term = document.termlist_begin(); term != document.termlist_end(); ++term) {
      if ((*term).size() > kXapianMaxTermBytes) {
        std::fprintf(stderr, "term of %zu bytes: %.60s...\n", (*term).size(), (*term).c_str());
        check(false, "a term longer than Xapian accepts");
      }
    }
    // The stored JSON must print and read back (strict printing: it is
    // document data that every reader parses).
    Posting back = posting_from_json(nlohmann::json::parse(posting_to_json(posting).dump()));
    check(back.id == posting.id, "the stored JSON lost the id");
  }
  check(!record.postings.empty() || !record.rejections.empty(),
        "a record with neither postings nor a rejection");
  return 0;
}
