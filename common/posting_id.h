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

}  // namespace jobsearch
