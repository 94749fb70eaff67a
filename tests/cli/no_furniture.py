#!/usr/bin/env python3
"""No finding or quote text contains menu, advert, caption or comment-form strings.

1. The seeds' gold `content.must_exclude` strings are in no finding or quote.
2. A page written here, with a menu, an ad banner of run-together links, image captions,
   a "Related stories" list, a comment form and job adverts around a short article: only
   the article's sentences and quotes come out, and document.content leaves the rest out.
3. Over every news article in the corpus, no finding or quote contains a furniture string.
Usage: no_furniture.py JTAI SHARED_DIR
"""
import glob, json, os, subprocess, sys, tempfile

jtai, shared = sys.argv[1], sys.argv[2]
failures = []


def analyse(path):
    r = subprocess.run([jtai, "analyse", "--format", "json", path], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAIL {path}: {r.stderr}")
    return json.loads(r.stdout)


def texts(rec):
    return [("finding", f["text"]) for f in rec["findings"]] + [("quote", q["text"]) for q in rec["quotes"]]


checked = 0
for gold in sorted(glob.glob(os.path.join(shared, "corpus", "gold", "news-*.gold.json"))):
    g = json.load(open(gold, encoding="utf-8"))
    rec = analyse(os.path.join(shared, "corpus", "seeds", g["file"]))
    for what, t in texts(rec):
        for bad in g.get("content", {}).get("must_exclude", []):
            checked += 1
            if bad in t:
                failures.append(f"{g['file']}: {what} contains {bad!r}")

PAGE = """Home News Sport Weather
Tuesday 3 March 2020

Inspectors criticise safeguarding in Exampleshire

HomeNewsSportWeatherTravelJobsCarsPropertyMotors

Boy on a swing The report comes after a series of concerns about children in the county were raised by parents

Related Stories

A joint inspection by Ofsted and the Care Quality Commission found that children in Exampleshire wait too long for help.
Inspectors found that information sharing between the police and social care is poor.
Agencies should make sure that every child at risk is seen promptly, the report said.
Jane Smith, the council's director of children's services, said: "We accept the findings and are already acting on them."
Share this article

3 comments:

Post a Comment

Name *

Email *

Message *

Related Posts
Care worker jobs
Subscribe to our newsletter
"""
FURNITURE = ["Home News Sport Weather", "HomeNewsSportWeather", "Boy on a swing", "Related Stories", "Share this article",
             "3 comments", "Post a Comment", "Name *", "Email *", "Message *", "Related Posts", "Care worker jobs",
             "Subscribe to our newsletter"]
d = tempfile.mkdtemp()
page = os.path.join(d, "page.txt")
open(page, "w", encoding="utf-8").write(PAGE)
rec = analyse(page)
raw = PAGE.encode("utf-8")
got = [(f["kind"], f["text"]) for f in rec["findings"]]
want = [("concern", "A joint inspection by Ofsted and the Care Quality Commission found that children in Exampleshire wait too long for help."),
        ("concern", "Inspectors found that information sharing between the police and social care is poor."),
        ("recommendation", "Agencies should make sure that every child at risk is seen promptly, the report said.")]
if got != want:
    failures.append(f"own page: findings {got}")
quotes = [(q["speaker"], q["text"]) for q in rec["quotes"]]
if quotes != [("Jane Smith", "We accept the findings and are already acting on them.")]:
    failures.append(f"own page: quotes {quotes}")
if rec["document"]["kind"] != "news-article" or rec["document"]["date"] != "2020-03-03":
    failures.append(f"own page: document {rec['document']['kind']} {rec['document']['date']}")
if rec["document"]["title"] != "Inspectors criticise safeguarding in Exampleshire":
    failures.append(f"own page: title {rec['document']['title']!r}")
for s in FURNITURE:
    i = raw.find(s.encode("utf-8"))
    inside = any(a <= i < b for a, b in rec["document"]["content"])
    if inside:
        failures.append(f"own page: {s!r} is inside document.content")
    for what, t in texts(rec):
        checked += 1
        if s in t:
            failures.append(f"own page: {what} contains {s!r}")

MARKERS = ["Related Stories", "Related Posts", "Post a Comment", "SIGN UP", "Subscribe", "click here", "Linkedin",
           "Partner Content", "Recuriter", "cookies", "Skip to", "Share this", "image"]
docs = sorted(glob.glob(os.path.join(shared, "corpus", "docs", "news-article", "*.txt")))
r = subprocess.run([jtai, "analyse", "--format", "jsonl"] + docs, capture_output=True, text=True)
n_findings = n_quotes = 0
for line in r.stdout.splitlines():
    rec = json.loads(line)
    n_findings += len(rec.get("findings", []))
    n_quotes += len(rec.get("quotes", []))
    for what, t in texts(rec):
        for s in MARKERS:
            checked += 1
            if s in t:
                failures.append(f"{os.path.basename(rec['source']['path'])}: {what} contains {s!r}: {t[:100]}")

print(f"{checked} checks; corpus news: {len(docs)} articles, {n_findings} findings, {n_quotes} quotes")
for f in failures:
    print("FAIL " + f)
sys.exit(1 if failures else 0)
