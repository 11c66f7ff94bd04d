// posting_json.h: a Posting as the JSON that programs read.
//
// The same object is stored as document data, printed by `jobsearch get`
// and embedded in search results, so every consumer sees one shape.
#pragma once

#include <nlohmann/json.hpp>
#include <string>

#include "common/posting.h"

namespace jobsearch {

// Every field under a snake_case key ("employment_types", "date_posted",
// ...), in a fixed order that reads well; missing optional values are
// null, missing text is "".
nlohmann::ordered_json posting_to_json(const Posting& posting);

// The document data jobindex stores: posting_to_json's object without the
// members that hold nothing (null, "" or [], at any depth), which
// posting_from_json reads back as they were. Leaving them out makes the
// docdata table 9% smaller after glass's own compression, where CBOR or
// MessagePack save 2% or nothing (issue 16, scripts/benchmark/README.md).
std::string posting_to_data(const Posting& posting);

// Inverse of posting_to_json and posting_to_data. Tolerates missing keys (left empty); throws
// nlohmann::json::exception only on values of the wrong type, which
// posting_to_json never writes.
Posting posting_from_json(const nlohmann::json& json);

}  // namespace jobsearch
