// commands.h: jobindex's subcommands, each a thin shell over the library.
//
// Each takes the arguments after its name (argv[0] is the subcommand name)
// and returns an exit code (exit_codes.h). Bad options are reported by the
// command itself; a database that cannot be used is thrown as
// DatabaseFailure (database_errors.h), and main turns that and anything
// unexpected into a message and an exit code, the same for every command.
#pragma once

namespace jobsearch {

// `jobindex --db DB PATH...`: index postings from files, folders or stdin.
int run_index_command(int argc, char** argv);

// `jobindex compact --db DB --output OUT`: writes the postings of DB (one
// database or the shards its stub lists) into the new, compacted database
// OUT with Xapian's compaction; DB is left as it was.
int run_compact_command(int argc, char** argv);

// `jobindex sync --db DB --source NAME PATH...`: makes the postings of
// source NAME those of PATH..., in one commit per database (sync_plan.h).
int run_sync_command(int argc, char** argv);

// `jobindex delete --db DB ID...`: deletes postings by id, reporting each
// id deleted and each not found (exit kExitRejected if any).
int run_delete_command(int argc, char** argv);

// `jobindex purge --db DB --expired [--grace DAYS] [--now DATE]`: deletes
// the postings whose validThrough is more than DAYS before DATE.
int run_purge_command(int argc, char** argv);

// The subcommands that must be named first (`jobindex compact --db DB ...`),
// as {name, function}; anything else is the index command. Ends with
// {nullptr, nullptr}.
struct IndexerCommand {
  const char* name;
  int (*run)(int argc, char** argv);
};
extern const IndexerCommand kIndexerCommands[];

}  // namespace jobsearch
