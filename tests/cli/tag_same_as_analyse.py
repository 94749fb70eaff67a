#!/usr/bin/env python3
"""`jtai tag` re-labels records without their documents, exactly as analysing them would.

Analyses the whole corpus (seeds, docs, pdf) to JSONL, then:
- `jtai tag` of that JSONL is byte-identical to it (the same rules), on one thread or several;
- with --add-rules (a user's label), `jtai tag` is byte-identical to `jtai analyse
  --add-rules` of the documents, and `--diff` reports the label gained, with an example;
- prints both times (analyse and tag) for the record.
Usage: tag_same_as_analyse.py JTAI SHARED_DIR
"""
import os, subprocess, sys, tempfile, time

EXTRA = "rule user.delay topic:delay weight=2\n  match delay*\n"


def run(cmd):
    start = time.monotonic()
    out = subprocess.run(cmd, capture_output=True)
    if out.returncode != 0:
        sys.exit(f"FAIL {' '.join(cmd)}: exit {out.returncode}: {out.stderr.decode()[:300]}")
    return out.stdout, time.monotonic() - start


def main():
    jtai, shared = sys.argv[1], sys.argv[2]
    corpus = [os.path.join(shared, "corpus", d) for d in ("seeds", "docs", "pdf")]
    with tempfile.TemporaryDirectory() as tmp:
        records = os.path.join(tmp, "corpus.jsonl")
        analysed, t_analyse = run([jtai, "analyse", "-f", "jsonl", "-j1"] + corpus)
        open(records, "wb").write(analysed)
        tagged, t_tag = run([jtai, "tag", records])
        if tagged != analysed:
            sys.exit("FAIL jtai tag of the corpus records differs from analysing the documents")
        one_thread, _ = run([jtai, "tag", "-j", "1", records])
        if one_thread != tagged:
            sys.exit("FAIL jtai tag -j 1 differs from jtai tag on several threads")
        extra = os.path.join(tmp, "extra.rules")
        open(extra, "w").write(EXTRA)
        with_extra, _ = run([jtai, "analyse", "-f", "jsonl", "-j1", "--add-rules", extra] + corpus)
        retagged, _ = run([jtai, "tag", "--add-rules", extra, records])
        if retagged != with_extra:
            sys.exit("FAIL jtai tag --add-rules differs from jtai analyse --add-rules")
        diff, _ = run([jtai, "tag", "--add-rules", extra, "--diff", records])
        text = diff.decode()
        if "topic:delay: +" not in text or "\n  + " not in text or " -0\n" not in text.split("topic:delay: +")[1][:20]:
            sys.exit("FAIL --diff does not report topic:delay as gained with an example:\n" + text[:600])
    lines = analysed.count(b"\n")
    print(f"{lines} records: analyse -j1 {t_analyse:.2f} s, tag {t_tag:.2f} s ({t_tag / t_analyse:.0%})")


if __name__ == "__main__":
    main()
