#include "source.h"

#include <algorithm>
#include <filesystem>
#include <system_error>

#include "html_jsonld.h"
#include "json_parse.h"
#include "line_reader.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;
using nlohmann::json;

bool is_blank(const std::string& text) {
  return text.find_first_not_of(" \t\r\n") == std::string::npos;
}

void strip_byte_order_mark(std::string& text) {
  if (text.rfind("\xEF\xBB\xBF", 0) == 0) text.erase(0, 3);
}

std::size_t line_at_byte(const std::string& text, std::size_t byte) {
  byte = std::min(byte, text.empty() ? 0 : text.size() - 1);
  return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + byte, '\n'));
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

void read_json_line(const std::string& origin, const std::string& line, RecordHandler& handler) {
  JsonParse parsed = parse_json(line);
  if (parsed.ok()) {
    emit(origin, parsed.value, handler);
  } else {
    handler.on_bad_record(origin, parsed.error);
  }
}

// Pages carry other JSON-LD too (breadcrumbs, the organization): blocks
// that never mention JobPosting are skipped without complaint.
void read_html(const std::string& path, const std::string& page, RecordHandler& handler) {
  bool any_posting = false;
  for (const JsonLdBlock& block : find_json_ld_blocks(page)) {
    if (block.text.find("JobPosting") == std::string::npos) continue;
    any_posting = true;
    read_json_line(path + ":" + std::to_string(block.line), block.text, handler);
  }
  if (!any_posting) handler.on_bad_record(path, "no JobPosting in the page's JSON-LD");
}

// A whole file that is not one JSON value may still be JSONL with some bad
// lines; it is read as JSONL when at least one line is a JSON value.
void read_json_document(const std::string& path, const std::vector<std::string>& lines,
                        std::size_t first_line, RecordHandler& handler) {
  std::string document;
  for (const std::string& line : lines) document.append(line).push_back('\n');
  JsonParse parsed = parse_json(document);
  if (parsed.ok()) return emit(path, parsed.value, handler);
  bool any_line_is_json = std::any_of(lines.begin(), lines.end(), [&](const std::string& line) {
    return !is_blank(line) && parse_json(line).ok();
  });
  if (!any_line_is_json) {
    std::size_t line = first_line - 1 + line_at_byte(document, parsed.error_byte);
    handler.on_bad_record(path + ":" + std::to_string(line), parsed.error);
    return;
  }
  for (std::size_t i = 0; i < lines.size(); ++i) {
    if (is_blank(lines[i])) continue;
    read_json_line(path + ":" + std::to_string(first_line + i), lines[i], handler);
  }
}

void read_file(const std::string& path, RecordHandler& handler) {
  LineReader reader(path);
  std::string line;
  while (reader.next_line(line) && is_blank(line)) {
  }
  const std::size_t first_line = reader.line_number();
  strip_byte_order_mark(line);
  JsonParse first;
  if (!reader.ok()) {
    handler.on_unreadable(path, reader.error());
    return;
  }
  if (is_blank(line)) {
    handler.on_bad_record(path, "empty file: no JSON in it");
  } else if (line[line.find_first_not_of(" \t")] == '<') {
    std::string page = line;
    while (reader.next_line(line)) page.append("\n").append(line);
    read_html(path, page, handler);
  } else if ((first = parse_json(line)).ok()) {  // JSONL: each line a value
    emit(path + ":" + std::to_string(first_line), first.value, handler);
    while (reader.next_line(line)) {
      if (!is_blank(line)) {
        read_json_line(path + ":" + std::to_string(reader.line_number()), line, handler);
      }
    }
  } else {
    std::vector<std::string> lines{line};
    while (reader.next_line(line)) lines.push_back(line);
    read_json_document(path, lines, first_line, handler);
  }
  if (!reader.ok()) handler.on_unreadable(path, reader.error());
}

bool has_posting_extension(const fs::path& file) {
  std::string name = file.filename().string();
  if (name.size() > 3 && name.compare(name.size() - 3, 3, ".gz") == 0) name.resize(name.size() - 3);
  std::string extension = fs::path(name).extension().string();
  std::transform(extension.begin(), extension.end(), extension.begin(), ::tolower);
  for (const char* known : {".json", ".jsonl", ".ndjson", ".jsonld", ".html", ".htm"}) {
    if (extension == known) return true;
  }
  return false;
}

void read_folder(const std::string& folder, RecordHandler& handler) {
  std::vector<fs::path> files;
  std::error_code error;
  fs::recursive_directory_iterator it(folder, fs::directory_options::skip_permission_denied, error);
  for (; !error && it != fs::recursive_directory_iterator(); it.increment(error)) {
    if (it->is_regular_file(error) && has_posting_extension(it->path())) files.push_back(it->path());
  }
  if (error) handler.on_unreadable(folder, error.message());
  std::sort(files.begin(), files.end());
  for (const fs::path& file : files) read_file(file.string(), handler);
}

}  // namespace

void read_sources(const std::vector<std::string>& paths, RecordHandler& handler) {
  for (const std::string& path : paths) {
    std::error_code error;
    if (path == "-") {
      read_file(path, handler);
    } else if (fs::is_directory(path, error)) {
      read_folder(path, handler);
    } else if (!fs::exists(path, error)) {
      handler.on_unreadable(path, "no such file or folder");
    } else {
      read_file(path, handler);
    }
  }
}

}  // namespace jobsearch
