#!/usr/bin/env python3
"""Judge the bundled postings for the evaluation profiles: writes corpus/evaluation/qrels.txt.

Usage, from the project root, after scripts/build:
    python3 scripts/make_qrels.py           # rewrite corpus/evaluation/qrels.txt
    python3 scripts/make_qrels.py --check   # only check that the committed file is up to date

The rule (corpus/evaluation/README.md) is mechanical: a posting's role is the canonical title
whose variants include the posting's title (the TITLES table of scripts/make_corpus.py, which
wrote the corpus); judging.tsv gives each candidate's city, target roles and related roles.
    2  target role, and the posting is within 50 km of the candidate's city (or remote in the
       candidate's country)
    1  target role elsewhere, or a related role that fits the place
    0  anything else (not written: every posting missing from the file is judged 0)
Posting ids come from the index (jobindex), so the file holds the ids jobsearch reports.
Standard library only.
"""
import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))
import make_corpus  # noqa: E402  (the table of titles and cities the corpus was made from)

EVALUATION = ROOT / "corpus" / "evaluation"
NEAR_KM = 50.0


def haversine_km(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(h))


def read_judging():
    rows = []
    for line in (EVALUATION / "judging.tsv").read_text().splitlines():
        if not line or line.startswith("#"):
            continue
        qid, city, region, country, targets, related = line.split("\t")
        rows.append(dict(qid=qid, city=city, region=region, country=country,
                         targets=set(targets.split(";")), related=set(filter(None, related.split(";")))))
    return rows


def city_coordinates(row):
    for locality, code, name, country, _postal, lat, lon in make_corpus.CITIES.values():
        if locality == row["city"] and country == row["country"] and row["region"] in ("", code, name):
            return (lat, lon)
    raise SystemExit(f"{row['qid']}: {row['city']}, {row['region']} is not a corpus city")


def roles_by_title():
    roles = {}
    for title in make_corpus.TITLES:
        for variant in title.variants:
            roles[variant] = title.name
    return roles


def postings(jobindex, jobsearch):
    with tempfile.TemporaryDirectory() as tmp:
        db = str(Path(tmp) / "corpus.db")
        subprocess.run([jobindex, "--db", db, str(ROOT / "corpus" / "postings")], check=True,
                       stdout=subprocess.DEVNULL)
        out = subprocess.run([jobsearch, "--db", db, "--limit", "100000", "--facets", "none", "--format", "json",
                              "--include-expired", "--no-collapse"], check=True, capture_output=True, text=True)
    return json.loads(out.stdout)["results"]


def fits_place(posting, row, centre):
    for location in posting["locations"]:
        if location.get("latitude") is not None and location.get("longitude") is not None:
            if haversine_km(centre, (location["latitude"], location["longitude"])) <= NEAR_KM:
                return True
        elif location["locality"] == row["city"] and location["region"] in ("", row["region"]):
            return True
    countries = {location["country"] for location in posting["locations"] if location["country"]}
    return posting["remote"] and (not countries or row["country"] in countries)


def grade(posting, row, centre, roles):
    role = roles.get(posting["title"])
    if role is None:
        raise SystemExit(f"posting {posting['id']}: title {posting['title']!r} is in no role")
    fits = fits_place(posting, row, centre)
    if role in row["targets"]:
        return 2 if fits else 1
    return 1 if role in row["related"] and fits else 0


def qrels_text(all_postings):
    roles = roles_by_title()
    lines = []
    for row in read_judging():
        centre = city_coordinates(row)
        for posting in sorted(all_postings, key=lambda p: p["id"]):
            g = grade(posting, row, centre, roles)
            if g > 0:
                lines.append(f"{row['qid']} 0 {posting['id']} {g}")
    return "\n".join(lines) + "\n"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--jobindex", default=str(ROOT / "build" / "indexer" / "jobindex"))
    ap.add_argument("--jobsearch", default=str(ROOT / "build" / "searcher" / "jobsearch"))
    ap.add_argument("--check", action="store_true", help="only compare with the committed qrels.txt")
    args = ap.parse_args()
    text = qrels_text(postings(args.jobindex, args.jobsearch))
    target = EVALUATION / "qrels.txt"
    if args.check:
        same = target.exists() and target.read_text() == text
        print("qrels.txt is up to date" if same else "qrels.txt differs from the rule's output")
        return 0 if same else 1
    target.write_text(text)
    grades = [line.rsplit(" ", 1)[1] for line in text.splitlines()]
    print(f"wrote {target.relative_to(ROOT)}: {len(grades)} judgments, "
          f"{grades.count('2')} of grade 2, {grades.count('1')} of grade 1")
    return 0


if __name__ == "__main__":
    sys.exit(main())
