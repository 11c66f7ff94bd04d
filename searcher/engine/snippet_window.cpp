#include "searcher/engine/snippet_window.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "common/ascii_text.h"

namespace jobsearch {
namespace {

constexpr std::size_t kMargin = 60;          // bytes kept around the stretch
constexpr std::size_t kMaxOccurrences = 64;  // per stem: bounds the scan of a long text

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Porter stems end in "i" where the word has "y" ("compani" for
// "company"): the part before it still begins the word.
std::string word_beginning(const std::string& stem) {
  if (stem.size() > 3 && stem.back() == 'i') return stem.substr(0, stem.size() - 1);
  return stem;
}

struct Occurrence {
  std::size_t offset;
  std::size_t stem;  // index into the stems
};

std::vector<Occurrence> occurrences(const std::string& lowered,
                                    const std::vector<std::string>& stems) {
  std::vector<Occurrence> found;
  for (std::size_t s = 0; s < stems.size(); ++s) {
    const std::string key = word_beginning(stems[s]);
    if (key.empty()) continue;
    std::size_t kept = 0;  // each stem has its say, however common another is
    for (std::size_t at = lowered.find(key); at != std::string::npos && kept < kMaxOccurrences;
         at = lowered.find(key, at + 1)) {
      if (at == 0 || !is_word_byte(static_cast<unsigned char>(lowered[at - 1]))) {
        found.push_back({at, s});
        ++kept;
      }
    }
  }
  std::sort(found.begin(), found.end(),
            [](const Occurrence& a, const Occurrence& b) { return a.offset < b.offset; });
  return found;
}

// The offset where the `length`-byte stretch holding the most distinct
// stems starts (two pointers over the sorted occurrences).
std::size_t best_start(const std::vector<Occurrence>& found, std::size_t stem_count,
                       std::size_t length) {
  std::vector<unsigned> in_window(stem_count, 0);
  std::size_t distinct = 0, best = 0, best_offset = found.front().offset, last = 0;
  for (std::size_t first = 0; first < found.size(); ++first) {
    while (last < found.size() && found[last].offset < found[first].offset + length) {
      if (in_window[found[last++].stem]++ == 0) ++distinct;
    }
    if (distinct > best) {
      best = distinct;
      best_offset = found[first].offset;
    }
    if (--in_window[found[first].stem] == 0) --distinct;
  }
  return best_offset;
}

}  // namespace

std::vector<std::string> query_stems(const Xapian::Query& query) {
  std::set<std::string> stems;
  for (auto it = query.get_unique_terms_begin(); it != query.get_unique_terms_end(); ++it) {
    std::string term = *it;
    if (term.size() > 1 && term[0] == 'Z' && !std::isupper(static_cast<unsigned char>(term[1]))) {
      term.erase(0, 1);
    }
    if (!term.empty() && !std::isupper(static_cast<unsigned char>(term[0]))) stems.insert(term);
  }
  return {stems.begin(), stems.end()};
}

std::optional<TextWindow> snippet_window(const std::string& text,
                                         const std::vector<std::string>& stems,
                                         std::size_t length) {
  std::vector<Occurrence> found = occurrences(to_lower_ascii(text), stems);
  if (found.empty()) return std::nullopt;
  std::size_t start = best_start(found, stems.size(), length);
  TextWindow window;
  if (start > kMargin) {
    std::size_t space = text.find_last_of(" \n", start - kMargin);
    window.begin = space == std::string::npos ? 0 : space + 1;
  }
  std::size_t space = text.find_first_of(" \n", std::min(text.size(), start + length + kMargin));
  window.end = space == std::string::npos ? text.size() : space;
  return window;
}

}  // namespace jobsearch
