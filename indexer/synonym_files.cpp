#include "indexer/synonym_files.h"

#include <fstream>
#include <ostream>

#include "common/byte_size.h"

namespace jobsearch {
namespace {

constexpr std::size_t kChunk = 64 << 10;

// The text of `file`, read no further than one byte past the limit.
bool read_bounded(const std::string& file, std::string& text) {
  std::ifstream in(file, std::ios::binary);
  if (!in) return false;
  text.clear();
  while (text.size() <= kMaxSynonymFileBytes && in) {
    std::size_t old_size = text.size();
    text.resize(old_size + kChunk);
    in.read(text.data() + old_size, static_cast<std::streamsize>(kChunk));
    text.resize(old_size + static_cast<std::size_t>(in.gcount()));
  }
  return !in.bad();
}

}  // namespace

SynonymLoad load_synonyms(const std::vector<std::string>& files, std::ostream& errors) {
  SynonymLoad load;
  load.rules = parse_synonyms(builtin_synonyms(), nullptr);
  std::string text;
  for (const std::string& file : files) {
    if (!read_bounded(file, text)) {
      load.error = "cannot read synonyms file " + file;
      return load;
    }
    if (text.size() > kMaxSynonymFileBytes) {
      load.error = "synonyms file " + file + " is larger than the " +
                   format_byte_size(kMaxSynonymFileBytes) + " limit";
      return load;
    }
    std::vector<std::string> bad_lines;
    for (SynonymRule& rule : parse_synonyms(text, &bad_lines))
      load.rules.push_back(std::move(rule));
    for (const std::string& line : bad_lines) errors << file << ": " << line << '\n';
  }
  return load;
}

}  // namespace jobsearch
