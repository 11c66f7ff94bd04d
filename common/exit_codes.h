// exit_codes.h: what the programs' exit statuses mean (also in the README
// and in --help).
#pragma once

namespace jobsearch {

enum ExitCode : int {
  kExitOk = 0,                // everything done
  kExitRejected = 1,          // jobindex: some records were rejected, the rest indexed
                              // jobindex delete: some id not found, the rest deleted
                              // jobsearch get: no posting has that id
  kExitUsage = 2,             // bad options or an unparsable query
  kExitUnreadableInput = 3,   // jobindex: some path could not be read, the rest indexed
  kExitDatabase = 4,          // database missing, locked, corrupt or not writable
  kExitInternal = 5,          // an unexpected failure (a bug): please report it
  kExitTimeout = 6,           // jobsearch: the search took longer than its --timeout
  kExitMassRemoval = 7,       // jobindex sync: would remove more than --max-removal of a
                              // source (a truncated feed?): nothing changed
  kExitShardUnavailable = 8,  // jobsearch: a remote shard did not answer within --shard-timeout
};

}  // namespace jobsearch
