#!/usr/bin/env python3
"""How often every rule phrase fires in the corpus: documents and findings per phrase.

Runs `jtai analyse` once over the corpus (../shared/corpus/seeds, docs and pdf; a PDF
whose area and year a text document has counts as that document) with the rules turned permissive: the same rules with every
`threshold` and `share` dropped, so that every match of every rule becomes evidence. Each
piece of evidence is mapped back into its finding's text through the finding's spans
(which are exact: each span is its piece of the text, pieces joined by one space) and put
down to the phrase of its rule that matches it as a whole. Matches through a defined
acronym (`RULE@acronym`) count for no phrase.

A phrase that fires in one document only is a phrase tuned to that document; it needs a
reason in its rule, as a comment inside or just above the rule:

    rule theme.exploitation.phrases theme:exploitation-and-missing weight=2
      # rare "county lines", "trafficking": named in the taxonomy's definition; few letters so far
      match exploitation | county lines | ...

Usage: phrase_frequency.py [--jtai build/jtai] [--shared ../shared] [--rules FILE]
                           [--list] [--check]
--list prints every phrase with its counts; --check exits 1 when a phrase fires in one
document and has no `# rare "PHRASE"` reason (several phrases may share one comment;
`# rare regex: reason` covers the rule's regexes) (the summary line is always printed).
"""
import argparse, json, os, re, subprocess, sys, tempfile
from collections import defaultdict

RARE = re.compile(r'#\s*rare\s+((?:"[^"]+"[\s,]*)+)')


REGEXES = "<regex>"  # what `# rare regex: reason` gives a reason for: the rule's regexes


def rare_phrases(comment):
    """The phrases a `# rare "A", "B": reason` comment gives a reason for."""
    if re.match(r"#\s*rare\s+regex\b", comment):
        return {REGEXES}
    m = RARE.search(comment)
    return set(re.findall(r'"([^"]+)"', m.group(1))) if m else set()


def word_re(w):
    star = w.endswith("*")
    if star:
        w = w[:-1]
    out = ""
    for ch in w:
        out += "['\u2019]" if ch in "'\u2019" else "[- ]?" if ch == "-" else re.escape(ch)
    if star:
        out += r"\w*"
    letters = [c for c in w if c.isalpha()]
    if sum(c.isupper() for c in letters) >= 2 and not any(c.islower() for c in letters):
        out = "(?-i:" + out + ")"  # ALL-CAPS words match as written
    return out


def phrase_re(phrase):
    return re.compile(r"\s+".join(word_re(w) for w in phrase.split()), re.IGNORECASE)


def parse_rules(text):
    """Rules as [(id, [(kind, pattern, compiled)], reasons)], in file order."""
    rules, reasons, pending = [], set(), set()
    for line in text.splitlines():
        s = line.strip()
        if s.startswith("#"):
            pending |= rare_phrases(s)
            continue
        if not s:
            continue
        if not line[0].isspace():
            if s.startswith("rule "):
                rules.append([s.split()[1], [], set(pending)])
            pending = set()
            continue
        key, _, rest = s.partition(" ")
        if not rules:
            continue
        rules[-1][2] |= pending
        pending = set()
        if key == "match":
            for p in rest.split("|"):
                p = p.strip()
                if p:
                    rules[-1][1].append(("phrase", p, phrase_re(p)))
        elif key == "regex":
            rules[-1][1].append(("regex", rest.strip(), re.compile(rest.strip(), re.IGNORECASE)))
    return rules


def permissive(text):
    """The rules with thresholds and shares dropped: every match of a rule gives its label."""
    keep = [l for l in text.splitlines() if not re.match(r"(threshold|share)\s", l)]
    return "\n".join(keep) + "\n"


def text_of(finding, span):
    """The finding's text that the input byte SPAN covers (spans map text byte for byte)."""
    text = finding["text"].encode("utf-8")
    pos, starts = 0, []
    for b, e in finding["spans"]:
        starts.append((b, e, pos))
        pos += e - b + 1
    def at(offset):
        for b, e, p in starts:
            if b <= offset < e:
                return p + offset - b
        return None
    tb, te = at(span[0]), at(span[1] - 1)
    if tb is None or te is None:
        return None
    return text[tb:te + 1].decode("utf-8", "replace")


def document_key(path):
    """A PDF (york-2018-jtai.pdf) is the text document of its area and year, if there is one."""
    name = os.path.basename(path)
    m = re.match(r"(?:letter-)?(.*?-\d{4})-", name)
    return m.group(1) if m else name


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--jtai", default="build/jtai")
    ap.add_argument("--shared", default=os.environ.get("JTAI_SHARED_DIR", "../shared"))
    ap.add_argument("--rules")
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()

    text = open(a.rules, encoding="utf-8").read() if a.rules else subprocess.run(
        [a.jtai, "rules", "dump"], capture_output=True, check=True, text=True).stdout
    rules = parse_rules(text)
    by_id = {r[0]: r for r in rules}
    corpus = os.path.join(a.shared, "corpus")
    with tempfile.NamedTemporaryFile("w", suffix=".rules", delete=False, encoding="utf-8") as f:
        f.write(permissive(text))
        all_fire = f.name
    try:
        out = subprocess.run([a.jtai, "analyse", "-q", "-f", "jsonl", "-j2", "--rules", all_fire,
                              os.path.join(corpus, "seeds"), os.path.join(corpus, "docs"), os.path.join(corpus, "pdf")],
                             capture_output=True, text=True)
    finally:
        os.unlink(all_fire)
    records = [json.loads(line) for line in out.stdout.splitlines()]
    texts = {document_key(r["source"]["path"]) for r in records if not r["source"]["path"].endswith(".pdf")}
    docs, findings, unplaced = defaultdict(set), defaultdict(set), 0
    for rec in records:
        path = rec["source"]["path"]
        if path.endswith(".pdf") and document_key(path) in texts:
            continue  # the same letter as its text version
        for f in rec.get("findings") or []:
            for e in f["evidence"]:
                if "@" in e["rule"] or e["rule"] not in by_id:
                    continue
                matched = text_of(f, e["span"])
                pats = by_id[e["rule"]][1]
                hit = next((p for kind, p, rx in pats if matched is not None and rx.fullmatch(matched)), None)
                if hit is None:
                    unplaced += 1
                    continue
                docs[(e["rule"], hit)].add(path)
                findings[(e["rule"], hit)].add((path, f["id"]))

    counts = {0: 0, 1: 0, 2: 0}
    missing = []
    rows = []
    for rid, pats, reasons in rules:
        for kind, p, _ in pats:
            n = len(docs[(rid, p)])
            counts[min(n, 2)] += 1
            rows.append((rid, p, n, len(findings[(rid, p)])))
            if n == 1 and (REGEXES if kind == "regex" else p) not in reasons:
                missing.append((rid, p, next(iter(docs[(rid, p)]))))
    if a.list:
        print(f"{'rule':44} {'phrase':40} {'docs':>5} {'findings':>8}")
        for rid, p, n, nf in rows:
            print(f"{rid:44} {p[:40]:40} {n:5} {nf:8}")
    print(f"phrases: {len(rows)}; firing in 0 documents: {counts[0]}, in 1: {counts[1]}, in 2 or more: {counts[2]}"
          + (f"; {unplaced} matches put down to no phrase" if unplaced else ""))
    for rid, p, path in missing:
        print(f"one document, no reason: {rid} \"{p}\" ({os.path.basename(path)})")
    return 1 if a.check and missing else 0


if __name__ == "__main__":
    sys.exit(main())
