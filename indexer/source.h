// source.h: paths -> JSON records, each with where it came from.
//
// Reads files (one JSON value, a JSON array, JSONL/NDJSON, HTML pages with
// <script type="application/ld+json"> blocks; any of them gzip-compressed),
// folders recursively, and "-" for standard input. Problems are reported
// through the handler and reading goes on with the next record or path.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace jobsearch {

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
void read_sources(const std::vector<std::string>& paths, RecordHandler& handler);

}  // namespace jobsearch
