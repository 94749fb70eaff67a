#!/usr/bin/env python3
"""docs/scaling.md's GNU parallel recipe, run locally: a file list split into chunks run
by `parallel --keep-order` gives the JSONL of one `jtai analyse -j 2` over the same list;
shards run apart (as on two hosts) and merged by path give the same records sorted.
GNU parallel is a dependency (Makefile DEB_PKGS): without it this test fails.
Usage: parallel.py JTAI SHARED_DIR"""
import json, os, shutil, subprocess, sys, tempfile

jtai, shared = sys.argv[1:3]
if not shutil.which("parallel"):
    sys.exit("FAIL: GNU parallel is not installed (Debian package 'parallel', in the Makefile's DEB_PKGS)")
work = tempfile.mkdtemp()
files = os.path.join(work, "files.txt")
listing = subprocess.run(
    f"find {shared}/corpus/docs {shared}/corpus/pdf -type f \\( -name '*.txt' -o -name '*.pdf' \\) "
    f"| LC_ALL=C sort > {files}", shell=True, check=True)
paths = open(files).read().splitlines()
assert len(paths) > 50, len(paths)

reference = subprocess.run([jtai, "analyse", "-f", "jsonl", "-j", "2", "--files-from", files],
                           capture_output=True, check=True).stdout

# The local form of the recipe in docs/scaling.md.
recipe = (f"parallel --will-cite -j 2 -n 16 --keep-order -a {files} {jtai} analyse -f jsonl -j 1 -q "
          f"> {work}/all.jsonl")
subprocess.run(recipe, shell=True, check=True)
got = open(f"{work}/all.jsonl", "rb").read()
lines = (got.count(b"\n"), reference.count(b"\n"))
assert got == reference, f"parallel gave {lines[0]} lines, -j 2 {lines[1]}, or they differ"

# Two shards, as if on two hosts, merged by path.
half = len(paths) // 2
for name, part in (("a", paths[:half]), ("b", paths[half:])):
    open(f"{work}/{name}.txt", "w").write("\n".join(part) + "\n")
    subprocess.run(f"parallel --will-cite -j 2 -n 16 -a {work}/{name}.txt {jtai} analyse -f jsonl -j 1 -q "
                   f"> {work}/{name}.jsonl", shell=True, check=True)
merge = ("python3 -c 'import json, sys; lines = [l for f in sys.argv[1:] for l in open(f, encoding=\"utf-8\")]; "
         "sys.stdout.writelines(sorted(lines, key=lambda l: json.loads(l)[\"source\"][\"path\"]))' "
         f"{work}/b.jsonl {work}/a.jsonl")
merged = subprocess.run(merge, shell=True, check=True, capture_output=True).stdout
want = b"".join(sorted(reference.splitlines(keepends=True), key=lambda l: json.loads(l)["source"]["path"]))
assert merged == want, "shards merged by path differ from the -j 2 records sorted by path"
print(f"parallel: {len(paths)} files in chunks of 16 equal jtai -j 2; two shards merged by path equal it sorted")
