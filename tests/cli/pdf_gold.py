#!/usr/bin/env python3
"""The gold letters that also have a PDF, scored from the PDF against the letter's gold.

Each gold file names the .txt letter; a copy naming the PDF instead goes into a temporary
gold folder and the scorer runs on corpus/pdf with it. Only findings F1 is required: the
gold's content snippets and spans are offsets into the .txt, not into the PDF's text.
Usage: pdf_gold.py JTAI SHARED_DIR PDF=GOLD_STEM=FLOOR...
"""
import json, os, re, subprocess, sys, tempfile


def main():
    jtai, shared = sys.argv[1], sys.argv[2]
    score = os.path.join(shared, "eval", "score.py")
    failed = 0
    for arg in sys.argv[3:]:
        pdf, stem, floor = arg.split("=")
        gold = json.load(open(os.path.join(shared, "corpus", "gold", stem + ".gold.json"), encoding="utf-8"))
        gold["file"] = pdf
        with tempfile.TemporaryDirectory() as d:
            json.dump(gold, open(os.path.join(d, stem + ".gold.json"), "w", encoding="utf-8"))
            out = subprocess.run([sys.executable, score, "--cmd", f"{jtai} analyse --format json {{}}",
                                  "--corpus", os.path.join(shared, "corpus", "pdf"), "--gold", d, "--json"],
                                 capture_output=True, text=True)
        totals = json.loads(out.stdout.strip().splitlines()[-1])
        f1 = totals.get("findings_f1", 0.0)
        ok = totals.get("documents") == 1 and f1 >= float(floor)
        failed += not ok
        print(f"{'ok  ' if ok else 'FAIL'} {pdf}: findings F1 {f1:.3f} (floor {floor})")
        if not ok:
            print("\n".join(l for l in out.stdout.splitlines() if re.search(r"missed|extra|FAILED", l)))
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
