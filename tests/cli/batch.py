#!/usr/bin/env python3
"""Batch behaviour of the CLI on the real corpus. Usage: batch.py MODE JTAI SHARED_DIR

Modes:
  jobs        -j 2 and -j 1 over corpus/docs give byte-identical JSONL, one record per
              file, in sorted path order.
  bad-files   3 bad files among good ones: exit 1, exactly 3 error lines naming them,
              every good record written, error records in their places.
  csv         --format csv parses with Python's csv module; every finding is one row whose
              text equals the JSON text; a path with a comma, a quote and a newline survives.
  summarise   summarising JSONL records gives the same summary as summarising the documents;
              the Markdown has the tables a person reads.
  progress    a progress bar appears on a pseudo-terminal (script -q -c) and not when piped.
  output      -o writes the file atomically: no temporary file is left, content equals stdout.
"""
import csv, glob, io, json, os, shutil, subprocess, sys, tempfile


def run(args, **kw):
    return subprocess.run(args, capture_output=True, **kw)


def docs_files(shared):
    out = []
    for root, dirs, files in os.walk(os.path.join(shared, "corpus", "docs")):
        dirs.sort()
        out += [os.path.join(root, f) for f in sorted(files) if f.endswith(".txt")]
    return out


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + msg)


def mode_jobs(jtai, shared):
    docs = os.path.join(shared, "corpus", "docs")
    a = run([jtai, "analyse", "-j", "2", "--format", "jsonl", docs])
    b = run([jtai, "analyse", "-j", "1", "--format", "jsonl", docs])
    check(a.returncode == 0 and b.returncode == 0, f"exit {a.returncode}/{b.returncode}: {a.stderr[-300:]}")
    check(a.stdout == b.stdout, "-j 2 and -j 1 output differ")
    paths = [json.loads(l)["source"]["path"] for l in a.stdout.decode().splitlines()]
    want = docs_files(shared)
    check(paths == want, f"{len(paths)} records, want {len(want)} in sorted order")
    check(paths == sorted(paths), "not in sorted path order")
    print(f"-j 2 == -j 1: {len(paths)} records, byte-identical ({len(a.stdout)} bytes), sorted")


def mode_bad_files(jtai, shared):
    d = tempfile.mkdtemp()
    good = docs_files(shared)[:4]
    bad = {os.path.join(d, "empty.txt"): b"", os.path.join(d, "broken.pdf"): b"%PDF-1.5\n\x00garbage",
           os.path.join(d, "latin1.txt"): b"caf\xe9\n"}
    for p, data in bad.items():
        open(p, "wb").write(data)
    b = list(bad)
    order = [good[0], b[0], good[1], good[2], b[1], b[2], good[3]]
    r = run([jtai, "analyse", "-j", "2", "--format", "jsonl"] + order)
    check(r.returncode == 1, f"exit {r.returncode}")
    lines = r.stderr.decode().splitlines()
    check(len(lines) == 3, f"{len(lines)} error lines: {lines}")
    check(all(any(l.startswith(f"jtai: {p}: ") for l in lines) for p in b), f"errors do not name the files: {lines}")
    recs = [json.loads(l) for l in r.stdout.decode().splitlines()]
    check([x["source"]["path"] for x in recs] == order, "records not in input order")
    check([("error" in x) for x in recs] == [False, True, False, False, True, True, False], "error records misplaced")
    check(all(len(x["findings"]) > 0 for x in recs if "error" not in x), "a good record has no findings")
    print("3 bad files among 4 good: exit 1, 3 error lines, 4 good records, error records in place")
    for l in lines:
        print("  " + l)


def mode_csv(jtai, shared):
    d = tempfile.mkdtemp()
    odd = os.path.join(d, 'York, "the seed"\nletter.txt')
    shutil.copy(os.path.join(shared, "corpus", "seeds", "letter-york-2018-sexual-abuse-in-family.txt"), odd)
    files = docs_files(shared) + [odd]
    r = run([jtai, "analyse", "--format", "csv"] + files)
    j = run([jtai, "analyse", "--format", "jsonl"] + files)
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr[-300:]}")
    rows = list(csv.DictReader(io.StringIO(r.stdout.decode("utf-8"), newline="")))
    recs = [json.loads(l) for l in j.stdout.decode().splitlines()]
    want = [(x["source"]["path"], f["id"], f["kind"], f["text"], "; ".join(f["themes"])) for x in recs for f in x["findings"]]
    got = [(x["file"], x["finding_id"], x["kind"], x["text"], x["themes"]) for x in rows]
    check(got == want, f"{len(got)} CSV rows vs {len(want)} findings, or a field differs")
    check(any(x["file"] == odd for x in rows), "the odd path did not survive quoting")
    check(sum(1 for x in rows if "," in x["text"]) > 100 and any('"' in x["text"] or "'" in x["text"] for x in rows),
          "expected texts with commas and quotes")
    print(f"CSV: {len(rows)} rows = findings of {len(recs)} documents; comma/quote/newline path round-trips")


def mode_summarise(jtai, shared):
    corpus = os.path.join(shared, "corpus", "docs")
    d = tempfile.mkdtemp()
    jsonl = os.path.join(d, "all.jsonl")
    r = run([jtai, "analyse", "--format", "jsonl", "-o", jsonl, corpus])
    check(r.returncode == 0, f"analyse exit {r.returncode}")
    a = run([jtai, "summarise", "--format", "json", jsonl])
    b = run([jtai, "summarise", "--format", "json", corpus])
    check(a.returncode == 0 and b.returncode == 0, f"summarise exit {a.returncode}/{b.returncode}")
    sa, sb = json.loads(a.stdout), json.loads(b.stdout)
    for s in (sa, sb):  # paths differ only by where the records came from
        for doc in s["documents_digest"]:
            doc["path"] = os.path.relpath(doc["path"], corpus) if not os.path.isabs(doc["path"]) else doc["path"]
    check(sa == sb, "summary of records differs from summary of documents")
    n = len(docs_files(shared))
    findings = sum(len(json.loads(l)["findings"]) for l in open(jsonl, encoding="utf-8"))
    check(sa["documents"] == n and sa["findings"] == findings, f"{sa['documents']} documents, {sa['findings']} findings")
    md = run([jtai, "summarise", corpus]).stdout.decode()
    for heading in ["# jtai summary:", "## Themes most often raised as concerns", "## Findings by theme and kind",
                    "## Findings by agency and kind", "## Findings by theme and agency", "## Per area", "## Per year",
                    "## Documents"]:
        check(heading in md, f"missing {heading!r}")
    check(md.count("\n| ") > n, "too few table rows")
    print(f"summarise: records and documents agree ({n} documents, {findings} findings); Markdown has every table")


def mode_progress(jtai, shared):
    check(shutil.which("script"), "script(1) not installed (bsdutils)")
    args = f"{jtai} analyse -j 1 --format jsonl {os.path.join(shared, 'corpus', 'docs')} {os.path.join(shared, 'corpus', 'pdf')}"
    tty = run(["script", "-q", "-e", "-c", args + " > /dev/null", "/dev/null"])
    shown = tty.stdout.decode("utf-8", "replace")
    check("docs" in shown and "MB/s" in shown and "ETA" in shown, f"no progress bar on a terminal: {shown[-200:]!r}")
    piped = run(args.split())
    check(piped.returncode == 0 and piped.stderr == b"", f"stderr not empty when piped: {piped.stderr[-200:]!r}")
    quiet = run(["script", "-q", "-e", "-c", args + " -q > /dev/null", "/dev/null"])
    check("MB/s" not in quiet.stdout.decode("utf-8", "replace"), "-q still shows the bar")
    print("progress bar: shown under a pseudo-terminal, absent when piped and with -q")


def mode_output(jtai, shared):
    d = tempfile.mkdtemp()
    target = os.path.join(d, "out.jsonl")
    files = docs_files(shared)[:5]
    r = run([jtai, "analyse", "--format", "jsonl", "-o", target] + files)
    s = run([jtai, "analyse", "--format", "jsonl"] + files)
    check(r.returncode == 0 and r.stdout == b"", "-o wrote to stdout")
    check(open(target, "rb").read() == s.stdout, "-o content differs from stdout")
    check(os.listdir(d) == ["out.jsonl"], f"left behind: {os.listdir(d)}")
    bad = run([jtai, "analyse", "-o", os.path.join(d, "no-such-dir", "x.json"), files[0]])
    check(bad.returncode != 0 and os.listdir(d) == ["out.jsonl"], "unwritable -o")
    print("-o: atomic write, same bytes as stdout, no temporary left")


if __name__ == "__main__":
    mode, jtai, shared = sys.argv[1:4]
    globals()["mode_" + mode.replace("-", "_")](jtai, shared)
