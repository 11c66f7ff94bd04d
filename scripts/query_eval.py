"""Shared parts of the job-seeker query evaluation (scripts/experiment-queries, scripts/pool-queries).

The judged set lives in corpus/evaluation/queries/ (see its README): dev.tsv and test.tsv
(`qid<TAB>query`, the qid's prefix before the last '-' is the query's kind), qrels.txt (TREC
qrels, one line per judged *job*) and keys.tsv (content keys of the judged postings, to re-map
the qrels if posting ids change).

A job is a set of re-posts: postings with the same title and company (case-folded) and the same
cleaned description, as jobsearch folds them (repost_key in common/posting_id.h). Each job is
judged once, under its representative: the smallest posting id among its postings. Runs are
mapped to representatives before they are measured; a later posting of a job already shown in
the same run becomes a placeholder that no judgment names, so it counts as non-relevant.
Standard library only.
"""
import hashlib
import json
import math
import re
import subprocess
import sys
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
QUERIES = ROOT / "corpus" / "evaluation" / "queries"
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "linkedin-2021-jobs.jsonl.gz"
SUBSETS = ("dev", "test")
DUPLICATE = "duplicate-of-"  # prefix of the placeholder docid of a job's later re-post in a run


def run(args):
    return subprocess.run([str(a) for a in args], check=True, capture_output=True, text=True).stdout


def binaries(bin_dir, build_dir):
    """jobindex and jobsearch from --bin DIR, else from the build folder (built if missing)."""
    if bin_dir:
        found = [Path(bin_dir) / "jobindex", Path(bin_dir) / "jobsearch"]
    else:
        found = [Path(build_dir) / "indexer" / "jobindex", Path(build_dir) / "searcher" / "jobsearch"]
        if not all(p.exists() for p in found) and Path(build_dir) == ROOT / "build":
            subprocess.run([str(ROOT / "scripts" / "build")], check=True, stdout=sys.stderr)
    missing = [str(p) for p in found if not p.exists()]
    if missing:
        sys.exit(f"no {' or '.join(missing)}")
    return [str(p) for p in found]


def index(jobindex, data, db):
    print(f"indexing {data} into {db} ...", file=sys.stderr)
    run([jobindex, "--db", db, data])


def read_topics(path):
    """[(qid, query)] from a qid<TAB>query file."""
    topics = []
    for line in Path(path).read_text().splitlines():
        if line.strip():
            qid, query = line.split("\t", 1)
            topics.append((qid, query.strip()))
    return topics


def kind_of(qid):
    return qid.rsplit("-", 1)[0]


def read_qrels(path):
    """{qid: {docid: grade}}; an absent file is no judgments."""
    qrels = defaultdict(dict)
    if Path(path).exists():
        for line in Path(path).read_text().splitlines():
            if line.strip():
                qid, _, docid, grade = line.split()
                qrels[qid][docid] = int(grade)
    return qrels


def write_qrels(path, qrels, order):
    """Topics in `order` (then any other), docids sorted within a topic."""
    qids = list(order) + sorted(set(qrels) - set(order))
    lines = [f"{qid} 0 {docid} {qrels[qid][docid]}" for qid in qids if qid in qrels for docid in sorted(qrels[qid])]
    Path(path).write_text("".join(line + "\n" for line in lines))


def search(jobsearch, db, text, limit, options=()):
    """The result list of `jobsearch --format json` (re-posts folded unless options say otherwise)."""
    answer = run([jobsearch, "--db", db, text, "--format", "json", "--limit", limit, "--facets", "none",
                  "--include-expired", *options])
    return json.loads(answer)["results"]


def dump(jobsearch, db):
    """Every posting of the database, as jobsearch's JSON results (re-posts not folded)."""
    docs, page = [], 5000
    while True:
        part = json.loads(run([jobsearch, "--db", db, "--format", "json", "--facets", "none",
                               "--include-expired", "--no-collapse", "--limit", page,
                               "--offset", len(docs)]))["results"]
        docs += part
        if len(part) < page:
            return docs


def lower_ascii(text):
    return "".join(chr(ord(c) + 32) if "A" <= c <= "Z" else c for c in text)


class Jobs:
    """Posting ids grouped into jobs (re-posts), with a representative per job."""

    def __init__(self, docs):
        self.doc = {d["id"]: d for d in docs}
        groups = defaultdict(list)
        for d in docs:
            groups[(lower_ascii(d["title"]), lower_ascii(d["company"]), d["description"])].append(d["id"])
        self.rep, self.members = {}, {}
        for ids in groups.values():
            rep = min(ids)
            self.members[rep] = sorted(ids)
            for docid in ids:
                self.rep[docid] = rep

    def first_jobs(self, ids, depth):
        """Representatives of the first `depth` distinct jobs of a ranked id list."""
        seen = []
        for docid in ids:
            rep = self.rep[docid]
            if rep not in seen:
                seen.append(rep)
                if len(seen) == depth:
                    break
        return seen

    def as_seen(self, ids):
        """A ranked id list as a user sees it: representatives, a job's later re-posts as placeholders."""
        seen, out = set(), []
        for docid in ids:
            rep = self.rep[docid]
            out.append(rep if rep not in seen else DUPLICATE + docid)
            seen.add(rep)
        return out


def words(query):
    return query.split()


# The ranked systems, each a function (jobsearch, db, query, limit) -> posting ids.
def system_jobsearch(jobsearch, db, query, limit):
    return [r["id"] for r in search(jobsearch, db, query, limit)]


def system_bm25_any(jobsearch, db, query, limit):
    """Any-word BM25 over all fields: the words OR-ed, the title field's own weight off."""
    return [r["id"] for r in search(jobsearch, db, " OR ".join(words(query)), limit, ["--title-weight", "0"])]


def system_title_any(jobsearch, db, query, limit):
    """Any word of the query in the title only."""
    return [r["id"] for r in search(jobsearch, db, " OR ".join("title:" + w for w in words(query)), limit)]


JOBSEARCH_SYSTEMS = {"jobsearch": system_jobsearch, "bm25-any": system_bm25_any, "title-any": system_title_any}

TOKEN = re.compile(r"\.?[a-z0-9](?:[a-z0-9+#]|[./](?=[a-z0-9]))*[+#]*")


def tokens(text):
    """Lower-cased tokens that keep tokens of the trade whole (c++, c#, .net, node.js, ci/cd), each
    joined token also giving its parts; a plural s is dropped (apis -> api, llms -> llm)."""
    out = []
    for token in TOKEN.findall(text.lower()):
        parts = [token] + ([p for p in re.split(r"[./]", token) if p] if re.search(r"\w[./]\w", token) else [])
        for part in parts:
            if len(part) > 3 and part.endswith("s") and not part.endswith("ss") and part[-2].isalpha():
                part = part[:-1]
            out.append(part)
    return out


class PyBM25:
    """A plain BM25 (k1 1.2, b 0.75) written here, independent of Xapian: title (counted three
    times) and description of every posting, with the tokens above, any query word."""

    def __init__(self, docs, k1=1.2, b=0.75):
        self.k1, self.b = k1, b
        self.postings, self.length = defaultdict(dict), {}
        for d in docs:
            terms = tokens(d["title"]) * 3 + tokens(d["description"])
            self.length[d["id"]] = len(terms)
            for term, tf in Counter(terms).items():
                self.postings[term][d["id"]] = tf
        self.average = sum(self.length.values()) / max(1, len(self.length))

    def __call__(self, _jobsearch, _db, query, limit):
        n, scores = len(self.length), defaultdict(float)
        for term in set(tokens(query)):
            hits = self.postings.get(term, {})
            idf = math.log(1 + (n - len(hits) + 0.5) / (len(hits) + 0.5))
            for docid, tf in hits.items():
                norm = self.k1 * (1 - self.b + self.b * self.length[docid] / self.average)
                scores[docid] += idf * tf * (self.k1 + 1) / (tf + norm)
        return [docid for docid, _ in sorted(scores.items(), key=lambda x: (-x[1], x[0]))[:int(limit)]]


def content_keys(doc):
    """(full, loose): short hashes of title, company and locations, with and without the
    description, as jobsearch prints them; they find a judged posting again under a new id."""
    locations = json.dumps([[loc.get(k) for k in ("locality", "region", "country", "postal_code")]
                            for loc in doc["locations"]])
    loose = "\x1f".join([doc["title"], doc["company"], locations])
    description = hashlib.sha1(doc["description"].encode()).hexdigest()
    full = loose + "\x1f" + description
    return hashlib.sha1(full.encode()).hexdigest()[:12], hashlib.sha1(loose.encode()).hexdigest()[:12]


def read_keys(path):
    keys = {}
    if Path(path).exists():
        for line in Path(path).read_text().splitlines():
            docid, full, loose = line.split("\t")
            keys[docid] = (full, loose)
    return keys


def write_keys(path, jobs, docids):
    lines = [f"{d}\t" + "\t".join(content_keys(jobs.doc[d])) for d in sorted(docids)]
    Path(path).write_text("".join(line + "\n" for line in lines))


def card(jobs, rep, query, description_chars=160):
    """A posting as a judge reads it: title, company, industry, places, employment types, remote,
    experience asked, each query word missing from the title in context, the description's start."""
    d = jobs.doc[rep]
    members = [jobs.doc[m] for m in jobs.members[rep]]
    places = sorted({", ".join(p for p in (loc["locality"], loc["region"]) if p) or loc["country"]
                     for m in members for loc in m["locations"]})
    types = ",".join(sorted({t for m in members for t in m["employment_types"]}))
    remote = " remote" if any(m["remote"] for m in members) else ""
    experience = f" | {d['experience_months']}m" if d.get("experience_months") is not None else ""
    more = f" (+{len(places) - 4})" if len(places) > 4 else ""
    lines = [f"{d['title']} | {d['company']} | {'; '.join(d['industries'])} | {' / '.join(places[:4])}{more}"
             f" | {types}{remote}{experience}" + (f" | skills: {', '.join(d['skills'])}" if d["skills"] else "")]
    title = d["title"].lower()
    text = " ".join(d["description"].split())
    for word in words(query):
        if word not in title:
            found = [m.start() for m in re.finditer(re.escape(word), text, re.I)]
            lines.append(f"  {word} x{len(found)}" + (f": {text[max(0, found[0] - 45):found[0] + 45]}" if found else ""))
    lines.append(f"  > {text[:description_chars]}")
    return "\n".join(lines)


def blind_order(qid, reps):
    """A fixed order that says nothing of which system found a posting or where."""
    return sorted(reps, key=lambda rep: hashlib.sha1(f"{qid} {rep}".encode()).hexdigest())


def write_sheet(folder, qid, query, jobs, reps):
    """A judging sheet: OUT/<qid>.txt numbers the cards of the jobs, in blind order, and
    OUT/<qid>.ids lists their ids in the same order. The judge writes OUT/<qid>.grades: one grade
    (0, 1 or 2) per card, in order, whitespace and lines starting with # ignored."""
    reps = blind_order(qid, reps)
    cards = [f"#{n} {card(jobs, rep, query)}" for n, rep in enumerate(reps, 1)]
    (folder / f"{qid}.txt").write_text(f"# {qid}: {query} ({len(reps)} to judge)\n\n" + "\n".join(cards) + "\n")
    (folder / f"{qid}.ids").write_text("".join(rep + "\n" for rep in reps))


def read_grades(folder, qid):
    """{docid: grade} from a judged sheet (see write_sheet); exits when the counts differ."""
    ids = (folder / f"{qid}.ids").read_text().split()
    text = "".join(line for line in (folder / f"{qid}.grades").read_text().splitlines(True)
                   if not line.startswith("#"))
    grades = [int(c) for c in text if not c.isspace()]
    if len(grades) != len(ids) or any(g not in (0, 1, 2) for g in grades):
        sys.exit(f"{folder}/{qid}.grades: {len(grades)} grades of 0-2 expected {len(ids)}")
    return dict(zip(ids, grades))
