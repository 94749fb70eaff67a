#!/usr/bin/env python3
"""Answers from records (issue 18): filters, summarise --by, duplicate folding, timeline, compare.

Usage: answers.py MODE JTAI SHARED_DIR SRC_DIR WORK_DIR
  records   analyses the corpus (seeds, docs, pdf) once into WORK_DIR/corpus.jsonl for the other modes;
  filters   every filter of tag, summarise and analyse keeps exactly the documents and findings that the
            same test written in Python keeps, with the counts written below;
  by        every --by field (and two cross-tabs) gives the table counted in Python, the totals below,
            and Markdown, CSV and JSON that agree;
  fold      a file given twice and a corpus letter's PDF beside its .txt are counted once, with a note;
  timeline  `jtai timeline Halton` lists Halton's three inspections in date order with their grades;
  compare   `jtai compare` of Halton's 2020 ILACS and 2024 area SEND reports: judgements and themes.
"""
import csv, io, json, os, shutil, subprocess, sys, tempfile

mode, jtai, shared, src, work = sys.argv[1:6]
corpus = [os.path.join(shared, "corpus", d) for d in ("seeds", "docs", "pdf")]
records_file = os.path.join(work, "answers-corpus.jsonl")
CONCERN_KINDS = {"area-for-improvement", "priority-action", "concern"}


def backtrace(args):
    """The stacks of a rerun under gdb, for a jtai that died of a signal (empty without gdb)."""
    if not shutil.which("gdb"):
        return ""
    r = subprocess.run(["gdb", "-batch", "-ex", "run", "-ex", "thread apply all bt 30", "--args", jtai] + args,
                       capture_output=True, text=True, stdin=subprocess.DEVNULL)
    return r.stdout[-6000:]


def run(args, code=0):
    r = subprocess.run([jtai] + args, capture_output=True, text=True)
    if r.returncode < 0 and code >= 0:
        sys.stderr.write(f"jtai died of signal {-r.returncode}; rerun under gdb:\n{backtrace(args)}\n")
    assert r.returncode == code, f"jtai {' '.join(args)}: exit {r.returncode}, want {code}: {r.stderr[:400]}"
    return r.stdout


def load(text):
    return [json.loads(l) for l in text.splitlines() if l.strip()]


def records():
    return load(open(records_file, encoding="utf-8").read())


def is_concern(f):
    return f["kind"] in CONCERN_KINDS or (f["kind"] == "observation" and f["polarity"] in ("negative", "mixed"))


def text_key(r):
    return r["source"].get("text_sha256") or r["source"]["sha256"]


def folded(recs):
    seen, out = set(), []
    for r in recs:
        if text_key(r) not in seen:
            seen.add(text_key(r))
            out.append(r)
    return out


# --- filters -----------------------------------------------------------------------------------------

def when(r):
    d = r["document"]
    return d["date"] or (d.get("fieldwork") or {}).get("end") or ""


def keep_doc(r, kinds=(), areas=(), since="", until=""):
    d = r["document"]
    if kinds and d["kind"] not in kinds:
        return False
    if areas and not any(a["name"].lower() in areas or (a.get("code") or "").lower() in areas for a in d["areas"]):
        return False
    end = {4: "-12-31", 7: "-31"}.get(len(until), "")
    if since and (not when(r) or when(r) < since):
        return False
    if until and (not when(r) or when(r) > until + end):
        return False
    return True


def keep_finding(f, fk=(), pol=(), themes=(), agencies=(), labels=(), concerns=False):
    own = set(f["labels"]) | {"theme:" + t for t in f["themes"]} | {"agency:" + a for a in f["agencies"]}
    return ((not fk or f["kind"] in fk) and (not pol or f["polarity"] in pol)
            and (not themes or set(themes) & set(f["themes"])) and (not agencies or set(agencies) & set(f["agencies"]))
            and (not labels or set(labels) & own) and (not concerns or is_concern(f)))


def expected(recs, doc, fnd):
    out = []
    for r in recs:
        if not keep_doc(r, **doc):
            continue
        ids = [f["id"] for f in r["findings"] if keep_finding(f, **fnd)]
        if fnd and not ids:
            continue
        out.append((r["source"]["path"], tuple(ids if fnd else [f["id"] for f in r["findings"]])))
    return out


def got(text):
    return [(r["source"]["path"], tuple(f["id"] for f in r["findings"])) for r in load(text)]


# (name, options, python filter of documents, of findings, documents kept, findings kept)
FILTERS = [
    ("kind", ["--kind", "inspection-report"], {"kinds": ["inspection-report"]}, {}, 14, 654),
    ("kind OR", ["--kind", "news-article", "--kind", "thematic-report"],
     {"kinds": ["news-article", "thematic-report"]}, {}, 42, 158),
    ("area name any case", ["--area", "HALTON"], {"areas": ["halton"]}, {}, 3, 99),
    ("area ONS code", ["--area", "e06000006"], {"areas": ["e06000006"]}, {}, 3, 99),
    ("since a year", ["--since", "2023"], {"since": "2023"}, {}, 23, 1086),
    ("until a month", ["--until", "2016-06"], {"until": "2016-06"}, {}, 10, 204),
    ("since AND until", ["--since", "2019-01-01", "--until", "2020"], {"since": "2019-01-01", "until": "2020"}, {},
     12, 508),
    ("finding kind", ["--finding-kind", "priority-action"], {}, {"fk": ["priority-action"]}, 9, 29),
    ("polarity OR", ["--polarity", "negative", "--polarity", "mixed"], {}, {"pol": ["negative", "mixed"]}, 79, 1455),
    ("theme", ["--theme", "neglect"], {}, {"themes": ["neglect"]}, 23, 183),
    ("agency", ["--agency", "police"], {}, {"agencies": ["police"]}, 69, 643),
    ("label theme: form", ["--label", "theme:exploitation-and-missing"], {},
     {"labels": ["theme:exploitation-and-missing"]}, 60, 430),
    ("concerns", ["--concerns"], {}, {"concerns": True}, 78, 1412),
    ("concerns AND agency AND kind", ["--concerns", "--agency", "health", "--kind", "jtai-letter"],
     {"kinds": ["jtai-letter"]}, {"concerns": True, "agencies": ["health"]}, 48, 369),
]


def mode_records():
    out = run(["analyse", "-f", "jsonl", "-j2"] + corpus)
    with open(records_file + ".tmp", "w", encoding="utf-8") as f:
        f.write(out)
    os.replace(records_file + ".tmp", records_file)
    print(f"records: {len(load(out))} corpus records in {records_file}")


def mode_filters():
    recs = records()
    for name, opts, doc, fnd, docs, findings in FILTERS:
        want = expected(recs, doc, fnd)
        have = got(run(["tag"] + opts + [records_file]))
        assert have == want, f"tag {name}: {len(have)} documents, want {len(want)}"
        summary = json.loads(run(["summarise", "-f", "json"] + opts + [records_file]))
        # summarise counts each text once
        keys = {text_key(r): 0 for r in recs}
        kept = {p for p, _ in want}
        want_docs = len({text_key(r) for r in recs if r["source"]["path"] in kept})
        assert summary["documents"] == want_docs, (name, summary["documents"], want_docs)
        n_docs, n_find = len(want), sum(len(ids) for _, ids in want)
        print(f"filter {name}: {n_docs} documents, {n_find} findings")
        assert n_docs > 0 and (docs is None or (n_docs, n_find) == (docs, findings)), (name, n_docs, n_find)
    # A custom rule's label: tag with the user's rules file, then filter by its label.
    rules = os.path.join(src, "tests", "fixtures", "user.rules")
    labelled = load(run(["tag", "--add-rules", rules, records_file]))
    want = expected(labelled, {}, {"labels": ["topic:county-lines"]})
    have = got(run(["tag", "--add-rules", rules, "--label", "topic:county-lines", records_file]))
    assert have == want and have, f"--label topic:county-lines: {have[:3]} want {want[:3]}"
    print(f"filter custom label: {len(have)} documents, {sum(len(i) for _, i in have)} findings")
    # analyse filters documents and findings as tag does.
    docs = [os.path.join(shared, "corpus", "docs", "other-inspection")]
    plain = load(run(["analyse", "-f", "jsonl"] + docs))
    have = got(run(["analyse", "-f", "jsonl", "--area", "Halton", "--concerns"] + docs))
    assert have == expected(plain, {"areas": ["halton"]}, {"concerns": True}) and len(have) == 2, have
    for bad in (["--kind", "letter"], ["--since", "2020/01"], ["--polarity", "bad"], ["--finding-kind", "afi"]):
        run(["summarise"] + bad + [records_file], code=2)
    print("filters: tag, summarise and analyse agree with the Python filters; bad values exit 2")


# --- summarise --by ----------------------------------------------------------------------------------

REGIONS = {}
for line in open(os.path.join(src, "data", "areas.tsv"), encoding="utf-8"):
    if not line.startswith("#") and line.strip():
        cols = line.rstrip("\n").split("\t")
        REGIONS[cols[1]] = cols[2]


def values(field, r, f=None, j=None):
    d = r["document"]
    none = ["(none)"]
    return {
        "year": lambda: [when(r)[:4] if when(r) else "(no date)"],
        "area": lambda: [a["name"] for a in d["areas"]] or none,
        "region": lambda: [REGIONS.get(a.get("code") or "", "(unknown)") for a in d["areas"]] or none,
        "kind": lambda: [d["kind"]],
        "finding-kind": lambda: [f["kind"]],
        "polarity": lambda: [f["polarity"]],
        "theme": lambda: f["themes"] or none,
        "agency": lambda: f["agencies"] or none,
        "label": lambda: f["labels"] or none,
        "judgement": lambda: [j["id"]],
        "grade": lambda: [j["grade"]],
    }[field]()


def crosstab(recs, fields):
    finding = {"finding-kind", "polarity", "theme", "agency", "label"}
    judgement = {"judgement", "grade"}
    cells, total = {}, 0
    for r in folded(recs):
        if set(fields) & finding:
            items = [(f, None) for f in r["findings"]]
        elif set(fields) & judgement:
            items = [(None, j) for j in r["document"]["judgements"]]
        else:
            items = [(None, None)]
        for f, j in items:
            total += 1
            rows = set(values(fields[0], r, f, j))
            cols = set(values(fields[1], r, f, j)) if len(fields) > 1 else {""}
            for a in rows:
                for b in cols:
                    cells[(a, b)] = cells.get((a, b), 0) + 1
    return cells, total


# field(s) -> total items counted over the corpus
BY = {"year": 95, "area": 95, "region": 95, "kind": 95, "finding-kind": 2682, "polarity": 2682, "theme": 2682,
      "agency": 2682, "label": 2682, "judgement": 47, "year,theme": 2682, "region,grade": 47}


def table_cells(j):
    out = {}
    for row in j["rows"]:
        key = row[j["by"][0]]
        if len(j["by"]) > 1:
            for c, n in row["counts"].items():
                out[(key, c)] = n
        else:
            out[(key, "")] = row["total"]
    return out


def mode_by():
    recs = records()
    for by, want_total in BY.items():
        fields = by.split(",")
        if fields == ["judgement"]:
            fields = ["judgement", "grade"]
        j = json.loads(run(["summarise", "--by", by, "-f", "json", records_file]))
        cells, total = crosstab(recs, fields)
        assert j["by"] == fields and j["total"] == total, (by, j["total"], total)
        assert table_cells(j) == cells, f"--by {by}: cells differ from the Python count"
        print(f"--by {by}: {total} {j['unit']}, {len(j['rows'])} rows")
        assert want_total is None or total == want_total, (by, total, want_total)
    # The three formats of one cross-tab agree.
    args = ["summarise", "--by", "year,theme", "--concerns", records_file]
    j = json.loads(run(args + ["-f", "json"]))
    rows = list(csv.reader(io.StringIO(run(args + ["-f", "csv"]))))
    header = rows[0]
    assert header[0] == "year" and header[-1] == "all", header
    for row in rows[1:-1]:
        assert int(row[-1]) == [r for r in j["rows"] if r["year"] == row[0]][0]["total"], row
        for col, n in zip(header[1:-1], row[1:-1]):
            assert int(n) == j_count(j, row[0], col), (row[0], col)
    assert rows[-1][0] == "all" and int(rows[-1][-1]) == j["total"]
    md = run(args)
    assert md.startswith("# Findings by year and theme\n\n| year |"), md[:80]
    assert f"| all |" in md and f"{j['total']} findings from {j['documents']} documents (concerns)." in md
    run(["summarise", "--by", "colour", records_file], code=2)
    run(["summarise", "--by", "judgement,theme", records_file], code=2)
    print("--by: every field as counted in Python; Markdown, CSV and JSON of year,theme agree")


def j_count(j, year, col):
    row = [r for r in j["rows"] if r["year"] == year][0]
    return row["counts"].get(col, 0)


# --- folding -----------------------------------------------------------------------------------------

def mode_fold():
    sample = os.path.join(src, "data", "samples", "letter-york-2018.txt")
    with tempfile.TemporaryDirectory() as tmp:
        copy = os.path.join(tmp, "copy-of-york.txt")
        shutil.copy(sample, copy)
        j = json.loads(run(["summarise", "-f", "json", sample, copy]))
        assert j["documents"] == 1, j["documents"]
        assert j["folded"] == [{"text_sha256": j["folded"][0]["text_sha256"], "kept": sample, "folded": [copy]}], j["folded"]
        md = run(["summarise", sample, copy])
        assert "## Duplicates folded" in md and copy in md
    # The corpus holds letters as PDF and as pdftotext's .txt: the same text.
    recs = records()
    groups = {}
    for r in recs:
        groups.setdefault(text_key(r), []).append(r["source"]["path"])
    dup = {k: v for k, v in groups.items() if len(v) > 1}
    j = json.loads(run(["summarise", "-f", "json", records_file]))
    assert j["documents"] == len(groups), (j["documents"], len(groups))
    assert sorted(g["kept"] for g in j["folded"]) == sorted(v[0] for v in dup.values())
    t = json.loads(run(["summarise", "--by", "kind", "-f", "json", records_file]))
    assert t["documents"] == len(groups) and len(t["folded"]) == len(dup)
    print(f"fold: a copy counted once; corpus {len(recs)} records are {len(groups)} texts "
          f"({len(dup)} folded: {', '.join(os.path.basename(v[1]) for v in dup.values())})")


# --- timeline and compare ----------------------------------------------------------------------------

HALTON = [("2019-08-23", "jtai-letter", {}),
          ("2020-03-13", "inspection-report", {"leaders": "requires-improvement", "help-and-protection": "requires-improvement",
                                                "in-care": "requires-improvement", "overall-effectiveness": "requires-improvement"}),
          ("2023-11-24", "inspection-report", {"send-outcome": "systemic-failings"})]


def mode_timeline():
    j = json.loads(run(["timeline", "Halton", "-f", "json", records_file]))
    assert j["area"] == "Halton"
    inspections = [d for d in j["documents"] if d["inspection"]]
    print("timeline:", [(d["date"], d["kind"], d["grades"]) for d in inspections])
    assert [(d["date"], d["kind"], d["grades"]) for d in inspections] == HALTON
    assert [d["date_is_fieldwork"] for d in inspections] == [False, True, True]
    dates = [d["date"] or "9999" for d in j["documents"]]
    assert dates == sorted(dates), dates
    assert len(j["persisting"]) == len(inspections) - 1
    by_code = json.loads(run(["timeline", "e06000006", "-f", "json", records_file]))
    assert by_code == j
    md = run(["timeline", "halton", records_file])
    assert md.startswith(f"# Timeline of Halton: {len(j['documents'])} documents, {len(inspections)} inspections\n")
    assert "## Themes that persist from one inspection to the next" in md
    run(["timeline", "Atlantis", records_file], code=2)
    print(f"timeline: {len(j['documents'])} documents, {len(inspections)} inspections, "
          f"persisting {[p['themes'] for p in j['persisting']]}")


def mode_compare():
    other = os.path.join(shared, "corpus", "docs", "other-inspection")
    old, new = os.path.join(other, "halton-2020-ilacs-inspection.txt"), os.path.join(other, "halton-2024-area-send-inspection.txt")
    j = json.loads(run(["compare", "-f", "json", old, new]))
    assert j["shared_areas"] == ["Halton"], j["shared_areas"]
    print("compare:", [(g["id"], g["old"], g["new"]) for g in j["judgements"]])
    themes = {k: [t["theme"] for t in v] for k, v in j["themes"].items()}
    print("compare themes:", themes)
    assert [(g["id"], g["old"], g["new"]) for g in j["judgements"]] == [
        ("leaders", "requires-improvement", None), ("help-and-protection", "requires-improvement", None),
        ("in-care", "requires-improvement", None), ("overall-effectiveness", "requires-improvement", None),
        ("send-outcome", None, "systemic-failings")]
    assert themes == {
        "persisting": ["assessment", "family-and-siblings", "leadership-and-governance", "planning-and-review",
                       "quality-assurance", "timeliness", "training-and-awareness", "workforce-and-capacity"],
        "not_raised_again": ["front-door-and-thresholds", "management-oversight", "neglect", "voice-of-the-child"],
        "new": ["additional-needs", "early-help-and-prevention", "health-and-therapeutic-services",
                "information-sharing", "multi-agency-working"]}, themes
    for t in j["themes"]["persisting"]:
        assert t["old_findings"] and t["new_findings"], t
    for t in j["themes"]["not_raised_again"]:
        assert t["old_findings"] and not t["new_findings"], t
    for t in j["themes"]["new"]:
        assert t["new_findings"] and not t["old_findings"], t
    # Records give the same comparison as documents.
    with tempfile.TemporaryDirectory() as tmp:
        a, b = os.path.join(tmp, "old.json"), os.path.join(tmp, "new.json")
        open(a, "w").write(run(["analyse", old]))
        open(b, "w").write(run(["analyse", new]))
        assert json.loads(run(["compare", "-f", "json", a, b]))["themes"] == j["themes"]
    md = run(["compare", old, new])
    assert "## Judgements" in md and "## Concerns persisting" in md
    run(["compare", old, records_file], code=2)
    print("compare: persisting, not raised again and new each with their findings; records agree")


{"records": mode_records, "filters": mode_filters, "by": mode_by, "fold": mode_fold, "timeline": mode_timeline,
 "compare": mode_compare}[mode]()
