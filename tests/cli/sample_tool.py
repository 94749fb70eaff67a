#!/usr/bin/env python3
"""tests/tools/sample_findings.py: the same seed draws the same findings, a reading made from
the template scores exactly, and --require fails below its floor.

Usage: sample_tool.py JTAI SHARED

Draws 6 findings with seed 7 twice (the same text both times), takes the template (the
themes jtai gave) as a reading, so precision and recall are 1.000; then drops one theme,
adds one jtai did not give, and names a finding that does not exist, and checks the counts
and messages the tool reports and that --require 0.99,0.99 exits 1.
"""
import json, os, subprocess, sys, tempfile

jtai, shared = sys.argv[1], sys.argv[2]
tool = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "sample_findings.py")


def run(*args, check=True):
    return subprocess.run([sys.executable, tool, jtai, shared, *args], check=check, capture_output=True, text=True)


first, second = run("7", "6").stdout, run("7", "6").stdout
assert first == second and first.count("\n## ") == 6, "the same seed drew different findings"
reading = json.loads(run("7", "6", "--template").stdout)
assert reading["seed"] == 7 and len(reading["findings"]) == 6, reading
given = sum(len(r["themes"]) for r in reading["findings"])
assert given > 0, "the sample has no themes to check"

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "reading.json")
    with open(path, "w") as f:
        json.dump(reading, f)
    out = run("--judged", path).stdout.splitlines()
    assert out[-1] == f"themes P=1.000 R=1.000 (tp={given} fp=0 fn=0)", out

    r = next(r for r in reading["findings"] if r["themes"])
    added = next(t for t in ("neglect", "domestic-abuse", "sexual-abuse") if t not in r["themes"])
    dropped = r["themes"].pop(0)
    r["themes"].append(added)
    reading["findings"].append({"document": r["document"], "text": "No such finding", "themes": ["timeliness"]})
    with open(path, "w") as f:
        json.dump(reading, f)
    out = run("--judged", path).stdout.splitlines()
    tp, fn = given - 1, 2
    assert out[-1] == f"themes P={tp / given:.3f} R={tp / (tp + fn):.3f} (tp={tp} fp=1 fn={fn})", out
    assert any(line.endswith(f": extra {dropped}") for line in out), out
    assert any(line.endswith(f": missed {added}") for line in out), out
    assert any(": not found: No such finding" in line for line in out), out
    failed = run("--judged", path, "--require", "0.99,0.99", check=False)
    assert failed.returncode == 1 and "below the required" in failed.stderr, failed
print(f"sample_findings: seed 7 draws the same 6 findings; readings scored exactly ({given} themes)")
