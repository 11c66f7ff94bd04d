// `jobsearch alerts add|list|delete|run --db DB ...`: saved searches and
// what is new for them (alerts.h), as JSON lines a mailer can send.
#include <boost/program_options.hpp>
#include <iostream>
#include <nlohmann/json.hpp>

#include "common/exit_codes.h"
#include "searcher/cli/commands.h"
#include "searcher/engine/alerts.h"
#include "searcher/engine/search_error.h"
#include "searcher/http/params.h"

namespace jobsearch {
namespace {

namespace po = boost::program_options;
using json = nlohmann::ordered_json;

constexpr const char* kUsage =
    "Usage: jobsearch alerts add --db DB --name NAME [--owner LABEL] [--search JSON]\n"
    "       jobsearch alerts list --db DB\n"
    "       jobsearch alerts delete --db DB --name NAME\n"
    "       jobsearch alerts run --db DB\n"
    "Saved searches, kept in the database. --search holds the search's options as\n"
    "POST /api/search takes them ({\"q\": \"nurse\", \"location\": \"Austin, TX\"}).\n"
    "`run` prints one JSON line per saved search with postings indexed since its\n"
    "last run: {\"alert\": NAME, \"owner\": LABEL, \"postings\": [{id, title, company, url}]},\n"
    "and remembers where it stopped. Exit code 1: delete of a name not saved.\n\nOptions";

struct AlertOptions {
  std::string action, db, name, owner, search = "{}";
};

AlertOptions parse(int argc, char** argv) {
  AlertOptions o;
  po::options_description visible(kUsage);
  visible.add_options()("help,h", "show this help")("db", po::value(&o.db), "database folder")(
      "name", po::value(&o.name), "the saved search's name")("owner", po::value(&o.owner),
                                                             "a label for whom it alerts")(
      "search", po::value(&o.search), "the search, as a JSON object of search options");
  po::options_description all;
  all.add(visible).add_options()("action", po::value(&o.action));
  po::positional_options_description positional;
  positional.add("action", 1);
  po::variables_map vm;
  try {
    po::store(po::command_line_parser(argc, argv).options(all).positional(positional).run(), vm);
    po::notify(vm);
  } catch (const po::error& error) {
    throw SearchError(std::string("alerts: ") + error.what());
  }
  if (vm.count("help")) {
    std::cout << visible;
    o.action = "help";
  } else if (o.db.empty()) {
    throw SearchError("alerts: --db DB is required");
  }
  return o;
}

json line(const AlertResult& result) {
  json postings = json::array();
  for (const AlertPosting& p : result.postings) {
    postings.push_back({{"id", p.id}, {"title", p.title}, {"company", p.company}, {"url", p.url}});
  }
  return {{"alert", result.name}, {"owner", result.owner}, {"postings", std::move(postings)}};
}

}  // namespace

int run_alerts_command(int argc, char** argv) {
  AlertOptions o = parse(argc, argv);
  if (o.action == "help") return kExitOk;
  if (o.action != "add" && o.action != "list" && o.action != "delete" && o.action != "run") {
    throw SearchError("alerts: say add, list, delete or run (jobsearch alerts --help)");
  }
  if ((o.action == "add" || o.action == "delete") && o.name.empty()) {
    throw SearchError("alerts " + o.action + ": --name NAME is required");
  }
  AlertBook book(o.db);
  if (o.action == "add") {
    book.add({o.name, o.owner, params_from_json_body(o.search), 0, {}});
    std::cout << "saved " << o.name << '\n';
  } else if (o.action == "list") {
    for (const SavedSearch& s : book.list()) {
      std::cout << json{{"name", s.name}, {"owner", s.owner}, {"search", s.params}}.dump() << '\n';
    }
  } else if (o.action == "delete") {
    if (!book.remove(o.name)) {
      std::cerr << "jobsearch: no saved search named " << o.name << '\n';
      return kExitRejected;
    }
    std::cout << "deleted " << o.name << '\n';
  } else {
    for (const AlertResult& result : book.run()) std::cout << line(result).dump() << '\n';
  }
  return kExitOk;
}

}  // namespace jobsearch
