// posting_json.h: a Posting as the JSON that programs read.
//
// The same object is stored as document data, printed by `jobsearch get`
// and embedded in search results, so every consumer sees one shape.
#pragma once

#include <nlohmann/json.hpp>

#include "common/posting.h"

namespace jobsearch {

// Every field under a snake_case key ("employment_types", "date_posted",
// ...), in a fixed order that reads well; missing optional values are
// null, missing text is "".
nlohmann::ordered_json posting_to_json(const Posting& posting);

// Inverse of posting_to_json. Tolerates missing keys (left empty); throws
// nlohmann::json::exception only on values of the wrong type, which
// posting_to_json never writes.
Posting posting_from_json(const nlohmann::json& json);

}  // namespace jobsearch
