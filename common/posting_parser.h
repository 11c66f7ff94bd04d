// posting_parser.h: one JSON-LD value -> the job postings it holds.
//
// Tolerant of what real JSON-LD does: a field may be a string, an object or
// a list; HTML arrives entity-escaped; fields go missing. Bad data is
// reported as values (reasons, warnings), never thrown.
#pragma once

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "common/posting.h"

namespace jobsearch {

// What one JSON value (a record of a file) held.
struct ParsedRecord {
  // Postings found, in document order. Each has its id set (posting_id.h).
  std::vector<Posting> postings;
  // Why a JobPosting, or the whole value, was rejected: one short reason
  // each, such as "not a JobPosting (@type is \"Organization\")" or
  // "JobPosting has no title". Empty when all went well.
  std::vector<std::string> rejections;
  // Fields that were dropped because of their type or value, the posting
  // itself being kept: "employmentType: expected text, got a number".
  std::vector<std::string> warnings;
  // Fields kept, but whose HTML was too large or too deeply nested to parse
  // and had its tags removed instead (html_text.h): "description: HTML over
  // the 256 KiB parsing limit: tags removed without parsing".
  std::vector<std::string> simplified;
  // Properties of a JobPosting that this parser does not read, as the
  // posting spelt them ("workHours"), so that --verbose can say what a
  // site sends that is not kept. JSON-LD keywords (@context, @id) are not
  // listed.
  std::vector<std::string> unread;
};

// Finds every schema.org JobPosting in `value`: the value itself, the
// elements of an array, or the nodes of an "@graph" (nested up to 16 levels
// of those containers; nodes of other types there are skipped silently).
// @type may be "JobPosting", a list holding it, or a full IRI such as
// "http://schema.org/JobPosting". A value that holds no JobPosting at all
// yields one rejection; so does one nested past the limit, naming it.
ParsedRecord parse_record(const nlohmann::json& value);

// Parses one JobPosting node (its @type is not checked). Rejects a node
// without a usable title; any other field that is missing or of the wrong
// type is left empty and, if present but unusable, noted as a warning.
ParsedRecord parse_posting(const nlohmann::json& node);

}  // namespace jobsearch
