#include "searcher/engine/result_fields.h"

#include <algorithm>
#include <sstream>

#include "common/ascii_text.h"
#include "common/posting_json.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

// Always in a hit: they name it and place it.
constexpr std::string_view kAlwaysThere[] = {"rank", "score", "id"};
// A hit's own fields that are not read from the stored posting.
constexpr std::string_view kWithoutPosting[] = {"similar_count"};

std::vector<std::string> every_name() {
  std::vector<std::string> names = {"rank",    "score",         "title_html",
                                    "snippet", "similar_count", "distance_km"};
  const nlohmann::ordered_json posting = posting_to_json(Posting());
  for (const auto& member : posting.items()) names.push_back(member.key());
  return names;
}

template <typename Names>
bool among(const Names& names, std::string_view name) {
  return std::find(std::begin(names), std::end(names), name) != std::end(names);
}

std::string joined_names() {
  std::string joined;
  for (const std::string& name : ResultFields::names())
    joined += (joined.empty() ? "" : ", ") + name;
  return joined;
}

}  // namespace

const std::vector<std::string>& ResultFields::names() {
  static const std::vector<std::string> names = every_name();
  return names;
}

ResultFields ResultFields::ids() { return parse({"similar_count"}); }

ResultFields ResultFields::parse(const std::vector<std::string>& lists) {
  std::set<std::string, std::less<>> asked;
  for (const std::string& list : lists) {
    std::stringstream items(list);
    for (std::string item; std::getline(items, item, ',');) {
      const std::string name = trim_ascii_space(item);
      if (name.empty()) continue;
      if (!among(names(), name))
        throw SearchError("fields: unknown field \"" + name + "\" (known: " + joined_names() + ")");
      asked.insert(name);
    }
  }
  ResultFields fields;
  // An empty list, as a form's empty box sends it, asks for nothing in particular.
  if (!asked.empty()) fields.asked_ = std::move(asked);
  return fields;
}

bool ResultFields::has(std::string_view name) const {
  return !asked_ || among(kAlwaysThere, name) || asked_->count(name) != 0;
}

bool ResultFields::needs_posting() const {
  if (!asked_) return true;
  return std::any_of(asked_->begin(), asked_->end(), [](const std::string& name) {
    return !among(kAlwaysThere, name) && !among(kWithoutPosting, name);
  });
}

}  // namespace jobsearch
