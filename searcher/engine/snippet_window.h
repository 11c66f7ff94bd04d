// snippet_window.h: the stretch of a long text worth handing to
// Xapian::MSet::snippet.
//
// MSet::snippet stems every word of the text it is given, and over a job
// description of a few KB that costs more than the whole match. A plain
// scan for the query's stems at word beginnings finds the stretch where
// most of them meet; the snippet is then made from that stretch alone, so
// its choice and its marks are still Xapian's.
#pragma once

#include <xapian.h>

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace jobsearch {

// The stems `query` looks for in unprefixed text: "Zengin" -> "engin",
// "engineer" -> "engineer"; field terms ("Sengin", "XETFULL_TIME") left out.
std::vector<std::string> query_stems(const Xapian::Query& query);

struct TextWindow {
  std::size_t begin = 0;  // byte offsets into the text, at spaces or its ends
  std::size_t end = 0;
};

// The stretch of `text`, about `length` bytes plus a margin each side,
// where the most distinct `stems` begin words (the first such stretch);
// nullopt when none does.
std::optional<TextWindow> snippet_window(const std::string& text,
                                         const std::vector<std::string>& stems, std::size_t length);

}  // namespace jobsearch
