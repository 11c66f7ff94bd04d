#include "searcher/engine/search_request.h"

namespace jobsearch {

std::vector<FacetRequest> default_facets() {
  return {{"location", 10}, {"employment_type", 10}, {"education", 10}};
}

}  // namespace jobsearch
