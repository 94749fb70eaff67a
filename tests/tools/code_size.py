#!/usr/bin/env python3
"""No source file over 500 lines, no function over 100.

Usage: code_size.py SRC_DIR [--list N]

A function is a definition whose signature starts at column 0 (the project's layout:
namespaces are not indented), may wrap over a few indented lines, and ends with '{'; it
closes at the next lone '}' or '};' at column 0. Its length counts the signature and both
braces. Members defined inside a class body are counted with the class (which is not a
function); the project defines long members out of line."""
import os, re, sys

MAX_FILE, MAX_FUNCTION = 500, 100
EXCLUDED = re.compile(r"^(namespace\b|class\b|struct\b|enum\b|union\b|extern\b|template\b|#|//|}|\s|$)")
SIGNATURE_LINES = 6  # a signature wraps over at most this many lines


def signature_end(lines, i):
    """The line that opens the body of a function whose signature starts at line I, or None."""
    if EXCLUDED.match(lines[i]) or lines[i].rstrip().endswith(";") or "=" in lines[i].split("(")[0]:
        return None
    for j in range(i, min(i + SIGNATURE_LINES, len(lines))):
        text = lines[j].rstrip()
        if ";" in text and not text.endswith("{"):
            return None
        if text.endswith("{") and ")" in "".join(lines[i:j + 1]):
            return j
        if j > i and not lines[j][:1].isspace():
            return None
    return None


def functions(lines):
    i = 0
    while i < len(lines):
        open_at = signature_end(lines, i)
        if open_at is None:
            i += 1
            continue
        end = open_at + 1
        while end < len(lines) and lines[end].rstrip() not in ("}", "};"):
            end += 1
        yield i, end
        i = end + 1


def main():
    src = sys.argv[1]
    top = int(sys.argv[sys.argv.index("--list") + 1]) if "--list" in sys.argv else 0
    problems, sizes = [], []
    nfiles = nfuncs = 0
    for root, _, files in sorted(os.walk(src)):
        for f in sorted(files):
            if not f.endswith((".cc", ".h")):
                continue
            path = os.path.join(root, f)
            lines = open(path, encoding="utf-8").read().split("\n")
            if lines and lines[-1] == "":
                lines.pop()
            nfiles += 1
            if len(lines) > MAX_FILE:
                problems.append(f"{path}: {len(lines)} lines (limit {MAX_FILE})")
            for b, e in functions(lines):
                nfuncs += 1
                n = e - b + 1
                sizes.append((n, f"{path}:{b + 1}"))
                if n > MAX_FUNCTION:
                    problems.append(f"{path}:{b + 1}: function of {n} lines (limit {MAX_FUNCTION})")
    sizes.sort(reverse=True)
    for n, where in sizes[:top]:
        print(f"{n:4d} {where}")
    for p in problems:
        print(p)
    longest = sizes[0] if sizes else (0, "-")
    print(f"{nfiles} files, {nfuncs} functions; longest function {longest[0]} lines ({longest[1]}); {len(problems)} over the limits")
    return 1 if problems or nfuncs == 0 else 0


if __name__ == "__main__":
    sys.exit(main())
