#!/usr/bin/env python3
"""Rule hygiene (run from the source root). Usage: rule_hygiene.py MODE JTAI SAMPLE
  check     `rules check` pins the taxonomy and duplicate-id errors (exact text); the same
            file given to analyse stops it with exit 2; a bad label statement is reported.
  env       JTAI_ADD_RULES (colon-separated) applies to analyse, summarise and explain;
            a bad file in it stops the run with exit 2.
  explain   `explain -` reads the document from standard input and prints what `explain
            FILE` prints; `explain --label L` shows only L's evidence."""
import json, os, subprocess, sys, tempfile

mode, jtai, sample = sys.argv[1:4]
RULES = "tests/fixtures/rules"


def run(args, env=None, **kw):
    e = dict(os.environ)
    e.pop("JTAI_ADD_RULES", None)
    e.update(env or {})
    return subprocess.run(args, capture_output=True, text=True, env=e, **kw)


def county_letter():
    text = open(sample, encoding="utf-8").read().replace("sexual health needs", "sexual health needs and county lines")
    path = os.path.join(tempfile.mkdtemp(), "letter.txt")
    open(path, "w", encoding="utf-8").write(text)
    return path


def mode_check():
    r = run([jtai, "rules", "check", f"{RULES}/team.rules"])
    want = open(f"{RULES}/team.expected", encoding="utf-8").read()
    assert r.returncode == 1, r.returncode
    assert r.stdout == want, "got:\n" + r.stdout
    r = run([jtai, "rules", "check", f"{RULES}/county.rules"])
    assert (r.returncode, r.stdout) == (0, "1 rules OK\n"), (r.returncode, r.stdout)
    r = run([jtai, "analyse", "--add-rules", f"{RULES}/team.rules", sample])
    assert r.returncode == 2, r.returncode
    assert r.stderr == "jtai: " + want.splitlines()[6] + "\n", r.stderr  # the first problem found: the id
    r = run([jtai, "rules", "check", f"{RULES}/bad-label.rules"])
    assert r.returncode == 1 and r.stdout.startswith(
        f"{RULES}/bad-label.rules:1:7: expected: label KIND:NAME \"what it means\"\n"), r.stdout
    print("rules check: taxonomy and duplicate-id errors pinned; analyse refuses the file")


def mode_env():
    doc = county_letter()
    env = {"JTAI_ADD_RULES": f"/nonexistent-but-empty-entries-are-skipped::{RULES}/county.rules"}
    env_ok = {"JTAI_ADD_RULES": f"{RULES}/county.rules:tests/fixtures/user.rules"}
    rec = json.loads(run([jtai, "analyse", doc], env=env_ok, check=True).stdout)
    themes = [t for f in rec["findings"] for t in f["themes"]]
    labels = [l for f in rec["findings"] for l in f["labels"]]
    assert "county-lines" in themes and "topic:county-lines" in labels, (themes, labels)
    plain = json.loads(run([jtai, "analyse", doc], check=True).stdout)
    assert "county-lines" not in [t for f in plain["findings"] for t in f["themes"]]
    ex = run([jtai, "explain", doc], env=env_ok, check=True).stdout
    assert "team.county-lines" in ex and "user.county-lines" in ex, ex[:500]
    summ = json.loads(run([jtai, "summarise", "-f", "json", doc], env=env_ok, check=True).stdout)
    assert "county-lines" in json.dumps(summ), "summarise did not use JTAI_ADD_RULES"
    bad = run([jtai, "analyse", doc], env=env)
    assert bad.returncode == 2 and "/nonexistent-but-empty-entries-are-skipped" in bad.stderr, bad.stderr
    twice = run([jtai, "analyse", "--add-rules", f"{RULES}/county.rules", doc], env=env_ok)
    assert twice.returncode == 2 and "is already defined at tests/fixtures/rules/county.rules:3" in twice.stderr, \
        twice.stderr
    print("JTAI_ADD_RULES: applies to analyse, summarise and explain; a bad entry stops the run")


def mode_explain():
    doc = county_letter()
    by_path = run([jtai, "explain", doc], check=True).stdout
    with open(doc, "rb") as f:
        by_stdin = subprocess.run([jtai, "explain", "-"], stdin=f, capture_output=True)
    assert by_stdin.returncode == 0, by_stdin.stderr
    assert by_stdin.stdout.decode() == by_path, "explain - differs from explain FILE"
    assert by_path.count("\n") > 20
    one = run([jtai, "explain", "--label", "agency:police", sample], check=True).stdout.splitlines()
    evidence = [l for l in one if l.startswith("    ")]
    assert evidence and all(l.split()[0] == "agency:police" for l in evidence), one[:5]
    assert one[-1].startswith("agency:police: ") and one[-1].endswith(" findings"), one[-1]
    heads = [l for l in one[:-1] if not l.startswith("    ")]
    assert f"agency:police: {len(heads)} of " in one[-1], (len(heads), one[-1])
    print(f"explain -: same {by_path.count(chr(10))} lines as explain FILE; --label: {one[-1]}")


{"check": mode_check, "env": mode_env, "explain": mode_explain}[mode]()
