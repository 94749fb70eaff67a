#!/usr/bin/env python3
"""Every JTAI letter PDF: each signatory with the role and organisation printed under the name.

The expected values are written by hand from the PDFs in FIXTURE (tests/fixtures/
pdf-signatories.tsv); the test fails on a missing, extra or wrongly paired signatory and
prints how many of them hold.
Usage: pdf_signatories.py JTAI SHARED_DIR FIXTURE
"""
import collections, json, os, subprocess, sys


def main():
    jtai, shared, fixture = sys.argv[1:4]
    want = collections.OrderedDict()
    for line in open(fixture, encoding="utf-8"):
        if line.startswith("#") or not line.strip():
            continue
        pdf, name, role, org = line.rstrip("\n").split("\t")
        want.setdefault(pdf, []).append((name, role, None if org == "-" else org))
    ok = bad = 0
    for pdf, people in want.items():
        path = os.path.join(shared, "corpus", "pdf", pdf)
        out = subprocess.run([jtai, "analyse", "--format", "json", path], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit(f"FAIL {pdf}: exit {out.returncode}: {out.stderr.strip()}")
        rec = json.loads(out.stdout)
        got = [(p["name"], p.get("role"), p.get("organisation"))
               for p in rec["document"]["people"] if p["relation"] == "signatory"]
        for w in people:
            if w in got:
                ok += 1
            else:
                bad += 1
                print(f"FAIL {pdf}: want {w}")
        for g in got:
            if g not in people:
                bad += 1
                print(f"FAIL {pdf}: extra or wrong {g}")
    print(f"{ok} of {ok + bad} signatories with the role and organisation printed under the name, "
          f"{len(want)} letters")
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
