#!/usr/bin/env python3
"""Generate the bundled jobsearch corpus: invented schema.org JobPosting JSON-LD.

Usage, from the project root:
    python3 scripts/make_corpus.py           # rewrite corpus/postings/ and corpus/identity_cases.json
    python3 scripts/make_corpus.py --check   # parse every corpus file and print a summary

Every posting is invented by this script (companies, people, requisition ids).
The output is deterministic: one random.Random(2026), fixed iteration order,
gzip written with mtime 0, so two runs give byte-identical files.
Standard library only.
"""
import argparse
import copy
import datetime as dt
import gzip
import html
import json
import math
import re
import shutil
import sys
import unicodedata
from collections import Counter
from pathlib import Path
import random

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
POSTINGS = CORPUS / "postings"
MANIFEST = CORPUS / "identity_cases.json"
FIRST_POST = dt.datetime(2026, 8, 1)
LAST_POST = dt.datetime(2026, 11, 28, 23, 59, 59)
R = random.Random(2026)

# ---------------------------------------------------------------- places
# key: (locality, region code, region name, country, postal code, lat, lon)
CITIES = {
    "los-angeles": ("Los Angeles", "CA", "California", "US", "90012", 34.0522, -118.2437),
    "santa-monica": ("Santa Monica", "CA", "California", "US", "90401", 34.0195, -118.4912),
    "pasadena": ("Pasadena", "CA", "California", "US", "91101", 34.1478, -118.1445),
    "long-beach": ("Long Beach", "CA", "California", "US", "90802", 33.7701, -118.1937),
    "burbank": ("Burbank", "CA", "California", "US", "91502", 34.1808, -118.3090),
    "irvine": ("Irvine", "CA", "California", "US", "92614", 33.6846, -117.8265),
    "san-diego": ("San Diego", "CA", "California", "US", "92101", 32.7157, -117.1611),
    "san-francisco": ("San Francisco", "CA", "California", "US", "94105", 37.7749, -122.4194),
    "san-jose": ("San Jose", "CA", "California", "US", "95113", 37.3382, -121.8863),
    "seattle": ("Seattle", "WA", "Washington", "US", "98101", 47.6062, -122.3321),
    "bellevue": ("Bellevue", "WA", "Washington", "US", "98004", 47.6101, -122.2015),
    "portland-or": ("Portland", "OR", "Oregon", "US", "97204", 45.5152, -122.6784),
    "portland-me": ("Portland", "ME", "Maine", "US", "04101", 43.6591, -70.2568),
    "austin": ("Austin", "TX", "Texas", "US", "78701", 30.2672, -97.7431),
    "dallas": ("Dallas", "TX", "Texas", "US", "75201", 32.7767, -96.7970),
    "houston": ("Houston", "TX", "Texas", "US", "77002", 29.7604, -95.3698),
    "denver": ("Denver", "CO", "Colorado", "US", "80202", 39.7392, -104.9903),
    "phoenix": ("Phoenix", "AZ", "Arizona", "US", "85004", 33.4484, -112.0740),
    "chicago": ("Chicago", "IL", "Illinois", "US", "60601", 41.8781, -87.6298),
    "springfield-il": ("Springfield", "IL", "Illinois", "US", "62701", 39.7817, -89.6501),
    "springfield-ma": ("Springfield", "MA", "Massachusetts", "US", "01103", 42.1015, -72.5898),
    "boston": ("Boston", "MA", "Massachusetts", "US", "02108", 42.3601, -71.0589),
    "cambridge-ma": ("Cambridge", "MA", "Massachusetts", "US", "02139", 42.3736, -71.1097),
    "new-york": ("New York", "NY", "New York", "US", "10001", 40.7128, -74.0060),
    "brooklyn": ("Brooklyn", "NY", "New York", "US", "11201", 40.6782, -73.9442),
    "philadelphia": ("Philadelphia", "PA", "Pennsylvania", "US", "19103", 39.9526, -75.1652),
    "pittsburgh": ("Pittsburgh", "PA", "Pennsylvania", "US", "15222", 40.4406, -79.9959),
    "washington": ("Washington", "DC", "District of Columbia", "US", "20001", 38.9072, -77.0369),
    "arlington": ("Arlington", "VA", "Virginia", "US", "22201", 38.8816, -77.0910),
    "atlanta": ("Atlanta", "GA", "Georgia", "US", "30303", 33.7490, -84.3880),
    "miami": ("Miami", "FL", "Florida", "US", "33130", 25.7617, -80.1918),
    "orlando": ("Orlando", "FL", "Florida", "US", "32801", 28.5383, -81.3792),
    "charlotte": ("Charlotte", "NC", "North Carolina", "US", "28202", 35.2271, -80.8431),
    "raleigh": ("Raleigh", "NC", "North Carolina", "US", "27601", 35.7796, -78.6382),
    "nashville": ("Nashville", "TN", "Tennessee", "US", "37203", 36.1627, -86.7816),
    "minneapolis": ("Minneapolis", "MN", "Minnesota", "US", "55401", 44.9778, -93.2650),
    "detroit": ("Detroit", "MI", "Michigan", "US", "48226", 42.3314, -83.0458),
    "columbus": ("Columbus", "OH", "Ohio", "US", "43215", 39.9612, -82.9988),
    "salt-lake-city": ("Salt Lake City", "UT", "Utah", "US", "84101", 40.7608, -111.8910),
    "las-vegas": ("Las Vegas", "NV", "Nevada", "US", "89101", 36.1699, -115.1398),
    "kansas-city": ("Kansas City", "MO", "Missouri", "US", "64105", 39.0997, -94.5786),
    "st-louis": ("St. Louis", "MO", "Missouri", "US", "63101", 38.6270, -90.1994),
    "indianapolis": ("Indianapolis", "IN", "Indiana", "US", "46204", 39.7684, -86.1581),
    "madison": ("Madison", "WI", "Wisconsin", "US", "53703", 43.0731, -89.4012),
    "boise": ("Boise", "ID", "Idaho", "US", "83702", 43.6150, -116.2023),
    "albuquerque": ("Albuquerque", "NM", "New Mexico", "US", "87102", 35.0844, -106.6504),
    "omaha": ("Omaha", "NE", "Nebraska", "US", "68102", 41.2565, -95.9345),
    "london": ("London", None, "England", "GB", "EC2A 4NE", 51.5072, -0.1276),
    "manchester": ("Manchester", None, "England", "GB", "M1 1AE", 53.4808, -2.2426),
    "edinburgh": ("Edinburgh", None, "Scotland", "GB", "EH1 1YZ", 55.9533, -3.1883),
    "cambridge-gb": ("Cambridge", None, "England", "GB", "CB2 1TN", 52.2053, 0.1218),
    "berlin": ("Berlin", None, "Berlin", "DE", "10115", 52.5200, 13.4050),
    "munich": ("München", None, "Bayern", "DE", "80331", 48.1351, 11.5820),
    "paris": ("Paris", None, "Île-de-France", "FR", "75002", 48.8566, 2.3522),
    "toronto": ("Toronto", "ON", "Ontario", "CA", "M5V 2T6", 43.6532, -79.3832),
    "vancouver": ("Vancouver", "BC", "British Columbia", "CA", "V6B 1A1", 49.2827, -123.1207),
    "montreal": ("Montréal", "QC", "Quebec", "CA", "H2Y 1C6", 45.5019, -73.5674),
    "amsterdam": ("Amsterdam", None, "Noord-Holland", "NL", "1012 JS", 52.3676, 4.9041),
    "dublin": ("Dublin", None, "County Dublin", "IE", "D02 X285", 53.3498, -6.2603),
    "bengaluru": ("Bengaluru", "KA", "Karnataka", "IN", "560001", 12.9716, 77.5946),
    "hyderabad": ("Hyderabad", "TG", "Telangana", "IN", "500081", 17.3850, 78.4867),
    "sydney": ("Sydney", "NSW", "New South Wales", "AU", "2000", -33.8688, 151.2093),
    "melbourne": ("Melbourne", "VIC", "Victoria", "AU", "3000", -37.8136, 144.9631),
    "singapore": ("Singapore", None, None, "SG", "018956", 1.3521, 103.8198),
    "stockholm": ("Stockholm", None, "Stockholms län", "SE", "111 52", 59.3293, 18.0686),
    "madrid": ("Madrid", None, "Comunidad de Madrid", "ES", "28013", 40.4168, -3.7038),
    "zurich": ("Zürich", None, "Zürich", "CH", "8001", 47.3769, 8.5417),
}
BIG_CITIES = {"los-angeles": 5, "san-francisco": 4, "new-york": 5, "seattle": 4, "austin": 3,
              "chicago": 3, "boston": 3, "london": 4, "toronto": 2, "bengaluru": 2, "berlin": 2}
METRO_NAMES = {"los-angeles": "Los Angeles Metropolitan Area", "seattle": "Greater Seattle Area",
               "new-york": "New York City Metropolitan Area", "san-francisco": "San Francisco Bay Area",
               "chicago": "Greater Chicago Area", "boston": "Greater Boston"}
PAY_FACTOR = {"san-francisco": 1.15, "san-jose": 1.12, "new-york": 1.12, "seattle": 1.1, "boston": 1.05,
              "springfield-il": 0.88, "springfield-ma": 0.9, "omaha": 0.88, "boise": 0.9, "albuquerque": 0.88}
# code: (name, currency or None, pay factor vs USD, UTC offset)
COUNTRIES = {
    "US": ("United States", "USD", 1.0, "-05:00"), "GB": ("United Kingdom", "GBP", 0.62, "+00:00"),
    "DE": ("Germany", "EUR", 0.7, "+01:00"), "FR": ("France", "EUR", 0.62, "+01:00"),
    "NL": ("Netherlands", "EUR", 0.7, "+01:00"), "IE": ("Ireland", "EUR", 0.74, "+00:00"),
    "CA": ("Canada", "CAD", 1.05, "-05:00"), "IN": ("India", "INR", 25.0, "+05:30"),
    "AU": ("Australia", "AUD", 1.2, "+11:00"), "SG": ("Singapore", None, 0, "+08:00"),
    "SE": ("Sweden", None, 0, "+01:00"), "ES": ("Spain", "EUR", 0.5, "+01:00"),
    "CH": ("Switzerland", None, 0, "+01:00"),
}
STREETS = ["Market Street", "Main Street", "Commerce Drive", "Harbor Boulevard", "Oak Avenue", "Mission Street",
           "Industrial Parkway", "Lincoln Avenue", "Elm Street", "Riverside Drive", "Broadway", "Park Road"]


def cities_in(country):
    return [k for k, c in CITIES.items() if c[3] == country]


# ---------------------------------------------------------------- companies
# (name, families, countries, LinkedIn-style industry)
COMPANY_ROWS = [
    ("Nimbus Forge", "sw biz", "US", "Computer Software,Internet"),
    ("Quillstack", "sw biz", "US", "Computer Software"),
    ("Bluefin Data", "sw biz", "US", "Information Technology and Services,Computer Software"),
    ("Copperleaf Software", "sw biz", "US CA", "Computer Software"),
    ("Arclight Systems", "sw", "US GB", "Information Technology and Services"),
    ("Tessellate AI", "sw biz", "US", "Computer Software,Internet"),
    ("Lumen Harbor", "sw biz", "US", "Internet"),
    ("Pinecrest Labs", "sw", "US", "Computer Software"),
    ("Vantage Loop", "sw biz", "US", "Marketing and Advertising,Internet"),
    ("Orbital Kite", "sw biz", "US GB IE NL", "Computer Software"),
    ("Driftwood Analytics", "sw biz", "US IN", "Information Technology and Services"),
    ("Kestrel Cloud", "sw biz", "US GB DE IN SG", "Information Technology and Services,Computer Software,Internet"),
    ("Foxglove Security", "sw", "US GB", "Computer &amp; Network Security"),
    ("Helix & Hammer Studios", "sw biz", "US CA", "Computer Games"),
    ("Sparrowhawk Robotics", "sw", "US DE", "Industrial Automation"),
    ("Cobalt Ridge Technologies", "sw biz", "US", "Information Technology and Services"),
    ("Granite Peak Software", "sw", "US", "Computer Software"),
    ("Saltmarsh Games", "sw", "US CA", "Computer Games"),
    ("Ironbark Payments", "sw biz", "US GB AU", "Financial Services,Computer Software"),
    ("Larkspur Fintech", "sw biz", "US", "Financial Services"),
    ("Sundial Health Tech", "sw hc biz", "US", "Hospital &amp; Health Care,Computer Software"),
    ("Juniper Lattice", "sw", "US FR", "Computer Software"),
    ("Meridian Byte", "sw", "US IN", "Information Technology and Services"),
    ("Wavecrest Media", "sw biz", "US", "Online Media"),
    ("Mercy Valley Health", "hc biz", "US", "Hospital &amp; Health Care"),
    ("Cedar Grove Medical Center", "hc", "US", "Hospital &amp; Health Care"),
    ("Bayview Children's Hospital", "hc", "US", "Hospital &amp; Health Care"),
    ("Silver Pine Clinics", "hc", "US", "Medical Practice"),
    ("Riverstone Pharmacy", "hc ops", "US", "Pharmaceuticals,Retail"),
    ("Harborlight Home Care", "hc", "US", "Hospital &amp; Health Care"),
    ("Summit Ridge Rehabilitation", "hc", "US", "Health, Wellness and Fitness"),
    ("Lakeshore Family Practice", "hc", "US", "Medical Practice"),
    ("Marigold & Vine Health", "hc biz", "US", "Hospital &amp; Health Care"),
    ("Alder & Finch Partners", "biz", "US GB", "Management Consulting"),
    ("Keystone Ledger Group", "biz", "US", "Accounting"),
    ("Copperfield Capital", "biz sw", "US", "Investment Management"),
    ("Bellwether Advisory", "biz", "US CA", "Management Consulting"),
    ("Plainview Insurance", "biz sw", "US", "Insurance"),
    ("Tidewater Consulting", "biz sw", "US", "Information Technology and Services"),
    ("Redwood Talent Partners", "biz", "US", "Staffing and Recruiting"),
    ("Beacon Staffing Solutions", "biz ops hc", "US", "Staffing and Recruiting"),
    ("Humboldt Marketing Co.", "biz", "US", "Marketing and Advertising"),
    ("Greenline Grocers", "ops biz", "US", "Retail,Supermarkets"),
    ("Morning Ritual Coffee", "ops", "US", "Food &amp; Beverages"),
    ("Café Amarillo", "ops", "US", "Restaurants"),
    ("Hearth & Home Outfitters", "ops biz", "US", "Retail"),
    ("Two Rivers Freight", "ops", "US", "Transportation/Trucking/Railroad"),
    ("Red Mesa Trucking", "ops", "US", "Transportation/Trucking/Railroad"),
    ("Atlas Parcel", "ops sw", "US", "Logistics and Supply Chain"),
    ("Northgate Distribution", "ops", "US CA", "Logistics and Supply Chain"),
    ("Brightspark Electric", "ops", "US", "Construction"),
    ("Voltline Electrical Contractors", "ops", "US", "Electrical/Electronic Manufacturing"),
    ("Prairie Wind Energy", "ops sw", "US", "Renewables &amp; Environment"),
    ("Goldleaf Hotels", "ops biz", "US GB", "Hospitality"),
    ("CallBridge Support Services", "ops", "US IN", "Outsourcing/Offshoring"),
    ("Pallet Pro Warehousing", "ops", "US", "Warehousing"),
    ("Oakridge Unified School District", "edu", "US", "Education Management"),
    ("Maplewood Charter Schools", "edu", "US", "Primary/Secondary Education"),
    ("Little Acorn Preschools", "edu", "US", "Education Management"),
    ("Westbrook Community College", "edu biz", "US", "Higher Education"),
    ("Lakeside Tutoring", "edu", "US CA", "E-Learning"),
    ("Thames Digital", "sw biz", "GB", ""),
    ("Spree Works GmbH", "sw", "DE", ""),
    ("Maison Lumière", "sw biz", "FR", ""),
    ("Maple Leaf Analytics", "sw biz", "CA", ""),
    ("Canal Street Labs", "sw", "NL", ""),
    ("Liffey Software", "sw biz", "IE", ""),
    ("Nandi Hills Tech", "sw", "IN", ""),
    ("Merlion Data", "sw", "SG", ""),
    ("Kista Systems AB", "sw", "SE", ""),
    ("Alpenblick AG", "sw biz", "CH", ""),
    ("Southern Cross Logistics", "ops", "AU", ""),
    ("Harbour Bridge Health", "hc", "AU", ""),
    ("Northcote Medical Group", "hc", "GB", ""),
    ("Bramble Lane Schools", "edu", "GB", ""),
    ("École Lumière Internationale", "edu", "FR", ""),
    ("Pennine Freight Ltd", "ops", "GB", ""),
    ("Gastown Roasters", "ops", "CA", ""),
    ("Tamarind Health Pharmacy", "hc", "IN", ""),
    ("Retiro Data Studio", "sw biz", "ES", ""),
]
FAM_INDUSTRY = {"sw": "Software Development", "hc": "Hospitals and Health Care", "biz": "Business Consulting and Services",
                "ops": "Transportation, Logistics, Supply Chain and Storage", "edu": "Education"}
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def slug(s):
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def token(n):
    return "".join(R.choice(ALNUM) for _ in range(n))


class Company:
    def __init__(self, row):
        self.name, fams, countries, self.industry = row
        self.fams, self.countries = fams.split(), countries.split()
        self.domain = slug(self.name).replace("-", "") + ".example"
        self.prefix = "".join(w[0] for w in re.findall(r"[A-Za-z]+", self.name) if w[0].isupper())[:3] or "JB"
        self.id_style = R.randrange(5)
        self.li_slug = slug(self.name.replace("&", "amp"))
        self.logo_id = (f"C{R.randint(4, 5)}{R.choice('DE')}0BAQ{token(11)}", R.randint(1500000000000, 1690000000000))
        self.used = 0

    def li_logo(self, size):
        a, b = self.logo_id
        return (f"https://media-exp1.licdn.com/dms/image/{a}/company-logo_{size}_{size}/0/{b}"
                f"?e=1798761600&amp;v=beta&amp;t={token(43)}")


COMPANIES = [Company(r) for r in COMPANY_ROWS]
BY_NAME = {c.name: c for c in COMPANIES}
USED_IDS, USED_URLS, USED_DESCS = set(), set(), set()


def new_req(co):
    while True:
        n = R.randint(1000, 999999)
        v = [f"{co.prefix}-{n:06d}", f"R{n:07d}", f"JR-{n}", f"{co.prefix}{R.choice([25, 26])}-{n % 10000:04d}",
             f"req_{n}"][co.id_style]
        if v not in USED_IDS:
            USED_IDS.add(v)
            return v


def new_url(co, title, board_feed=False):
    while True:
        n = R.randint(10000, 99999)
        u = (f"https://jobs.harbourline.example/view/{n}" if board_feed
             else f"https://careers.{co.domain}/jobs/{n}-{slug(title)}")
        if u not in USED_URLS:
            USED_URLS.add(u)
            return u


# ---------------------------------------------------------------- titles
class Title:
    def __init__(self, fam, name, weight, variants, skills, pay, edu, focus):
        self.fam, self.name, self.weight, self.variants, self.skills = fam, name, weight, variants, skills
        self.pay, self.edu, self.focus, self.used = pay, edu, focus, 0


T = Title
TITLES = [
    T("sw", "Software Engineer", 6, ["Software Engineer", "Software Engineer II", "Software Engineer - Platform"],
      ["Python", "Java", "Go", "SQL", "AWS", "Docker"], ("YEAR", 135000), "bachelor degree",
      ["Ship features across the stack, from database migrations to the API layer",
       "Own a service in production, including its dashboards, alerts and runbooks"]),
    T("sw", "Senior Software Engineer", 5, ["Senior Software Engineer", "Sr. Software Engineer",
      "Senior Software Engineer (Java)"], ["Java", "Go", "Kubernetes", "AWS", "Kafka", "distributed systems"],
      ("YEAR", 140000), "bachelor degree",
      ["Lead the technical design of large projects and break them into milestones",
       "Raise the bar for code quality, testing and operational excellence"]),
    T("sw", "Staff Software Engineer", 2, ["Staff Software Engineer", "Principal Software Engineer"],
      ["Go", "Java", "distributed systems", "AWS", "system design"], ("YEAR", 140000), "bachelor degree",
      ["Set technical direction across several teams and write the design documents others build on",
       "Mentor senior engineers and grow the next generation of technical leaders"]),
    T("sw", "Backend Engineer", 4, ["Backend Engineer", "Backend Engineer (Go)", "Back End Developer",
      "Senior Backend Engineer"], ["Go", "Python", "PostgreSQL", "gRPC", "Kafka", "Redis"], ("YEAR", 140000),
      "bachelor degree", ["Design REST and gRPC APIs and the data models behind them",
                          "Tune PostgreSQL queries and Redis caching to keep p99 latency low"]),
    T("sw", "Frontend Developer", 4, ["Frontend Developer", "Front End Developer", "Frontend Engineer - React",
      "Senior Frontend Developer"], ["React", "TypeScript", "JavaScript", "CSS", "HTML", "accessibility"],
      ("YEAR", 128000), "bachelor degree",
      ["Build accessible, responsive interfaces in React and TypeScript",
       "Work with designers to evolve our component library and design system"]),
    T("sw", "Full Stack Developer", 3, ["Full Stack Developer", "Full-Stack Engineer",
      "Fullstack Developer (Node.js/React)"], ["React", "Node.js", "TypeScript", "PostgreSQL", "GraphQL"],
      ("YEAR", 128000), "bachelor degree",
      ["Build features end to end with React on the front end and Node.js on the back end",
       "Write GraphQL resolvers and the PostgreSQL schemas behind them"]),
    T("sw", "Data Scientist", 4, ["Data Scientist", "Senior Data Scientist", "Data Scientist - Strategy & Analytics",
      "Data Scientist, Product Analytics"], ["Python", "SQL", "statistics", "machine learning", "A/B testing",
      "pandas"], ("YEAR", 145000), "postgraduate degree",
      ["Design and analyse A/B tests, and explain the results to non-technical stakeholders",
       "Build forecasting and classification models in Python and put them in front of decision makers"]),
    T("sw", "Data Engineer", 4, ["Data Engineer", "Senior Data Engineer", "Data Engineer - Analytics Platform"],
      ["Spark", "SQL", "Airflow", "Python", "Kafka", "dbt", "Snowflake"], ("YEAR", 138000), "bachelor degree",
      ["Build batch and streaming pipelines with Spark and Kafka, orchestrated in Airflow",
       "Model the warehouse in dbt and Snowflake so analysts can trust every table"]),
    T("sw", "Machine Learning Engineer", 3, ["Machine Learning Engineer", "ML Engineer",
      "Machine Learning Engineer, NLP", "Senior Machine Learning Engineer"],
      ["Python", "PyTorch", "machine learning", "Kubernetes", "MLOps", "NLP"], ("YEAR", 160000), "postgraduate degree",
      ["Train, evaluate and deploy machine learning models to production, and monitor them for drift",
       "Build feature pipelines and model serving on Kubernetes with sensible latency budgets"]),
    T("sw", "DevOps Engineer", 3, ["DevOps Engineer", "Senior DevOps Engineer", "DevOps Engineer (AWS)"],
      ["Terraform", "Docker", "Kubernetes", "AWS", "CI/CD", "Jenkins", "Ansible"], ("YEAR", 135000),
      "bachelor degree", ["Manage infrastructure as code with Terraform and keep our Docker images small and secure",
                          "Own the CI/CD pipelines that every team uses to ship to production"]),
    T("sw", "Site Reliability Engineer", 3, ["Site Reliability Engineer", "Site Reliability Engineer (SRE)",
      "SRE - Observability", "Senior Site Reliability Engineer"],
      ["Kubernetes", "Prometheus", "Linux", "Go", "Grafana", "incident response"], ("YEAR", 150000),
      "bachelor degree", ["Define service level objectives and error budgets with the teams that own each service",
                          "Build observability with Prometheus, Grafana and OpenTelemetry"]),
    T("sw", "Kubernetes Platform Engineer", 2, ["Kubernetes Platform Engineer", "Platform Engineer - Kubernetes",
      "Cloud Platform Engineer"], ["Kubernetes", "Helm", "Go", "Terraform", "GCP", "Istio"], ("YEAR", 150000),
      "bachelor degree", ["Operate multi-tenant Kubernetes clusters, including upgrades, autoscaling and network policy",
                          "Write Kubernetes operators in Go and package services with Helm"]),
    T("sw", "Security Analyst", 3, ["Security Analyst", "Information Security Analyst", "SOC Analyst (Tier 2)",
      "Cyber Security Analyst"], ["SIEM", "Splunk", "incident response", "threat detection", "network security"],
      ("YEAR", 105000), "bachelor degree",
      ["Triage alerts from our SIEM, investigate incidents and write clear incident reports",
       "Run phishing simulations and vulnerability scans, and track remediation to closure"]),
    T("sw", "QA Engineer", 3, ["QA Engineer", "Quality Assurance Engineer", "QA Automation Engineer",
      "Software Engineer in Test"], ["Selenium", "Cypress", "test automation", "Python", "Java", "Jira"],
      ("YEAR", 110000), "bachelor degree",
      ["Build and maintain automated end-to-end tests with Selenium and Cypress",
       "Write test plans for new features and run exploratory testing before each release"]),
    T("sw", "iOS Developer", 2, ["iOS Developer", "iOS Engineer", "Senior iOS Developer (Swift)"],
      ["Swift", "SwiftUI", "Xcode", "Objective-C", "Core Data"], ("YEAR", 135000), "bachelor degree",
      ["Build polished features in Swift and SwiftUI, and keep the app fast on older iPhones",
       "Own releases to the App Store, crash reporting and app performance"]),
    T("sw", "Android Developer", 2, ["Android Developer", "Android Engineer (Kotlin)"],
      ["Kotlin", "Jetpack Compose", "Android SDK", "Java"], ("YEAR", 130000), "bachelor degree",
      ["Ship features in Kotlin and Jetpack Compose for millions of Android users",
       "Improve start-up time, battery use and offline support"]),
    T("sw", "Database Administrator", 2, ["Database Administrator", "PostgreSQL DBA", "Senior Database Administrator"],
      ["PostgreSQL", "MySQL", "Oracle", "SQL Server", "replication"], ("YEAR", 118000), "bachelor degree",
      ["Administer PostgreSQL and MySQL clusters, including backups, replication and upgrades",
       "Review schema changes and tune indexes with the application teams"]),
    T("sw", "Engineering Manager", 2, ["Engineering Manager", "Software Engineering Manager",
      "Senior Engineering Manager"], ["people management", "Agile", "hiring", "system design", "Scrum"],
      ("YEAR", 185000), "bachelor degree",
      ["Lead a team of six to eight software engineers, run hiring loops and hold regular one-on-ones",
       "Work with product managers to plan the roadmap and keep delivery predictable"]),
    T("sw", "Data Analyst", 3, ["Data Analyst", "Business Intelligence Analyst", "Data Analyst - Marketing"],
      ["SQL", "Tableau", "Excel", "Looker", "Power BI"], ("YEAR", 90000), "bachelor degree",
      ["Build Tableau and Looker dashboards and answer ad hoc questions with SQL",
       "Define metrics with business partners and document them in our data catalogue"]),
    T("sw", "UX Designer", 2, ["UX Designer", "Product Designer", "UX/UI Designer", "Senior UX Designer"],
      ["Figma", "user research", "prototyping", "design systems", "accessibility"], ("YEAR", 120000),
      "bachelor degree", ["Run user research sessions and turn findings into prototypes in Figma",
                          "Work side by side with frontend developers to ship what you design"]),
    T("sw", "Software Engineering Intern", 2, ["Software Engineering Intern", "Software Engineer Intern (Summer 2027)",
      "Data Science Intern"], ["Python", "Java", "Git", "SQL"], ("HOUR", 42), "bachelor degree",
      ["Ship a real project from design to production with the support of a mentor",
       "Present your work to the engineering team at the end of the internship"]),
    T("hc", "Registered Nurse", 6, ["Registered Nurse", "Registered Nurse - ICU", "RN - Med/Surg",
      "Registered Nurse (Night Shift)", "Registered Nurse - Emergency Department"],
      ["patient care", "EPIC", "BLS", "ACLS", "medication administration", "IV therapy"], ("HOUR", 48),
      "associate degree", ["Assess, plan and document patient care in EPIC for a caseload of four to five patients",
                           "Start IVs, administer medications and monitor patients for changes in condition"]),
    T("hc", "Nurse Practitioner", 3, ["Nurse Practitioner", "Family Nurse Practitioner", "Nurse Practitioner - Urgent Care"],
      ["patient care", "EPIC", "prescribing", "primary care", "diagnosis"], ("YEAR", 125000), "postgraduate degree",
      ["Diagnose and treat acute and chronic conditions and prescribe within your scope of practice",
       "Work alongside registered nurses and medical assistants to keep clinic days running smoothly"]),
    T("hc", "Medical Assistant", 3, ["Medical Assistant", "Medical Assistant - Pediatrics", "Certified Medical Assistant"],
      ["patient care", "vital signs", "phlebotomy", "EPIC", "scheduling"], ("HOUR", 21), "high school",
      ["Room patients, take vital signs and update histories in EPIC",
       "Draw blood, give injections and prepare exam rooms for the provider"]),
    T("hc", "Pharmacist", 3, ["Pharmacist", "Clinical Pharmacist", "Staff Pharmacist", "Pharmacist in Charge"],
      ["pharmacy", "medication therapy management", "immunizations", "patient counseling", "EPIC"],
      ("YEAR", 135000), "postgraduate degree",
      ["Verify and dispense prescriptions accurately and counsel patients on safe use",
       "Give immunizations and run medication therapy management reviews"]),
    T("hc", "Licensed Practical Nurse", 2, ["Licensed Practical Nurse", "LPN - Long Term Care",
      "Licensed Vocational Nurse"], ["patient care", "medication administration", "wound care"], ("HOUR", 30),
      "high school", ["Pass medications, provide wound care and report changes to the charge nurse",
                      "Support residents and families with warmth and patience"]),
    T("hc", "Certified Nursing Assistant", 2, ["Certified Nursing Assistant", "CNA - Evening Shift",
      "Nursing Assistant"], ["patient care", "vital signs", "mobility assistance"], ("HOUR", 19), "high school",
      ["Help residents with bathing, dressing, meals and mobility",
       "Record vital signs and intake, and tell the nurse about anything unusual"]),
    T("hc", "Physical Therapist", 2, ["Physical Therapist", "Outpatient Physical Therapist"],
      ["physical therapy", "rehabilitation", "patient care", "manual therapy"], ("YEAR", 98000),
      "postgraduate degree", ["Evaluate patients and build treatment plans that restore mobility and reduce pain",
                              "Teach home exercise programs and track progress toward goals"]),
    T("hc", "Pharmacy Technician", 2, ["Pharmacy Technician", "Certified Pharmacy Technician"],
      ["pharmacy", "inventory", "customer service", "prescription processing"], ("HOUR", 20), "high school",
      ["Fill prescriptions under the supervision of the pharmacist",
       "Process insurance claims and keep the pharmacy inventory in order"]),
    T("biz", "Product Manager", 4, ["Product Manager", "Senior Product Manager", "Product Manager - Payments",
      "Associate Product Manager"], ["product strategy", "roadmapping", "SQL", "user research", "Agile"],
      ("YEAR", 150000), "bachelor degree",
      ["Own the roadmap for your area, balancing customer needs, business goals and engineering effort",
       "Write clear product requirements and work with software engineers and UX designers to deliver them"]),
    T("biz", "Technical Program Manager", 2, ["Technical Program Manager", "Senior Technical Program Manager"],
      ["program management", "Agile", "Jira", "risk management", "stakeholder management"], ("YEAR", 160000),
      "bachelor degree", ["Plan and run cross-team engineering programs, tracking milestones, risks and dependencies",
                          "Keep engineering managers and executives informed with short, honest status updates"]),
    T("biz", "Project Manager", 3, ["Project Manager", "IT Project Manager", "Project Manager (PMP)"],
      ["project management", "PMP", "MS Project", "budgeting", "Smartsheet"], ("YEAR", 105000), "bachelor degree",
      ["Manage scope, schedule and budget for several projects at once",
       "Run weekly status meetings and keep RAID logs up to date"]),
    T("biz", "Program Manager", 2, ["Program Manager", "Program Manager - Community Health"],
      ["program management", "budgeting", "stakeholder management", "reporting"], ("YEAR", 98000), "bachelor degree",
      ["Run a portfolio of related projects and report outcomes to leadership and funders",
       "Manage program budgets, grant reporting and vendor contracts"]),
    T("biz", "Account Executive", 3, ["Account Executive", "Enterprise Account Executive",
      "Account Executive - Mid-Market"], ["Salesforce", "B2B sales", "negotiation", "pipeline management"],
      ("YEAR", 90000), "bachelor degree",
      ["Manage a pipeline of mid-market accounts from first call to signed contract",
       "Keep Salesforce up to date and forecast your quarter accurately"]),
    T("biz", "Sales Development Representative", 2, ["Sales Development Representative", "SDR - Outbound"],
      ["prospecting", "Salesforce", "cold calling", "HubSpot"], ("YEAR", 62000), "bachelor degree",
      ["Prospect new customers by phone, email and LinkedIn and book meetings for account executives",
       "Learn our product deeply and qualify leads with care"]),
    T("biz", "Financial Analyst", 3, ["Financial Analyst", "Senior Financial Analyst", "Financial Analyst - FP&A"],
      ["financial modeling", "Excel", "forecasting", "SQL", "budgeting"], ("YEAR", 88000), "bachelor degree",
      ["Build financial models, monthly forecasts and variance analysis in Excel",
       "Partner with department heads on budgets and headcount plans"]),
    T("biz", "Accountant", 3, ["Accountant", "Staff Accountant", "Senior Accountant", "Accountant - Tax & Audit"],
      ["GAAP", "reconciliation", "month-end close", "NetSuite", "Excel", "CPA"], ("YEAR", 76000), "bachelor degree",
      ["Prepare month-end close, account reconciliations and journal entries under GAAP",
       "Support the annual audit and tax filings; CPA or progress toward a CPA is a plus"]),
    T("biz", "HR Generalist", 2, ["HR Generalist", "Human Resources Generalist", "Senior HR Generalist"],
      ["employee relations", "Workday", "onboarding", "benefits administration", "HRIS"], ("YEAR", 72000),
      "bachelor degree", ["Advise managers on employee relations, performance and policy",
                          "Run onboarding and benefits enrollment for everyone from warehouse associates to software engineers"]),
    T("biz", "Recruiter", 3, ["Recruiter", "Technical Recruiter", "Senior Technical Recruiter", "Healthcare Recruiter"],
      ["recruiting", "sourcing", "LinkedIn Recruiter", "Greenhouse", "interviewing"], ("YEAR", 85000),
      "bachelor degree", ["Partner with hiring managers to hire software engineers, data scientists and product managers",
                          "Source and hire registered nurses, pharmacists and medical assistants for our clinics"]),
    T("biz", "Marketing Manager", 3, ["Marketing Manager", "Digital Marketing Manager", "Product Marketing Manager"],
      ["SEO", "Google Analytics", "content marketing", "HubSpot", "paid social"], ("YEAR", 110000),
      "bachelor degree", ["Plan and run campaigns across email, paid search and social",
                          "Own the marketing budget and report on pipeline and return on spend"]),
    T("biz", "Business Analyst", 2, ["Business Analyst", "Senior Business Analyst"],
      ["requirements gathering", "SQL", "Excel", "process mapping", "Visio"], ("YEAR", 92000), "bachelor degree",
      ["Gather requirements, map business processes and write user stories",
       "Analyse data with SQL and Excel to size opportunities"]),
    T("biz", "Operations Manager", 2, ["Operations Manager", "Warehouse Operations Manager"],
      ["operations management", "lean", "KPI reporting", "scheduling"], ("YEAR", 95000), "bachelor degree",
      ["Lead a team of warehouse associates and forklift operators across two shifts",
       "Track KPIs for safety, quality and productivity and run daily stand-ups"]),
    T("ops", "Electrician", 3, ["Electrician", "Journeyman Electrician", "Commercial Electrician",
      "Apprentice Electrician"], ["electrical wiring", "NEC", "blueprint reading", "conduit bending",
      "troubleshooting"], ("HOUR", 36), "high school",
      ["Install, maintain and repair wiring, panels and fixtures to NEC code",
       "Read blueprints and troubleshoot circuits with a multimeter"]),
    T("ops", "Warehouse Associate", 4, ["Warehouse Associate", "Warehouse Associate - Night Shift",
      "Warehouse Picker/Packer", "Fulfillment Center Associate"],
      ["forklift", "RF scanner", "inventory", "shipping and receiving", "pallet jack"], ("HOUR", 19), "high school",
      ["Pick, pack and ship orders accurately using an RF scanner",
       "Load and unload trucks, and operate a forklift or pallet jack once certified"]),
    T("ops", "Truck Driver", 3, ["Truck Driver", "CDL-A Truck Driver (Regional)", "Class A CDL Driver - Home Weekly",
      "Local Truck Driver"], ["CDL", "DOT regulations", "ELD", "pre-trip inspection", "safe driving"],
      ("YEAR", 76000), "high school",
      ["Drive regional routes of about 2,000 miles a week and be home most weekends",
       "Complete pre-trip and post-trip inspections and keep accurate ELD logs"]),
    T("ops", "Forklift Operator", 2, ["Forklift Operator", "Reach Truck Operator"],
      ["forklift", "OSHA", "inventory", "loading"], ("HOUR", 21), "high school",
      ["Operate sit-down and reach forklifts safely in a busy distribution center",
       "Put away and replenish pallets and keep cycle counts accurate"]),
    T("ops", "Delivery Driver", 2, ["Delivery Driver", "Package Delivery Driver"],
      ["safe driving", "customer service", "route planning"], ("HOUR", 20), "high school",
      ["Deliver 120 to 180 packages a day on a set route", "Keep your van clean, safe and inspected"]),
    T("ops", "Store Manager", 3, ["Store Manager", "Assistant Store Manager", "General Manager - Retail"],
      ["retail management", "P&L", "scheduling", "merchandising", "coaching"], ("YEAR", 66000), "high school",
      ["Lead a team of 15 to 30 associates, including hiring, scheduling and coaching",
       "Own the store’s sales, inventory and labor budget"]),
    T("ops", "Barista", 3, ["Barista", "Barista - Part Time", "Lead Barista"],
      ["espresso", "customer service", "cash handling", "food safety"], ("HOUR", 17), "high school",
      ["Prepare espresso drinks, brewed coffee and tea to our recipes",
       "Greet every guest by name when you can and keep the café spotless"]),
    T("ops", "Customer Service Representative", 3, ["Customer Service Representative",
      "Customer Service Representative (Remote)", "Customer Support Specialist", "Call Center Representative"],
      ["customer service", "Zendesk", "phone etiquette", "data entry", "conflict resolution"], ("HOUR", 19),
      "high school", ["Answer customer calls, chats and emails and solve problems on first contact",
                      "Log every interaction in Zendesk and flag recurring issues to the product team"]),
    T("ops", "Retail Sales Associate", 2, ["Retail Sales Associate", "Sales Associate - Seasonal"],
      ["customer service", "POS", "cash handling", "merchandising"], ("HOUR", 16.5), "high school",
      ["Help customers find what they need and process sales on the POS",
       "Restock shelves, set up displays and keep the floor tidy"]),
    T("ops", "Maintenance Technician", 2, ["Maintenance Technician", "Industrial Maintenance Technician",
      "HVAC Maintenance Technician"], ["preventive maintenance", "HVAC", "PLC", "troubleshooting", "welding"],
      ("HOUR", 31), "high school", ["Perform preventive maintenance on conveyors, HVAC and production equipment",
                                    "Troubleshoot PLC faults and mechanical breakdowns to get lines running again"]),
    T("ops", "Line Cook", 1, ["Line Cook", "Prep Cook"], ["food preparation", "knife skills", "food safety", "ServSafe"],
      ("HOUR", 18), "high school", ["Prep and cook menu items to spec during busy services",
                                    "Keep your station clean and follow food safety rules"]),
    T("edu", "Teacher", 3, ["Teacher", "Classroom Teacher", "English Teacher"],
      ["lesson planning", "classroom management", "curriculum development", "Google Classroom"], ("YEAR", 62000),
      "bachelor degree", ["Plan and deliver engaging lessons aligned with state standards",
                          "Assess student progress and communicate regularly with families"]),
    T("edu", "High School Math Teacher", 2, ["High School Math Teacher", "Mathematics Teacher (Grades 9-12)"],
      ["algebra", "geometry", "lesson planning", "classroom management"], ("YEAR", 64000), "bachelor degree",
      ["Teach Algebra I, Geometry and Precalculus to students in grades 9 to 12",
       "Run after-school help sessions and coach the math club"]),
    T("edu", "Elementary School Teacher", 2, ["Elementary School Teacher", "2nd Grade Teacher", "Kindergarten Teacher"],
      ["literacy", "lesson planning", "classroom management", "parent communication"], ("YEAR", 58000),
      "bachelor degree", ["Build a warm, structured classroom where young students learn to read and reason",
                          "Plan literacy and numeracy centers with your grade-level team"]),
    T("edu", "Special Education Teacher", 2, ["Special Education Teacher", "Special Education Teacher - Resource Room"],
      ["IEP", "special education", "behavior management", "differentiated instruction"], ("YEAR", 66000),
      "bachelor degree", ["Write and carry out IEPs and lead IEP meetings with families",
                          "Co-teach with general education teachers and adapt materials for each student"]),
    T("edu", "Teaching Assistant", 3, ["Teaching Assistant", "Paraprofessional / Teaching Assistant", "Classroom Aide"],
      ["classroom support", "small group instruction", "student supervision"], ("HOUR", 18), "associate degree",
      ["Support the lead teacher with small-group instruction and one-on-one reading practice",
       "Supervise students during lunch, recess and dismissal"]),
    T("edu", "Substitute Teacher", 1, ["Substitute Teacher", "Day-to-Day Substitute Teacher"],
      ["classroom management", "lesson delivery", "flexibility"], ("HOUR", 22), "bachelor degree",
      ["Follow the lesson plans left by the classroom teacher and keep the day on track",
       "Accept assignments through our online system, often the same morning"]),
    T("edu", "Reading Tutor", 1, ["Reading Tutor", "Volunteer Reading Tutor"],
      ["literacy", "tutoring", "phonics"], ("HOUR", 22), "high school",
      ["Meet one-on-one with early readers twice a week", "Track progress with simple reading assessments"]),
]
_SHOP = ["Store Manager", "Retail Sales Associate", "Customer Service Representative", "Warehouse Associate",
         "Delivery Driver", "Maintenance Technician"]
_CAFE = ["Barista", "Store Manager", "Line Cook"]
_LOGISTICS = ["Warehouse Associate", "Truck Driver", "Forklift Operator", "Delivery Driver", "Maintenance Technician",
              "Customer Service Representative", "Operations Manager", "Recruiter"]
_PHARMACY = ["Pharmacist", "Pharmacy Technician", "Store Manager", "Retail Sales Associate"]
ALLOWED = {"Greenline Grocers": _SHOP + ["Operations Manager"], "Hearth & Home Outfitters": _SHOP + ["Marketing Manager"],
           "Morning Ritual Coffee": _CAFE, "Café Amarillo": _CAFE, "Gastown Roasters": _CAFE,
           "Two Rivers Freight": _LOGISTICS, "Red Mesa Trucking": _LOGISTICS, "Atlas Parcel": _LOGISTICS,
           "Northgate Distribution": _LOGISTICS, "Pallet Pro Warehousing": _LOGISTICS,
           "Southern Cross Logistics": _LOGISTICS, "Pennine Freight Ltd": _LOGISTICS,
           "Brightspark Electric": ["Electrician", "Maintenance Technician"],
           "Voltline Electrical Contractors": ["Electrician", "Maintenance Technician"],
           "Prairie Wind Energy": ["Electrician", "Maintenance Technician"],
           "Goldleaf Hotels": ["Line Cook", "Customer Service Representative", "Maintenance Technician", "Barista",
                               "HR Generalist", "Marketing Manager", "Accountant"],
           "CallBridge Support Services": ["Customer Service Representative"],
           "Riverstone Pharmacy": _PHARMACY, "Tamarind Health Pharmacy": _PHARMACY,
           "Little Acorn Preschools": ["Teacher", "Teaching Assistant"],
           "Lakeside Tutoring": ["Reading Tutor", "Teacher", "High School Math Teacher"],
           "Westbrook Community College": ["Teacher", "Teaching Assistant", "HR Generalist", "Accountant",
                                           "Program Manager", "Business Analyst"],
           "Sundial Health Tech": ["Nurse Practitioner", "Registered Nurse"] + [t for t in
                                   ("Software Engineer", "Data Scientist", "Product Manager", "Recruiter")]}
EMP_WEIGHTS = {
    "sw": {"FULL_TIME": 86, "CONTRACTOR": 11, "PART_TIME": 3},
    "hc": {"FULL_TIME": 60, "PART_TIME": 20, "PER_DIEM": 12, "TEMPORARY": 8},
    "biz": {"FULL_TIME": 85, "CONTRACTOR": 10, "TEMPORARY": 5},
    "ops": {"FULL_TIME": 52, "PART_TIME": 33, "TEMPORARY": 10, "OTHER": 5},
    "edu": {"FULL_TIME": 60, "PART_TIME": 28, "TEMPORARY": 12},
}
LEVEL_PAY = {"intern": 1.0, "junior": 0.8, "mid": 1.0, "senior": 1.25, "staff": 1.5, "lead": 1.2}
_SD, _SA = "15-1252.00 Software Developers", "15-1244.00 Network and Computer Systems Administrators"
OCCUPATION = {  # O*NET-SOC code and title, or a plain category where no code fits well
    "Software Engineer": _SD, "Senior Software Engineer": _SD, "Staff Software Engineer": _SD, "Backend Engineer": _SD,
    "Frontend Developer": "15-1254.00 Web Developers", "Full Stack Developer": "15-1254.00 Web Developers",
    "Data Scientist": "15-2051.00 Data Scientists", "Data Engineer": "15-1243.00 Database Architects",
    "Machine Learning Engineer": "15-2051.00 Data Scientists", "DevOps Engineer": _SA,
    "Site Reliability Engineer": _SA, "Kubernetes Platform Engineer": _SA,
    "Security Analyst": "15-1212.00 Information Security Analysts",
    "QA Engineer": "15-1253.00 Software Quality Assurance Analysts and Testers", "iOS Developer": _SD,
    "Android Developer": _SD, "Database Administrator": "15-1242.00 Database Administrators",
    "Engineering Manager": "11-3021.00 Computer and Information Systems Managers",
    "Data Analyst": "15-2051.01 Business Intelligence Analysts",
    "UX Designer": "15-1255.00 Web and Digital Interface Designers", "Software Engineering Intern": _SD,
    "Registered Nurse": "29-1141.00 Registered Nurses", "Nurse Practitioner": "29-1171.00 Nurse Practitioners",
    "Medical Assistant": "31-9092.00 Medical Assistants", "Pharmacist": "29-1051.00 Pharmacists",
    "Licensed Practical Nurse": "29-2061.00 Licensed Practical and Licensed Vocational Nurses",
    "Certified Nursing Assistant": "31-1131.00 Nursing Assistants",
    "Physical Therapist": "29-1123.00 Physical Therapists", "Pharmacy Technician": "29-2052.00 Pharmacy Technicians",
    "Product Manager": "Product Management",
    "Technical Program Manager": "15-1299.09 Information Technology Project Managers",
    "Project Manager": "13-1082.00 Project Management Specialists",
    "Program Manager": "13-1082.00 Project Management Specialists",
    "Account Executive": "41-3091.00 Sales Representatives of Services", "Sales Development Representative": "Sales",
    "Financial Analyst": "13-2051.00 Financial and Investment Analysts",
    "Accountant": "13-2011.00 Accountants and Auditors", "HR Generalist": "13-1071.00 Human Resources Specialists",
    "Recruiter": "13-1071.00 Human Resources Specialists", "Marketing Manager": "11-2021.00 Marketing Managers",
    "Business Analyst": "13-1111.00 Management Analysts",
    "Operations Manager": "11-1021.00 General and Operations Managers", "Electrician": "47-2111.00 Electricians",
    "Warehouse Associate": "53-7062.00 Laborers and Freight, Stock, and Material Movers, Hand",
    "Truck Driver": "53-3032.00 Heavy and Tractor-Trailer Truck Drivers",
    "Forklift Operator": "53-7051.00 Industrial Truck and Tractor Operators",
    "Delivery Driver": "53-3033.00 Light Truck Drivers",
    "Store Manager": "41-1011.00 First-Line Supervisors of Retail Sales Workers", "Barista": "35-3023.01 Baristas",
    "Customer Service Representative": "43-4051.00 Customer Service Representatives",
    "Retail Sales Associate": "41-2031.00 Retail Salespersons",
    "Maintenance Technician": "49-9071.00 Maintenance and Repair Workers, General",
    "Line Cook": "35-2014.00 Cooks, Restaurant", "Teacher": "25-2031.00 Secondary School Teachers",
    "High School Math Teacher": "25-2031.00 Secondary School Teachers",
    "Elementary School Teacher": "25-2021.00 Elementary School Teachers",
    "Special Education Teacher": "25-2059.00 Special Education Teachers, All Other",
    "Teaching Assistant": "25-9042.00 Teaching Assistants", "Substitute Teacher": "25-3031.00 Substitute Teachers",
    "Reading Tutor": "25-3041.00 Tutors"}
LI_SKILL = {"AWS": "Amazon Web Services (AWS)", "Python": "Python (Programming Language)", "Go": "Go (Programming Language)",
            "CSS": "Cascading Style Sheets (CSS)", "GCP": "Google Cloud Platform (GCP)", "SQL": "SQL",
            "machine learning": "Machine Learning", "patient care": "Patient Care", "EPIC": "Epic Systems"}


def level_of(variant, t):
    if "Intern" in variant:
        return "intern"
    if re.search(r"\b(Staff|Principal)\b", variant):
        return "staff"
    if re.search(r"\b(Senior|Sr\.)", variant):
        return "senior"
    if re.search(r"\b(Lead|General Manager)\b", variant):
        return "lead"
    if re.search(r"\b(Associate Product|Apprentice|Junior)\b", variant):
        return "junior"
    return "mid"


def months_for(level, fam):
    if level == "intern":
        return 0
    lo_hi = {"junior": (0, 1), "mid": (2, 4) if fam in ("sw", "biz") else (0, 2), "senior": (5, 8),
             "staff": (8, 12), "lead": (3, 6) if fam in ("sw", "biz") else (1, 2)}[level]
    return 12 * R.randint(*lo_hi) if R.random() < 0.85 else 6 * R.randint(2 * lo_hi[0] + 1, 2 * lo_hi[1] + 1)


def emp_for(t, variant):
    if "Intern" in variant:
        return "INTERN"
    if "Volunteer" in variant:
        return "VOLUNTEER"
    if "Seasonal" in variant:
        return "TEMPORARY"
    if "Part Time" in variant:
        return "PART_TIME"
    if t.name == "Substitute Teacher":
        return R.choice(["PER_DIEM", "TEMPORARY", "PART_TIME"])
    w = EMP_WEIGHTS[t.fam]
    return R.choices(list(w), list(w.values()))[0]


# ---------------------------------------------------------------- description text
FAM_TEXT = {
    "sw": dict(
        intros=["{company} is looking for {a_title} to join our {team} team{where}. You will work with product "
                "managers, designers and other engineers to ship features that millions of people rely on every day.",
                "At {company}, the {team} team builds the systems behind {product}. As {a_title}, you’ll own services "
                "end to end, from design documents to on-call, and help us keep the platform fast and reliable.",
                "We are a {size}-person engineering organization at {company}, and we are hiring {a_title}{where}. "
                "This is a hands-on role with room to grow and a strong culture of code review and mentoring.",
                "{company} builds {product}. Our next {title} will help us scale the platform while keeping the "
                "codebase simple, well tested and pleasant to work in."],
        team=["platform", "payments", "search", "growth", "data platform", "infrastructure", "mobile", "identity",
              "analytics", "developer experience", "checkout", "risk"],
        product=["payments software for small businesses", "shipment tracking for regional carriers",
                 "a scheduling app for clinics", "an analytics platform for retailers",
                 "tools that help teachers plan lessons", "cloud cost dashboards", "fraud detection for online stores",
                 "a marketplace for local services"],
        resp=["Design, build and maintain services that are reliable, observable and easy to change",
              "Work with {s1} and {s2} every day, and review your teammates' pull requests with care",
              "Partner with product & design to turn ambiguous problems into small, shippable increments",
              "Improve our build, test and deployment tooling on {cloud}",
              "Take part in a fair on-call rotation and lead blameless post-incident reviews",
              "Profile and tune slow queries, hot code paths and noisy alerts",
              "Mentor newer engineers and help shape our engineering practices",
              "Contribute to architecture discussions and write clear design documents",
              "Automate repetitive operational work so the team can focus on the product",
              "Work with our R&D group to move prototypes into production"],
        req=["Strong skills in {s1}, plus working knowledge of {s2}",
             "Hands-on experience with {s3}",
             "Comfort with SQL and relational databases such as PostgreSQL or MySQL",
             "Experience with containers (Docker) and orchestration (Kubernetes) is a plus",
             "Clear written communication; we work asynchronously across time zones",
             "Familiarity with cloud platforms such as AWS, Azure or GCP",
             "A habit of testing your own work and leaving code better than you found it"],
        years="{n}+ years of professional experience building software"),
    "hc": dict(
        intros=["{company} is hiring {a_title} for our {unit}{where}. Join a team that puts patient care first and "
                "supports each other on every shift.",
                "Our {unit} at {company} cares for patients from across the region. We are looking for a compassionate "
                "{title} who communicates clearly and stays calm under pressure.",
                "As {a_title} at {company}, you will work alongside physicians, nurses and pharmacists to deliver "
                "safe, high-quality care in our {unit}{where}."],
        unit=["emergency department", "intensive care unit", "medical-surgical unit", "outpatient clinic",
              "pediatric clinic", "retail pharmacy", "home health program", "rehabilitation center",
              "long-term care facility"],
        resp=["Educate patients and families about diagnoses, medications and discharge plans",
              "Collaborate with physicians, case managers & social workers on care plans",
              "Maintain a clean, safe environment that meets infection control standards",
              "Document care accurately and on time in the electronic health record",
              "Escalate changes in condition promptly and follow rapid response protocols",
              "Protect patient privacy and follow HIPAA at all times",
              "Take part in unit huddles, quality projects and peer reviews"],
        req=["Current state license or certification for the role, in good standing",
             "BLS certification from the American Heart Association (ACLS preferred)",
             "Experience with electronic health records, ideally EPIC or Cerner",
             "Ability to lift 35 pounds and stand for long periods",
             "Excellent communication and teamwork skills",
             "Flexibility to work some weekends & holidays"],
        years="{n}+ years of clinical experience; new graduates with strong clinical rotations are welcome"),
    "biz": dict(
        intros=["{company} is growing and we need {a_title}{where} to help us do it well. You will work across "
                "teams, bring structure to messy problems and make decisions with data.",
                "As {a_title} at {company}, you will partner with leaders across the {area} function and own work "
                "that shows up directly in our results.",
                "We’re hiring {a_title} to join {company}{where}. If you like clear goals, honest feedback and a team "
                "that celebrates wins together, read on."],
        area=["finance", "sales", "people", "marketing", "operations", "product", "strategy"],
        resp=["Present findings and recommendations to senior leadership",
              "Build strong relationships with stakeholders across the business",
              "Document processes and look for ways to make them simpler",
              "Prepare weekly and monthly reports on the metrics that matter",
              "Work with sales & marketing on planning and launches",
              "Manage vendors and keep contracts, renewals and invoices on track"],
        req=["Advanced Excel skills; SQL is a plus",
             "Excellent written and verbal communication",
             "Experience with tools such as Salesforce, Workday, NetSuite or Jira",
             "A bachelor's degree in Business, Finance, Marketing or a related field",
             "Comfort juggling several priorities and deadlines",
             "Sound judgment with confidential information"],
        years="{n}+ years of relevant experience"),
    "ops": dict(
        intros=["{company} is hiring {a_title}{where}. We offer steady hours, weekly pay and real chances to move up.",
                "Join {company} as {a_title}. Our crews take pride in safe, careful work, and we look after the people "
                "who do it.",
                "Looking for a job where every day is different? {company} needs a dependable {title}{where} to join "
                "a friendly, hard-working team."],
        resp=["Follow all safety procedures and report hazards right away",
              "Keep your work area clean, organized and stocked",
              "Work flexible shifts, including some evenings, weekends & holidays",
              "Help train new team members",
              "Treat every customer and coworker with respect",
              "Use handheld devices and simple software to record your work"],
        req=["High school diploma or GED preferred",
             "Ability to lift 50 pounds and stand or walk for a full shift",
             "Reliable transportation and a great attendance record",
             "Friendly attitude and willingness to learn",
             "Valid driver's license where the role requires driving",
             "Must pass a background check and drug screen"],
        years="{n}+ years of experience in a similar role"),
    "edu": dict(
        intros=["{company} is looking for {a_title}{where} who believes every student can succeed. You will join a "
                "collaborative staff that plans together and shares what works.",
                "As {a_title} at {company}, you will help students grow academically and socially in a safe, "
                "welcoming classroom.",
                "{company} serves a diverse community of learners. We are hiring {a_title} for the {year} school "
                "year and beyond."],
        year=["2026-27", "2027-28"],
        resp=["Differentiate instruction for students with IEPs and English learners",
              "Collaborate with grade-level teams, counselors & special education teachers",
              "Keep accurate attendance and grade records",
              "Take part in staff meetings, training days and family conferences",
              "Use Google Classroom to share assignments and feedback"],
        req=["Bachelor's degree (Education or a subject area preferred)",
             "State teaching certification, or eligibility for an intern credential",
             "Background check and fingerprint clearance",
             "Patience, warmth and clear communication with students and families",
             "Experience working with children or teenagers"],
        years="{n}+ years of classroom experience"),
}
UNITS = {"Pharmacist": ["retail pharmacy", "hospital pharmacy", "specialty pharmacy"],
         "Pharmacy Technician": ["retail pharmacy", "hospital pharmacy", "mail-order pharmacy"],
         "Physical Therapist": ["rehabilitation center", "outpatient clinic", "sports medicine clinic"],
         "Certified Nursing Assistant": ["long-term care facility", "skilled nursing facility", "medical-surgical unit"],
         "Licensed Practical Nurse": ["long-term care facility", "skilled nursing facility", "home health program"],
         "Medical Assistant": ["outpatient clinic", "pediatric clinic", "family medicine practice"],
         "Nurse Practitioner": ["urgent care clinic", "primary care practice", "outpatient clinic"]}
RESP_HEADS = ["What you’ll do", "Responsibilities", "Key Responsibilities", "In this role you will", "The role"]
REQ_HEADS = ["What you bring", "Requirements", "Qualifications", "What we’re looking for", "About you"]
BEN_HEADS = ["Benefits", "What we offer", "Perks & benefits", "Why you’ll love working here"]
BENEFITS_US = ["Medical, dental & vision insurance from day one", "401(k) with a 4% company match",
               "{pto} days of paid time off plus holidays", "Paid parental leave", "Employee assistance program",
               "Commuter benefits", "Wellness stipend for a gym or fitness classes", "Tuition reimbursement"]
BENEFITS_FAM = {"sw": ["Learning & development budget for courses and books", "Hybrid schedule with two office days a week",
                       "New laptop and home office stipend"],
                "biz": ["Learning & development budget for courses and books", "Hybrid schedule", "Annual bonus"],
                "hc": ["Shift differentials for nights & weekends", "Continuing education reimbursement",
                       "Sign-on bonus for experienced nurses"],
                "ops": ["Weekly pay", "Employee discount", "Paid training", "Overtime at time and a half"],
                "edu": ["State pension plan", "Summers off", "Paid professional development days"]}
ABOUT = ["About {company}: we started with a small team and a simple idea, and today we are {size} people. We are "
         "proud of our low turnover and of the many people who grew into leaders here.",
         "Life at {company}: we keep meetings short, write things down and give people the time to do careful work. "
         "New hires get a buddy, a clear 30-60-90 day plan and regular feedback from their manager.",
         "Our values are simple: be kind, be curious, and own the outcome. They guide how we treat customers, how we "
         "make decisions and how we disagree."]
HOW_WE_HIRE = ["How we hire: a short call with a recruiter, a conversation with the hiring manager, a practical "
               "exercise that reflects the real work (no trick questions), and a final meeting with the team. Most "
               "candidates hear back within three weeks.",
               "Our process takes about two weeks: a phone screen, an interview with the people you would work with "
               "and, for some roles, a short skills check. We share feedback either way."]
BENEFITS_INTL = ["Private health insurance", "Pension contribution of 6%", "{pto} days of holiday plus public holidays",
                 "Flexible & hybrid working", "Enhanced parental leave",
                 "Cycle-to-work scheme", "Home office allowance"]
OUTROS = ["{company} is an equal opportunity employer. All qualified applicants will receive consideration for "
          "employment without regard to race, color, religion, sex, sexual orientation, gender identity, national "
          "origin, disability or veteran status.",
          "We welcome applicants of all backgrounds. If you need an accommodation during the interview process, "
          "please let our recruiting team know.",
          "Don’t meet every requirement? Studies show people often hold back unless they tick every box. If you’re "
          "excited about this role, we’d love to hear from you.",
          "Ready to apply? Send us your résumé and a few lines about why this role fits you. We reply to every "
          "applicant within two weeks."]


def words(text):
    return len(re.findall(r"\w+", text))


def fill(tpl, ctx):
    return tpl.format(**ctx)


def make_sections(t, variant, co, where, country, months, remote, want_amp):
    """Return the text of a description as intro / three lists / outro, with plain characters (& unescaped)."""
    f = FAM_TEXT[t.fam]
    sk = t.skills[:]
    R.shuffle(sk)
    art = "an" if re.match(r"[AEIOUi]|(HR|RN|LPN|ML|SRE|SDR|SOC|FP)\b", variant) else "a"
    ctx = dict(company=co.name, title=variant, a_title=f"{art} {variant}", where=where, team=R.choice(f.get("team", ["core"])),
               product=R.choice(f.get("product", ["software"])), unit=R.choice(UNITS.get(t.name, f.get("unit", ["clinic"]))),
               area=R.choice(f.get("area", ["operations"])), year=R.choice(f.get("year", ["2026-27"])),
               size=R.choice([40, 60, 120, 250, 400]), s1=sk[0], s2=sk[1], s3=sk[2 % len(sk)],
               cloud=R.choice(["AWS", "GCP", "Azure"]), pto=R.choice([15, 20, 25, 28]), n=max(1, months // 12))
    intro = [fill(R.choice(f["intros"]), ctx)]
    if remote:
        intro.append(R.choice([f"This role is fully remote within {COUNTRIES[country][0]}; the team meets in person "
                               "twice a year.", "You can work from home anywhere in the country, with occasional travel "
                               "to team offsites."]))
    resp = t.focus[:] + R.sample(f["resp"], R.randint(2, min(6, len(f["resp"]))))
    resp = [fill(x, ctx) for x in resp]
    req = []
    if months >= 12:
        req.append(fill(f["years"], ctx))
    elif "Intern" in variant:
        req.append("Currently studying Computer Science or a related field, graduating in 2027 or 2028")
    elif t.fam in ("ops", "hc", "edu"):
        req.append("No experience needed; we provide paid training")
    req += [fill(x, ctx) for x in R.sample(f["req"], R.randint(3, 4))]
    if R.random() < 0.5:
        req.append(f"Nice to have: experience with {ctx['s2']} or {ctx['s3']}")
    pool = (BENEFITS_US if country == "US" else BENEFITS_INTL) + BENEFITS_FAM[t.fam]
    bens = [fill(x, ctx) for x in R.sample(pool, R.randint(3, 6))]
    outro = [fill(x, ctx) for x in R.sample(OUTROS, R.randint(1, 2))]
    if R.random() < 0.45:
        intro.append(fill(R.choice(ABOUT), ctx))
    if R.random() < 0.35:
        outro.insert(0, R.choice(HOW_WE_HIRE))
    sec = dict(intro=intro, heads=[R.choice(RESP_HEADS), R.choice(REQ_HEADS), R.choice(BEN_HEADS)],
               lists=[resp, req, bens], outro=outro)
    text = " ".join(intro + resp + req + bens + outro + sec["heads"])
    if not want_amp and "&" in text.replace(co.name, "").replace(variant, ""):
        sec = amp_to_and(sec, [co.name, variant])
    elif want_amp and "&" not in text:
        bens.append("Team events & an annual company retreat")
    while words(plain_of(sec)) > 390:
        sec["lists"][0].pop()
    while words(plain_of(sec)) < 125:
        sec["lists"][0].append(fill(R.choice(f["resp"]), ctx))
    return sec


def amp_to_and(sec, protect):
    def conv(s):
        for i, p in enumerate(protect):
            s = s.replace(p, f"\x00{i}\x00")
        s = s.replace(" & ", " and ").replace("R&D", "research").replace("P&L", "profit and loss")
        for i, p in enumerate(protect):
            s = s.replace(f"\x00{i}\x00", p)
        return s
    return dict(intro=[conv(x) for x in sec["intro"]],
                heads=[conv(x) for x in sec["heads"]], lists=[[conv(x) for x in l] for l in sec["lists"]],
                outro=[conv(x) for x in sec["outro"]])


def plain_of(sec):
    return " ".join(sec["intro"] + sec["heads"] + [x for l in sec["lists"] for x in l] + sec["outro"])


def esc(s):
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def render_html(sec, layout, entities=False):
    """Real (unescaped) HTML. layout: p (paragraphs + lists), br (line breaks), dash (LinkedIn '- item' paragraphs)."""
    e = esc
    if entities:
        def e(s):
            s = esc(s).replace("’", "&rsquo;").replace("é", "&eacute;")
            return re.sub(r"(\d) (days|pounds|miles|years)", r"\1&nbsp;\2", s, count=1)
    out = []
    if layout == "p":
        out += [f"<p>{e(p)}</p>" for p in sec["intro"]]
        for h, items in zip(sec["heads"], sec["lists"]):
            out.append(f"<p><strong>{e(h)}</strong></p><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
        out += [f"<p>{e(p)}</p>" for p in sec["outro"]]
    elif layout == "br":
        out.append("<br><br>".join(e(p) for p in sec["intro"]) + "<br><br>")
        for h, items in zip(sec["heads"], sec["lists"]):
            out.append(f"<strong>{e(h)}</strong><br><ul>" + "".join(f"<li>{e(i)}</li>" for i in items) + "</ul>")
        out.append("<br>".join(e(p) for p in sec["outro"]) + "<br><br>")
    else:
        out += [f"<p>{e(p)} </p><p><br></p>" for p in sec["intro"]]
        for h, items in zip(sec["heads"], sec["lists"]):
            out.append(f"<p>{e(h)}:</p>" + "".join(f"<p>- {e(i)}</p>" for i in items) + "<p><br></p>")
        out += [f"<p>{e(p)}</p>" for p in sec["outro"]]
    return "".join(out)


def render_plain(sec):
    parts = sec["intro"][:]
    for h, items in zip(sec["heads"], sec["lists"]):
        parts.append(h + ":\n" + "\n".join("• " + i for i in items))
    return "\n\n".join(parts + sec["outro"])


def render_board(sec, style):
    if style == "plain":
        return render_plain(sec)
    if style == "script":
        body = render_html(sec, "p", entities=True)
        cut = body.index("</ul>") + 5
        return ("<style>.canary-style-rule { display: none; }</style>" + body[:cut] +
                "<script>window.jobsearchScriptCanary = \"should-not-be-indexed\";</script>" + body[cut:])
    if style == "escaped":
        return esc(render_html(sec, "p"))
    if style == "double":
        return esc(esc(render_html(sec, "p")))
    return render_html(sec, "br" if style == "br" else "p", entities=(style == "rich"))


def unique_sections(make):
    """Call make() until its text is new to the corpus, so no two distinct postings share a description."""
    while True:
        sec = make()
        key = plain_of(sec)
        if key not in USED_DESCS:
            USED_DESCS.add(key)
            return sec


# ---------------------------------------------------------------- choices
def pick_least(items, weight, p_least=0.5):
    low = min(i.used for i in items)
    if R.random() < p_least:
        item = R.choice([i for i in items if i.used == low])
    else:
        item = R.choices(items, [weight(i) for i in items])[0]
    item.used += 1
    return item


CITY_USE = Counter()


def pick_city(country, exclude=()):
    keys = [k for k in cities_in(country) if k not in exclude]
    low = min(CITY_USE[k] for k in keys)
    if R.random() < 0.45:
        k = R.choice([k for k in keys if CITY_USE[k] == low])
    else:
        k = R.choices(keys, [BIG_CITIES.get(k, 1) for k in keys])[0]
    CITY_USE[k] += 1
    return k


def pick_role(co, linkedin, fam=None):
    fam = fam or R.choices(co.fams, [3] + [1] * (len(co.fams) - 1))[0]
    pool = [t for t in TITLES if t.fam == fam]
    allowed = [t for t in pool if t.name in ALLOWED.get(co.name, ())]
    t = pick_least(allowed or pool, lambda t: t.weight, 0.35)
    variants = [v for v in t.variants if not (linkedin and "Volunteer" in v)]
    return t, R.choice(variants)


def rand_date(lo=FIRST_POST, hi=LAST_POST):
    return lo + dt.timedelta(seconds=R.randint(0, int((hi - lo).total_seconds())))


def salary_numbers(t, level, ckey, country, unit=None):
    unit0, base = t.pay
    cur, factor = COUNTRIES[country][1], COUNTRIES[country][2]
    base = base * LEVEL_PAY[level] * PAY_FACTOR.get(ckey, 1.0) * factor
    annual = base * (2080 if unit0 == "HOUR" else 1)
    unit = unit or unit0
    per = {"YEAR": 1, "MONTH": 12, "WEEK": 52, "DAY": 230, "HOUR": 2080}[unit]
    lo = annual / per * R.uniform(0.88, 1.0)
    hi = lo * R.uniform(1.12, 1.4)
    if unit in ("YEAR", "MONTH"):
        step = 1000 if unit == "YEAR" and cur != "INR" else (100 if unit == "MONTH" else 10000)
        return cur, int(round(lo / step) * step), int(round(hi / step) * step), unit
    if unit in ("WEEK", "DAY"):
        return cur, int(round(lo / 10) * 10), int(round(hi / 10) * 10), unit
    r = lambda x: round(x * 2) / 2 if x < 100 else int(round(x))
    return cur, r(lo), r(hi), unit


# ---------------------------------------------------------------- LinkedIn shape
def li_time(d):
    return d.strftime("%Y-%m-%dT%H:%M:%S.000Z")


def li_dates(expired):
    if expired:
        d = rand_date(FIRST_POST, dt.datetime(2026, 10, 25))
        return d, d + dt.timedelta(days=30, seconds=-1)
    d = rand_date()
    lo = (dt.datetime(2026, 12, 1) - d).days + 1
    hi = (dt.datetime(2027, 3, 31) - d).days
    return d, d + dt.timedelta(days=R.randint(lo, hi), seconds=-1)


def li_place(ckey, remote_us=False, metro=True):
    if remote_us:
        return {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "US",
                "addressLocality": "United States", "addressRegion": None, "postalCode": "99999",
                "streetAddress": None}, "latitude": 39.8283, "longitude": -98.5795}
    loc, reg, _, _, pc, lat, lon = CITIES[ckey]
    if metro and ckey in METRO_NAMES and R.random() < 0.3:
        loc, reg = METRO_NAMES[ckey], None
    pc = pc[:-1] + str(R.randint(0, 9)) if R.random() < 0.5 else pc
    return {"@type": "Place", "address": {"@type": "PostalAddress", "addressCountry": "US", "addressLocality": loc,
            "addressRegion": reg, "postalCode": pc, "streetAddress": None},
            "latitude": round(lat + R.uniform(-0.004, 0.004), 6), "longitude": round(lon + R.uniform(-0.004, 0.004), 6)}


def li_skills(t):
    if R.random() < 0.6:
        return ""
    sk = t.skills[:]
    R.shuffle(sk)
    return ",".join(LI_SKILL.get(s, s[:1].upper() + s[1:]) for s in sk[:R.randint(3, len(sk))])


def linkedin_posting(co, t, variant, ckey, *, remote=None, expired=None, req="new", sec=None, months=None,
                     layout=None):
    """One posting in the LinkedIn scrape shape. req: 'new', 'none' (identifier without value) or a value."""
    remote = R.random() < 0.15 if remote is None else remote
    expired = R.random() < 0.1 if expired is None else expired
    level = level_of(variant, t)
    months = months_for(level, t.fam) if months is None else months
    emp = emp_for(t, variant)
    emp = {"PER_DIEM": "OTHER", "VOLUNTEER": "OTHER"}.get(emp, emp)
    if sec is None:
        want_amp = R.random() < 0.38
        sec = unique_sections(lambda: make_sections(t, variant, co, R.choice(["", f" in {CITIES[ckey][0]}"]), "US",
                                                    months, remote, want_amp))
    raw = render_html(sec, layout or R.choices(["p", "br", "dash"], [5, 3, 2])[0])
    posted, valid = li_dates(expired)
    ident = {"@type": "PropertyValue", "name": esc(co.name)}
    if req == "new":
        req = new_req(co) if R.random() < 0.7 else "none"
    if req != "none":
        ident["value"] = req
    d = {"@context": "http://schema.org", "@type": "JobPosting", "datePosted": li_time(posted), "description": esc(raw),
         "employmentType": emp,
         "hiringOrganization": {"@type": "Organization", "name": esc(co.name),
                                "sameAs": f"https://www.linkedin.com/company/{co.li_slug}", "logo": co.li_logo(200)},
         "identifier": ident, "image": co.li_logo(100), "industry": co.industry if R.random() < 0.88 else "",
         "jobLocation": li_place(ckey, remote and R.random() < 0.5), "skills": li_skills(t), "title": esc(variant),
         "validThrough": li_time(valid)}
    if R.random() < 0.97:
        d["educationRequirements"] = {"@type": "EducationalOccupationalCredential", "credentialCategory": t.edu}
    roll = R.random()
    if roll < 0.02:
        d["experienceRequirements"] = "no requirements"
    elif roll < 0.72:
        d["experienceRequirements"] = {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": months}
    if remote:
        d["jobLocationType"] = "TELECOMMUTE"
        d["applicantLocationRequirements"] = {"@type": "Country", "name": "United States"}
    if R.random() < 0.35:
        unit = "HOUR" if t.pay[0] == "HOUR" or level == "intern" else "YEAR"
        cur, lo, hi, unit = salary_numbers(t, level, ckey, "US", unit)
        key = "estimatedSalary" if R.random() < 0.8 else "baseSalary"
        d[key] = {"@type": "MonetaryAmount", "currency": cur,
                  "value": {"@type": "QuantitativeValue", "minValue": lo, "maxValue": hi, "unitText": unit}}
    return d, sec


def make_linkedin():
    us_cos = [c for c in COMPANIES if "US" in c.countries and c.industry]
    out = []
    for _ in range(233):
        co = pick_least(us_cos, lambda c: 1, 0.5)
        t, v = pick_role(co, True)
        d, _ = linkedin_posting(co, t, v, pick_city("US"))
        out.append((d, None))
    tit = {t.name: t for t in TITLES}
    # (a) exact re-posts: identical except datePosted/validThrough (and, for A3, the requisition id)
    for case, coname, title, ckey, req2 in [("A1", "Tessellate AI", "Machine Learning Engineer", "santa-monica", "same"),
                                            ("A2", "Riverstone Pharmacy", "Pharmacist", "springfield-il", "none"),
                                            ("A3", "Brightspark Electric", "Electrician", "austin", "other")]:
        co, t = BY_NAME[coname], tit[title]
        req = "none" if req2 == "none" else new_req(co)
        d, _ = linkedin_posting(co, t, t.variants[0], ckey, remote=False, expired=False, req=req)
        d["datePosted"] = li_time(rand_date(FIRST_POST, dt.datetime(2026, 9, 30)))
        again = copy.deepcopy(d)
        p2 = dt.datetime.strptime(d["datePosted"][:19], "%Y-%m-%dT%H:%M:%S") + dt.timedelta(days=R.randint(25, 45),
                                                                                         seconds=R.randint(0, 9999))
        again["datePosted"], again["validThrough"] = li_time(p2), li_time(p2 + dt.timedelta(days=90, seconds=-1))
        if req2 == "other":
            again["identifier"]["value"] = new_req(co)
        out += [(d, case), (again, case)]
    # (b) one requisition, several cities: B1 identical descriptions, B2 identical descriptions
    for case, coname, title, variant, ckeys in [
            ("B1", "Atlas Parcel", "Warehouse Associate", "Warehouse Associate - Night Shift",
             ["dallas", "houston", "austin", "phoenix"]),
            ("B2", "Mercy Valley Health", "Registered Nurse", "Registered Nurse - Emergency Department",
             ["los-angeles", "pasadena", "long-beach"])]:
        co, t = BY_NAME[coname], tit[title]
        req, months = new_req(co), 24
        sec = unique_sections(lambda: make_sections(t, variant, co, "", "US", months, False, False))
        for ck in ckeys:
            d, _ = linkedin_posting(co, t, variant, ck, remote=False, expired=False, req=req, sec=sec, months=months,
                                    layout="p")
            d["jobLocation"] = li_place(ck, metro=False)
            out.append((d, case))
    # (c) one requisition id, two different titles, same company and city
    for case, coname, titles, ckey in [("C1", "Bluefin Data", ("Data Engineer", "Senior Data Engineer"), "portland-or"),
                                       ("C2", "Cedar Grove Medical Center", ("Medical Assistant",
                                        "Certified Nursing Assistant"), "springfield-ma")]:
        co = BY_NAME[coname]
        req = new_req(co)
        for v in titles:
            t = tit.get(v, tit["Data Engineer"])
            d, _ = linkedin_posting(co, t, v, ckey, remote=False, expired=False, req=req)
            out.append((d, case))
    out.sort(key=lambda x: x[0]["datePosted"])
    return out


# ---------------------------------------------------------------- standard schema.org shape
# schema.org code first, then the human text real career sites use
EMP_TEXT = {"FULL_TIME": ["FULL_TIME", "Full-time", "Full time"], "PART_TIME": ["PART_TIME", "Part time", "Part-time"],
            "CONTRACTOR": ["CONTRACTOR", "Contract"], "INTERN": ["INTERN", "Internship"],
            "TEMPORARY": ["TEMPORARY", "Temporary"], "PER_DIEM": ["PER_DIEM", "Per diem"],
            "VOLUNTEER": ["VOLUNTEER", "Volunteer"], "OTHER": ["OTHER", "Seasonal"]}
EDU_TEXT = {"bachelor degree": {"sw": "Bachelor's degree in Computer Science", "hc": "Bachelor of Science in Nursing (BSN)",
                                "biz": "Bachelor's degree in Business or Finance", "ops": "Bachelor's degree",
                                "edu": "Bachelor's degree in Education"},
            "postgraduate degree": {"sw": "Master's degree", "hc": "Doctor of Pharmacy (PharmD)", "biz": "MBA",
                                    "ops": "Master's degree", "edu": "Master's degree in Education"},
            "associate degree": {"hc": "Associate Degree in Nursing (ADN)"},
            "high school": {}}
OFFSETS = {"US": ["-05:00", "-08:00", "-06:00"], "GB": ["+00:00", "+01:00"], "DE": ["+01:00", "+02:00"],
           "FR": ["+01:00", "+02:00"], "NL": ["+01:00"], "IE": ["+00:00"], "CA": ["-05:00", "-08:00"],
           "IN": ["+05:30"], "AU": ["+11:00", "+10:00"], "SG": ["+08:00"], "SE": ["+01:00"], "ES": ["+01:00"],
           "CH": ["+01:00"]}


def board_date(d, country):
    if R.random() < 0.5:
        return d.strftime("%Y-%m-%d")
    return d.strftime("%Y-%m-%dT%H:%M:00") + R.choice(OFFSETS[country] + ["Z"])


def board_dates(country, expired):
    if expired:
        posted = rand_date(dt.datetime(2026, 8, 2), dt.datetime(2026, 10, 31))
        ends = [posted + dt.timedelta(days=R.randint(14, 27))]
        ends += [e for e in (dt.datetime(2026, 9, 30), dt.datetime(2026, 10, 31)) if e > posted + dt.timedelta(days=7)]
        end = R.choice(ends)
    else:  # keep clear of the window's edges so a time zone offset cannot push the instant outside it
        posted = rand_date(dt.datetime(2026, 8, 2), dt.datetime(2026, 11, 27, 23, 59))
        end = dt.datetime(2026, 12, 1) + dt.timedelta(days=R.randint(0, 120))
    posted = posted.replace(hour=R.randint(7, 18), minute=R.choice([0, 15, 30, 45]))
    v = end.strftime("%Y-%m-%d") if R.random() < 0.5 else end.strftime("%Y-%m-%dT23:59:59") + R.choice(["Z", OFFSETS[country][0]])
    return board_date(posted, country), v


def board_country(country):
    name = COUNTRIES[country][0]
    r = R.random()
    if country == "US":
        return "US" if r < 0.6 else "USA" if r < 0.75 else {"@type": "Country", "name": name} if r < 0.9 else name
    return country if r < 0.45 else {"@type": "Country", "name": name} if r < 0.75 else name


def board_place(ckey):
    loc, code, rname, country, pc, lat, lon = CITIES[ckey]
    addr = {"@type": "PostalAddress"}
    if R.random() < 0.6:
        addr["streetAddress"] = f"{R.randint(1, 2400)} {R.choice(STREETS)}"
    addr["addressLocality"] = loc
    reg = (code if R.random() < 0.8 else rname) if code else rname
    if reg and R.random() < 0.9:
        addr["addressRegion"] = reg
    if R.random() < 0.8:
        addr["postalCode"] = pc
    addr["addressCountry"] = board_country(country)
    place = {"@type": "Place", "address": addr}
    if R.random() < 0.95:
        la, lo = round(lat + R.uniform(-0.003, 0.003), 4), round(lon + R.uniform(-0.003, 0.003), 4)
        if R.random() < 0.06:
            la, lo = f"{la:.4f}", f"{lo:.4f}"
        place["geo"] = {"@type": "GeoCoordinates", "latitude": la, "longitude": lo}
    return place


def board_salary(t, level, ckey, country, emp):
    if COUNTRIES[country][1] is None or R.random() < 0.4:
        return None
    unit = None
    if emp == "CONTRACTOR" and country != "US":
        unit = "DAY"
    elif emp == "CONTRACTOR":
        unit = "HOUR"
    elif t.name in ("Truck Driver",) or (t.name == "Registered Nurse" and emp == "TEMPORARY"):
        unit = "WEEK"
    elif country in ("IN", "FR", "DE", "ES") and R.random() < 0.4:
        unit = "MONTH"
    elif t.pay[0] == "YEAR" and R.random() < 0.85:
        unit = "YEAR"
    cur, lo, hi, unit = salary_numbers(t, level, ckey, country, unit)
    form = R.random()
    if form < 0.62:
        value = {"@type": "QuantitativeValue", "minValue": lo, "maxValue": hi, "unitText": unit}
        return {"@type": "MonetaryAmount", "currency": cur, "value": value}
    if form < 0.8:
        return {"@type": "MonetaryAmount", "currency": cur,
                "value": {"@type": "QuantitativeValue", "value": lo, "unitText": unit}}
    return {"@type": "MonetaryAmount", "currency": cur, "value": lo, "unitText": unit}


def board_education(t):
    r = R.random()
    if r < 0.18:
        return None
    cat = t.edu
    obj = {"@type": "EducationalOccupationalCredential", "credentialCategory": cat}
    if r < 0.52:
        text = EDU_TEXT[cat].get(t.fam)
        if cat == "postgraduate degree" and t.name in ("Data Scientist", "Machine Learning Engineer"):
            text = R.choice(["Master's degree", "PhD"])
        if cat == "high school" or text is None:
            text = "High school diploma or equivalent" if cat == "high school" else "Associate degree"
        return text
    if r < 0.82:
        return obj
    second = "professional certificate" if t.fam in ("hc", "edu", "ops") else "postgraduate degree"
    return [obj, {"@type": "EducationalOccupationalCredential", "credentialCategory": second}]


def board_experience(months):
    r = R.random()
    if r < 0.25:
        return None
    if r < 0.7:
        return {"@type": "OccupationalExperienceRequirements", "monthsOfExperience": months}
    if months < 12:
        return "No experience required"
    return R.choice([f"{months // 12}+ years of experience", f"At least {months // 12} years in a similar role"])


def board_posting(co, t, variant, ckeys, *, country, remote=False, expired=None, feed=False, style=None,
                  ident="new", url="new", sec=None, months=None):
    """One posting in schema.org's standard shape; ckeys may be empty for a remote job with no office."""
    expired = R.random() < 0.12 if expired is None else expired
    level = level_of(variant, t)
    months = months_for(level, t.fam) if months is None else months
    emp = emp_for(t, variant)
    first = ckeys[0] if ckeys else None
    if sec is None:
        where = f" in {CITIES[first][0]}" if first and R.random() < 0.5 else ""
        sec = unique_sections(lambda: make_sections(t, variant, co, where, country, months, remote,
                                                    R.random() < 0.4))
    style = style or R.choices(["p", "rich", "br", "script", "escaped", "double", "plain"],
                               [30, 25, 12, 6, 10, 4, 8])[0]
    posted, valid = board_dates(country, expired)
    d = {"@context": R.choice(["https://schema.org", "https://schema.org/", "http://schema.org"]),
         "@type": "JobPosting", "title": variant, "description": render_board(sec, style)}
    if ident == "new":
        r = R.random()
        ident = None if r < 0.2 else ("str", new_req(co)) if r < 0.45 else ("pv", new_req(co))
    if ident:
        d["identifier"] = ident[1] if ident[0] == "str" else {"@type": "PropertyValue", "name": co.name,
                                                               "value": ident[1]}
    d["datePosted"] = posted
    if R.random() < 0.96:
        d["validThrough"] = valid
    if R.random() < 0.12 and emp in ("FULL_TIME", "PART_TIME") and t.fam in ("ops", "hc", "edu"):
        d["employmentType"] = ["FULL_TIME", "PART_TIME"]
    else:
        forms = EMP_TEXT[emp]
        d["employmentType"] = forms[0] if emp == "FULL_TIME" and R.random() < 0.3 else R.choice(forms[1:] or forms)
        if emp != "FULL_TIME" and R.random() < 0.3:
            d["employmentType"] = forms[0]
    if R.random() < 0.08:
        d["hiringOrganization"] = co.name
    else:
        d["hiringOrganization"] = {"@type": "Organization", "name": co.name, "sameAs": f"https://www.{co.domain}",
                                   "logo": f"https://www.{co.domain}/assets/logo.png"}
    if ckeys:
        places = [board_place(k) for k in ckeys]
        d["jobLocation"] = places[0] if len(places) == 1 and R.random() < 0.85 else places
    if remote:
        d["jobLocationType"] = "TELECOMMUTE"
        req_c = [{"@type": "Country", "name": COUNTRIES[country][0]}]
        if country in ("US", "CA") and R.random() < 0.4:
            req_c.append({"@type": "Country", "name": COUNTRIES["CA" if country == "US" else "US"][0]})
        d["applicantLocationRequirements"] = req_c[0] if len(req_c) == 1 else req_c
    sal = board_salary(t, level, first or "", country, emp)
    if sal:
        d["estimatedSalary" if R.random() < 0.1 else "baseSalary"] = sal
    edu = board_education(t)
    if edu is not None:
        d["educationRequirements"] = edu
    exp = board_experience(months)
    if exp is not None:
        d["experienceRequirements"] = exp
    if R.random() < 0.6:
        sk = R.sample(t.skills, min(len(t.skills), R.randint(3, 5)))
        d["skills"] = sk if R.random() < 0.5 else ", ".join(sk)
    if R.random() < 0.6:
        occ = OCCUPATION[t.name]
        d["occupationalCategory"] = occ if R.random() < 0.5 else re.sub(r"^[\d.-]+ ", "", occ)
    if R.random() < 0.7:
        d["industry"] = html.unescape(co.industry.split(",")[0]) if co.industry else FAM_INDUSTRY[t.fam]
    if url == "new" and R.random() < 0.85:
        url = new_url(co, variant, feed and R.random() < 0.5)
    if url and url != "new":
        d["url"] = url
    if t.fam in ("hc", "ops") and R.random() < 0.3:
        d["workHours"] = R.choice(["Night shift, 7pm-7am", "40 hours per week", "Weekends 8am-4:30pm",
                                   "Monday to Friday, 6am-2:30pm"])
    return d, sec


def rand_board(feed, fam=None, co=None, country=None):
    co = co or pick_least(COMPANIES, lambda c: 1, 0.6)
    country = country or R.choice(co.countries)
    t, v = pick_role(co, False, fam)
    remote = t.fam in ("sw", "biz") and R.random() < 0.28 or "(Remote)" in v
    if remote and R.random() < 0.5:
        ckeys = []
    elif R.random() < 0.14 and len(cities_in(country)) > 1:
        ckeys = [pick_city(country)]
        ckeys.append(pick_city(country, ckeys))
        if R.random() < 0.4 and len(cities_in(country)) > 2:
            ckeys.append(pick_city(country, ckeys))
    else:
        ckeys = [pick_city(country)]
    d, _ = board_posting(co, t, v, ckeys, country=country, remote=remote, feed=feed)
    return d


def repost(d):
    """The same posting again, differing only in datePosted/validThrough."""
    again = copy.deepcopy(d)
    again["datePosted"] = (dt.datetime(2026, 11, 2) + dt.timedelta(days=R.randint(0, 25))).strftime("%Y-%m-%d")
    again["validThrough"] = (dt.datetime(2027, 1, 15) + dt.timedelta(days=R.randint(0, 40))).strftime("%Y-%m-%d")
    return again


def early(d):
    d["datePosted"] = (dt.datetime(2026, 8, 3) + dt.timedelta(days=R.randint(0, 50))).strftime("%Y-%m-%d")
    d["validThrough"] = "2026-12-31"
    return d


def make_boards():
    """Return {relative file name: (container kind, [(posting, case tag)], extra)}."""
    tit = {t.name: t for t in TITLES}
    B = lambda *a, **k: board_posting(*a, **k)[0]
    files = {}
    # single-object files
    singles = [("Thames Digital", "GB", "london", "Senior Backend Engineer", "Backend Engineer", "rich"),
               ("Spree Works GmbH", "DE", "berlin", "Data Engineer", "Data Engineer", "p"),
               ("Maison Lumière", "FR", "paris", "Product Manager", "Product Manager", "rich"),
               ("Maple Leaf Analytics", "CA", "toronto", "Data Scientist", "Data Scientist", "escaped"),
               ("Nandi Hills Tech", "IN", "bengaluru", "Site Reliability Engineer", "Site Reliability Engineer", "p"),
               ("Harbour Bridge Health", "AU", "sydney", "Registered Nurse", "Registered Nurse", "script"),
               ("Merlion Data", "SG", "singapore", "Machine Learning Engineer", "Machine Learning Engineer", "double")]
    for coname, country, ck, variant, tname, style in singles:
        co = BY_NAME[coname]
        d = B(co, tit[tname], variant, [ck], country=country, expired=False, style=style)
        files[f"boards/{slug(coname)}-{slug(variant)}.json"] = ("object", [(d, None)], None)
    # A5: a single file re-posted into feed.jsonl (no identifier, same url)
    co = BY_NAME["Canal Street Labs"]
    a5 = early(B(co, tit["Backend Engineer"], "Senior Backend Engineer", ["amsterdam"], country="NL", expired=False,
                 ident=None, url=new_url(co, "Senior Backend Engineer"), style="p"))
    files["boards/canal-street-labs-senior-backend-engineer.json"] = ("object", [(a5, "A5")], None)
    # JSON array export from an aggregator
    arr = [(rand_board(True), None) for _ in range(26)]
    co = BY_NAME["Hearth & Home Outfitters"]
    req, months = new_req(co), 36
    sec = unique_sections(lambda: make_sections(tit["Store Manager"], "Store Manager", co, "", "US", months, False, True))
    for ck in ["portland-or", "portland-me"]:
        s2 = copy.deepcopy(sec)
        s2["intro"].append(f"This opening is for our {CITIES[ck][0]}, {CITIES[ck][2]} store.")
        arr.append((B(co, tit["Store Manager"], "Store Manager", [ck], country="US", expired=False, ident=("pv", req),
                      sec=s2, months=months, style="p"), "B4"))
    for coname, tname, variant, ck, emp in [
            ("Lakeside Tutoring", "Reading Tutor", "Volunteer Reading Tutor", "madison", "Volunteer"),
            ("Granite Peak Software", "Software Engineering Intern", "Software Engineer Intern (Summer 2027)", "boise",
             "Internship"),
            ("Harborlight Home Care", "Registered Nurse", "Registered Nurse", "orlando", "Per diem")]:
        d = B(BY_NAME[coname], tit[tname], variant, [ck], country="US", expired=False, style="p")
        d["employmentType"] = emp
        arr.append((d, None))
    co = BY_NAME["Morning Ritual Coffee"]
    a6 = early(B(co, tit["Barista"], "Barista", ["portland-or"], country="US", expired=False,
                 ident=("str", new_req(co)), url=None, style="p"))
    arr.append((a6, "A6"))
    co = BY_NAME["Greenline Grocers"]
    a7 = early(B(co, tit["Customer Service Representative"], "Customer Service Representative", ["springfield-ma"],
                 country="US", expired=False, ident=None, url=None, style="br"))
    order = list(range(len(arr)))
    R.shuffle(order)
    files["boards/harbourline-export.json"] = ("array", [arr[i] for i in order], None)
    # @graph wrapper, one company
    co = BY_NAME["Kestrel Cloud"]
    graph = []
    for fam, country in [("sw", "US"), ("sw", "GB"), ("biz", "DE"), ("sw", "IN")]:
        d = rand_board(False, fam, co, country)
        if isinstance(d.get("hiringOrganization"), dict):
            d["hiringOrganization"]["@id"] = f"https://www.{co.domain}/#organization"
        d.pop("@context")
        graph.append((d, None))
    files["boards/kestrel-cloud-graph.json"] = ("graph", graph, co)
    # JSONL feed
    feed = [(rand_board(True), None) for _ in range(78)]
    co = BY_NAME["Foxglove Security"]
    a4 = early(B(co, tit["Security Analyst"], "Security Analyst", ["boston"], country="US", expired=False,
                 ident=("pv", new_req(co)), url=new_url(co, "Security Analyst"), style="rich"))
    feed.append((a4, "A4"))
    feed.append((repost(a5), "A5"))
    co = BY_NAME["Orbital Kite"]
    req, months = new_req(co), 60
    t = tit["Site Reliability Engineer"]
    sec = unique_sections(lambda: make_sections(t, "Senior Site Reliability Engineer", co, "", "GB", months, False, False))
    for ck, country in [("london", "GB"), ("dublin", "IE"), ("amsterdam", "NL")]:
        s2 = copy.deepcopy(sec)
        s2["intro"].append(f"This position is based in our {CITIES[ck][0]} office.")
        feed.append((B(co, t, "Senior Site Reliability Engineer", [ck], country=country, expired=False,
                       ident=("pv", req), sec=s2, months=months, style="p"), "B3"))
    co = BY_NAME["Ironbark Payments"]
    c3_req = new_req(co)
    feed.append((B(co, tit["Product Manager"], "Product Manager", ["sydney"], country="AU", expired=False,
                   ident=("pv", c3_req), style="p"), "C3"))
    order = list(range(len(feed)))
    R.shuffle(order)
    files["boards/feed.jsonl"] = ("jsonl", [feed[i] for i in order], None)
    # gzip JSONL archive
    gz = [(rand_board(True), None) for _ in range(62)]
    gz += [(repost(a4), "A4"), (a7, "A7"),
           (B(co, tit["Technical Program Manager"], "Technical Program Manager", ["sydney"], country="AU",
              expired=False, ident=("pv", c3_req), style="p"), "C3")]
    order = list(range(len(gz)))
    R.shuffle(order)
    files["boards/archive.jsonl.gz"] = ("jsonl.gz", [gz[i] for i in order], None)
    files["boards/harbourline-export.json"][1].insert(5, (repost(a7), "A7"))
    # HTML career pages
    co = BY_NAME["Nimbus Forge"]
    files["boards/careers-nimbus-forge.html"] = ("html", [(rand_board(False, "sw", co, "US"), None),
                                                         (rand_board(False, "biz", co, "US"), None)], "blocks")
    co = BY_NAME["Mercy Valley Health"]
    mv = []
    for tname, ck in [("Nurse Practitioner", "burbank"), ("Medical Assistant", "irvine"), ("Pharmacist", "san-diego")]:
        t = tit[tname]
        mv.append((B(co, t, t.variants[0], [ck], country="US", expired=False, style="p"), None))
    files["boards/careers-mercy-valley-health.html"] = ("html", mv, "graph")
    co = BY_NAME["Morning Ritual Coffee"]
    mr = [(repost(a6), "A6"), (B(co, tit["Store Manager"], "Assistant Store Manager", ["portland-or"], country="US",
                                 expired=False, style="rich"), None)]
    files["boards/careers-morning-ritual-coffee.html"] = ("html", mr, "array")
    co = BY_NAME["Spree Works GmbH"]
    files["boards/careers-spree-works.html"] = ("html", [(rand_board(False, "sw", co, "DE"), None)], "org")
    return files


# ---------------------------------------------------------------- writing
def dumps_line(d, ascii_only=False):
    return json.dumps(d, ensure_ascii=ascii_only) + "\n"


def ld(obj):
    """JSON for a <script> block: '</' is written as '<\\/' so a description cannot close the script early."""
    return json.dumps(obj, indent=2, ensure_ascii=False).replace("</", "<\\/")


PAGE = """<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="utf-8">
<title>Careers at {company}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="/assets/site.css">
<style>body {{ font-family: sans-serif; }} .job-card {{ border: 1px solid #ddd; padding: 1em; }}</style>
{blocks}
</head>
<body>
<nav><a href="/">Home</a> | <a href="/about">About us</a> | <a href="/careers">Careers</a> | <a href="/contact">Contact</a></nav>
<main>
<h1>Join {company}</h1>
<p>We are always looking for kind, curious people. Browse our open roles below.</p>
{cards}
</main>
<footer><p>&copy; 2026 {company}. All rights reserved. <a href="/privacy">Privacy</a></p></footer>
<script src="/assets/analytics.js"></script>
<script>window.dataLayer = window.dataLayer || []; dataLayer.push({{"event": "careers_view"}});</script>
</body>
</html>
"""


def html_page(postings, mode, company):
    co = BY_NAME[company]
    cards = "\n".join(f'<div class="job-card"><h2>{esc(d["title"])}</h2><p>{esc(city_text(d))}</p>'
                      f'<a href="{esc(d.get("url", "#"))}">View job</a></div>' for d in postings)
    org = {"@type": "Organization", "@id": f"https://www.{co.domain}/#organization", "name": co.name,
           "url": f"https://www.{co.domain}", "logo": f"https://www.{co.domain}/assets/logo.png"}
    script = lambda o: f'<script type="application/ld+json">\n{ld(o)}\n</script>'
    if mode == "blocks":
        blocks = [script(d) for d in postings]
    elif mode == "graph":
        body = [{k: v for k, v in d.items() if k != "@context"} for d in postings]
        blocks = [script({"@context": "https://schema.org",
                          "@graph": [dict(org, **{"@type": "Hospital"}),
                                     {"@type": "WebPage", "@id": f"https://www.{co.domain}/careers",
                                      "name": f"Careers at {co.name}"}] + body})]
    elif mode == "array":
        blocks = [script({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "name": "Home", "item": f"https://www.{co.domain}/"},
            {"@type": "ListItem", "position": 2, "name": "Careers", "item": f"https://www.{co.domain}/careers"}]}),
            script(postings)]
    else:
        blocks = [script({"@context": "https://schema.org", **org}), script(postings[0])]
    lang = "de" if "GmbH" in company else "en"
    return PAGE.format(lang=lang, company=esc(company), blocks="\n".join(blocks), cards=cards)


def city_text(d):
    loc = d.get("jobLocation")
    loc = loc[0] if isinstance(loc, list) else loc
    return loc["address"]["addressLocality"] if loc else "Remote"


def strip_case(items):
    return [d for d, _ in items]


def write_all():
    if POSTINGS.exists():
        shutil.rmtree(POSTINGS)
    (POSTINGS / "boards").mkdir(parents=True)
    linkedin = make_linkedin()
    boards = make_boards()
    cases = {}

    def note(tag, item):
        cases.setdefault(tag, []).append(item)

    with open(POSTINGS / "linkedin.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for i, (d, tag) in enumerate(linkedin, 1):
            f.write(dumps_line(d))
            if tag:
                note(tag, dict(file="postings/linkedin.jsonl", line=i, **summary(d)))
    for name, (kind, items, extra) in boards.items():
        path = POSTINGS / name
        ds = strip_case(items)
        if kind == "object":
            text = json.dumps(ds[0], indent=2, ensure_ascii="canal" in name) + "\n"
        elif kind == "array":
            text = json.dumps(ds, indent=1, ensure_ascii=False) + "\n"
        elif kind == "graph":
            co = extra
            org = {"@type": "Organization", "@id": f"https://www.{co.domain}/#organization", "name": co.name,
                   "url": f"https://www.{co.domain}", "sameAs": [f"https://www.linkedin.com/company/{co.li_slug}"]}
            page = {"@type": "WebPage", "@id": f"https://www.{co.domain}/careers", "url": f"https://www.{co.domain}/careers",
                    "name": f"Careers at {co.name}", "about": {"@id": org["@id"]}}
            text = json.dumps({"@context": "https://schema.org", "@graph": [org, page] + ds}, indent=2,
                              ensure_ascii=False) + "\n"
        elif kind in ("jsonl", "jsonl.gz"):
            text = "".join(dumps_line(d, ascii_only=(kind == "jsonl")) for d in ds)
        else:
            company = ds[0]["hiringOrganization"]
            company = company["name"] if isinstance(company, dict) else company
            text = html_page(ds, extra, company)
        if kind == "jsonl.gz":
            with open(path, "wb") as raw, gzip.GzipFile(filename="", mode="wb", fileobj=raw, mtime=0) as gz:
                gz.write(text.encode("utf-8"))
        else:
            path.write_text(text, encoding="utf-8", newline="\n")
        for i, (d, tag) in enumerate(items):
            if tag:
                where = ({"line": i + 1} if kind.startswith("jsonl") else {"posting": i} if kind == "html"
                         else {"index": i} if kind != "object" else {})
                note(tag, dict(file=f"postings/{name}", **where, **summary(d)))
    kinds = {"A": "exact re-post: same posting twice, only datePosted/validThrough (A3: also identifier) differ",
             "B": "same requisition id posted in several cities: distinct postings",
             "C": "same requisition id reused for a different title: distinct postings"}
    manifest = [{"case": tag, "meaning": kinds[tag[0]], "copies": cases[tag]} for tag in sorted(cases)]
    MANIFEST.write_text(json.dumps(manifest, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    return linkedin, boards, manifest


def summary(d):
    org = d["hiringOrganization"]
    ident = d.get("identifier")
    return dict(title=html.unescape(d["title"]), company=html.unescape(org["name"] if isinstance(org, dict) else org),
                city=city_text(d), identifier=(ident.get("value") if isinstance(ident, dict) else ident),
                url=d.get("url"), datePosted=d["datePosted"])


# ---------------------------------------------------------------- check
def read_corpus():
    """Parse every corpus file the way the indexer must: yield (file, where, JobPosting dict)."""
    for path in sorted(POSTINGS.rglob("*")):
        if path.is_dir():
            continue
        rel = str(path.relative_to(CORPUS))
        if path.name.endswith(".jsonl") or path.name.endswith(".jsonl.gz"):
            raw = gzip.open(path, "rt", encoding="utf-8") if path.name.endswith(".gz") else open(path, encoding="utf-8")
            with raw:
                for i, line in enumerate(raw, 1):
                    yield from postings_in(json.loads(line), rel, f"line {i}")
        elif path.suffix == ".json":
            yield from postings_in(json.loads(path.read_text(encoding="utf-8")), rel, "")
        elif path.suffix == ".html":
            text = path.read_text(encoding="utf-8")
            blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', text, re.S)
            assert blocks, rel
            for j, b in enumerate(blocks):
                yield from postings_in(json.loads(b), rel, f"block {j}")


def postings_in(v, rel, where):
    if isinstance(v, list):
        for i, x in enumerate(v):
            yield from postings_in(x, rel, f"{where} [{i}]")
    elif isinstance(v, dict) and "@graph" in v:
        yield from postings_in(v["@graph"], rel, where + " @graph")
    elif isinstance(v, dict) and v.get("@type") == "JobPosting":
        yield rel, where.strip(), v


def text_of(desc):
    prev = None
    while prev != desc:
        prev, desc = desc, html.unescape(desc) if "&lt;" in desc or "&amp;" in desc else desc
    desc = re.sub(r"<(script|style)\b.*?</\1>", " ", desc, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", desc))


def country_code(c):
    name = c["name"] if isinstance(c, dict) else c
    names = {v[0]: k for k, v in COUNTRIES.items()}
    return {"USA": "US"}.get(name, names.get(name, name))


def haversine(a, b):
    la1, lo1, la2, lo2 = map(math.radians, (a[0], a[1], b[0], b[1]))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 12742 * math.asin(math.sqrt(h))


def check():
    per_file, emp, cities, titles, companies, words_n = Counter(), Counter(), Counter(), set(), set(), []
    li, bs = Counter(), Counter()
    expired = total = 0
    descs = Counter()
    for rel, where, d in read_corpus():
        total += 1
        per_file[rel] += 1
        e = d.get("employmentType")
        for x in (e if isinstance(e, list) else [e]):
            emp[x] += 1
        locs = d.get("jobLocation") or []
        for p in (locs if isinstance(locs, list) else [locs]):
            a = p["address"]
            cities[f'{a["addressLocality"]}, {a.get("addressRegion") or ""} {a["addressCountry"] if isinstance(a["addressCountry"], str) else a["addressCountry"]["name"]}'] += 1
        titles.add(html.unescape(d["title"]))
        org = d["hiringOrganization"]
        companies.add(html.unescape(org["name"] if isinstance(org, dict) else org))
        text = text_of(d["description"])
        assert "jobsearchScriptCanary" not in text and "canary" not in text.lower(), (rel, where)
        words_n.append(words(text))
        descs[d["description"]] += 1
        assert "2026-08-01" <= d["datePosted"][:10] <= "2026-11-28", d["datePosted"]
        if d.get("validThrough", "9999")[:10] < "2026-11-29":
            expired += 1
        if not rel.endswith("linkedin.jsonl"):
            bs["n"] += 1
            bs["remote"] += d.get("jobLocationType") == "TELECOMMUTE"
            bs["remote_no_location"] += "jobLocation" not in d
            bs["location_list"] += isinstance(d.get("jobLocation"), list)
            bs["geo_strings"] += any(isinstance(p.get("geo", {}).get("latitude"), str) for p in
                                     (locs if isinstance(locs, list) else [locs]))
            bs["org_string"] += isinstance(org, str)
            bs["id_string"] += isinstance(d.get("identifier"), str)
            bs["id_absent"] += "identifier" not in d
            bs["url"] += "url" in d
            bs["salary"] += "baseSalary" in d or "estimatedSalary" in d
            bs["script_in_desc"] += "<script" in d["description"]
            bs["escaped_desc"] += d["description"].startswith("&lt;")
            bs["double_escaped"] += d["description"].startswith("&amp;lt;")
            bs["plain_desc"] += "<" not in d["description"] and "&lt;" not in d["description"]
            bs["expired"] += d.get("validThrough", "9999")[:10] < "2026-11-29"
            first = (locs[0] if isinstance(locs, list) and locs else locs) or {}
            bs["non_US"] += bool(first) and country_code(first["address"]["addressCountry"]) != "US"
        if rel.endswith("linkedin.jsonl"):
            li["n"] += 1
            li["amp"] += "&amp;amp;" in d["description"]
            li["novalue"] += "value" not in d["identifier"]
            li["salary"] += "estimatedSalary" in d or "baseSalary" in d
            li["remote"] += d.get("jobLocationType") == "TELECOMMUTE"
            li["noexp"] += "experienceRequirements" not in d
            li["norequirements"] += d.get("experienceRequirements") == "no requirements"
            li["noedu"] += "educationRequirements" not in d
            li["expired"] += d["validThrough"][:10] < "2026-11-29"
    print(f"{total} postings")
    for k, v in sorted(per_file.items()):
        print(f"  {v:4d}  {k}")
    print("LinkedIn shape:", ", ".join(f"{k}={v}" + (f" ({100 * v / li['n']:.0f}%)" if k != "n" else "")
                                       for k, v in li.items()))
    print("standard shape:", ", ".join(f"{k}={v}" for k, v in bs.items()))
    print("employmentType values:", dict(emp.most_common()))
    print(f"{len(titles)} distinct titles, {len(companies)} companies, {len(cities)} distinct city labels, "
          f"{expired} expired (validThrough < 2026-11-29)")
    print(f"description words: min {min(words_n)}, max {max(words_n)}, mean {sum(words_n) / len(words_n):.0f}")
    print("top cities:", ", ".join(f"{k.strip()} ({v})" for k, v in cities.most_common(12)))
    dup = {k: v for k, v in descs.items() if v > 1}
    print(f"descriptions shared by more than one posting: {len(dup)} (sizes {sorted(dup.values())})")
    la = CITIES["los-angeles"][5:]
    print("km from Los Angeles:", ", ".join(f"{k} {haversine(la, CITIES[k][5:]):.0f}" for k in
                                            ["santa-monica", "pasadena", "long-beach", "burbank", "irvine", "san-diego"]))
    manifest = json.loads(MANIFEST.read_text(encoding="utf-8"))
    check_identity(manifest)
    for c in manifest:
        print(f"  {c['case']}: " + "; ".join(f"{x['title']} @ {x['company']}, {x['city']}, id={x['identifier']} "
                                             f"[{x['file']} {x.get('line', x.get('index', x.get('posting', '')))}]" for x in c["copies"]))
    return total


def check_identity(manifest):
    """Ids, urls and descriptions may repeat only inside the deliberate cases listed in the manifest."""
    allowed = {}
    for c in manifest:
        for x in c["copies"]:
            allowed[(x["title"], x["company"], x["city"])] = c["case"]
    seen = {"identifier": {}, "url": {}, "description": {}, "hash key": {}}
    for rel, where, d in read_corpus():
        s = summary(d)
        key = (s["title"], s["company"], s["city"])
        locs = json.dumps(d.get("jobLocation"), sort_keys=True)
        for kind, value in [("identifier", s["identifier"]), ("url", s["url"]), ("description", d["description"]),
                            ("hash key", (s["title"], s["company"], locs, s["datePosted"]))]:
            if value is not None:
                seen[kind].setdefault(value if isinstance(value, (str, tuple)) else json.dumps(value), []).append(key)
    for kind, groups in seen.items():
        for value, keys in groups.items():
            if len(keys) > 1:
                cases = {allowed.get(k) for k in keys}
                assert None not in cases and len(cases) == 1, f"unexpected shared {kind}: {keys}"
    print("identity: ids, urls and descriptions repeat only inside the deliberate cases")


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--check", action="store_true", help="only parse the corpus and print a summary")
    args = ap.parse_args()
    if not args.check:
        write_all()
    check()


if __name__ == "__main__":
    sys.exit(main())
