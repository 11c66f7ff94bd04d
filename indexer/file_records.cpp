#include "indexer/file_records.h"

#include <algorithm>
#include <vector>

#include "common/byte_size.h"
#include "common/json_parse.h"
#include "indexer/html_jsonld.h"
#include "indexer/line_reader.h"

namespace jobsearch {
namespace {

using nlohmann::json;
using Read = LineReader::Read;

bool is_blank(std::string_view text) {
  return text.find_first_not_of(" \t\r\n") == std::string_view::npos;
}

void strip_byte_order_mark(std::string& text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
}

std::size_t line_at_byte(const std::string& text, std::size_t byte) {
  byte = std::min(byte, text.empty() ? 0 : text.size() - 1);
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + byte, '\n'));
}

// "record is larger than the 8 MiB limit (--max-record-bytes)"
std::string over_limit(const char* what, std::size_t limit, const char* option) {
  return std::string(what) + " is larger than the " + format_byte_size(limit) + " limit (" +
         option + ")";
}

// A top-level array is split so that each element has its own origin.
void emit(const std::string& origin, const json& value, RecordHandler& handler) {
  if (!value.is_array()) {
    handler.on_record(origin, value);
    return;
  }
  for (std::size_t i = 0; i < value.size(); ++i) {
    handler.on_record(origin + "[" + std::to_string(i) + "]", value[i]);
  }
}

void read_json_text(const std::string& origin, std::string_view text, RecordHandler& handler) {
  JsonParse parsed = parse_json(text);
  if (parsed.ok()) {
    emit(origin, parsed.value, handler);
  } else {
    handler.on_bad_record(origin, parsed.error);
  }
}

// Lines held in one string, each ending in '\n', for a document that may
// turn out to be JSONL after all.
struct HeldLines {
  std::string text;
  std::vector<std::size_t> starts;  // offset of each line in text
  std::size_t first_number = 0;     // line number of the first

  void add(std::string_view line) {
    starts.push_back(text.size());
    text.append(line).push_back('\n');
  }
  std::size_t size() const { return starts.size(); }
  std::string_view line(std::size_t i) const {
    std::size_t end = i + 1 < starts.size() ? starts[i + 1] : text.size();
    return std::string_view(text).substr(starts[i], end - starts[i] - 1);
  }
};

class FileRecords {
 public:
  FileRecords(const std::string& path, const SourceLimits& limits, RecordHandler& handler)
      : path_(path), limits_(limits), handler_(handler), reader_(path) {}

  void read();

 private:
  std::string origin(std::size_t line) const { return path_ + ":" + std::to_string(line); }
  std::string record_too_large() const {
    return over_limit("record", limits_.max_record_bytes, "--max-record-bytes");
  }
  std::string line_too_large() const {
    return over_limit("line", limits_.max_document_bytes, "--max-document-bytes");
  }
  Read next_nonblank(std::string& line, std::size_t max_bytes);
  void read_json(std::string first);
  void read_jsonl_line(Read got, const std::string& line);
  void read_jsonl();
  void read_page(std::string first);
  void read_document(std::string first);
  void read_oversized_document(const HeldLines& held, Read got, const std::string& line);
  bool any_line_is_json(const HeldLines& held) const;
  void read_held_lines_as_jsonl(const HeldLines& held);

  const std::string& path_;
  const SourceLimits& limits_;
  RecordHandler& handler_;
  LineReader reader_;
};

Read FileRecords::next_nonblank(std::string& line, std::size_t max_bytes) {
  Read got;
  while ((got = reader_.next_line(line, max_bytes)) == Read::kLine && is_blank(line)) {
  }
  return got;
}

void FileRecords::read() {
  std::string line;
  // The first line may be a whole document on one line.
  Read got = next_nonblank(line, limits_.max_document_bytes);
  if (!reader_.ok()) return handler_.on_unreadable(path_, reader_.error());
  if (got == Read::kEnd) {
    handler_.on_bad_record(path_, "empty file: no JSON in it");
  } else if (got == Read::kTooLong) {
    handler_.on_bad_record(origin(reader_.line_number()), line_too_large());
    read_jsonl();
  } else {
    strip_byte_order_mark(line);
    std::size_t start = line.find_first_not_of(" \t");
    if (start != std::string::npos && line[start] == '<') {
      read_page(std::move(line));
    } else {
      read_json(std::move(line));
    }
  }
  if (!reader_.ok()) handler_.on_unreadable(path_, reader_.error());
}

// A first line that is a JSON value starts JSONL, or is the whole file.
void FileRecords::read_json(std::string first) {
  const std::size_t first_number = reader_.line_number();
  JsonParse parsed = parse_json(first);
  if (!parsed.ok()) return read_document(std::move(first));
  if (first.size() <= limits_.max_record_bytes) {
    emit(origin(first_number), parsed.value, handler_);
    return read_jsonl();
  }
  std::string next;
  Read got = next_nonblank(next, limits_.max_record_bytes);
  if (got == Read::kEnd) return emit(origin(first_number), parsed.value, handler_);
  handler_.on_bad_record(origin(first_number), record_too_large());
  read_jsonl_line(got, next);
  read_jsonl();
}

void FileRecords::read_jsonl_line(Read got, const std::string& line) {
  if (got == Read::kTooLong) {
    handler_.on_bad_record(origin(reader_.line_number()), record_too_large());
  } else if (got == Read::kLine && !is_blank(line)) {
    read_json_text(origin(reader_.line_number()), line, handler_);
  }
}

void FileRecords::read_jsonl() {
  std::string line;
  for (Read got; (got = reader_.next_line(line, limits_.max_record_bytes)) != Read::kEnd;) {
    read_jsonl_line(got, line);
  }
}

// Pages carry other JSON-LD too (breadcrumbs, the organization): blocks
// that never mention JobPosting are skipped without complaint.
void FileRecords::read_page(std::string first) {
  std::string page = std::move(first);
  std::string line;
  for (Read got; (got = reader_.next_line(line, limits_.max_document_bytes)) != Read::kEnd;) {
    if (got == Read::kTooLong || page.size() + 1 + line.size() > limits_.max_document_bytes) {
      return handler_.on_bad_record(
          path_, over_limit("page", limits_.max_document_bytes, "--max-document-bytes"));
    }
    page.append("\n").append(line);
  }
  bool any_posting = false;
  for (const JsonLdBlock& block : find_json_ld_blocks(page)) {
    if (block.text.find("JobPosting") == std::string::npos) continue;
    any_posting = true;
    if (block.text.size() > limits_.max_record_bytes) {
      handler_.on_bad_record(origin(block.line), record_too_large());
    } else {
      read_json_text(origin(block.line), block.text, handler_);
    }
  }
  if (!any_posting) handler_.on_bad_record(path_, "no JobPosting in the page's JSON-LD");
}

// A whole file that is not one JSON value may still be JSONL with some bad
// lines; it is read as JSONL when at least one line is a JSON value.
void FileRecords::read_document(std::string first) {
  HeldLines held;
  held.first_number = reader_.line_number();
  held.add(first);
  first = std::string();
  std::string line;
  for (Read got; (got = reader_.next_line(line, limits_.max_document_bytes)) != Read::kEnd;) {
    if (got == Read::kTooLong || held.text.size() + line.size() + 1 > limits_.max_document_bytes) {
      return read_oversized_document(held, got, line);
    }
    held.add(line);
  }
  JsonParse parsed = parse_json(held.text);
  if (parsed.ok()) return emit(path_, parsed.value, handler_);
  if (any_line_is_json(held)) return read_held_lines_as_jsonl(held);
  std::size_t line_number = held.first_number - 1 + line_at_byte(held.text, parsed.error_byte);
  handler_.on_bad_record(origin(line_number), parsed.error);
}

// A document past the limit cannot be parsed; if it is JSONL, it is read on.
// `got` and `line` are the line that went past the limit.
void FileRecords::read_oversized_document(const HeldLines& held, Read got,
                                          const std::string& line) {
  if (!any_line_is_json(held)) {
    return handler_.on_bad_record(
        path_, over_limit("document", limits_.max_document_bytes, "--max-document-bytes"));
  }
  read_held_lines_as_jsonl(held);
  if (got == Read::kTooLong) {
    handler_.on_bad_record(origin(reader_.line_number()), line_too_large());
  } else if (line.size() > limits_.max_record_bytes) {
    handler_.on_bad_record(origin(reader_.line_number()), record_too_large());
  } else {
    read_jsonl_line(got, line);
  }
  read_jsonl();
}

bool FileRecords::any_line_is_json(const HeldLines& held) const {
  for (std::size_t i = 0; i < held.size(); ++i) {
    std::string_view line = held.line(i);
    if (!is_blank(line) && line.size() <= limits_.max_record_bytes && parse_json(line).ok()) {
      return true;
    }
  }
  return false;
}

void FileRecords::read_held_lines_as_jsonl(const HeldLines& held) {
  for (std::size_t i = 0; i < held.size(); ++i) {
    std::string_view line = held.line(i);
    std::string where = origin(held.first_number + i);
    if (is_blank(line)) continue;
    if (line.size() > limits_.max_record_bytes) {
      handler_.on_bad_record(where, record_too_large());
    } else {
      read_json_text(where, line, handler_);
    }
  }
}

}  // namespace

void read_file_records(const std::string& path, const SourceLimits& limits,
                       RecordHandler& handler) {
  FileRecords(path, limits, handler).read();
}

}  // namespace jobsearch
