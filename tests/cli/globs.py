#!/usr/bin/env python3
"""-g/--glob as ripgrep's -g: a GLOB with '/' matches the path below the folder given, one
without matches the file name at any depth, '**' crosses folders, '!GLOB' drops files and
whole folders. Usage: globs.py JTAI SAMPLE_TEXT SAMPLE_PDF"""
import json, os, shutil, subprocess, sys, tempfile

jtai, sample, pdf = sys.argv[1:4]
root = os.path.join(tempfile.mkdtemp(), "corpus")
tree = ["jtai-letter/a.txt", "jtai-letter/sub/b.txt", "news/c.txt", "news/d.pdf", "e.txt"]
for rel in tree:
    os.makedirs(os.path.dirname(os.path.join(root, rel)), exist_ok=True)
    shutil.copy(pdf if rel.endswith(".pdf") else sample, os.path.join(root, rel))


def analysed(*globs):
    args = [jtai, "analyse", "-f", "jsonl", "-j", "2", root]
    for g in globs:
        args += ["-g", g]
    r = subprocess.run(args, capture_output=True, text=True)
    assert r.returncode == 0, (globs, r.returncode, r.stderr)
    return [os.path.relpath(json.loads(l)["source"]["path"], root) for l in r.stdout.splitlines()]


cases = [
    (["jtai-letter/*"], ["jtai-letter/a.txt"]),
    (["jtai-letter/**"], ["jtai-letter/a.txt", "jtai-letter/sub/b.txt"]),
    (["**/sub/*.txt"], ["jtai-letter/sub/b.txt"]),
    (["/news/*"], ["news/c.txt", "news/d.pdf"]),
    (["*.txt"], ["e.txt", "jtai-letter/a.txt", "jtai-letter/sub/b.txt", "news/c.txt"]),
    (["b.txt"], ["jtai-letter/sub/b.txt"]),
    (["!*.pdf"], ["e.txt", "jtai-letter/a.txt", "jtai-letter/sub/b.txt", "news/c.txt"]),
    (["!news"], ["e.txt", "jtai-letter/a.txt", "jtai-letter/sub/b.txt"]),
    (["!jtai-letter/sub"], ["e.txt", "jtai-letter/a.txt", "news/c.txt", "news/d.pdf"]),
    (["news/*", "!*.pdf"], ["news/c.txt"]),
    (["[ab].txt"], ["jtai-letter/a.txt", "jtai-letter/sub/b.txt"]),
    (["[!ab].txt"], ["e.txt", "news/c.txt"]),
]
for globs, want in cases:
    got = sorted(analysed(*globs))
    assert got == sorted(want), f"-g {globs}: got {got}, want {want}"

# A folder name alone matches no file: the error says how to write it.
r = subprocess.run([jtai, "analyse", "-g", "jtai-letter", root], capture_output=True, text=True)
assert r.returncode == 2, r.returncode
assert r.stderr == ("jtai: no documents found in the inputs given that match -g (a GLOB with a '/' matches "
                    "the path below the folder given: -g 'jtai-letter/*')\n"), r.stderr
print(f"globs: {len(cases)} cases over {len(tree)} files; a bare folder name is explained")
