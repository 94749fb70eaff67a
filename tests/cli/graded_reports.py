#!/usr/bin/env python3
"""Graded inspection reports give exactly the grades printed in them; nothing else is graded.

1. Each graded report of the corpus (the six ILACS PDFs, ILACS Halton 2020 and Merton 2022,
   area SEND Southend-on-Sea 2023 and Halton 2024, the Stockton-on-Tees 2016 single
   inspection framework report with its LSCB review) has exactly the judgements below, in
   the order written. The grades were read by hand from each report's text (`jtai text`
   for PDFs). Each grade's span holds its grade_text, and the heading is as written.
2. ilacs-grades.tsv (another tool's reading of the six PDFs) is compared and every
   disagreement printed; it does not decide the test.
3. Every JTAI letter, news article and thematic report (seeds, docs, JTAI PDFs) has
   `judgements: []`.
4. On the six ILACS PDFs no finding contains the running title or date line, a page
   number line or the back-page notice, and no finding is longer than 2,500 characters.
Usage: graded_reports.py JTAI SHARED_DIR
"""
import collections, csv, glob, json, os, re, subprocess, sys

jtai, shared = sys.argv[1], sys.argv[2]
corpus = os.path.join(shared, "corpus")
pdf, other = os.path.join(corpus, "pdf"), os.path.join(corpus, "docs", "other-inspection")
failures = []

LSHIP, HP, CARE, LEAVERS, OVERALL = "leaders", "help-and-protection", "in-care", "care-leavers", "overall-effectiveness"
O, G, RI = "outstanding", "good", "requires-improvement"
EXPECTED = {
    # ILACS 2023 framework: children in care and care leavers graded apart.
    os.path.join(pdf, "barnsley-2023-ilacs.pdf"): [(LSHIP, G), (HP, RI), (CARE, G), (LEAVERS, G), (OVERALL, G)],
    os.path.join(pdf, "bexley-2023-ilacs.pdf"): [(LSHIP, O), (HP, G), (CARE, G), (LEAVERS, O), (OVERALL, O)],
    os.path.join(pdf, "brighton-and-hove-2024-ilacs.pdf"): [(LSHIP, O), (HP, G), (CARE, O), (LEAVERS, O), (OVERALL, O)],
    os.path.join(pdf, "kirklees-2024-ilacs.pdf"): [(LSHIP, G), (HP, G), (CARE, G), (LEAVERS, RI), (OVERALL, G)],
    os.path.join(pdf, "oldham-2024-ilacs.pdf"): [(LSHIP, G), (HP, G), (CARE, G), (LEAVERS, G), (OVERALL, G)],
    os.path.join(pdf, "staffordshire-2024-ilacs.pdf"): [(LSHIP, RI), (HP, RI), (CARE, G), (LEAVERS, RI), (OVERALL, RI)],
    # ILACS 2018 framework: "children in care and care leavers" is one judgement.
    os.path.join(other, "halton-2020-ilacs-inspection.txt"): [(LSHIP, RI), (HP, RI), (CARE, RI), (OVERALL, RI)],
    os.path.join(other, "merton-2022-ilacs-inspection.txt"): [(LSHIP, O), (HP, G), (CARE, O), (OVERALL, O)],
    # Area SEND 2023 framework: one inspection outcome.
    os.path.join(other, "southend-on-sea-2023-area-send-inspection.txt"): [("send-outcome", "inconsistent")],
    os.path.join(other, "halton-2024-area-send-inspection.txt"): [("send-outcome", "systemic-failings")],
    # Single inspection framework: "Children's services in Stockton-on-Tees are good." first,
    # then the numbered table, and the LSCB review's own judgement further on.
    os.path.join(other, "stockton-on-tees-2016-sif-and-lscb-review.txt"): [
        (OVERALL, G), (HP, G), (CARE, RI), ("adoption", RI), (LEAVERS, O), (LSHIP, G), ("lscb", RI)],
}
BACK_PAGE = ["If you would like a copy of this document", "Crown copyright", "subscribe to our monthly newsletter",
             "Open Government Licence", "Piccadilly Gate", "enquiries@ofsted.gov.uk", "Textphone",
             "regulates and inspects to achieve excellence"]
MAX_FINDING = 2500


def run(args):
    r = subprocess.run([jtai] + args, capture_output=True)
    if r.returncode != 0:
        sys.exit(f"FAIL jtai {' '.join(args)}: {r.stderr.decode(errors='replace')}")
    return r.stdout


def fold(s):
    return re.sub(r"\s+", " ", s).strip()


records = {}
for line in run(["analyse", "--format", "jsonl", "-j2"] + sorted(EXPECTED)).decode().splitlines():
    rec = json.loads(line)
    records[rec["source"]["path"]] = rec

# 1. The grades printed in each report, with their spans.
for path, want in EXPECTED.items():
    rec = records[path]
    js = rec["document"].get("judgements", [])
    got = [(j["id"], j["grade"]) for j in js]
    if got != want:
        failures.append(f"{os.path.basename(path)}: judgements {got}, want {want}")
    text = run(["text", path]) if path.endswith(".pdf") else open(path, "rb").read()
    for j in js:
        b, e = j["span"]
        written = fold(text[b:e].decode("utf-8", "replace"))
        if written != j["grade_text"] or not j["heading"]:
            failures.append(f"{os.path.basename(path)}: {j['id']} span {j['span']} holds {written!r}, "
                            f"grade_text {j['grade_text']!r}, heading {j['heading']!r}")

# 2. The other tool's reading of the six PDFs.
disagree = 0
with open(os.path.join(pdf, "ilacs-grades.tsv"), encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        want = dict(EXPECTED[os.path.join(pdf, row["file"])])
        for jid in (LSHIP, HP, CARE, LEAVERS, OVERALL):
            if row[jid] != want.get(jid, "inspection_pre_dates_judgement"):
                disagree += 1
                print(f"note: ilacs-grades.tsv says {row['file']} {jid}={row[jid]}, the report prints {want.get(jid)}")
print(f"ilacs-grades.tsv: {disagree} disagreements with the reports")

# 3. Letters, news and thematic reports carry no judgements.
ungraded = glob.glob(os.path.join(corpus, "seeds", "*.txt")) + glob.glob(os.path.join(corpus, "pdf", "*-jtai.pdf"))
for kind in ("jtai-letter", "news-article", "thematic-report"):
    ungraded += glob.glob(os.path.join(corpus, "docs", kind, "*"))
kinds = collections.Counter()
for line in run(["analyse", "--format", "jsonl", "-j2"] + sorted(ungraded)).decode().splitlines():
    rec = json.loads(line)
    kinds[rec["document"]["kind"]] += 1
    if rec["document"].get("judgements") != []:
        failures.append(f"{os.path.basename(rec['source']['path'])} ({rec['document']['kind']}): "
                        f"judgements {rec['document'].get('judgements')}")
print(f"ungraded documents: {dict(kinds)}")

# 4. ILACS PDFs: no running line, page number or back-page notice in a finding; no overlong finding.
n_findings = 0
for path in sorted(glob.glob(os.path.join(pdf, "*-ilacs.pdf"))):
    raw = run(["text", path])
    text = raw.decode("utf-8")
    lines = [l.strip() for l in text.replace("\f", "\n").split("\n") if l.strip()]
    repeated = collections.Counter(lines)
    running = [l for l, n in repeated.items() if n >= 3 and (l.startswith("Inspection of") or re.search(r"\d{4}$", l))]
    if len(running) != 2:
        failures.append(f"{os.path.basename(path)}: expected a running title and date line, found {running}")
    rec = records[path]
    for f in rec["findings"]:
        n_findings += 1
        name = f"{os.path.basename(path)} {f['id']}"
        if len(f["text"]) > MAX_FINDING:
            failures.append(f"{name}: {len(f['text'])} characters")
        for bad in running + BACK_PAGE:
            if bad in f["text"]:
                failures.append(f"{name}: contains {bad!r}")
        for b, e in f["spans"]:
            for l in raw[b:e].decode("utf-8", "replace").split("\n"):
                if re.fullmatch(r"\s*\d{1,3}\s*", l):
                    failures.append(f"{name}: span {b}-{e} covers the page number line {l.strip()!r}")
print(f"ILACS PDFs: {n_findings} findings checked")

for f in failures:
    print("FAIL " + f)
sys.exit(1 if failures else 0)
