#!/usr/bin/env python3
"""The API example program gives the same kind, title, areas and finding counts as the CLI.
Usage: api_example.py EXAMPLE LETTER JTAI"""
import json, subprocess, sys
from collections import Counter

example, letter, jtai = sys.argv[1:4]
out = subprocess.run([example, letter], capture_output=True, text=True, check=True).stdout.splitlines()
rec = json.loads(subprocess.run([jtai, "analyse", "-f", "json", letter], capture_output=True, text=True, check=True).stdout)
want = [f"kind {rec['document']['kind']}", f"title {rec['document']['title']}"]
want += [f"area {a['name']} {a['code']}" for a in rec["document"]["areas"]]
want += [f"findings {k} {n}" for k, n in sorted(Counter(f["kind"] for f in rec["findings"]).items())]
first = rec["findings"][0]
want += [f"first agency {a}" for a in first["agencies"]]
want += [f"first evidence {e['label']} {e['rule']}" for e in first["evidence"]]
if out != want:
    print("example printed:\n  " + "\n  ".join(out) + "\nexpected:\n  " + "\n  ".join(want))
    sys.exit(1)
print(f"API example agrees with the CLI: {len(out)} lines, {len(rec['findings'])} findings")
