// commands.h: jobsearch's subcommands, each a thin shell over the library.
//
// Each takes the arguments after its name (argv[0] is the subcommand name)
// and returns an exit code (exit_codes.h). User errors are thrown as
// SearchError; main turns them and Xapian errors into messages and codes.
#pragma once

namespace jobsearch {

// `jobsearch [search] --db DB [QUERY] [options]` and `jobsearch --db DB get ID`.
int run_search_command(int argc, char** argv);

// `jobsearch serve --db DB [--host H] [--port P] [--threads N]`: the HTTP API
// and search page (http_server.h) until SIGINT or SIGTERM.
int run_serve_command(int argc, char** argv);

// `jobsearch match --db DB --candidate FILE [constraints]`: postings for a
// candidate profile, each explained (matcher.h).
int run_match_command(int argc, char** argv);

// `jobsearch similar --db DB ID`: postings like one posting, its re-posts left out.
int run_similar_command(int argc, char** argv);

// `jobsearch batch --db DB --topics FILE|DIR --run-tag TAG [--strategy S]`:
// a TREC run over many topics.
int run_batch_command(int argc, char** argv);

// `jobsearch eval --qrels FILE --run FILE [--per-query]`: trec_eval's
// measures of a run (evaluation.h).
int run_eval_command(int argc, char** argv);

// `jobsearch alerts add|list|delete|run --db DB ...`: saved searches (alerts.h).
int run_alerts_command(int argc, char** argv);

// The subcommands that must be named first (`jobsearch serve --db DB ...`),
// as {name, function}. Ends with {nullptr, nullptr}.
struct NamedCommand {
  const char* name;
  int (*run)(int argc, char** argv);
};
extern const NamedCommand kNamedCommands[];

}  // namespace jobsearch
