#!/usr/bin/env python3
"""The built-in rules four times over, as one rules file, and a check that it labels alike.

    rules4x.py JTAI OUT.rules                 write the file
    rules4x.py JTAI OUT.rules --check DOC...  write it, analyse DOCs with the built-in rules
                                              and with it, fail unless every finding has
                                              the same agencies, themes and labels

Each copy of a rule gets the id suffix .x1 .. .x4; every label's threshold is multiplied
by four (a label without one gets `threshold LABEL 4`), so that four times the weight
gives the same labels. `share` is a percentage of the strongest label and stays as it is;
the `acronyms` statement is kept once. The rules are read from `jtai rules dump`.
"""
import json
import re
import subprocess
import sys

COPIES = 4


def four_times(text):
    rules, thresholds, others, labels = [], {}, [], []
    current = None
    for line in text.splitlines():
        m = re.match(r"rule\s+(\S+)\s+(\S+)(.*)$", line)
        if m:
            current = [m.group(1), m.group(2), m.group(3), []]
            rules.append(current)
            if m.group(2) not in labels:
                labels.append(m.group(2))
        elif line.startswith((" ", "\t")) and line.strip() and current is not None:
            current[3].append(line)
        elif line.startswith("threshold"):
            _, label, n = line.split()
            thresholds[label] = int(n)
            current = None
        elif line.strip() and not line.startswith("#"):
            others.append(line)  # share, acronyms
            current = None
        else:
            current = None if not line.strip() else current
    out = others[:]
    for k in range(1, COPIES + 1):
        for rid, label, rest, body in rules:
            out.append(f"rule {rid}.x{k} {label}{rest}")
            out.extend(body)
    for label in labels:
        out.append(f"threshold {label} {thresholds.get(label, 1) * COPIES}")
    return "\n".join(out) + "\n"


def labels_of(jtai, docs, extra):
    cmd = [jtai, "analyse", "--format", "jsonl", "-j", "2", *extra, *docs]
    out = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    got = []
    for line in out.splitlines():
        rec = json.loads(line)
        for f in rec.get("findings", []):
            got.append((rec["source"]["path"], f["id"], f.get("agencies"), f.get("themes"), f.get("labels")))
    return got


def main():
    if len(sys.argv) < 3:
        sys.exit(__doc__)
    jtai, out_path = sys.argv[1], sys.argv[2]
    dump = subprocess.run([jtai, "rules", "dump"], check=True, capture_output=True, text=True).stdout
    with open(out_path, "w") as f:
        f.write(four_times(dump))
    if len(sys.argv) > 3 and sys.argv[3] == "--check":
        docs = sys.argv[4:]
        once, four = labels_of(jtai, docs, []), labels_of(jtai, docs, ["--rules", out_path])
        labelled = sum(1 for x in once if x[2] or x[3] or x[4])
        if once != four:
            diff = [(a, b) for a, b in zip(once, four) if a != b][:5]
            sys.exit(f"labels differ with the rules four times over: {diff}")
        print(f"{len(once)} findings ({labelled} labelled): the same labels with the rules four times over")


if __name__ == "__main__":
    main()
