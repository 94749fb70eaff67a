#!/usr/bin/env python3
"""The built-in rules four times over, as one rules file, and a check that it labels alike.

    rules4x.py JTAI OUT.rules                 write the file
    rules4x.py JTAI OUT.rules --check DOC...  write it, analyse DOCs with the built-in rules
                                              and with it, fail unless every finding has
                                              the same agencies, themes and labels

Each copy of a rule gets the id suffix .x1 .. .x4. The first copy keeps its label; copy K
labels into a kind of its own, `xK-KIND:NAME` (agency:police becomes x2-agency:police), with
the thresholds and shares of the original, so that each copy decides its labels alone and
exactly as the built-in rules do: four times the rules, patterns and labels to match and
weigh. The `acronyms` statement is kept once. The rules are read from `jtai rules dump`.
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
    out = []
    for line in others:
        out.append(line)
        m = re.match(r"share\s+(\S+)\s+(\d+)", line)
        if m:
            out.extend(f"share x{k}-{m.group(1)} {m.group(2)}" for k in range(2, COPIES + 1))
    for k in range(1, COPIES + 1):
        for rid, label, rest, body in rules:
            out.append(f"rule {rid}.x{k} {copy_label(label, k)}{rest}")
            out.extend(body)
        for label, n in thresholds.items():
            out.append(f"threshold {copy_label(label, k)} {n}")
    return "\n".join(out) + "\n"


def copy_label(label, k):
    return label if k == 1 else f"x{k}-{label}"


def split_copies(agencies, themes, labels):
    """The labels of a finding as (agencies, themes, labels) once per copy, sorted."""
    copies = {k: (set(agencies) if k == 1 else set(), set(themes) if k == 1 else set(), set())
              for k in range(1, COPIES + 1)}
    for label in labels:
        m = re.match(r"x(\d)-(agency|theme):(.*)$", label)
        if m:
            copies[int(m.group(1))][0 if m.group(2) == "agency" else 1].add(m.group(3))
        else:
            k, rest = (int(label[1]), label[3:]) if re.match(r"x\d-", label) else (1, label)
            copies[k][2].add(rest)
    return [tuple(sorted(x) for x in copies[k]) for k in range(1, COPIES + 1)]


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
        differ = []
        for a, b in zip(once, four):
            want = tuple(sorted(x) for x in a[2:])
            got = split_copies(*b[2:])
            if a[:2] != b[:2] or any(c != want for c in got):
                differ.append((a, got))
        if len(once) != len(four) or differ:
            sys.exit(f"labels differ with the rules four times over: {differ[:5]}")
        print(f"{len(once)} findings ({labelled} labelled): each of the four copies of the rules gives the same labels")


if __name__ == "__main__":
    main()
