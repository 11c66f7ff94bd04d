#include "common/accent_fold.h"

#include <unicode/translit.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <memory>

namespace jobsearch {
namespace {

// Decompose, drop the marks, spell the remaining Latin letters in ASCII
// (ø, ł, ß, æ), recompose what is left (other scripts).
constexpr char kFoldRules[] = "NFD; [:Nonspacing Mark:] Remove; Latin-ASCII; NFC";

// A Transliterator must not be used by two threads at once, and creating
// one parses its rules (about a millisecond): one per thread, made once.
const icu::Transliterator* thread_transliterator() {
  thread_local std::unique_ptr<icu::Transliterator> transliterator = [] {
    UErrorCode status = U_ZERO_ERROR;
    std::unique_ptr<icu::Transliterator> made(icu::Transliterator::createInstance(
        icu::UnicodeString::fromUTF8(kFoldRules), UTRANS_FORWARD, status));
    return U_SUCCESS(status) ? std::move(made) : nullptr;
  }();
  return transliterator.get();
}

bool is_ascii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<unsigned char>(c) < 0x80; });
}

}  // namespace

std::string fold_accents(std::string_view text) {
  if (is_ascii(text)) return std::string(text);
  const icu::Transliterator* transliterator = thread_transliterator();
  if (transliterator == nullptr) return std::string(text);
  icu::UnicodeString unicode = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  transliterator->transliterate(unicode);
  std::string folded;
  unicode.toUTF8String(folded);
  return folded;
}

}  // namespace jobsearch
