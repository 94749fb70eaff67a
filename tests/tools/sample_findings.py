#!/usr/bin/env python3
"""Draws findings at random from corpus letters outside the gold, for reading by hand.

Usage: sample_findings.py JTAI SHARED SEED [N] [--rules FILE] [--judged FILE]

Analyses every letter in SHARED/corpus/docs/jtai-letter/ whose name is not a gold
document's, collects their findings in a fixed order (file, then finding), and prints N
(default 40) of them drawn with Python's random.Random(SEED): document, kind, polarity,
text, and each agency and theme label with the phrases that gave it. The same JTAI, rules
and SEED always give the same sample, so a hand-read can be repeated and checked.

--judged FILE takes a hand-read of that sample (JSON: the sample's position, "1" to N, to
the themes the reader judged right for that finding) and prints, instead of the findings,
theme precision and recall against it and each label gained or missed, so that a rule
change can be re-scored against a reading already made.
"""
import argparse
import json
import pathlib
import random
import subprocess
import sys
import textwrap


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


def evidence(f, kind, text):
    """Each label of KIND ("agency" or "theme") with the words its evidence spans cover."""
    out = []
    for label in f.get("agencies" if kind == "agency" else "themes", []):
        words = [text[s:e].decode("utf-8", "replace").replace("\n", " ")
                 for ev in f.get("evidence", []) if ev["label"] == f"{kind}:{label}" for s, e in [ev["span"]]]
        out.append(f"{label} [{'; '.join(words)}]")
    return out


def score(sample, judged):
    tp = fp = fn = 0
    for k, (path, i, f) in enumerate(sample, 1):
        right, given = set(judged[str(k)]), set(f.get("themes", []))
        tp += len(right & given)
        fp += len(given - right)
        fn += len(right - given)
        for label in sorted(given - right):
            print(f"{k}. {pathlib.Path(path).stem} #{i}: extra {label}")
        for label in sorted(right - given):
            print(f"{k}. {pathlib.Path(path).stem} #{i}: missed {label}")
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"themes P={p:.3f} R={r:.3f} (tp={tp} fp={fp} fn={fn})")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("jtai")
    ap.add_argument("shared")
    ap.add_argument("seed", type=int)
    ap.add_argument("n", type=int, nargs="?", default=40)
    ap.add_argument("--rules")
    ap.add_argument("--judged")
    a = ap.parse_args()
    shared = pathlib.Path(a.shared)
    rows = findings(a.jtai, letters(shared), a.rules)
    if len(rows) < a.n:
        sys.exit(f"only {len(rows)} findings")
    sample = random.Random(a.seed).sample(rows, a.n)
    if a.judged:
        return score(sample, json.loads(pathlib.Path(a.judged).read_text()))
    print(f"# seed {a.seed}: {a.n} of {len(rows)} findings in {len({r[0] for r in rows})} letters outside the gold\n")
    texts = {}
    for k, (path, i, f) in enumerate(sample, 1):
        if path not in texts:
            texts[path] = subprocess.run([a.jtai, "text", path], check=True, capture_output=True).stdout
        print(f"## {k}. {pathlib.Path(path).stem} #{i} ({f['kind']}, {f.get('polarity', '')}, {len(f['text'].split())} words)")
        print(textwrap.fill(f["text"], 100))
        print("agencies: " + (", ".join(evidence(f, "agency", texts[path])) or "-"))
        print("themes:   " + (", ".join(evidence(f, "theme", texts[path])) or "-"))
        print()


if __name__ == "__main__":
    main()
