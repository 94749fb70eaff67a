#!/usr/bin/env python3
"""Per-label confusion of jtai's tags against the gold annotations.

For every gold document, runs `jtai analyse`, pairs findings the way eval/score.py does
(fold(text) starts with the gold `starts` and ends with its `ends`), and counts tp/fp/fn
for each agency and theme. With --show LABEL it also prints the findings where that label
was missed (fn) or added (fp), with the rules that fired, for tuning by definition.

Usage: label_confusion.py [--jtai build/jtai] [--shared ../shared] [--field themes]
                          [--show theme-id] [--rules FILE]
"""
import argparse, json, os, subprocess, sys


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jtai", default="build/jtai")
    ap.add_argument("--shared", default=os.environ.get("JTAI_SHARED_DIR", "../shared"))
    ap.add_argument("--field", default="themes", choices=["themes", "agencies"])
    ap.add_argument("--show")
    ap.add_argument("--rules")
    a = ap.parse_args()
    sys.path.insert(0, os.path.join(a.shared, "eval"))
    from score import fold  # the scorer's own text folding, so pairing agrees with it

    gold_dir = os.path.join(a.shared, "corpus", "gold")
    corpus = os.path.join(a.shared, "corpus")
    paths = {}
    for root, _, files in os.walk(corpus):
        for f in files:
            paths.setdefault(f, os.path.join(root, f))
    counts = {}
    shown = []
    for g in sorted(os.listdir(gold_dir)):
        if not g.endswith(".gold.json"):
            continue
        gold = json.load(open(os.path.join(gold_dir, g), encoding="utf-8"))
        name = gold.get("file") or g[: -len(".gold.json")] + ".txt"
        path = paths.get(name)
        if path is None:
            print(f"{g}: document {name} not found", file=sys.stderr)
            continue
        cmd = [a.jtai, "analyse", "--format", "json", path]
        if a.rules:
            cmd[2:2] = ["--rules", a.rules]
        rec = json.loads(subprocess.run(cmd, capture_output=True, check=True, text=True).stdout)
        preds = rec.get("findings") or []
        used = set()
        for gf in gold.get("findings", []):
            gs, ge = fold(gf["starts"]), fold(gf["ends"])
            hit = next((i for i, p in enumerate(preds) if i not in used
                        and fold(p.get("text")).startswith(gs) and fold(p.get("text")).endswith(ge)), None)
            if hit is None:
                continue
            used.add(hit)
            p = preds[hit]
            got = {x.split("/")[0] for x in p.get(a.field) or []}
            want = {x.split("/")[0] for x in gf.get(a.field, [])}
            for lab in got | want:
                c = counts.setdefault(lab, [0, 0, 0])
                c[0 if lab in got and lab in want else 1 if lab in got else 2] += 1
            if a.show and (a.show in got) != (a.show in want):
                why = [e["rule"] for e in p.get("evidence") or [] if e.get("label", "").endswith(":" + a.show)]
                shown.append(("fp" if a.show in got else "fn", name, p["text"], why))
    print(f"{'label':34} {'tp':>4} {'fp':>4} {'fn':>4}  {'f1':>5}")
    tot = [0, 0, 0]
    for lab, (tp, fp, fn) in sorted(counts.items(), key=lambda kv: -(kv[1][1] + kv[1][2])):
        f1 = 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else 1.0
        print(f"{lab:34} {tp:4} {fp:4} {fn:4}  {f1:5.3f}")
        tot = [x + y for x, y in zip(tot, (tp, fp, fn))]
    tp, fp, fn = tot
    print(f"{'micro':34} {tp:4} {fp:4} {fn:4}  {2 * tp / max(1, 2 * tp + fp + fn):5.3f}")
    for kind, name, text, why in shown:
        print(f"\n[{kind}] {name}: {' '.join(text.split())[:400]}\n      rules: {', '.join(why) or '-'}")


if __name__ == "__main__":
    main()
