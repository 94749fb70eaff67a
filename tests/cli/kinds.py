#!/usr/bin/env python3
"""Every document under corpus/docs gets the kind its manifest row gives.
Prints the confusion counts (manifest kind → jtai kind). Usage: kinds.py JTAI SHARED_DIR"""
import collections, csv, json, os, subprocess, sys

jtai, shared = sys.argv[1], sys.argv[2]
want = {}
with open(os.path.join(shared, "corpus", "manifest.tsv"), encoding="utf-8") as f:
    for row in csv.DictReader(f, delimiter="\t"):
        want[row["slug"]] = "inspection-report" if row["kind"] == "other-inspection" else row["kind"]
r = subprocess.run([jtai, "analyse", "--format", "jsonl", os.path.join(shared, "corpus", "docs")],
                   capture_output=True, text=True)
confusion = collections.Counter()
wrong = []
seen = 0
for line in r.stdout.splitlines():
    rec = json.loads(line)
    slug = os.path.basename(rec["source"]["path"])[: -len(".txt")]
    if slug not in want:
        continue
    seen += 1
    got = rec.get("document", {}).get("kind", "error")
    confusion[(want[slug], got)] += 1
    if got != want[slug]:
        wrong.append(f"  {slug}: manifest {want[slug]}, got {got} {rec.get('document', {}).get('kind_evidence')}")
print("manifest kind → jtai kind: count")
for (a, b), n in sorted(confusion.items()):
    print(f"  {a:18} → {b:18} {n}{'' if a == b else '   <-- wrong'}")
print("\n".join(wrong))
print(f"{seen - len(wrong)}/{seen} documents have their manifest kind")
sys.exit(1 if wrong or seen != len(want) else 0)
