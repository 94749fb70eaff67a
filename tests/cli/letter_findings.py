#!/usr/bin/env python3
"""Findings of every JTAI letter are what a reader would list (issue 12).

Over every letter in corpus/docs/jtai-letter/ and every JTAI letter PDF in corpus/pdf/:
no finding is a bare number (a paragraph number or page number), none holds a running
header or footer (a line repeated as the first or last line of three pages or more) or the
text of a footnote the record sets aside, and every finding longer than 2,500 characters
is a practice study. Prints the counts.
Usage: letter_findings.py JTAI SHARED_DIR
"""
import collections, glob, json, os, re, subprocess, sys

LONG = 2500
BARE = re.compile(r"^\W*\d+\W*$")


def run(jtai, *args):
    out = subprocess.run([jtai, *args], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"FAIL {args[-1]}: exit {out.returncode}: {out.stderr.strip()}")
    return out.stdout


def running_lines(text):
    """Lines (digits folded) that open or close three pages or more, letters in them."""
    seen = collections.Counter()
    for page in text.split("\f"):
        lines = [l.strip() for l in page.split("\n") if l.strip()]
        for l in {lines[0], lines[-1]} if lines else set():
            key = re.sub(r"\d", "#", l)
            if re.search(r"[A-Za-z]{3}", key):
                seen[key] += 1
    return [k for k, n in seen.items() if n >= 3]


def main():
    jtai, shared = sys.argv[1], sys.argv[2]
    files = sorted(glob.glob(os.path.join(shared, "corpus", "docs", "jtai-letter", "*.txt")))
    files += sorted(glob.glob(os.path.join(shared, "corpus", "pdf", "*-jtai.pdf")))
    counts = collections.Counter()
    failures = []
    for path in files:
        name = os.path.basename(path)
        rec = json.loads(run(jtai, "analyse", "--format", "json", path))
        text = run(jtai, "text", path) if path.endswith(".pdf") else open(path, encoding="utf-8").read()
        running = running_lines(text)
        notes = [n["text"] for n in rec["document"].get("footnotes", [])]
        counts["letters"] += 1
        counts["running lines"] += len(running)
        counts["footnotes"] += len(notes)
        for f in rec["findings"]:
            counts["findings"] += 1
            t = f["text"]
            flat = " ".join(t.split())
            if BARE.match(t):
                counts["bare numbers"] += 1
                failures.append(f"{name} {f['id']}: a bare number: {t!r}")
            for r in running:
                if re.search(re.escape(r).replace("\\#", r"\d"), flat):
                    counts["with a running line"] += 1
                    failures.append(f"{name} {f['id']}: holds the running line {r!r}")
            for n in notes:
                if " ".join(n.split()) in flat:
                    counts["with footnote text"] += 1
                    failures.append(f"{name} {f['id']}: holds the footnote {n[:50]!r}")
            if len(t) > LONG:
                counts["longer than 2500"] += 1
                if f["kind"] != "practice-study":
                    counts["long and not a practice study"] += 1
                    failures.append(f"{name} {f['id']}: {len(t)} characters, kind {f['kind']}")
    for k in ["letters", "findings", "footnotes", "running lines", "bare numbers", "with a running line",
              "with footnote text", "longer than 2500", "long and not a practice study"]:
        print(f"{k:32s} {counts[k]}")
    for f in failures[:40]:
        print("FAIL", f)
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
