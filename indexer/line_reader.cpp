#include "indexer/line_reader.h"

#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

namespace jobsearch {
namespace {
constexpr unsigned kChunk = 1 << 18;
}

LineReader::LineReader(const std::string& path) : path_(path) {
  errno = 0;
  file_ = path == "-" ? gzdopen(dup(STDIN_FILENO), "rb") : gzopen(path.c_str(), "rb");
  if (file_ == nullptr) {
    error_ = errno != 0 ? std::strerror(errno) : "cannot open";
    return;
  }
  gzbuffer(file_, kChunk);
}

LineReader::~LineReader() {
  if (file_ != nullptr) gzclose(file_);
}

// zlib's message for the last error, without the path it puts in front.
void LineReader::set_error_from_zlib(int code, const char* message) {
  std::string text = code == Z_ERRNO ? std::strerror(errno) : message;
  std::string prefix = path_ + ": ";
  if (text.rfind(prefix, 0) == 0) text.erase(0, prefix.size());
  error_ = text.empty() ? "read error" : text;
}

bool LineReader::fill() {
  if (at_end_ || !ok()) return false;
  buffer_.erase(0, position_);
  position_ = 0;
  std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  int got = gzread(file_, buffer_.data() + old_size, kChunk);
  int code = Z_OK;
  const char* message = gzerror(file_, &code);
  // A truncated gzip stream ends with Z_BUF_ERROR rather than a failed read.
  if (got < 0 || (code != Z_OK && code != Z_STREAM_END)) set_error_from_zlib(code, message);
  got = std::max(got, 0);
  buffer_.resize(old_size + static_cast<std::size_t>(got));
  if (got == 0) at_end_ = true;
  return got > 0;
}

LineReader::Read LineReader::next_line(std::string& line, std::size_t max_bytes) {
  // Room for the '\r' of a "\r\n" line ending, taken off below.
  const std::size_t max_raw = max_bytes == std::string::npos ? max_bytes : max_bytes + 1;
  std::size_t scan_from = position_;
  line.clear();
  for (;;) {
    std::size_t newline = buffer_.find('\n', scan_from);
    std::size_t end = newline == std::string::npos ? buffer_.size() : newline;
    if (end - position_ > max_raw) return skip_line();
    if (newline != std::string::npos) {
      line.assign(buffer_, position_, newline - position_);
      position_ = newline + 1;
      break;
    }
    std::size_t searched = buffer_.size() - position_;
    if (!fill()) {
      if (position_ >= buffer_.size()) return Read::kEnd;
      line.assign(buffer_, position_, std::string::npos);
      position_ = buffer_.size();
      break;
    }
    scan_from = position_ + searched;  // fill() moved the unread bytes to the front
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_number_;
  if (line.size() > max_bytes) {
    line.clear();
    return Read::kTooLong;
  }
  return Read::kLine;
}

// Drops what is buffered of the current line and reads on, a chunk at a
// time, past its end.
LineReader::Read LineReader::skip_line() {
  ++line_number_;
  for (;;) {
    std::size_t newline = buffer_.find('\n', position_);
    if (newline != std::string::npos) {
      position_ = newline + 1;
      return Read::kTooLong;
    }
    position_ = buffer_.size();
    if (!fill()) return Read::kTooLong;
  }
}

}  // namespace jobsearch
