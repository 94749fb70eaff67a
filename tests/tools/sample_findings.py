#!/usr/bin/env python3
"""Draws findings at random from corpus letters outside the gold, for reading by hand, and
scores saved readings.

    sample_findings.py JTAI SHARED SEED [N] [--rules FILE] [--template]
    sample_findings.py JTAI SHARED --judged READING... [--rules FILE] [--require P,R]

Analyses every letter in SHARED/corpus/docs/jtai-letter/ whose name is not a gold
document's and collects their findings in a fixed order (file, then finding). With a SEED
it prints N (default 40) of them drawn with Python's random.Random(SEED): document, kind,
polarity, text, and each agency and theme label with the words that gave it. The same
JTAI, rules and SEED always give the same sample. --template prints the sample instead as
a reading to fill in: JSON with the seed and, per finding, its document, the start of its
text and the themes jtai gave, for the reader to correct.

--judged scores readings (files in that JSON form) against the findings jtai writes now:
each read finding is found again by its document and the start of its text, so a reading
stays valid when segmentation or rules change elsewhere. It prints each theme gained or
missed, then theme precision and recall per reading and over all of them; a read finding
that is no longer found counts all its themes as missed. --require P,R exits 1 when the
total precision or recall is below P or R.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
import textwrap

PREFIX = 80  # characters of a finding's text that identify it in a reading


def gold_stems(shared):
    return {p.name[: -len(".gold.json")] for p in (shared / "corpus" / "gold").glob("*.gold.json")}


def letters(shared):
    gold = gold_stems(shared)
    folder = shared / "corpus" / "docs" / "jtai-letter"
    return [p for p in sorted(folder.glob("*.txt")) if p.stem not in gold and not any(p.stem.endswith(g) for g in gold)]


def findings(jtai, paths, rules):
    cmd = [jtai, "analyse", "--format", "jsonl"] + (["--rules", rules] if rules else []) + [str(p) for p in paths]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    rows = []
    for line in out.splitlines():
        rec = json.loads(line)
        path = rec["source"]["path"]
        for i, f in enumerate(rec["findings"]):
            rows.append((path, i, f))
    return rows


def folded(text):
    return " ".join(text.split())


def evidence(f, kind, text):
    """Each label of KIND ("agency" or "theme") with the words its evidence spans cover."""
    out = []
    for label in f.get("agencies" if kind == "agency" else "themes", []):
        words = [text[s:e].decode("utf-8", "replace").replace("\n", " ")
                 for ev in f.get("evidence", []) if ev["label"] == f"{kind}:{label}" for s, e in [ev["span"]]]
        out.append(f"{label} [{'; '.join(words)}]")
    return out


def show(jtai, seed, sample, total, letters_seen):
    print(f"# seed {seed}: {len(sample)} of {total} findings in {letters_seen} letters outside the gold\n")
    texts = {}
    for k, (path, i, f) in enumerate(sample, 1):
        if path not in texts:
            texts[path] = subprocess.run([jtai, "text", path], check=True, capture_output=True).stdout
        print(f"## {k}. {pathlib.Path(path).stem} #{i} ({f['kind']}, {f.get('polarity', '')}, {len(f['text'].split())} words)")
        print(textwrap.fill(f["text"], 100))
        print("agencies: " + (", ".join(evidence(f, "agency", texts[path])) or "-"))
        print("themes:   " + (", ".join(evidence(f, "theme", texts[path])) or "-"))
        print()


def template(seed, sample):
    read = [{"document": pathlib.Path(p).stem, "text": folded(f["text"])[:PREFIX], "themes": f.get("themes", [])}
            for p, _, f in sample]
    print(json.dumps({"seed": seed, "findings": read}, indent=1, ensure_ascii=False))


def score(rows, path):
    """Counts (tp, fp, fn) of one reading against ROWS, printing each difference."""
    reading = json.loads(pathlib.Path(path).read_text(encoding="utf-8"))
    by_doc = {}
    for p, i, f in rows:
        by_doc.setdefault(pathlib.Path(p).stem, []).append((i, f))
    tp = fp = fn = 0
    for k, r in enumerate(reading["findings"], 1):
        start = folded(r["text"])
        found = next(((i, f) for i, f in by_doc.get(r["document"], []) if folded(f["text"]).startswith(start)), None)
        right = set(r["themes"])
        if found is None:
            print(f"{k}. {r['document']}: not found: {start[:60]}")
            fn += len(right)
            continue
        i, f = found
        given = set(f.get("themes", []))
        tp += len(right & given)
        fp += len(given - right)
        fn += len(right - given)
        for label in sorted(given - right):
            print(f"{k}. {r['document']} #{i}: extra {label}")
        for label in sorted(right - given):
            print(f"{k}. {r['document']} #{i}: missed {label}")
    return tp, fp, fn


def ratios(tp, fp, fn):
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else 0.0)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jtai")
    ap.add_argument("shared")
    ap.add_argument("seed", type=int, nargs="?")
    ap.add_argument("n", type=int, nargs="?", default=40)
    ap.add_argument("--rules")
    ap.add_argument("--template", action="store_true")
    ap.add_argument("--judged", nargs="+")
    ap.add_argument("--require")
    a = ap.parse_args()
    rows = findings(a.jtai, letters(pathlib.Path(a.shared)), a.rules)
    if a.judged:
        total = [0, 0, 0]
        for path in a.judged:
            counts = score(rows, path)
            total = [x + y for x, y in zip(total, counts)]
            p, r = ratios(*counts)
            print(f"{pathlib.Path(path).name}: themes P={p:.3f} R={r:.3f} (tp={counts[0]} fp={counts[1]} fn={counts[2]})")
        p, r = ratios(*total)
        print(f"themes P={p:.3f} R={r:.3f} (tp={total[0]} fp={total[1]} fn={total[2]})")
        if a.require:
            need_p, need_r = (float(x) for x in a.require.split(","))
            if p < need_p or r < need_r:
                sys.exit(f"below the required precision {need_p} and recall {need_r}")
        return
    if a.seed is None:
        sys.exit("give a SEED to draw a sample, or --judged READING...")
    if len(rows) < a.n:
        sys.exit(f"only {len(rows)} findings")
    sample = random.Random(a.seed).sample(rows, a.n)
    if a.template:
        template(a.seed, sample)
    else:
        show(a.jtai, a.seed, sample, len(rows), len({r[0] for r in rows}))


if __name__ == "__main__":
    main()
