// posting_id.h: when are two postings the same posting?
//
// A site's requisition id is no identity: the same id is shared by one job
// posted in several cities, and LinkedIn's `identifier` often holds only the
// company name. So identity is the content a job seeker sees as the job:
// title, company, every location and the description, byte for byte as the
// source gave them. An exact re-post gets the same id; any other difference
// gives another id.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "common/posting.h"

namespace jobsearch {

// 16 lower-case hex digits: a 64-bit FNV-1a hash of the raw (as in the
// source JSON, before cleaning or normalising) title, company name,
// jobLocation (serialised with sorted keys, so key order does not count)
// and description, each part length-delimited so that ("ab", "c") and
// ("a", "bc") differ. Raw input keeps ids stable when normalisers improve.
std::string posting_id(std::string_view raw_title, std::string_view raw_company,
                       std::string_view raw_locations, std::string_view raw_description);

// 16 lower-case hex digits identifying the job regardless of where it is
// posted: the same hash over the cleaned title (case-folded), company
// (case-folded) and description. Postings sharing it are re-posts of one
// job and are shown once in results.
std::string repost_key(const Posting& posting);

// What makes an edited posting the same posting as its earlier version,
// within one source (the content id above changes with any edit).
struct EditKey {
  // 16 lower-case hex digits over the source name and, in this order of
  // preference: the posting's url (a page stays the page of its job while
  // its text is edited); else its requisition id (identifier.value) with
  // the company, title and places (a requisition id is reused for other
  // titles and places: corpus/identity_cases.json, cases B and C); else the
  // company, title and places alone.
  std::string value;
  // True for the first two. Only a strong key makes a later run replace a
  // stored posting: without url or identifier two jobs of one title at one
  // company and place may well be two openings. A sync pairs by any key,
  // since there the old version goes away anyway (it only names the change).
  bool strong = false;
};

// The edit key of `posting` (cleaned fields: case, spacing and the order of
// keys in the source JSON do not count) in the source named `source` ("" for
// postings indexed without one).
EditKey edit_key(const Posting& posting, std::string_view source);

}  // namespace jobsearch
