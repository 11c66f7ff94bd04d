// Tests of indexer/source: every input format, with origins for messages.
#include "indexer/source.h"

#include <gtest/gtest.h>
#include <zlib.h>

#include <filesystem>

#include "tests/support/temp_dir.h"

namespace jobsearch {
namespace {

namespace fs = std::filesystem;

// Records what read_sources reports, as "origin title" or "origin: reason".
struct Collected : RecordHandler {
  std::vector<std::string> records, bad, unreadable;
  void on_record(const std::string& origin, const nlohmann::json& value) override {
    records.push_back(origin + " " + value.value("title", value.dump()));
  }
  void on_bad_record(const std::string& origin, const std::string& reason) override {
    bad.push_back(origin + ": " + reason);
  }
  void on_unreadable(const std::string& path, const std::string& reason) override {
    unreadable.push_back(path + ": " + reason);
  }
};

class SourceTest : public ::testing::Test {
 protected:
  std::string write(const std::string& name, const std::string& text) {
    return folder_.write(name, text);
  }
  std::string write_gz(const std::string& name, const std::string& text) {
    std::string path = (dir_ / name).string();
    gzFile file = gzopen(path.c_str(), "wb");
    gzwrite(file, text.data(), static_cast<unsigned>(text.size()));
    gzclose(file);
    return path;
  }
  Collected read(const std::vector<std::string>& paths, const SourceLimits& limits = {}) {
    Collected collected;
    read_sources(paths, collected, limits);
    return collected;
  }

  test::TempDir folder_;
  fs::path dir_ = folder_.path();
};

using Lines = std::vector<std::string>;

TEST_F(SourceTest, SingleObjectFileIsOneRecord) {
  std::string path = write("one.json", "{\n  \"title\": \"Nurse\"\n}\n");
  EXPECT_EQ(read({path}).records, Lines{path + " Nurse"});
}

TEST_F(SourceTest, ArrayElementsAreRecordsWithTheirIndex) {
  std::string path = write("many.json", "[\n{\"title\": \"A\"},\n{\"title\": \"B\"}\n]");
  EXPECT_EQ(read({path}).records, (Lines{path + "[0] A", path + "[1] B"}));
}

TEST_F(SourceTest, JsonlRecordsNameTheirLine) {
  std::string path = write("jobs.jsonl", "{\"title\": \"A\"}\n\n{\"title\": \"B\"}\r\n");
  EXPECT_EQ(read({path}).records, (Lines{path + ":1 A", path + ":3 B"}));
}

TEST_F(SourceTest, BadJsonlLineIsReportedAndTheRestRead) {
  std::string path = write("jobs.jsonl", "{\"title\": \"A\"}\n{\"title\": \n{\"title\": \"C\"}\n");
  Collected collected = read({path});
  EXPECT_EQ(collected.records, (Lines{path + ":1 A", path + ":3 C"}));
  ASSERT_EQ(collected.bad.size(), 1u);
  EXPECT_EQ(collected.bad[0].rfind(path + ":2: invalid JSON: ", 0), 0u) << collected.bad[0];
}

TEST_F(SourceTest, BadFirstLineOfJsonlStillReadsTheRest) {
  std::string path = write("jobs.jsonl", "{\"title\": \n{\"title\": \"B\"}\n");
  Collected collected = read({path});
  EXPECT_EQ(collected.records, Lines{path + ":2 B"});
  EXPECT_EQ(collected.bad.size(), 1u);
}

// nlohmann reports a number beyond a double as out_of_range, not parse_error:
// it is a bad record like any other, and the next line is still read.
TEST_F(SourceTest, NumberBeyondADoubleIsABadRecord) {
  std::string path = write("jobs.jsonl",
                           "{\"title\": \"A\"}\n{\"title\": \"B\", \"n\": 1e400}\n"
                           "{\"title\": \"C\"}\n");
  Collected collected = read({path});
  EXPECT_EQ(collected.records, (Lines{path + ":1 A", path + ":3 C"}));
  EXPECT_EQ(collected.bad, Lines{path + ":2: invalid JSON: number 1e400 is out of range"});
}

TEST_F(SourceTest, NumberBeyondADoubleInADocumentNamesItsLine) {
  std::string path = write("one.json", "{\n  \"title\": \"A\",\n  \"n\": -1e999\n}\n");
  EXPECT_EQ(read({path}).bad, Lines{path + ":3: invalid JSON: number -1e999 is out of range"});
}

// Nesting that deep is no JSON-LD; refusing it keeps recursion over the
// value (printing, comparing) from exhausting the stack.
TEST_F(SourceTest, DeeplyNestedRecordIsABadRecord) {
  std::string deep = std::string(100000, '[') + std::string(100000, ']');
  std::string path =
      write("jobs.jsonl", "{\"title\": \"A\", \"x\": " + deep + "}\n{\"title\": \"B\"}\n");
  Collected collected = read({path});
  EXPECT_EQ(collected.records, Lines{path + ":2 B"});
  EXPECT_EQ(collected.bad, Lines{path + ":1: JSON nested deeper than 64 levels"});
}

TEST_F(SourceTest, TruncatedDocumentNamesTheLine) {
  std::string path = write("broken.json", "{\n  \"title\": \"A\",\n  \"description\": \"x\n");
  Collected collected = read({path});
  EXPECT_TRUE(collected.records.empty());
  ASSERT_EQ(collected.bad.size(), 1u);
  EXPECT_EQ(collected.bad[0].rfind(path + ":3: invalid JSON: ", 0), 0u) << collected.bad[0];
}

TEST_F(SourceTest, GzipFilesAreReadAsTheirContent) {
  std::string path = write_gz("jobs.jsonl.gz", "{\"title\": \"A\"}\n{\"title\": \"B\"}\n");
  EXPECT_EQ(read({path}).records, (Lines{path + ":1 A", path + ":2 B"}));
}

TEST_F(SourceTest, DamagedGzipIsUnreadable) {
  std::string path = write("jobs.jsonl.gz", std::string("\x1f\x8b\x08\x00garbage", 11));
  Collected collected = read({path});
  EXPECT_TRUE(collected.records.empty());
  EXPECT_EQ(collected.unreadable.size(), 1u);
}

TEST_F(SourceTest, HtmlPageYieldsItsJsonLdBlocks) {
  std::string path = write("page.html",
                           "<html><head>\n<script type=\"application/ld+json\">"
                           "{\"@type\": \"JobPosting\", \"title\": \"A\"}"
                           "</script>\n<script>var x = 1;</script></head><body>\n"
                           "<script type=\"application/ld+json\">{\"@type\": \"BreadcrumbList\"}"
                           "</script>\n"
                           "<script type=\"application/ld+json\">[{\"@type\": \"JobPosting\", "
                           "\"title\": \"B\"}]</script>"
                           "</body></html>");
  EXPECT_EQ(read({path}).records, (Lines{path + ":2 A", path + ":5[0] B"}));
}

TEST_F(SourceTest, PageWithoutJobPostingIsABadRecord) {
  std::string path = write("page.html",
                           "<html><script type=\"application/ld+json\">"
                           "{\"@type\": \"Organization\"}</script></html>");
  EXPECT_EQ(read({path}).bad, Lines{path + ": no JobPosting in the page's JSON-LD"});
}

TEST_F(SourceTest, FoldersAreWalkedRecursivelyInNameOrder) {
  write("d/b.json", "{\"title\": \"B\"}");
  write("d/a/x.jsonl", "{\"title\": \"X\"}");
  write("d/notes.txt", "not a posting");
  Collected collected = read({(dir_ / "d").string()});
  EXPECT_EQ(collected.records, (Lines{(dir_ / "d/a/x.jsonl").string() + ":1 X",
                                      (dir_ / "d/b.json").string() + ":1 B"}));
}

TEST_F(SourceTest, MissingPathIsUnreadableAndOthersAreRead) {
  std::string good = write("good.json", "{\"title\": \"G\"}");
  Collected collected = read({(dir_ / "missing.json").string(), good});
  EXPECT_EQ(collected.unreadable,
            Lines{(dir_ / "missing.json").string() + ": no such file or folder"});
  EXPECT_EQ(collected.records, Lines{good + ":1 G"});
}

TEST_F(SourceTest, EmptyFileIsABadRecord) {
  std::string path = write("empty.json", "\n  \n");
  EXPECT_EQ(read({path}).bad, Lines{path + ": empty file: no JSON in it"});
}

// Limits small enough to test with small files: 1 KiB records, 4 KiB documents.
SourceLimits small_limits() {
  SourceLimits limits;
  limits.max_record_bytes = 1024;
  limits.max_document_bytes = 4096;
  return limits;
}

std::string posting_line(const std::string& title, std::size_t size) {
  std::string line = "{\"title\": \"" + title + "\", \"description\": \"\"}";
  line.insert(line.size() - 2, size - line.size(), 'x');
  return line;
}

TEST_F(SourceTest, JsonlLineOverTheRecordLimitIsSkippedAndTheRestRead) {
  std::string path =
      write("jobs.jsonl", posting_line("A", 1024) + "\n" + posting_line("B", 1025) + "\n" +
                              std::string(100000, '0') + "\n" + posting_line("D", 100) + "\n");
  Collected collected = read({path}, small_limits());
  EXPECT_EQ(collected.records, (Lines{path + ":1 A", path + ":4 D"}));
  EXPECT_EQ(collected.bad,
            (Lines{path + ":2: record is larger than the 1 KiB limit (--max-record-bytes)",
                   path + ":3: record is larger than the 1 KiB limit (--max-record-bytes)"}));
}

// A minified array of many postings is one line: a document, not a record.
TEST_F(SourceTest, OneLineDocumentIsHeldToTheDocumentLimit) {
  std::string array = "[" + posting_line("A", 1500) + "," + posting_line("B", 1500) + "]\n";
  std::string path = write("many.json", array);
  EXPECT_EQ(read({path}, small_limits()).records, (Lines{path + ":1[0] A", path + ":1[1] B"}));
  std::string jsonl = write("many.jsonl", array + posting_line("C", 100) + "\n");
  Collected collected = read({jsonl}, small_limits());
  EXPECT_EQ(collected.records, Lines{jsonl + ":2 C"});
  EXPECT_EQ(collected.bad,
            Lines{jsonl + ":1: record is larger than the 1 KiB limit (--max-record-bytes)"});
}

TEST_F(SourceTest, FirstLineOverTheDocumentLimitIsSkippedAndTheRestReadAsJsonl) {
  std::string path = write("jobs.jsonl", std::string(10000, '\0') + "\n" + posting_line("B", 100));
  Collected collected = read({path}, small_limits());
  EXPECT_EQ(collected.records, Lines{path + ":2 B"});
  EXPECT_EQ(collected.bad,
            Lines{path + ":1: line is larger than the 4 KiB limit (--max-document-bytes)"});
}

TEST_F(SourceTest, DocumentOverTheLimitIsRejectedAsAWhole) {
  std::string document = "[\n";
  for (int i = 0; i < 10; ++i) document += posting_line("A", 500) + ",\n";
  std::string path = write("big.json", document + "{}]\n");
  Collected collected = read({path}, small_limits());
  EXPECT_TRUE(collected.records.empty());
  EXPECT_EQ(collected.bad,
            Lines{path + ": document is larger than the 4 KiB limit (--max-document-bytes)"});
}

// Only when the whole file fails to parse is JSONL with a bad first line
// told from a document; past the limit, the lines read so far tell.
TEST_F(SourceTest, JsonlWithABadFirstLineIsReadOnPastTheDocumentLimit) {
  const std::string path = (dir_ / "jobs.jsonl").string();
  std::string text = "{\"title\": \n";
  Lines expected;
  for (int i = 2; i <= 31; ++i) {
    text += posting_line(std::to_string(i), 200) + "\n";
    expected.push_back(path + ":" + std::to_string(i) + " " + std::to_string(i));
  }
  write("jobs.jsonl", text + posting_line("big", 2000) + "\n");
  Collected collected = read({path}, small_limits());
  EXPECT_EQ(collected.records, expected);
  ASSERT_EQ(collected.bad.size(), 2u);
  EXPECT_EQ(collected.bad[0].rfind(path + ":1: invalid JSON: ", 0), 0u) << collected.bad[0];
  EXPECT_EQ(collected.bad[1],
            path + ":32: record is larger than the 1 KiB limit (--max-record-bytes)");
}

TEST_F(SourceTest, PageOverTheDocumentLimitIsRejected) {
  std::string block =
      "<script type=\"application/ld+json\">" + posting_line("A", 100) + "</script>\n";
  std::string path = write("page.html", "<html>\n" + block + std::string(5000, 'x') + "\n</html>");
  EXPECT_EQ(read({path}, small_limits()).bad,
            Lines{path + ": page is larger than the 4 KiB limit (--max-document-bytes)"});
}

TEST_F(SourceTest, JsonLdBlockOverTheRecordLimitIsRejected) {
  std::string big = "{\"@type\": \"JobPosting\", \"title\": \"" + std::string(2000, 'x') + "\"}";
  std::string path =
      write("page.html", "<html>\n<script type=\"application/ld+json\">" + big +
                             "</script>\n<script type=\"application/ld+json\">"
                             "{\"@type\": \"JobPosting\", \"title\": \"B\"}</script>");
  Collected collected = read({path}, small_limits());
  EXPECT_EQ(collected.records, Lines{path + ":3 B"});
  EXPECT_EQ(collected.bad,
            Lines{path + ":2: record is larger than the 1 KiB limit (--max-record-bytes)"});
}

}  // namespace
}  // namespace jobsearch
