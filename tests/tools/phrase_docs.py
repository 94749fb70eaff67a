#!/usr/bin/env python3
"""How many corpus documents each phrase of the reported-text cue lists fires in.

Usage: phrase_docs.py DATA_DIR CORPUS_DIR [--all]

Reads every table of DATA_DIR/news/*.tsv, splits each pattern into its alternatives
(the top-level ones, and the alternatives of the groups inside each of them), matches
each one the way jtai applies its table (case, word bounds, whole line) against every
.txt document under CORPUS_DIR, and prints one line per alternative:

  news/cues.tsv:17  recommendation  calls? for  12

A phrase that fires in exactly one document is a sign of tuning to that document: it
must carry a reason, written on a comment line directly above its row,

  # one-doc: calls? for: the only news page of the corpus that ...

(the alternative as printed, then its reason), or it must go. The script exits 1 and
names every such phrase without a reason. --all prints every phrase, not only those
that fire in fewer than three documents. Standard library only; RE2 syntax of these
tables is also Python syntax.
"""
import os
import re
import sys

# How each table's classes are matched: (case-insensitive, word-bounded, whole line).
SEARCH_CI_WORD = (True, True, False)
SEARCH_CS = (False, False, False)
WHOLE_CS = (False, False, True)
WHOLE_CI = (True, False, True)
SEARCH_CI = (True, False, False)


def mode_of(table, cls):
    if table == "cues.tsv":
        if cls == "attribution":
            return SEARCH_CS
        if cls == "glued-heading":
            return WHOLE_CS
        if cls in ("concern-list", "recommendation-list"):
            return WHOLE_CI
        return SEARCH_CI_WORD
    if table == "polarity.tsv":
        return SEARCH_CI_WORD
    if table == "furniture.tsv":
        return WHOLE_CS
    if table == "metadata.tsv":
        return SEARCH_CI if cls in ("topic", "inspectorate") else SEARCH_CS
    return SEARCH_CI_WORD


def pattern_field(table, fields):
    """The pattern of a row and its class label."""
    if table == "polarity.tsv":
        return fields[0], fields[2]
    if table == "metadata.tsv" and fields[0] in ("topic", "inspectorate"):
        return fields[0] + " " + fields[1], fields[2]
    return fields[0], fields[1]


def split_top(p):
    """Top-level alternatives of pattern P (brackets, classes and escapes respected)."""
    out, depth, cls, cur, i = [], 0, False, "", 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            cur += p[i:i + 2]
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            out.append(cur)
            cur = ""
            i += 1
            continue
        cur += c
        i += 1
    out.append(cur)
    return out


def groups(p):
    """(start, end, body) of the outermost groups of P; END is past the closing bracket."""
    out, depth, cls, start, i = [], 0, False, 0, 0
    while i < len(p):
        c = p[i]
        if c == "\\":
            i += 2
            continue
        if cls:
            cls = c != "]"
        elif c == "[":
            cls = True
        elif c == "(":
            if depth == 0:
                start = i
            depth += 1
        elif c == ")":
            depth -= 1
            if depth == 0:
                out.append((start, i + 1, p[start + 1:i]))
        i += 1
    return out


def is_inflection(p, start, alts):
    """A group of word endings right after a word ("fail(s|ed|ing)"): not phrases of their own."""
    return start > 0 and (p[start - 1].isalpha()) and all(re.fullmatch(r"[a-z]{0,4}", a) for a in alts)


# Classes whose rows are shapes (a name before "said", a date, a quoted title): their
# groups are parts of one shape, so only the row's top-level alternatives are counted.
SHAPES = {"attribution", "glued-heading", "date", "byline", "report-title"}


def phrases(pattern, expand=True):
    """(label, regex) for every alternative of PATTERN and, when EXPAND, every
    alternative of its groups that is a word or phrase (not punctuation)."""
    flags = ""
    m = re.match(r"^\(\?[a-z]+\)", pattern)
    if m:
        flags, pattern = m.group(0), pattern[m.end():]
    out = []
    for alt in split_top(pattern):
        out.append((alt, flags + alt))
        for start, end, body in groups(alt):
            body = re.sub(r"^\?(?:P<\w+>|:)", "", body)
            inner = split_top(body)
            if not expand or len(inner) < 2 or is_inflection(alt, start, inner):
                continue
            if not all(re.search(r"[A-Za-z]{2}", a) for a in inner):
                continue
            quant = re.match(r"[?*+]|\{\d+(?:,\d*)?\}", alt[end:])
            tail = alt[end + (quant.end() if quant else 0):]
            for a in inner:
                out.append((f"{alt}  [{a}]", flags + alt[:start] + "(?:" + a + ")" + tail))
    return out


def compile_phrase(regex, mode):
    ci, word, whole = mode
    flags = re.IGNORECASE if ci else 0
    if word:
        regex = r"\b(?:" + regex + r")\b"
    if whole:
        regex = r"(?:" + regex + r")\Z"
    return re.compile(regex, flags)


def load_corpus(root):
    docs = {}
    for d, _, files in os.walk(root):
        for f in files:
            if f.endswith(".txt"):
                with open(os.path.join(d, f), encoding="utf-8", errors="replace") as fh:
                    text = fh.read()
                docs[f] = (text, [l.strip() for l in text.splitlines() if l.strip()])
    return docs


def fires(rx, mode, doc):
    text, lines = doc
    if mode[2]:
        return any(rx.match(l) for l in lines)
    if rx.pattern.startswith("^") or "$" in rx.pattern:
        return any(rx.search(l) for l in lines)
    return rx.search(text) is not None


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    show_all = "--all" in sys.argv
    if len(args) != 2:
        print(__doc__)
        return 2
    data, corpus = args
    docs = load_corpus(corpus)
    news = os.path.join(data, "news")
    missing, rows = [], 0
    for table in sorted(os.listdir(news)):
        if not table.endswith(".tsv"):
            continue
        reasons = {}  # the reason lines above the row, without their "# one-doc: "
        with open(os.path.join(news, table), encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for n, line in enumerate(lines, 1):
            if line.startswith("# one-doc: "):
                reasons[line[len("# one-doc: "):]] = n
                continue
            if not line.strip() or line.startswith("#"):
                if not line.strip():
                    reasons = {}
                continue
            fields = line.split("\t")
            cls, pattern = pattern_field(table, fields)
            mode = mode_of(table, cls.split(" ")[0])
            rows += 1
            for label, regex in phrases(pattern, cls.split(" ")[0] not in SHAPES):
                try:
                    rx = compile_phrase(regex, mode)
                except re.error as e:
                    print(f"news/{table}:{n}  {cls}  {label}  (not checked: {e})")
                    continue
                hits = [name for name, doc in docs.items() if fires(rx, mode, doc)]
                mark = ""
                if len(hits) == 1:
                    inner = re.search(r"\[([^\[\]]*)\]$", label)
                    keys = [label.strip()] + ([inner.group(1)] if inner else [])
                    if any(r.startswith(k + ": ") for r in reasons for k in keys):
                        mark = "  (reason given)"
                    else:
                        mark = "  ONE DOCUMENT, NO REASON: " + hits[0]
                        missing.append(f"news/{table}:{n}  {label}")
                if show_all or len(hits) < 3:
                    print(f"news/{table}:{n}  {cls}  {label}  {len(hits)}{mark}")
            reasons = {}
    print(f"{rows} rows over {len(docs)} corpus documents; {len(missing)} one-document phrases without a reason")
    for m in missing:
        print("  " + m)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
