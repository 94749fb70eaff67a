#!/usr/bin/env python3
"""Every JTAI letter of the corpus is analysed with exit 0 into a record with at least 3
findings, a date and an area, and a recommendation when the letter has a Next steps heading.
Usage: every_letter.py JTAI LETTER_DIR"""
import json, os, re, subprocess, sys

jtai, folder = sys.argv[1], sys.argv[2]
bad = []
names = sorted(n for n in os.listdir(folder) if n.endswith(".txt"))
for name in names:
    path = os.path.join(folder, name)
    r = subprocess.run([jtai, "analyse", path], capture_output=True, text=True)
    if r.returncode != 0:
        bad.append(f"{name}: exit {r.returncode}: {r.stderr.strip()}")
        continue
    rec = json.loads(r.stdout)
    doc, findings = rec["document"], rec["findings"]
    text = open(path, encoding="utf-8").read()
    problems = []
    if len(findings) < 3:
        problems.append(f"{len(findings)} findings")
    if not doc["date"]:
        problems.append("no date")
    if not doc["areas"]:
        problems.append("no area")
    if doc["kind"] != "jtai-letter":
        problems.append("kind " + doc["kind"])
    if re.search(r"^\f?\s*Next steps\s*$", text, re.M) and not any(f["kind"] == "recommendation" for f in findings):
        problems.append("Next steps but no recommendation")
    if problems:
        bad.append(f"{name}: " + ", ".join(problems))
print(f"{len(names) - len(bad)} of {len(names)} letters pass")
for b in bad:
    print("  " + b)
sys.exit(1 if bad else 0)
