#include "line_reader.h"

#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace jobsearch {
namespace {
constexpr unsigned kChunk = 1 << 18;
}

LineReader::LineReader(const std::string& path) {
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

bool LineReader::fill() {
  if (at_end_ || !ok()) return false;
  buffer_.erase(0, position_);
  position_ = 0;
  std::size_t old_size = buffer_.size();
  buffer_.resize(old_size + kChunk);
  int got = gzread(file_, buffer_.data() + old_size, kChunk);
  if (got < 0) {
    int code = 0;
    const char* message = gzerror(file_, &code);
    error_ = code == Z_ERRNO ? std::strerror(errno) : message;
    got = 0;
  }
  buffer_.resize(old_size + static_cast<std::size_t>(got));
  if (got == 0) at_end_ = true;
  return got > 0;
}

bool LineReader::next_line(std::string& line) {
  std::size_t scan_from = position_;
  for (;;) {
    std::size_t newline = buffer_.find('\n', scan_from);
    if (newline != std::string::npos) {
      line.assign(buffer_, position_, newline - position_);
      position_ = newline + 1;
      break;
    }
    std::size_t searched = buffer_.size() - position_;
    if (!fill()) {
      if (position_ >= buffer_.size()) return false;
      line.assign(buffer_, position_, std::string::npos);
      position_ = buffer_.size();
      break;
    }
    scan_from = position_ + searched;  // fill() moved the unread bytes to the front
  }
  if (!line.empty() && line.back() == '\r') line.pop_back();
  ++line_number_;
  return true;
}

}  // namespace jobsearch
