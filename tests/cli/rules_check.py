#!/usr/bin/env python3
"""`jtai rules check` pins the report of a file with five mistakes; `rules dump` round-trips
(checked with --replace: added to the built-in rules, each of its ids is defined twice);
a user rule added with --add-rules shows up with its evidence.
Usage: rules_check.py JTAI BAD_RULES EXPECTED USER_RULES SAMPLE"""
import json, os, subprocess, sys, tempfile

jtai, bad, expected, user, sample = sys.argv[1:6]
r = subprocess.run([jtai, "rules", "check", bad], capture_output=True, text=True)
want = open(expected, encoding="utf-8").read() + "5 problems found\n"
assert r.returncode == 1, r.returncode
assert r.stdout == want, "got:\n" + r.stdout

dump = subprocess.run([jtai, "rules", "dump"], capture_output=True, text=True, check=True).stdout
path = os.path.join(tempfile.mkdtemp(), "dump.rules")
open(path, "w", encoding="utf-8").write(dump)
r = subprocess.run([jtai, "rules", "check", path], capture_output=True, text=True)
assert r.returncode == 1 and "is already defined at data/rules/" in r.stdout, "a dump added to the built-in rules"
r = subprocess.run([jtai, "rules", "check", "--replace", path], capture_output=True, text=True)
assert r.returncode == 0 and r.stdout.endswith("rules OK\n"), r.stdout
base = subprocess.run([jtai, "analyse", sample], capture_output=True, check=True).stdout
same = subprocess.run([jtai, "analyse", "--rules", path, sample], capture_output=True, check=True).stdout
assert base == same, "--rules with the dumped rules changes the record"

text = open(sample, "rb").read().replace(b"sexual health needs", b"sexual health needs and county lines")
doc = os.path.join(tempfile.mkdtemp(), "letter.txt")
open(doc, "wb").write(text)
rec = json.loads(subprocess.run([jtai, "analyse", "--add-rules", user, doc], capture_output=True, check=True).stdout)
hits = [(f["id"], e) for f in rec["findings"] for e in f["evidence"] if e["rule"] == "user.county-lines"]
assert hits, "user rule left no evidence"
fid, ev = hits[0]
assert text[ev["span"][0]:ev["span"][1]] == b"county lines", ev
assert any("topic:county-lines" in f["labels"] for f in rec["findings"])
print(f"rules check: 5 problems pinned; dump round-trips; user rule evidence on {fid}")
