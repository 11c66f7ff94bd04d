#include "common/facet_terms.h"

#include <algorithm>

#include "common/education_level.h"
#include "common/employment_type.h"
#include "common/place_names.h"

namespace jobsearch {
namespace {

std::string normalized_value(schema::FacetKind kind, std::string_view value) {
  switch (kind) {
    case schema::FacetKind::kEmploymentType: {
      std::string type = normalize_employment_type(value);
      return type.empty() ? place_key(value) : type;
    }
    case schema::FacetKind::kEducation: {
      std::string category = normalize_education(value);
      return category.empty() ? place_key(value) : category;
    }
    case schema::FacetKind::kCountry:
      return place_key(normalize_country(value));
    case schema::FacetKind::kPlace:
    case schema::FacetKind::kKeyword:
      return place_key(value);
  }
  return {};
}

std::string joined(std::initializer_list<std::string_view> parts) {
  std::string out;
  for (std::string_view part : parts) {
    if (part.empty()) continue;
    if (!out.empty()) out += ", ";
    out += part;
  }
  return out;
}

}  // namespace

std::string filter_term(std::string_view prefix, std::string_view key) {
  std::string term = std::string(prefix).append(key);
  if (term.size() <= schema::kMaxTermLength) return term;
  std::size_t end = schema::kMaxTermLength;
  while (end > prefix.size() && (static_cast<unsigned char>(term[end]) & 0xC0) == 0x80) --end;
  term.resize(end);
  return term;
}

std::string facet_term(const schema::Facet& facet, std::string_view value) {
  std::string normalized = normalized_value(facet.kind, value);
  return normalized.empty() ? std::string() : filter_term(facet.filter_prefix, normalized);
}

const schema::Facet* find_facet(std::string_view name) {
  for (const schema::Facet& facet : schema::kFacets) {
    if (name == facet.name) return &facet;
  }
  return nullptr;
}

const schema::Facet* find_facet_by_slot(Xapian::valueno slot) {
  for (const schema::Facet& facet : schema::kFacets) {
    if (facet.slot == slot) return &facet;
  }
  return nullptr;
}

std::string place_display_name(const Location& l) {
  if (!l.locality.empty()) return joined({l.locality, l.region.empty() ? l.country : l.region});
  return joined({l.region, l.country});
}

std::vector<std::string> place_filter_keys(const Location& l) {
  const std::string& city = l.locality;
  std::vector<std::string> names = {city,
                                    joined({city, l.region}),
                                    joined({city, l.country}),
                                    joined({city, l.region, l.country}),
                                    l.region,
                                    joined({l.region, l.country}),
                                    l.country,
                                    l.postal_code};
  std::vector<std::string> keys;
  for (const std::string& name : names) {
    std::string key = place_key(name);
    if (!key.empty() && std::find(keys.begin(), keys.end(), key) == keys.end()) {
      keys.push_back(std::move(key));
    }
  }
  return keys;
}

}  // namespace jobsearch
