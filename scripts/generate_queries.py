#!/usr/bin/env python3
"""Write a reproducible set of distinct job-search queries for a corpus.

Usage, from the project root:
    python3 scripts/generate_queries.py --docs cleaned.jsonl --count 300 --out queries.jsonl

--docs is the cleaned text of the corpus as the benchmark exports it
(scripts/benchmark/bench_export: one JSON object a line with title, description
and the facet values location, employment_type, education), so the words and
facet values are those the engines see. Each query is drawn from one random
posting, so it matches at least that posting:
  - one word of its title, or a frequent word of its description;
  - two or three adjacent title words ("data engineer", "senior data engineer");
  - a title word with a description word;
  - a phrase of two adjacent title words ("\"registered nurse\"");
  - a field query on the title (title:nurse, title:"data scientist"), alone or with a word;
and about a third of them also filter on the posting's location, employment
type or education (sometimes two of these).

Words are ASCII letters, at least three long, and in no engine's stop list,
so jobsearch, SQLite FTS5 and Lucene run the same question. One JSON object a
line:
  {"text": "title:nurse icu", "clauses": [{"field": "title", "words": ["nurse"],
   "phrase": false}, {"field": "", "words": ["icu"], "phrase": false}],
   "filters": {"employment_type": ["FULL_TIME"]}}
"text" is in jobsearch's query syntax; clauses are AND-ed. Same --seed and
docs, same queries. Standard library only.
"""
import argparse
import json
import random
import re
import sys

# jobsearch's stop list (common/text_analysis.cpp), Lucene's EnglishAnalyzer's
# and a few words too vague to be asked for.
STOP_WORDS = set("""
a about an and are as at be been but by for from had has have in into is its of on or our
that the their them then there these they this those to was were which while with within you
your we who whom what when where would if it no not such will
all any can may more other than also etc per via who job jobs work""".split())
_WORD = re.compile(r"[A-Za-z]+")
FACETS = ("location", "employment_type", "education")


def words(text):
    return [w.lower() for w in _WORD.findall(text)]


def usable(word):
    return len(word) >= 3 and word not in STOP_WORDS


def read_docs(path):
    docs = []
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                doc = json.loads(line)
                docs.append({"title": words(doc.get("title", "")),
                             "description": words(doc.get("description", "")),
                             "facets": {f: doc.get(f, []) for f in FACETS}})
    if not docs:
        sys.exit("generate_queries: %s holds no posting" % path)
    return docs


def title_run(rng, title, length):
    """`length` adjacent usable title words, or None."""
    runs = [title[i:i + length] for i in range(len(title) - length + 1)
            if all(usable(w) for w in title[i:i + length])]
    return rng.choice(runs) if runs else None


def description_word(rng, doc):
    candidates = [w for w in doc["description"] if usable(w) and len(w) >= 4]
    return rng.choice(candidates) if candidates else None


def clause(words_, field="", phrase=False):
    return {"field": field, "words": list(words_), "phrase": phrase}


def clauses_for(rng, doc):
    """The words of one query drawn from `doc`, or None when it has none of that kind."""
    kind = rng.random()
    title = doc["title"]
    if kind < 0.25:
        run = title_run(rng, title, 1)
        return run and [clause(run)]
    if kind < 0.35:
        word = description_word(rng, doc)
        return word and [clause([word])]
    if kind < 0.55:
        run = title_run(rng, title, 2)
        return run and [clause([w]) for w in run]
    if kind < 0.65:
        run = title_run(rng, title, 3)
        return run and [clause([w]) for w in run]
    if kind < 0.75:
        run, word = title_run(rng, title, 1), description_word(rng, doc)
        return run and word and run[0] != word and [clause(run), clause([word])]
    if kind < 0.87:
        run = title_run(rng, title, 2)
        return run and [clause(run, phrase=True)]
    run = title_run(rng, title, rng.choice((1, 1, 2)))
    if not run:
        return None
    field = [clause(run, "title", phrase=len(run) > 1)]
    word = description_word(rng, doc) if rng.random() < 0.5 else None
    return field + ([clause([word])] if word and word not in run else [])


def filters_for(rng, doc):
    kind = rng.random()
    if kind >= 0.35:
        return {}
    count = 2 if kind < 0.05 else 1
    names = [f for f in rng.sample(FACETS, len(FACETS)) if doc["facets"][f]][:count]
    return {name: [rng.choice(doc["facets"][name])] for name in names}


def text_of(clauses):
    parts = []
    for c in clauses:
        body = " ".join(c["words"])
        body = '"%s"' % body if c["phrase"] else body
        parts.append("%s:%s" % (c["field"], body) if c["field"] else body)
    return " ".join(parts)


def generate(docs, count, seed):
    rng = random.Random(seed)
    queries, seen = [], set()
    attempts = 0
    while len(queries) < count and attempts < count * 200:
        attempts += 1
        doc = rng.choice(docs)
        clauses = clauses_for(rng, doc)
        if not clauses:
            continue
        query = {"text": text_of(clauses), "clauses": clauses, "filters": filters_for(rng, doc)}
        key = json.dumps([query["text"], query["filters"]], sort_keys=True)
        if key not in seen:
            seen.add(key)
            queries.append(query)
    return queries


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", required=True, help="cleaned postings (bench_export JSONL)")
    parser.add_argument("--count", type=int, default=300, help="distinct queries (default 300)")
    parser.add_argument("--seed", type=int, default=1, help="seed number (default 1)")
    parser.add_argument("--out", required=True, help="output JSONL")
    args = parser.parse_args()
    queries = generate(read_docs(args.docs), args.count, args.seed)
    with open(args.out, "w", encoding="utf-8") as out:
        for query in queries:
            out.write(json.dumps(query, ensure_ascii=False) + "\n")
    filtered = sum(1 for q in queries if q["filters"])
    print("wrote %d queries (%d with filters) to %s" % (len(queries), filtered, args.out),
          file=sys.stderr)
    if len(queries) < args.count:
        sys.exit("generate_queries: only %d distinct queries could be drawn" % len(queries))


if __name__ == "__main__":
    main()
