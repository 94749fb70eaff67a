#!/usr/bin/env python3
"""tests/tools/sample_findings.py: the same seed draws the same findings, and --judged scores
a reading of them exactly.

Usage: sample_tool.py JTAI SHARED

Draws 6 findings with seed 7, takes the themes the tool printed for each as the reading
(so precision and recall are 1.000), then drops one theme from the reading and adds one
the tool did not give, and checks the counts the tool reports for both readings.
"""
import json, os, re, subprocess, sys, tempfile

jtai, shared = sys.argv[1], sys.argv[2]
tool = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tools", "sample_findings.py")


def run(*extra):
    return subprocess.run([sys.executable, tool, jtai, shared, "7", "6", *extra], check=True,
                          capture_output=True, text=True).stdout


first, second = run(), run()
assert first == second, "the same seed drew different findings"
headings = re.findall(r"^## (\d+)\. ", first, re.M)
assert headings == [str(k) for k in range(1, 7)], headings
reading = {}
for k, line in zip(headings, re.findall(r"^themes:   (.*)$", first, re.M)):
    reading[k] = re.findall(r"([a-z-]+) \[", line)
given = sum(len(v) for v in reading.values())
assert given > 0, "the sample has no themes to check"

with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, "judged.json")
    with open(path, "w") as f:
        json.dump(reading, f)
    out = run("--judged", path).splitlines()
    assert out == [f"themes P=1.000 R=1.000 (tp={given} fp=0 fn=0)"], out

    k = next(k for k, v in reading.items() if v)
    added = next(t for t in ("neglect", "domestic-abuse", "sexual-abuse") if t not in reading[k])
    dropped = reading[k].pop(0)
    reading[k].append(added)
    with open(path, "w") as f:
        json.dump(reading, f)
    out = run("--judged", path).splitlines()
    tp = given - 1
    fn = sum(len(v) for v in reading.values()) - tp
    p, r = tp / given, tp / (tp + fn)
    assert out[-1] == f"themes P={p:.3f} R={r:.3f} (tp={tp} fp=1 fn={fn})", out
    assert any(line.endswith(f": extra {dropped}") for line in out), out
print(f"sample_findings: seed 7 draws the same 6 findings; readings scored exactly ({given} themes)")
