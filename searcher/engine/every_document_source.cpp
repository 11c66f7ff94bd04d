#include "searcher/engine/every_document_source.h"

#include <string>

namespace jobsearch {

void EveryDocumentSource::init(const Xapian::Database& database) {
  last_ = database.get_lastdocid();
  documents_ = database.get_doccount();
  set_maxweight(0);
  move_to(0);
}

Xapian::Query filtered_by(const Xapian::Query& query, EveryDocumentSource* source) {
  Xapian::Query base = query.empty() ? Xapian::Query(std::string()) : query;
  return Xapian::Query(Xapian::Query::OP_FILTER, base, Xapian::Query(source->release()));
}

}  // namespace jobsearch
