#!/usr/bin/env python3
"""Bad inputs give one clear line each on stderr, naming the file; the batch goes on.
Usage: bad_inputs.py JTAI GOOD_FILE"""
import os, subprocess, sys, tempfile

jtai, good = sys.argv[1], sys.argv[2]
d = tempfile.mkdtemp()
bad = {
    "empty.txt": (b"", "empty file"),
    "binary.txt": (b"\x00\x01\x02PNG", "binary data (NUL byte at offset 0)"),
    "latin1.txt": (b"caf\xe9 au lait", "invalid UTF-8 at byte offset 3"),
    "blank.txt": (b"   \n\n", "no text (white space only)"),
}
paths = []
for name, (data, _) in bad.items():
    p = os.path.join(d, name)
    open(p, "wb").write(data)
    paths.append(p)
missing = os.path.join(d, "missing.txt")
args = [jtai, "analyse", "--format", "jsonl", paths[0], good, paths[1], paths[2], paths[3], missing]
r = subprocess.run(args, capture_output=True, text=True)
errors = r.stderr.strip().splitlines()
want = [f"jtai: {os.path.join(d, n)}: {m}" for n, (_, m) in bad.items()] + [f"jtai: {missing}: cannot open file: No such file or directory"]
assert r.returncode == 1, r.returncode
assert sorted(errors) == sorted(want), errors
out = r.stdout.strip().splitlines()
assert len(out) == 6, len(out)
import json
recs = [json.loads(x) for x in out]
assert recs[1]["document"]["kind"] == "jtai-letter"
assert sum(1 for x in recs if "error" in x) == 5
print("bad inputs: 5 errors reported, good record written")
