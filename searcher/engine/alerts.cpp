#include "searcher/engine/alerts.h"

#include <algorithm>
#include <filesystem>
#include <nlohmann/json.hpp>
#include <utility>

#include "common/schema.h"
#include "searcher/engine/search_engine.h"
#include "searcher/engine/search_error.h"

namespace jobsearch {
namespace {

using json = nlohmann::json;

constexpr const char* kMetadataPrefix = "alert:";
// A run lists every new match: as many as a search page may hold.
constexpr const char* kRunLimit = "10000";

json to_json(const SavedSearch& search) {
  return {{"name", search.name},
          {"owner", search.owner},
          {"params", search.params},
          {"mark", search.mark},
          {"sent", search.sent}};
}

SavedSearch from_json(const std::string& text) {
  json value = json::parse(text);
  SavedSearch search;
  search.name = value.at("name").get<std::string>();
  search.owner = value.value("owner", "");
  search.params = value.at("params").get<RequestParams>();
  search.mark = value.value("mark", Xapian::docid{0});
  search.sent = value.value("sent", std::vector<std::string>{});
  return search;
}

// The search of a run: every match on one page, relevance order, without
// facets; every word required unless the seeker chose otherwise, so that a
// relaxed match does not count as news.
SearchRequest run_request(RequestParams params) {
  params.erase("page");
  params.erase("per_page");
  params["limit"] = {kRunLimit};
  params["facets"] = {"none"};
  if (params.count("match") == 0) params["match"] = {"all"};
  return request_from_params(params);
}

std::vector<std::string> terms_with_prefix(const Xapian::Document& document,
                                           const std::string& prefix) {
  std::vector<std::string> terms;
  for (auto it = document.termlist_begin(); it != document.termlist_end(); ++it) {
    it.skip_to(prefix);
    if (it == document.termlist_end() || (*it).rfind(prefix, 0) != 0) break;
    terms.push_back(*it);
  }
  return terms;
}

}  // namespace

AlertBook::AlertBook(const std::string& db) : path_(db) {
  namespace fs = std::filesystem;
  if (fs::is_regular_file(db) || fs::exists(fs::path(db) / "XAPIANDB")) {
    throw SearchError("alerts: " + db +
                      " is sharded; saved searches need a single database (jobindex compact "
                      "makes one)");
  }
  database_ = Xapian::WritableDatabase(db, Xapian::DB_OPEN);
}

AlertBook::AlertBook(const std::string& db, Xapian::WritableDatabase database)
    : path_(db), database_(std::move(database)) {}

void AlertBook::add(SavedSearch search) {
  if (search.name.empty()) throw SearchError("alerts: a saved search needs a name");
  if (search.name.size() > 200) throw SearchError("alerts: the name is over 200 bytes");
  run_request(search.params);  // a search that would be refused is not saved
  search.mark = database_.get_lastdocid();
  search.sent.clear();
  store(search);
  database_.commit();
}

std::vector<SavedSearch> AlertBook::list() {
  std::vector<SavedSearch> searches;
  for (auto it = database_.metadata_keys_begin(kMetadataPrefix);
       it != database_.metadata_keys_end(kMetadataPrefix); ++it) {
    searches.push_back(from_json(database_.get_metadata(*it)));
  }
  return searches;
}

bool AlertBook::remove(const std::string& name) {
  const std::string key = kMetadataPrefix + name;
  if (database_.get_metadata(key).empty()) return false;
  database_.set_metadata(key, "");
  database_.commit();
  return true;
}

std::vector<AlertResult> AlertBook::run() {
  const Xapian::docid last = database_.get_lastdocid();
  SearchEngine engine(path_);  // sees what this writer committed: it holds the lock
  std::vector<AlertResult> results;
  for (SavedSearch& search : list()) {
    AlertResult result = run_one(engine, search, last);
    search.mark = last;
    store(search);
    if (!result.postings.empty()) results.push_back(std::move(result));
  }
  database_.commit();
  return results;
}

AlertResult AlertBook::run_one(SearchEngine& engine, SavedSearch& search, Xapian::docid last) {
  AlertResult result{search.name, search.owner, {}};
  if (search.mark >= last) return result;  // nothing indexed since
  SearchRequest request = run_request(search.params);
  request.newer_than = search.mark;  // only what was added since: the matcher skips the rest
  SearchResponse response = engine.search(request);
  if (response.corrected) return result;  // those hits answer another query
  for (const SearchHit& hit : response.hits) {
    const std::string id_term = schema::kIdPrefix + hit.posting.id;
    Xapian::PostingIterator it = database_.postlist_begin(id_term);
    if (it == database_.postlist_end(id_term) || !is_news(*it, search)) continue;
    result.postings.push_back(
        {hit.posting.id, hit.posting.title, hit.posting.company, hit.posting.url});
  }
  return result;
}

// A posting indexed after the mark that is neither a re-post of an older
// document nor an edit of one already sent; noted as sent when it is news.
bool AlertBook::is_news(Xapian::docid docid, SavedSearch& search) {
  if (docid <= search.mark) return false;
  Xapian::Document document = database_.get_document(docid);
  for (const std::string& term : terms_with_prefix(document, schema::kRepostPrefix)) {
    if (*database_.postlist_begin(term) < docid) return false;  // an older copy exists
  }
  std::vector<std::string> keys = terms_with_prefix(document, schema::kEditKeyPrefix);
  for (const std::string& key : keys) {
    if (std::find(search.sent.begin(), search.sent.end(), key) != search.sent.end()) return false;
  }
  search.sent.insert(search.sent.end(), keys.begin(), keys.end());
  if (search.sent.size() > kRememberedSent) {
    search.sent.erase(search.sent.begin(), search.sent.end() - kRememberedSent);
  }
  return true;
}

void AlertBook::store(const SavedSearch& search) {
  database_.set_metadata(kMetadataPrefix + search.name, to_json(search).dump());
}

}  // namespace jobsearch
