// line_reader.h: a file or standard input, gzip-compressed or not, read as lines.
//
// zlib decompresses as it reads (nothing is unpacked to disk) and passes
// uncompressed input through unchanged, so callers need not know which.
#pragma once

#include <zlib.h>

#include <cstddef>
#include <string>

namespace jobsearch {

class LineReader {
 public:
  // Opens `path`, or standard input when `path` is "-". Check ok() after.
  explicit LineReader(const std::string& path);
  ~LineReader();
  LineReader(const LineReader&) = delete;
  LineReader& operator=(const LineReader&) = delete;

  // False when the input could not be opened, or a read failed (for
  // example a damaged gzip stream); error() then says why.
  bool ok() const { return error_.empty(); }
  const std::string& error() const { return error_; }

  enum class Read {
    kLine,     // `line` holds the next line
    kTooLong,  // the next line was longer than asked for and was skipped
    kEnd,      // the end of the input, or a read error
  };

  // Stores the next line, without its "\n" (or "\r\n"), in `line`. A line
  // longer than `max_bytes` is skipped to its end instead, never held in
  // memory whole (a gzip bomb is one endless line), and kTooLong returned;
  // `line` is then left empty. Memory stays under max_bytes plus 256 KiB.
  Read next_line(std::string& line, std::size_t max_bytes);

  // next_line without a length limit: true when a line was stored.
  bool next_line(std::string& line) { return next_line(line, std::string::npos) == Read::kLine; }

  // 1-based number of the line last returned or skipped by next_line.
  std::size_t line_number() const { return line_number_; }

 private:
  bool fill();
  Read skip_line();
  void set_error_from_zlib(int code, const char* message);

  std::string path_;
  gzFile file_ = nullptr;
  std::string buffer_;
  std::size_t position_ = 0;
  bool at_end_ = false;
  std::size_t line_number_ = 0;
  std::string error_;
};

}  // namespace jobsearch
