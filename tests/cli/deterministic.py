#!/usr/bin/env python3
"""The same input gives byte-identical output, from a file and from stdin.
Usage: deterministic.py JTAI FILE"""
import subprocess, sys, json

jtai, path = sys.argv[1], sys.argv[2]
a = subprocess.run([jtai, "analyse", path], capture_output=True, check=True).stdout
b = subprocess.run([jtai, "analyse", path], capture_output=True, check=True).stdout
assert a == b, "two runs differ"
c = subprocess.run([jtai, "analyse", "-"], stdin=open(path, "rb"), capture_output=True, check=True).stdout
ra, rc = json.loads(a), json.loads(c)
assert rc["source"]["path"] == "-"
ra["source"]["path"] = "-"
assert ra == rc, "stdin and file records differ"
print("deterministic: identical output")
