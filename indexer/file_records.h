// file_records.h: one file (or standard input) -> its JSON records.
//
// The format is sniffed from the content: an HTML page (its first character
// is '<'), JSONL (its first line is a JSON value), or one JSON document.
// Sizes are bounded by SourceLimits; what is over a limit is rejected with a
// message naming the limit and its option, and reading goes on.
#pragma once

#include <string>

#include "indexer/source.h"

namespace jobsearch {

// Reads `path` ("-" for standard input) and hands each record, bad record
// and read error to `handler`, in file order.
void read_file_records(const std::string& path, const SourceLimits& limits, RecordHandler& handler);

}  // namespace jobsearch
