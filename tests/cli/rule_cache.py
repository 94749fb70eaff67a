#!/usr/bin/env python3
"""The compiled rules are cached between runs (src/rules/scanner.cc) without changing output.

With JTAI_CACHE_DIR set to an empty folder: the first run writes the databases there
(*.hsdb), a second run reads them and gives the same bytes, a corrupt cache file is
ignored (the rules are compiled again, same bytes), JTAI_CACHE_DIR set empty writes
no cache, and a folder holding 60 older databases (other builds') keeps the newest 48. Usage: rule_cache.py JTAI LETTER
"""
import glob, os, subprocess, sys, tempfile


def run(jtai, letter, cache):
    env = dict(os.environ, JTAI_CACHE_DIR=cache)
    out = subprocess.run([jtai, "analyse", "-f", "jsonl", letter], capture_output=True, env=env)
    if out.returncode != 0:
        sys.exit(f"FAIL jtai analyse {letter}: exit {out.returncode}: {out.stderr.decode()[:300]}")
    return out.stdout


def main():
    jtai, letter = sys.argv[1], sys.argv[2]
    with tempfile.TemporaryDirectory() as tmp:
        cache = os.path.join(tmp, "cache")
        first = run(jtai, letter, cache)
        files = sorted(glob.glob(os.path.join(cache, "*.hsdb")))
        if not files:
            sys.exit("FAIL no database cached in JTAI_CACHE_DIR")
        if run(jtai, letter, cache) != first:
            sys.exit("FAIL the records differ when the rules come from the cache")
        for f in files:
            open(f, "wb").write(b"not a database")
        if run(jtai, letter, cache) != first:
            sys.exit("FAIL the records differ after the cache was corrupted")
        if run(jtai, letter, "") != first:
            sys.exit("FAIL the records differ with the cache turned off")
        crowded = os.path.join(tmp, "crowded")
        os.makedirs(crowded)
        for i in range(60):
            old = os.path.join(crowded, f"other-build-{i:02}.hsdb")
            open(old, "wb").write(b"x")
            os.utime(old, (1_000_000 + i, 1_000_000 + i))
        run(jtai, letter, crowded)
        kept = sorted(os.path.basename(f) for f in glob.glob(os.path.join(crowded, "*.hsdb")))
        mine = [os.path.basename(f) for f in files]
        want = sorted(mine + [f"other-build-{i:02}.hsdb" for i in range(60 - (48 - len(mine)), 60)])
        if kept != want:
            sys.exit(f"FAIL a crowded cache folder keeps {kept}, want the newest 48: {want}")
    print(f"ok: {len(files)} databases cached, same records from cache, corrupt cache and none; 48 kept")


if __name__ == "__main__":
    main()
