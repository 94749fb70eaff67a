#!/usr/bin/env python3
"""Each published bullet-era PDF gives the same findings as its text version in the corpus.

For every corpus/pdf/AREA-YEAR-jtai.pdf with a text version (corpus/docs/jtai-letter/
AREA-YEAR-jtai-*.txt, or the York seed letter), the page numbers of every PDF finding must
lie within the PDF's pages; for letters before 2022 (bullets and headings, which the text
shows as well as the PDF) `jtai analyse` on both must give the same number of findings,
the same kinds and the same first and last eight words of each. The prose letters from
2022 on are read from the PDF's geometry, which the text has lost (paragraphs ending on
full lines), so for them the differences are printed, not failed.
Usage: pdf_vs_text.py JTAI SHARED_DIR
"""
import glob, json, os, subprocess, sys


def record(jtai, path):
    out = subprocess.run([jtai, "analyse", "--format", "json", path], capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit(f"FAIL {path}: exit {out.returncode}: {out.stderr.strip()}")
    return json.loads(out.stdout)


# The York seed was transcribed with straight quotes; the PDF has typographic ones.
FOLD = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"})


def shape(rec):
    rows = []
    for f in rec["findings"]:
        words = f["text"].translate(FOLD).split()
        rows.append((f["kind"], " ".join(words[:8]), " ".join(words[-8:])))
    return rows


def main():
    jtai, shared = sys.argv[1], sys.argv[2]
    failures = 0
    compared = 0
    for pdf in sorted(glob.glob(os.path.join(shared, "corpus", "pdf", "*.pdf"))):
        stem = os.path.basename(pdf)[: -len(".pdf")]
        texts = sorted(glob.glob(os.path.join(shared, "corpus", "docs", "jtai-letter", stem + "-*.txt")))
        if not texts and stem.startswith("york-2018"):
            texts = glob.glob(os.path.join(shared, "corpus", "seeds", "letter-york-2018-*.txt"))
        p = record(jtai, pdf)
        if p["source"]["format"] != "pdf" or not p["source"].get("text_sha256"):
            print(f"FAIL {stem}: source is {p['source']}")
            failures += 1
        pages = p["source"].get("pages", 0)
        bad_pages = [f["id"] for f in p["findings"] if not f["pages"] or f["pages"][0] < 1 or f["pages"][-1] > pages]
        if bad_pages:
            print(f"FAIL {stem}: findings with pages outside 1..{pages}: {bad_pages[:5]}")
            failures += 1
        if not texts:
            print(f"{stem}: {len(p['findings'])} findings from the PDF (no text version to compare)")
            continue
        t = record(jtai, texts[0])
        a, b = shape(p), shape(t)
        compared += 1
        if a == b:
            print(f"ok   {stem}: {len(a)} findings, same kinds and words as {os.path.basename(texts[0])}")
            continue
        prose = int(stem.split("-")[-2]) >= 2022
        failures += not prose
        print(f"{'diff' if prose else 'FAIL'} {stem}: PDF {len(a)} findings, text {len(b)}")
        for i, (x, y) in enumerate(zip(a, b)):
            if x != y:
                print(f"  first difference at finding {i + 1}:\n    pdf:  {x}\n    text: {y}")
                break
    if compared == 0:
        sys.exit("FAIL: no PDF had a text version to compare with")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
