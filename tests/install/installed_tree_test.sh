#!/usr/bin/env bash
# ctest: `cmake --install` into a fresh prefix gives a working tree: both
# programs, man pages, bash completion that completes from the programs' own
# help, the systemd unit, the synonym list and the corpus, which the
# installed programs index and search.
# Usage: installed_tree_test.sh BUILD_DIR
set -euo pipefail
build=$1
prefix=$(mktemp -d)
trap 'rm -rf "$prefix"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cmake --install "$build" --prefix "$prefix" > /dev/null
for file in bin/jobindex bin/jobsearch share/jobsearch/synonyms.txt \
    share/man/man1/jobindex.1.gz share/man/man1/jobsearch.1.gz \
    share/bash-completion/completions/jobindex share/bash-completion/completions/jobsearch \
    lib/systemd/system/jobsearch.service; do
  [[ -f $prefix/$file ]] || fail "$file not installed"
done
zcat "$prefix/share/man/man1/jobsearch.1.gz" | grep -q 'facets' || fail "jobsearch.1 lacks --facets"
grep -q '^ExecStart=/usr/bin/jobsearch serve ' "$prefix/lib/systemd/system/jobsearch.service" ||
  fail "the unit does not start jobsearch serve"

"$prefix/bin/jobindex" --db "$prefix/db" "$prefix/share/jobsearch/corpus/postings" > "$prefix/index.out"
grep -qx 'documents in database: 445' "$prefix/index.out" || fail "indexing: $(cat "$prefix/index.out")"
first=$("$prefix/bin/jobsearch" --db "$prefix/db" "registered nurse" --limit 1 | head -n 1)
[[ $first == "20 matches, showing 1-1" ]] || fail "search printed: $first"

# Completion: the words bash would offer after the typed ones.
complete_words() {
  local program=$1; shift
  PATH="$prefix/bin:$PATH" bash -c '
    source "$1"; shift; COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1))
    "_$1"; printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" " "' \
    _ "$prefix/share/bash-completion/completions/$program" "$program" "$@"
}
check_completion() {
  local expected=$1; shift
  local got
  got=$(complete_words "$@")
  [[ $got == "$expected" ]] || fail "completing '$*': expected '$expected', got '$got'"
}
check_completion "--facets " jobsearch --fac
check_completion "search serve " jobsearch se
check_completion "--port " jobsearch serve --po
check_completion "--batch-size " jobindex --batch
check_completion "--qrels " jobsearch eval --qr
echo "installed tree: all present, indexed and searched, completion works"
