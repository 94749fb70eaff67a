#!/usr/bin/env python3
"""The bad-input suite: hundreds of hostile documents and rule files, generated here into a
temporary folder (nothing is committed but this script). Each document alone gives either
one valid record, or exit 1 with one line on stderr naming it and an error record; each
rule file gives `rules check` lines naming it, or refuses `--rules` with one line naming
it (exit 2). Nothing crashes, hangs (every run has a timeout) or writes output that does
not parse. Then all documents run as one batch (-j 2, good documents among them): every
line is the one of the solo run, byte for byte, so every good document is still analysed.

Usage: bad_input_suite.py JTAI SHARED_DIR [--jobs N]
"""
import concurrent.futures, json, os, random, subprocess, sys, tempfile

from minimal_pdf import pdf

# Seconds per run before it counts as a hang; JTAI_TIME_SCALE stretches it for sanitizer builds.
TIMEOUT = 60 * float(os.environ.get("JTAI_TIME_SCALE", "1"))


def fail(msg):
    sys.exit("FAIL: " + msg)


def text_cases(sample):
    """Documents that are text, or meant to be: name -> bytes."""
    s = sample
    lines = s.split(b"\n")
    c = {
        "empty.txt": b"",
        "one-byte.txt": b"x",
        "one-newline.txt": b"\n",
        "bom-only.txt": b"\xef\xbb\xbf",
        "bom-sample.txt": b"\xef\xbb\xbf" + s,
        "crlf.txt": s.replace(b"\n", b"\r\n"),
        "cr-only.txt": s.replace(b"\n", b"\r"),
        "mixed-eol.txt": b"".join(l + (b"\r\n" if i % 3 == 0 else b"\r" if i % 3 == 1 else b"\n") for i, l in enumerate(lines)),
        "form-feeds.txt": s.replace(b"\n\n", b"\n\f\n"),
        "only-form-feeds.txt": b"\f" * 1000,
        "long-line.txt": b"word " * 200000,
        "no-newline.txt": s.replace(b"\n", b" "),
        "punctuation.txt": b"!?.,;:-()[]{}" * 500,
        "bullets.txt": b"- x\n" * 5000,
        "stars.txt": b"* \n" * 5000,
        "numbers.txt": b"1.\n" * 5000,
        "headings.txt": b"Key strengths\n\nAreas for improvement\n\n" * 500,
        "latin1.txt": s.decode("utf-8").encode("latin-1", "replace"),
        "latin1-word.txt": b"caf\xe9 au lait\n",
        "cp1252-quotes.txt": b"children\x92s services \x93quoted\x94\n",
        "utf16-le-bom.txt": b"\xff\xfe" + s.decode("utf-8").encode("utf-16-le"),
        "utf16-be-bom.txt": b"\xfe\xff" + s.decode("utf-8").encode("utf-16-be"),
        "utf16-le.txt": s.decode("utf-8").encode("utf-16-le"),
        "utf16-be.txt": s.decode("utf-8").encode("utf-16-be"),
        "utf32-le-bom.txt": b"\xff\xfe\x00\x00" + s[:2000].decode("utf-8", "ignore").encode("utf-32-le"),
        "utf8-then-nul.txt": s + b"\x00",
        "nul-first.txt": b"\x00" + s,
        "nul-middle.txt": s[: len(s) // 2] + b"\x00" + s[len(s) // 2:],
        "all-nul.txt": b"\x00" * 4096,
        "png.txt": b"\x89PNG\r\n\x1a\n" + b"\x00" * 40,
        "zip.txt": b"PK\x03\x04" + b"\x00" * 40,
        "gzip.txt": b"\x1f\x8b\x08\x00" + b"\x00" * 40,
        "jpeg.txt": b"\xff\xd8\xff\xe0" + b"\x00" * 40,
        "doc.txt": b"\xd0\xcf\x11\xe0" + b"\x00" * 40,
        "html-looking.txt": b"<p>not html really",
        "json.txt": b'{"schema": "x"}',
    }
    for ws in [b" ", b"\t", b"\n", b"\r\n", b"\f", b"\v", b" \t\n\r\f\v", b"\n" * 10000, b" " * 100000]:
        c[f"white-{len(c)}.txt"] = ws
    invalid = {
        "lone-continuation": b"\x80", "lone-continuations": b"\xbf\xbf", "truncated-2": b"\xc3",
        "truncated-3": b"\xe2\x80", "truncated-4": b"\xf0\x9f\x98", "fe": b"\xfe", "ff": b"\xff",
        "overlong-slash-2": b"\xc0\xaf", "overlong-slash-3": b"\xe0\x80\xaf", "overlong-slash-4": b"\xf0\x80\x80\xaf",
        "overlong-nul": b"\xc0\x80", "surrogate-high": b"\xed\xa0\x80", "surrogate-low": b"\xed\xbf\xbf",
        "above-max": b"\xf4\x90\x80\x80", "f5": b"\xf5\x80\x80\x80", "c1": b"\xc1\xbf", "five-byte": b"\xf8\x88\x80\x80\x80",
        "six-byte": b"\xfc\x84\x80\x80\x80\x80",
    }
    for name, bad in invalid.items():
        for where, doc in [("start", bad + s), ("middle", s[:1000] + bad + s[1000:]), ("end", s + bad)]:
            c[f"utf8-{name}-{where}.txt"] = doc
    return c


def html_cases(sample):
    body = sample.decode("utf-8").replace("&", "&amp;").replace("<", "&lt;")
    paras = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return {
        "html-empty.html": b"<html></html>",
        "html-only-script.html": b"<html><body><script>var x = 1;</script></body></html>",
        "html-only-comment.html": b"<!-- nothing -->",
        "html-doctype-only.html": b"<!DOCTYPE html>",
        "html-unclosed.html": ("<html><body><p>" + body[:3000]).encode(),
        "html-good.html": f"<!DOCTYPE html><html><body><main>{paras}</main></body></html>".encode(),
        "html-nul.html": b"<html><body><p>a\x00b</p></body></html>",
        "html-latin1.html": b"<html><body><p>caf\xe9 au lait, children's services</p></body></html>",
        "html-deep.html": ("<html><body>" + "<div>" * 5000 + "Children are safe." + "</div>" * 5000).encode(),
        "html-attrs.html": ("<html><body><p " + " ".join(f"a{i}=x" for i in range(5000)) + ">safe</p>").encode(),
        "html-entities.html": b"<html><body><p>&amp;&lt;&#0;&#xD800;&#x110000;&bogus;</p></body></html>",
        "html-utf16.html": "<html><body><p>children</p></body></html>".encode("utf-16"),
        "html-xml.html": b"<?xml version='1.0'?><html><body><p>Children are safe.</p></body></html>",
        "html-bad-charset.html": b"<html><head><meta charset='no-such'></head><body><p>safe</p></body></html>",
    }


def pdf_cases(shared):
    folder = os.path.join(shared, "corpus", "pdf")
    pdfs = [os.path.join(folder, n) for n in ["york-2018-jtai.pdf", "harrow-2023-jtai.pdf", "torbay-2024-jtai.pdf"]]
    rng = random.Random(17)
    c = {}
    for p in pdfs:
        data = open(p, "rb").read()
        stem = os.path.basename(p)[:-4]
        for frac in [0, 1, 2, 5, 10, 25, 50, 75, 90, 99]:
            c[f"{stem}-cut-{frac}.pdf"] = data[: max(8, len(data) * frac // 100)]
        for k in range(12):
            flipped = bytearray(data)
            for _ in range(1 + k * 3):
                i = rng.randrange(len(flipped))
                flipped[i] ^= 1 << rng.randrange(8)
            c[f"{stem}-flip-{k}.pdf"] = bytes(flipped)
        c[f"{stem}-no-eof.pdf"] = data[: data.rfind(b"%%EOF")]
    blank = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
             b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
             b"<< /Length 0 >>\nstream\n\nendstream"]
    encrypt = b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>"
    file_id = b"/ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] "
    c["encrypted.pdf"] = pdf(blank + [encrypt], b"/Encrypt 5 0 R " + file_id)
    c["image-only.pdf"] = pdf(blank)
    c["no-pages.pdf"] = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"])
    c["header-only.pdf"] = b"%PDF-1.7\n"
    c["garbage.pdf"] = b"%PDF-1.7\n" + bytes(range(256)) * 20
    c["loop-pages.pdf"] = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [2 0 R] /Count 1 >>"])
    c["huge-count.pdf"] = pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 999999999 >>",
                               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"])
    return c


def rule_cases():
    """Rule files: name -> (bytes, accepted?)."""
    good = "rule a x:y\n  match police\n"
    c = {
        "unknown-statement.rules": ("labels a\n", False),
        "rule-short.rules": ("rule x\n", False),
        "bad-label.rules": ("rule x Police\n  match a\n", False),
        "bad-id.rules": ("rule x! a:b\n  match a\n", False),
        "dup-id.rules": ("rule x a:b\n  match a\nrule x a:c\n  match b\n", False),
        "weight-zero.rules": ("rule x a:b weight=0\n  match a\n", False),
        "weight-big.rules": ("rule x a:b weight=1000\n  match a\n", False),
        "weight-word.rules": ("rule x a:b weight=zero\n  match a\n", False),
        "weight-huge.rules": ("rule x a:b weight=99999999999999\n  match a\n", False),
        "unknown-option.rules": ("rule x a:b colour=red\n  match a\n", False),
        "unknown-line.rules": ("rule x a:b\n  matches a\n", False),
        "indented-outside.rules": ("  match a\n", False),
        "empty-phrase.rules": ("rule x a:b\n  match a ||b\n", False),
        "trailing-bar.rules": ("rule x a:b\n  match police|\n", False),
        "no-match.rules": ("rule x a:b\n", False),
        "no-value.rules": ("rule x a:b\n  match\n", False),
        "bad-regex.rules": ("rule x a:b\n  regex (unclosed\n", False),
        "empty-regex-star.rules": ("rule x a:b\n  regex a*\n", False),
        "empty-regex-group.rules": ("rule x a:b\n  regex ()\n", False),
        "empty-regex-alt.rules": ("rule x a:b\n  regex police|\n", False),
        "empty-regex-opt.rules": ("rule x a:b\n  regex (?:x)?\n", False),
        "empty-phrase-star.rules": ("rule x a:b\n  match *\n", False),
        "empty-unless.rules": ("rule x a:b\n  match a\n  unless *\n", False),
        "wrapper-escape.rules": ("rule x a:b\n  regex zzz)|(?:\n", False),
        "wrapper-escape-2.rules": ("rule x a:b\n  regex a)(b\n", False),
        "threshold-huge.rules": (good + "threshold topic:x 99999999999\n", False),
        "threshold-word.rules": (good + "threshold topic:x many\n", False),
        "threshold-label.rules": (good + "threshold Topic 2\n", False),
        "threshold-short.rules": (good + "threshold\n", False),
        "share-big.rules": (good + "share theme 101\n", False),
        "share-huge.rules": (good + "share theme 99999999999\n", False),
        "share-kind.rules": (good + "share theme:x 50\n", False),
        "acronyms-none.rules": (good + "acronyms\n", False),
        "acronyms-no-group.rules": (good + "acronyms [A-Z]+\n", False),
        "acronyms-bad.rules": (good + "acronyms ([A-Z]\n", False),
        "empty.rules": ("", False),
        "comments-only.rules": ("# a\n# b\n", False),
        "blank-lines.rules": ("\n\n   \n", False),
        "nul.rules": ("rule x a:b\n  match a\x00b\n", True),
        "latin1.rules": (b"rule x a:b\n  match caf\xe9\n", False),
        "bom.rules": (b"\xef\xbb\xbf" + good.encode(), True),
        "crlf.rules": (good.replace("\n", "\r\n"), True),
        "tabs.rules": ("rule a x:y\n\tmatch police\n", True),
        "good.rules": (good, True),
        "too-many-rules.rules": ("".join(f"rule r{i} x:y\n  match w{i}\n" for i in range(6000)), False),
        "too-many-phrases.rules": ("rule a x:y\n  match " + " | ".join(f"w{i}" for i in range(2000)) + "\n", False),
        "long-line.rules": ("rule a x:y\n  match " + "word " * 100000 + "\n", True),
        "utf16.rules": (good.encode("utf-16"), False),
    }
    return {k: (v.encode() if isinstance(v, str) else v, ok) for k, (v, ok) in c.items()}


def run(args, timeout=TIMEOUT, **kw):
    try:
        return subprocess.run(args, capture_output=True, timeout=timeout, **kw)
    except subprocess.TimeoutExpired:
        fail(f"hang (over {TIMEOUT} s): {' '.join(args)}")


def check_document(jtai, path):
    """One document alone: a valid record, or one error line naming it. Returns its JSONL line."""
    r = run([jtai, "analyse", "-f", "jsonl", path])
    if r.returncode < 0 or r.returncode not in (0, 1):
        fail(f"{path}: exit {r.returncode} {r.stderr[-300:]!r}")
    out = r.stdout.decode("utf-8")
    lines = out.splitlines()
    if len(lines) != 1:
        fail(f"{path}: {len(lines)} output lines")
    rec = json.loads(lines[0])
    if rec["source"]["path"] != path:
        fail(f"{path}: record names {rec['source']['path']}")
    err = r.stderr.decode("utf-8").splitlines()
    if r.returncode == 0:
        if "error" in rec or err or rec.get("schema") != "jtai.analysis/1":
            fail(f"{path}: exit 0 but {err} {lines[0][:200]}")
    else:
        if len(err) != 1 or not err[0].startswith(f"jtai: {path}: ") or "error" not in rec:
            fail(f"{path}: error lines {err}")
        msg = err[0][len(f"jtai: {path}: "):]
        if "internal error" in msg or not msg or msg != rec["error"]["message"]:
            fail(f"{path}: unclear message {msg!r}")
    return lines[0]


def check_rules(jtai, path, accepted, sample):
    r = run([jtai, "rules", "check", path])
    out = r.stdout.decode("utf-8", "replace").splitlines()
    err = r.stderr.decode("utf-8", "replace").splitlines()
    if r.returncode not in (0, 1) or (r.returncode == 0) != accepted:
        fail(f"rules check {path}: exit {r.returncode}, want {'0' if accepted else '1'}: {out[:3]} {err}")
    if r.returncode == 1 and not (out and out[0].startswith(f"{path}:") and out[-1].endswith("found")):
        fail(f"rules check {path}: {out[:3]}")
    a = run([jtai, "analyse", "-f", "jsonl", "--rules", path, sample])
    aerr = a.stderr.decode("utf-8", "replace").splitlines()
    if accepted:
        if a.returncode != 0 or aerr:
            fail(f"--rules {path}: exit {a.returncode} {aerr}")
        json.loads(a.stdout)
    elif a.returncode != 2 or len(aerr) != 1 or not aerr[0].startswith(f"jtai: {path}:") or a.stdout:
        fail(f"--rules {path}: exit {a.returncode} {aerr}")


def main():
    jtai, shared = sys.argv[1], sys.argv[2]
    jobs = int(sys.argv[sys.argv.index("--jobs") + 1]) if "--jobs" in sys.argv else 2
    seeds = os.path.join(shared, "corpus", "seeds")
    sample_path = os.path.join(seeds, "letter-york-2018-sexual-abuse-in-family.txt")
    sample = open(sample_path, "rb").read()
    d = tempfile.mkdtemp(prefix="jtai-bad-")
    docs = {}
    docs.update(text_cases(sample))
    docs.update(html_cases(sample))
    docs.update(pdf_cases(shared))
    paths = []
    for name, data in docs.items():
        p = os.path.join(d, name)
        open(p, "wb").write(data)
        paths.append(p)
    # Special files: a FIFO, a device, a dangling link (a folder named is walked, by design).
    os.mkfifo(os.path.join(d, "fifo.txt"))
    os.symlink("/dev/zero", os.path.join(d, "zero.txt"))
    os.symlink(os.path.join(d, "nowhere"), os.path.join(d, "dangling.txt"))
    specials = [os.path.join(d, n) for n in ["fifo.txt", "zero.txt", "dangling.txt"]]
    paths += specials
    rules = rule_cases()
    rdir = os.path.join(d, "rules")
    os.mkdir(rdir)
    rule_paths = []
    for name, (data, ok) in rules.items():
        p = os.path.join(rdir, name)
        open(p, "wb").write(data)
        rule_paths.append((p, ok))
    os.mkfifo(os.path.join(rdir, "fifo.rules"))
    os.symlink("/dev/zero", os.path.join(rdir, "zero.rules"))
    rule_paths += [(rdir, False), (os.path.join(rdir, "fifo.rules"), False), (os.path.join(rdir, "zero.rules"), False),
                   (os.path.join(rdir, "missing.rules"), False)]

    with concurrent.futures.ThreadPoolExecutor(jobs) as pool:
        solo = dict(zip(paths, pool.map(lambda p: check_document(jtai, p), paths)))
        list(pool.map(lambda pr: check_rules(jtai, pr[0], pr[1], sample_path), rule_paths))
    failed = sum(1 for p in paths if "error" in json.loads(solo[p]))

    # Directory loops: a folder walk meets a link back to itself and to its parent.
    loop = os.path.join(d, "loop")
    os.makedirs(os.path.join(loop, "sub"))
    good_copy = os.path.join(loop, "sub", "letter.txt")
    open(good_copy, "wb").write(sample)
    os.symlink(loop, os.path.join(loop, "sub", "back"))
    os.symlink(".", os.path.join(loop, "self"))
    r = run([jtai, "analyse", "-f", "jsonl", loop])
    recs = [json.loads(l) for l in r.stdout.decode().splitlines()]
    if r.returncode != 0 or len(recs) != 1 or "error" in recs[0]:
        fail(f"loop: exit {r.returncode}, {len(recs)} records {r.stderr[-300:]!r}")
    loops = [l for l in r.stderr.decode().splitlines() if "symbolic link loop" in l]
    if len(loops) != 2:
        fail(f"loop warnings: {r.stderr.decode()!r}")
    cases = len(paths) + len(rule_paths) + 1

    # One batch of everything, good documents among the bad: each line as in its solo run.
    goods = sorted(os.path.join(seeds, n) for n in os.listdir(seeds) if n.endswith(".txt"))
    order = []
    for i, p in enumerate(paths):
        order.append(p)
        if i % 25 == 0:
            order.append(goods[(i // 25) % len(goods)])
    for g in goods:
        if g not in solo:
            solo[g] = check_document(jtai, g)
    r = run([jtai, "analyse", "-j", "2", "-f", "jsonl"] + order, timeout=TIMEOUT * 4)
    lines = r.stdout.decode("utf-8").splitlines()
    if len(lines) != len(order):
        fail(f"batch: {len(lines)} lines for {len(order)} inputs")
    for p, line in zip(order, lines):
        if line != solo[p]:
            fail(f"batch: {p} differs from its solo run")
    err = r.stderr.decode("utf-8").splitlines()
    want_failed = sum(1 for p in order if "error" in json.loads(solo[p]))
    if r.returncode != 1 or len(err) != want_failed:
        fail(f"batch: exit {r.returncode}, {len(err)} error lines for {want_failed} failures")
    print(f"bad-input suite: {cases} cases ({len(paths)} documents, {failed} refused with one line; "
          f"{len(rule_paths)} rule files; 1 folder loop); batch of {len(order)} byte-identical to solo runs")
    if cases < 200:
        fail(f"only {cases} cases")


if __name__ == "__main__":
    main()
