// Tests of indexer/line_reader: lines of plain or gzip input, bounded in length.
#include "indexer/line_reader.h"

#include <gtest/gtest.h>
#include <sys/resource.h>
#include <zlib.h>

#include <filesystem>

#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;
using Read = LineReader::Read;

class LineReaderTest : public ::testing::Test {
 protected:
  std::string write(const std::string& text) { return folder_.write("lines.txt", text); }

  test::TempDir folder_;
  fs::path dir_ = folder_.path();
};

TEST_F(LineReaderTest, LinesOverTheLimitAreSkippedAndCounted) {
  LineReader reader(write("short\nexactly10\r\n" + std::string(300000, 'x') + "\nlast\r\n"));
  std::string line;
  EXPECT_EQ(reader.next_line(line, 10), Read::kLine);
  EXPECT_EQ(line, "short");
  EXPECT_EQ(reader.next_line(line, 9), Read::kLine);
  EXPECT_EQ(line, "exactly10");  // the '\r' of "\r\n" does not count
  EXPECT_EQ(reader.next_line(line, 10), Read::kTooLong);
  EXPECT_EQ(line, "");
  EXPECT_EQ(reader.line_number(), 3u);
  EXPECT_EQ(reader.next_line(line, 10), Read::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(reader.line_number(), 4u);
  EXPECT_EQ(reader.next_line(line, 10), Read::kEnd);
}

TEST_F(LineReaderTest, ALastLineWithoutNewlineIsALineOrTooLong) {
  LineReader reader(write("a\n0123456789abc"));
  std::string line;
  EXPECT_EQ(reader.next_line(line, 10), Read::kLine);
  EXPECT_EQ(reader.next_line(line, 10), Read::kTooLong);
  EXPECT_EQ(reader.next_line(line, 10), Read::kEnd);
  EXPECT_TRUE(reader.ok());
}

long peak_resident_kb() {
  rusage usage{};
  getrusage(RUSAGE_SELF, &usage);
  return usage.ru_maxrss;
}

// A gzip bomb: 256 MiB of zeros without a newline (250 KB on disk) between
// two short lines. Skipping it must not hold it: the process's peak memory
// grows by far less than the line.
TEST_F(LineReaderTest, AGzipBombIsSkippedWithoutHoldingIt) {
  std::string path = (dir_ / "bomb.gz").string();
  gzFile out = gzopen(path.c_str(), "wb1");
  gzputs(out, "first\n");
  const std::string zeros(1 << 20, '\0');
  for (int i = 0; i < 256; ++i) gzwrite(out, zeros.data(), static_cast<unsigned>(zeros.size()));
  gzputs(out, "\nlast\n");
  gzclose(out);
  ASSERT_LT(fs::file_size(path), 2u << 20);
  long before = peak_resident_kb();
  LineReader reader(path);
  std::string line;
  EXPECT_EQ(reader.next_line(line, 8 << 20), Read::kLine);
  EXPECT_EQ(reader.next_line(line, 8 << 20), Read::kTooLong);
  EXPECT_EQ(reader.next_line(line, 8 << 20), Read::kLine);
  EXPECT_EQ(line, "last");
  EXPECT_EQ(reader.next_line(line, 8 << 20), Read::kEnd);
  EXPECT_TRUE(reader.ok()) << reader.error();
  EXPECT_LT(peak_resident_kb() - before, 32 * 1024);  // KB: the limit and a chunk, not 256 MiB
}

}  // namespace
}  // namespace jobsearch
