#include "searcher/engine/facet_column.h"

#include <charconv>
#include <functional>
#include <limits>
#include <system_error>
#include <unordered_map>

#include "common/facet_terms.h"
#include "common/schema.h"
#include "searcher/engine/striped_counts.h"

namespace jobsearch {

FacetColumn::FacetColumn(const Xapian::Database& database, Xapian::valueno slot)
    : last_(database.get_lastdocid()), starts_(database.get_lastdocid() + 2, 0) {
  std::unordered_map<std::string, std::uint32_t> ordinal_of;
  auto add_value = [&](const std::string& value) {
    auto [it, added] = ordinal_of.emplace(value, static_cast<std::uint32_t>(values_.size()));
    if (added) values_.push_back(value);
    ordinals_.push_back(it->second);
  };
  Xapian::docid next = 1;  // the first document whose start is not yet set
  auto start_up_to = [&](Xapian::docid last) {
    for (; next <= last; ++next) starts_[next] = static_cast<std::uint32_t>(ordinals_.size());
  };
  for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
    start_up_to(it.get_docid());
    const std::string joined = *it;
    std::size_t start = 0;
    while (start < joined.size()) {
      std::size_t end = joined.find(schema::kValueSeparator, start);
      if (end == std::string::npos) end = joined.size();
      add_value(joined.substr(start, end - start));
      start = end + 1;
    }
  }
  start_up_to(static_cast<Xapian::docid>(starts_.size() - 1));
  ordinals_.push_back(0);  // so that &ordinals_[end] is valid for the last document
  keep_single_values();
  derive_terms(slot);
}

void FacetColumn::derive_terms(Xapian::valueno slot) {
  const schema::Facet* facet = find_facet_by_slot(slot);
  terms_.reserve(values_.size());
  groups_.reserve(values_.size());
  std::unordered_map<std::string_view, std::uint32_t> group_of;  // by term
  for (const std::string& value : values_) {
    terms_.push_back(facet ? facet_term(*facet, value) : std::string());
    const auto next = static_cast<std::uint32_t>(group_count_);
    const std::uint32_t group =
        terms_.back().empty() ? next : group_of.try_emplace(terms_.back(), next).first->second;
    if (group == next) ++group_count_;
    groups_.push_back(group);
  }
}

void FacetColumn::keep_single_values() {
  for (Xapian::docid docid = 1; docid <= last_; ++docid) {
    if (starts_[docid + 1] - starts_[docid] > 1) return;
  }
  only_.assign(last_ + 1, kNone);
  for (Xapian::docid docid = 1; docid <= last_; ++docid) {
    if (starts_[docid + 1] > starts_[docid]) only_[docid] = ordinals_[starts_[docid]];
  }
  std::vector<std::uint32_t>().swap(starts_);
  std::vector<std::uint32_t>().swap(ordinals_);
}

void FacetColumn::count(const DocSet& set, std::vector<std::uint64_t>& counts) const {
  if (single() && value_count() <= kMostStripedCounters) {
    const std::uint32_t* only = only_.data();
    const auto none = static_cast<std::uint32_t>(value_count());
    count_striped(
        set, value_count(),
        [&](Xapian::docid docid) {
          const std::uint32_t ordinal = docid > last_ ? kNone : only[docid];
          return ordinal == kNone ? none : ordinal;
        },
        counts);
    return;
  }
  if (single()) {
    const std::uint32_t* only = only_.data();
    set.for_each([&](Xapian::docid docid) {
      if (docid > last_) return;
      const std::uint32_t ordinal = only[docid];
      if (ordinal != kNone) ++counts[ordinal];
    });
    return;
  }
  set.for_each([&](Xapian::docid docid) {
    if (docid > last_) return;
    for (std::uint32_t i = starts_[docid]; i < starts_[docid + 1]; ++i) ++counts[ordinals_[i]];
  });
}

NumberColumn::NumberColumn(const Xapian::Database& database, Xapian::valueno slot)
    : numbers_(database.get_lastdocid() + 1, std::numeric_limits<double>::quiet_NaN()) {
  for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
    const std::string value = *it;
    if (value.empty() || it.get_docid() >= numbers_.size()) continue;
    numbers_[it.get_docid()] = Xapian::sortable_unserialise(value);
  }
}

TextColumn::TextColumn(const Xapian::Database& database, Xapian::valueno slot)
    : starts_(database.get_lastdocid() + 2, 0) {
  Xapian::docid next = 1;  // the first document whose start is not yet set
  auto start_up_to = [&](Xapian::docid last) {
    for (; next <= last; ++next) starts_[next] = static_cast<std::uint32_t>(bytes_.size());
  };
  for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
    start_up_to(it.get_docid());
    bytes_ += *it;
  }
  start_up_to(static_cast<Xapian::docid>(starts_.size() - 1));
}

namespace {

// A collapse key as 64 bits: its hex digits when it is repost_key()'s 16,
// else a hash of it; never 0, which stands for none.
std::uint64_t key_of(const std::string& value) {
  std::uint64_t key = 0;
  const char* end = value.data() + value.size();
  auto [stop, error] = std::from_chars(value.data(), end, key, 16);
  if (value.size() != 16 || stop != end || error != std::errc()) {
    key = std::hash<std::string>()(value);
  }
  return key == 0 ? 1 : key;
}

}  // namespace

KeyColumn::KeyColumn(const Xapian::Database& database, Xapian::valueno slot)
    : keys_(database.get_lastdocid() + 1, 0) {
  for (auto it = database.valuestream_begin(slot); it != database.valuestream_end(slot); ++it) {
    const std::string value = *it;
    if (!value.empty() && it.get_docid() < keys_.size()) keys_[it.get_docid()] = key_of(value);
  }
}

}  // namespace jobsearch
