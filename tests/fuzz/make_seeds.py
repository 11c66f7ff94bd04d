#!/usr/bin/env python3
"""Writes the seed corpus of each fuzz target from corpus/ and tests/data.

Usage: make_seeds.py SOURCE_DIR OUT_DIR
Creates OUT_DIR/TARGET/ with one file per seed. Seeds are made at run time,
not committed, so the repository stays small and the seeds follow the
corpus when it changes.
"""
import gzip
import hashlib
import json
import pathlib
import sys
import urllib.parse

MAX_SEED = 64 * 1024  # scripts/fuzz's -max_len: a longer seed would be cut
RECORDS = 60          # records taken from each JSONL file

# Query syntax the bundled topics do not use.
QUERIES = [
    'title:"software engineer" python -intern', 'engineer*', 'nurse OR doctor',
    'nurse NOT night', '"registered nurse" AND (austin OR london)', 'swe', 'k8s',
    'sofware enginer', 'company:acme', 'skill:python', 'location:"austin, tx"',
    'industry:health', '+data -science', 'data NEAR scientist', 'rn ml pm',
    '"software engineers"', 'c++ c# .net', '', ' ', '"', '*', 'title:', 'AND OR NOT',
    'caf\u00e9 na\u00efve stra\u00dfe', '\u6570\u636e', 'a' * 300,
]

# Whole requests, as GET query strings and POST bodies.
PARAMS = [
    [('q', 'data scientist'), ('location', 'Los Angeles Metropolitan Area')],
    [('q', 'registered nurse'), ('near', 'Austin, TX'), ('radius', '30mi'),
     ('salary_min', '70000')],
    [('employment_type', 'PART_TIME'), ('employment_type', 'TEMPORARY'), ('page', '2')],
    [('q', 'engineer'), ('filter', 'company=Acme'), ('filter', 'remote=remote'),
     ('facets', 'company:3,education,salary,experience,posted'), ('sort', 'newest')],
    [('near', '30.27,-97.74'), ('radius', '50km'), ('remote', ''), ('sort', 'distance')],
    [('q', 'nurse'), ('include_expired', 'true'), ('now', '2026-11-29'),
     ('posted_within', '30'), ('posted_since', '2026-01-01')],
    [('q', 'manager'), ('salary_max', '90000'), ('include_no_salary', '1'),
     ('currency', 'USD'), ('max_experience', '24'), ('recency_boost', '0.5'),
     ('collapse', 'false'), ('title_weight', '0'), ('offset', '5'), ('limit', '3')],
    [('q', 'swe'), ('per_page', '20'), ('education', 'bachelor degree'), ('facets', 'none')],
]


def write(folder, data):
    if isinstance(data, str):
        data = data.encode()
    if len(data) > MAX_SEED:
        return
    folder.mkdir(parents=True, exist_ok=True)
    (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)


def jsonl_records(path):
    opener = gzip.open if path.suffix == '.gz' else open
    with opener(path, 'rt', encoding='utf-8') as lines:
        for n, line in enumerate(lines):
            if n == RECORDS:
                return
            if line.strip():
                yield line.rstrip('\n')


def descriptions(value):
    """Every "description" string anywhere in a JSON value."""
    if isinstance(value, dict):
        for key, item in value.items():
            if key == 'description' and isinstance(item, str):
                yield item
            else:
                yield from descriptions(item)
    elif isinstance(value, list):
        for item in value:
            yield from descriptions(item)


def main():
    source, out = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    postings = source / 'corpus' / 'postings'
    records = []
    for path in sorted(postings.rglob('*.jsonl*')):
        records += list(jsonl_records(path))
    records += [p.read_text(encoding='utf-8') for p in sorted(postings.rglob('*.json'))]
    records += [p.read_text(encoding='utf-8') for p in sorted((source / 'tests' / 'data').rglob('*.json*'))]
    for path in sorted((source / 'tests' / 'data' / 'bad').iterdir()):
        records.append(path.read_bytes().decode('utf-8', 'replace'))

    for record in records:
        write(out / 'posting_parser', record)
        try:
            value = json.loads(record)
        except ValueError:
            continue
        for text in descriptions(value):
            write(out / 'html_text', text)

    for path in sorted(postings.rglob('*.html')):
        write(out / 'html_jsonld', path.read_bytes())
    # A page per JSON record: the shape the scanner looks for.
    for record in records[:RECORDS]:
        write(out / 'html_jsonld', '<html><head><script type="application/ld+json">\n'
              + record + '\n</script></head><body><p>Jobs</p></body></html>')

    topics = source / 'corpus' / 'evaluation' / 'topics.tsv'
    queries = QUERIES + [line.split('\t', 1)[1] for line in topics.read_text().splitlines()
                         if '\t' in line and not line.startswith('#')]
    for query in queries:
        write(out / 'query', query)
        write(out / 'http_params', 'G' + urllib.parse.urlencode({'q': query}))
        write(out / 'http_params', 'P' + json.dumps({'q': query}))
    for params in PARAMS:
        write(out / 'http_params', 'G' + urllib.parse.urlencode(params))
        body = {}
        for name, value in params:
            body.setdefault(name, []).append(value)
        write(out / 'http_params', 'P' + json.dumps(body))


if __name__ == '__main__':
    main()
