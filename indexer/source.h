// source.h: paths -> JSON records, each with where it came from.
//
// Reads files (one JSON value, a JSON array, JSONL/NDJSON, HTML pages with
// <script type="application/ld+json"> blocks; any of them gzip-compressed),
// folders recursively, and "-" for standard input. Problems are reported
// through the handler and reading goes on with the next record or path.
// What is read is bounded (SourceLimits): no input can make it hold more
// than about twice the document limit in memory.
#pragma once

#include <cstddef>
#include <functional>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace jobsearch {

// The largest real posting seen (LinkedIn's) is 25 KB: the defaults leave
// room for three hundred times that, and keep memory far below a machine's.
constexpr std::size_t kDefaultMaxRecordBytes = std::size_t{8} << 20;
constexpr std::size_t kDefaultMaxDocumentBytes = std::size_t{64} << 20;

struct SourceLimits {
  // A record read on its own: a line of a JSONL file, a JSON-LD block of a
  // page. A longer one is rejected (and a line skipped without being held
  // in memory); the rest is read.
  std::size_t max_record_bytes = kDefaultMaxRecordBytes;
  // A file read as one value: a JSON document (one value, or an array,
  // possibly on one line) or an HTML page. A larger one is rejected as a
  // whole, unless its lines turn out to be JSONL, which is then read on.
  std::size_t max_document_bytes = kDefaultMaxDocumentBytes;
};

class RecordHandler {
 public:
  virtual ~RecordHandler() = default;
  // One JSON value. `origin` names it for messages: "jobs.jsonl:12" (file
  // and line), "jobs.json[3]" (array index), "page.html:40" (line of the
  // script block).
  virtual void on_record(const std::string& origin, const nlohmann::json& value) = 0;
  // A record that is not valid JSON: `origin` as above, `reason` short.
  virtual void on_bad_record(const std::string& origin, const std::string& reason) = 0;
  // A path that cannot be read at all (missing, unreadable, not gzip).
  virtual void on_unreadable(const std::string& path, const std::string& reason) = 0;
};

// Reads every path in order. In folders, files named *.json, *.jsonl,
// *.ndjson, *.jsonld, *.html, *.htm (each optionally + .gz) are read, in
// name order; other files are skipped. A path named explicitly is read
// whatever its name, its format sniffed from its content.
void read_sources(const std::vector<std::string>& paths, RecordHandler& handler,
                  const SourceLimits& limits = {});

}  // namespace jobsearch
