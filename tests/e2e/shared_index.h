// shared_index.h: one index of a test input for every test process.
//
// ctest runs each GoogleTest test in a process of its own
// (gtest_discover_tests), so an index built in SetUpTestSuite or behind a
// function-local static was built again for every test: indexing the
// bundled corpus was most of the suite's time. A shared index is built
// once per build of jobindex, under the build tree, and read by all.
#pragma once

#include <string>
#include <vector>

#include "tests/support/command.h"

namespace jobsearch::e2e {

struct SharedIndex {
  std::string db;           // the database: read it, never write to it
  test::CommandResult run;  // what `jobindex --db DB PATHS...` printed when it built it
};

// The database `jobindex --db DB PATHS...` makes of `paths` (files or
// folders of the source tree, as source_path() gives them) into an empty
// database. Built by the first process that asks (into a folder of its
// own, then renamed into place, so processes running at once never see
// half of one); kept by the modification times of jobindex and of every
// input file, so a rebuilt jobindex or an edited input makes a new one.
const SharedIndex& shared_index(const std::vector<std::string>& paths);

}  // namespace jobsearch::e2e
