#include "common/employment_type.h"

#include "common/word_lookup.h"

namespace jobsearch {
namespace {

constexpr WordValue kEmploymentTypes[] = {
    {"fulltime", "FULL_TIME"},    {"full", "FULL_TIME"},         {"permanent", "FULL_TIME"},
    {"parttime", "PART_TIME"},    {"part", "PART_TIME"},         {"contractor", "CONTRACTOR"},
    {"contract", "CONTRACTOR"},   {"contractors", "CONTRACTOR"}, {"freelance", "CONTRACTOR"},
    {"freelancer", "CONTRACTOR"}, {"temporary", "TEMPORARY"},    {"temp", "TEMPORARY"},
    {"seasonal", "TEMPORARY"},    {"intern", "INTERN"},          {"internship", "INTERN"},
    {"perdiem", "PER_DIEM"},      {"volunteer", "VOLUNTEER"},    {"volunteering", "VOLUNTEER"},
    {"other", "OTHER"},
};

}  // namespace

std::string normalize_employment_type(std::string_view text) {
  return first_match(kEmploymentTypes, label_words(text));
}

}  // namespace jobsearch
