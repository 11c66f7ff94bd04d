#!/usr/bin/env python3
"""Write N realistic schema.org JobPosting records (JSON-LD, one per line).

Usage, from the project root:
    python3 scripts/generate_corpus.py --count 20000 --out /tmp/jobs.jsonl
    python3 scripts/generate_corpus.py --count 1000000 --seed 7 --out /tmp/jobs.jsonl.gz \\
        --source ../shared/data/linkedin-2021-jobs.jsonl.gz

Each posting recombines parts drawn independently from a source corpus (any
JSONL of JobPosting objects, gzip or not): a title, a company, a place, an
employment type, an education and experience requirement, a salary (or
none), an industry, skills, and description paragraphs from several source
postings, so that a million postings keep the source's real vocabulary while
every description is new. Without --source the bundled invented corpus
(corpus/postings/linkedin.jsonl) is the source.

Reproducible: posting i depends only on (--seed, i) and the source, so the
same arguments write the same bytes, and the first n postings of a larger
corpus are the corpus of n. Nothing of the source is written anywhere but
the output. Output ending in .gz is gzip-compressed (mtime 0). With
--files K the postings go round-robin into K files NAME.000.jsonl ... so that
several indexers can load them side by side. Standard library only.
"""
import argparse
import datetime as dt
import gzip
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BUILT_IN_SOURCE = ROOT / "corpus" / "postings" / "linkedin.jsonl"
FIRST_POST = dt.datetime(2026, 1, 1)
POST_WINDOW_SECONDS = 330 * 24 * 3600

# Block boundaries inside LinkedIn's entity-escaped HTML (and plain HTML).
_BLOCK_SPLIT = re.compile(
    r"(?:(?:&lt;|<)br\s*/?(?:&gt;|>)\s*){2,}"
    r"|(?<=&lt;/p&gt;)|(?<=</p>)|(?<=&lt;/ul&gt;)|(?<=</ul>)|(?<=&lt;/ol&gt;)|(?<=</ol>)"
    r"|\n\s*\n")
_BREAK = r"(?:\s|(?:&lt;|<)br\s*/?(?:&gt;|>))"
_EDGE_BREAKS = re.compile(r"^%s+|%s+$" % (_BREAK, _BREAK))
_BALANCED_TAGS = ("p", "ul", "ol", "li", "strong", "b", "i", "u", "em", "div", "span")
_MIN_PARAGRAPH = 40


def open_text(path, mode):
    path = str(path)
    if path.endswith(".gz"):
        return gzip.open(path, mode + "t", encoding="utf-8") if mode == "r" else \
            gzip.GzipFile(path, mode + "b", compresslevel=1, mtime=0)
    return open(path, mode, encoding="utf-8")


def balanced(fragment):
    for tag in _BALANCED_TAGS:
        opened = len(re.findall(r"(?:&lt;|<)%s(?:\s|&gt;|>)" % tag, fragment))
        closed = len(re.findall(r"(?:&lt;|<)/%s(?:&gt;|>)" % tag, fragment))
        if opened != closed:
            return False
    return True


def paragraphs(description):
    """The description's blocks that stand on their own (balanced markup)."""
    for piece in _BLOCK_SPLIT.split(description):
        piece = _EDGE_BREAKS.sub("", piece or "")
        if len(piece) >= _MIN_PARAGRAPH and balanced(piece):
            yield piece


class Pools:
    """Independent pools of source parts; duplicates kept so frequent parts stay frequent."""

    FIELDS = ("title", "hiringOrganization", "industry", "skills", "employmentType",
              "educationRequirements", "experienceRequirements", "@context")

    def __init__(self):
        self.parts = {field: [] for field in self.FIELDS}
        self.places = []     # (jobLocation, jobLocationType, applicantLocationRequirements)
        self.salaries = []   # (key, value) or None
        self.paragraphs = []
        self.uses_escaped_html = 0
        self.postings = 0

    def add(self, posting):
        if not isinstance(posting, dict) or not posting.get("title"):
            return
        self.postings += 1
        for field in self.FIELDS:
            if field in posting:
                self.parts[field].append(posting[field])
            elif field in ("educationRequirements", "experienceRequirements"):
                self.parts[field].append(None)
        if "jobLocation" in posting or "applicantLocationRequirements" in posting:
            self.places.append((posting.get("jobLocation"), posting.get("jobLocationType"),
                                posting.get("applicantLocationRequirements")))
        salary = None
        for key in ("estimatedSalary", "baseSalary"):
            if key in posting:
                salary = (key, posting[key])
        self.salaries.append(salary)
        description = posting.get("description")
        if isinstance(description, str):
            self.uses_escaped_html += "&lt;" in description
            self.paragraphs.extend(paragraphs(description))

    def check(self):
        missing = [f for f in ("title", "hiringOrganization") if not self.parts[f]]
        if missing or not self.places or not self.paragraphs:
            sys.exit("generate_corpus: the source has no usable %s" %
                     ", ".join(missing or ["jobLocation/description paragraphs"]))


def read_source(path):
    pools = Pools()
    with open_text(path, "r") as lines:
        for line in lines:
            line = line.strip()
            if not line:
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError:
                continue
            for posting in value if isinstance(value, list) else [value]:
                pools.add(posting)
    pools.check()
    return pools


def iso(moment):
    return moment.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def description(rng, pools, budget):
    escaped = pools.uses_escaped_html * 2 >= pools.postings
    separator = "&lt;br&gt;&lt;br&gt;" if escaped else "<br><br>"
    chosen, size = [], 0
    while True:
        paragraph = rng.choice(pools.paragraphs)
        # Stop at the paragraph that would overshoot by more than it fills.
        if chosen and size + len(paragraph) // 2 > budget:
            return separator.join(chosen)
        chosen.append(paragraph)
        size += len(paragraph) + len(separator)


def posting(seed, index, pools, target_size):
    rng = random.Random("%d:%d" % (seed, index))
    organization = rng.choice(pools.parts["hiringOrganization"])
    company = organization.get("name", "") if isinstance(organization, dict) else str(organization)
    posted = FIRST_POST + dt.timedelta(seconds=rng.randrange(POST_WINDOW_SECONDS))
    record = {"@context": rng.choice(pools.parts["@context"] or ["http://schema.org"]),
              "@type": "JobPosting",
              "datePosted": iso(posted),
              "description": "",
              "employmentType": rng.choice(pools.parts["employmentType"] or ["FULL_TIME"]),
              "hiringOrganization": organization,
              "identifier": {"@type": "PropertyValue", "name": company,
                             "value": "%016x" % rng.getrandbits(64)},
              "industry": rng.choice(pools.parts["industry"] or [""]),
              "skills": rng.choice(pools.parts["skills"] or [""]),
              "title": rng.choice(pools.parts["title"]),
              "validThrough": iso(posted + dt.timedelta(days=rng.choice((30, 30, 30, 45, 60)))),
              }
    location, location_type, applicant_location = rng.choice(pools.places)
    if location is not None:
        record["jobLocation"] = location
    if location_type is not None:
        record["jobLocationType"] = location_type
    if applicant_location is not None:
        record["applicantLocationRequirements"] = applicant_location
    for field in ("educationRequirements", "experienceRequirements"):
        value = rng.choice(pools.parts[field] or [None])
        if value is not None:
            record[field] = value
    salary = rng.choice(pools.salaries)
    if salary is not None:
        record[salary[0]] = salary[1]
    # Sizes vary around the target as real postings do (half to one and a half times).
    size = int(target_size * rng.uniform(0.5, 1.5))
    budget = max(_MIN_PARAGRAPH, size - len(json.dumps(record)))
    record["description"] = description(rng, pools, budget)
    return json.dumps(record, ensure_ascii=False)


def output_paths(out, files):
    if files <= 1:
        return [out]
    name = out.name
    suffix = ".jsonl.gz" if name.endswith(".gz") else ".jsonl"
    stem = name[: -len(suffix)] if name.endswith(suffix) else name
    return [out.with_name("%s.%03d%s" % (stem, i, suffix)) for i in range(files)]


def write(args, pools):
    paths = output_paths(Path(args.out), args.files)
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    outputs = [open_text(path, "w") for path in paths]
    total = 0
    try:
        for index in range(args.count):
            line = posting(args.seed, index, pools, args.size) + "\n"
            out = outputs[index % len(outputs)]
            out.write(line.encode("utf-8") if isinstance(out, gzip.GzipFile) else line)
            total += len(line.encode("utf-8"))
    finally:
        for out in outputs:
            out.close()
    return paths, total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="postings to write")
    parser.add_argument("--out", required=True, help="output .jsonl or .jsonl.gz")
    parser.add_argument("--seed", type=int, default=1, help="seed number (default 1)")
    parser.add_argument("--source", help="JSONL(.gz) of JobPostings to recombine "
                        "(default: the bundled corpus/postings/linkedin.jsonl)")
    parser.add_argument("--size", type=int, default=3000,
                        help="mean bytes per posting record (default 3000)")
    parser.add_argument("--files", type=int, default=1, help="split into K files (default 1)")
    args = parser.parse_args()
    if args.count < 0 or args.size < 200 or args.files < 1:
        parser.error("--count >= 0, --size >= 200 and --files >= 1")
    source = Path(args.source) if args.source else BUILT_IN_SOURCE
    pools = read_source(source)
    paths, total = write(args, pools)
    print("wrote %d postings (%.1f MB, %d bytes each on average) from %d source postings "
          "(%d paragraphs) to %s" % (args.count, total / 1e6, total // max(1, args.count),
                                     pools.postings, len(pools.paragraphs),
                                     ", ".join(str(p) for p in paths)), file=sys.stderr)


if __name__ == "__main__":
    main()
