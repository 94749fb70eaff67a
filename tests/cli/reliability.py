#!/usr/bin/env python3
"""Regression tests for the defects of issue 17, one mode per defect.
Usage: reliability.py MODE JTAI SAMPLE_TXT

Modes:
  names        a file name that is not UTF-8 does not abort a batch: every record is written,
               the JSON parses and source.path has the byte as \\xFF (also from --files-from)
  write        write errors (/dev/full, a file-size limit under -o) end every subcommand
               with a message and exit 3; no temporary file is left
  bullets      2 MB of "- x" lines are analysed in linear time and memory
  output       -o writes only regular files: devices and links to devices are refused,
               an input is never overwritten, modes follow the umask or the old file
  threshold    a threshold too large to be a number is file:line:col, exit 2
  html         HTML with 100k attributes, 1M <br>, 100k <li>, deep nesting: quick, text kept,
               no DOCTYPE text
  special      FIFOs, devices and links to /dev/zero as inputs or --rules: refused at once
  rules        rules matching the empty string, a regex escaping its wrapper and huge rule
               files are refused with file:line:col
  messages     folders as rules, a byte-order mark, an empty --rules, UTF-16, long and
               control-character names: clear one-line messages
  signals      SIGINT and SIGTERM during -o leave no temporary file
"""
import json, os, resource, signal, stat, subprocess, sys, tempfile, time

# Sanitizer builds run several times slower: CI sets JTAI_TIME_SCALE for them, and every
# time bound below is multiplied by it.
SCALE = float(os.environ.get("JTAI_TIME_SCALE", "1"))
TIMEOUT = 60 * SCALE  # seconds any one command may take before the test calls it a hang


def run(args, **kw):
    kw.setdefault("timeout", TIMEOUT)
    return subprocess.run(args, capture_output=True, **kw)


def check(cond, msg):
    if not cond:
        sys.exit("FAIL: " + str(msg))


def err_lines(r):
    return r.stderr.decode("utf-8", "replace").splitlines()


def check_lines(got, want):
    check(got == want, f"got {got}, want {want}")


def mode_names(jtai, sample):
    d = tempfile.mkdtemp()
    data = open(sample, "rb").read()
    folder = os.path.join(d, "in").encode()
    os.mkdir(folder)
    for name in [b"a.txt", b"b\xff.txt", b"c.txt"]:
        open(os.path.join(folder, name), "wb").write(data)
    out = os.path.join(d, "out.jsonl")
    r = run([jtai, "analyse", "-f", "jsonl", "-o", out, folder])
    check(r.returncode == 0, f"exit {r.returncode}: {r.stderr[-300:]}")
    recs = [json.loads(l) for l in open(out, encoding="utf-8")]
    paths = [x["source"]["path"] for x in recs]
    check(len(recs) == 3 and paths[1].endswith("b\\xFF.txt"), f"paths {paths}")
    j = run([jtai, "analyse", "-f", "json", folder])
    check(j.returncode == 0 and len(json.loads(j.stdout)) == 3, f"json: exit {j.returncode}")
    lst = os.path.join(d, "list").encode()
    open(lst, "wb").write(b"\n".join(os.path.join(folder, n) for n in [b"a.txt", b"b\xff.txt", b"missing\xfe.txt"]))
    r = run([jtai, "analyse", "-f", "jsonl", "--files-from", lst])
    recs = [json.loads(l) for l in r.stdout.decode("utf-8").splitlines()]
    check(r.returncode == 1 and len(recs) == 3 and "error" in recs[2], f"list: exit {r.returncode}, {len(recs)} records")
    check(recs[2]["source"]["path"].endswith("missing\\xFE.txt"), recs[2]["source"]["path"])
    check(err_lines(r) == [f"jtai: {d}/in/missing\\xFE.txt: cannot open file: No such file or directory"], err_lines(r))
    print("non-UTF-8 names: 3 records, JSON parses, \\xFF written as text; --files-from too")


def no_temp_left(d):
    left = [n for n in os.listdir(d) if ".tmp-" in n]
    check(not left, f"temporary files left: {left}")


def mode_write(jtai, sample):
    cmds = [["analyse", "-f", f, sample] for f in ["json", "jsonl", "csv", "markdown"]]
    cmds += [["text", sample], ["rules", "dump"], ["summarise", sample], ["summarise", "-f", "json", sample],
             ["explain", sample], ["rules", "check", os.path.join(os.path.dirname(jtai), "no-such.rules")]]
    for c in cmds[:-1]:
        with open("/dev/full", "wb") as full:
            r = subprocess.run([jtai] + c, stdout=full, stderr=subprocess.PIPE, timeout=TIMEOUT)
        lines = err_lines(r)
        check(r.returncode == 3, f"{' '.join(c)} > /dev/full: exit {r.returncode}")
        check(len(lines) == 1 and "cannot write standard output: No space left on device" in lines[0], f"{c}: {lines}")
    # A file-size limit makes write() fail with EFBIG, as a full disk would.
    d = tempfile.mkdtemp()
    out = os.path.join(d, "out.jsonl")

    def limit():
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
        resource.setrlimit(resource.RLIMIT_FSIZE, (4096, 4096))

    for c in [["analyse", "-f", "jsonl", "-o", out, sample, sample], ["summarise", "-f", "json", "-o", out, sample]]:
        r = subprocess.run([jtai] + c, capture_output=True, preexec_fn=limit, timeout=TIMEOUT)
        check(r.returncode == 3 and "cannot write" in r.stderr.decode(), f"{c}: exit {r.returncode} {r.stderr[-200:]}")
        check(not os.path.exists(out), "a truncated output file was left")
        no_temp_left(d)
    print(f"write errors: {len(cmds) - 1} commands into /dev/full and -o past a size limit exit 3 with one line")


def timed(args):
    start = time.monotonic()
    r = run(args)
    return r, time.monotonic() - start


def mode_bullets(jtai, sample):
    d = tempfile.mkdtemp()
    small, big = os.path.join(d, "small.txt"), os.path.join(d, "big.txt")
    open(small, "w").write("- x\n" * (1 << 17))  # 0.5 MB
    open(big, "w").write("- x\n" * (1 << 19))  # 2 MB
    r, t_small = timed([jtai, "analyse", "-f", "jsonl", "--max-findings", "0", small])
    check(r.returncode == 0, f"exit {r.returncode}")
    r, t_big = timed([jtai, "analyse", "-f", "jsonl", "--max-findings", "0", big])
    rss_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    check(r.returncode == 0, f"exit {r.returncode}")
    # Four times the input: about four times the time (sixteen if quadratic) and memory.
    check(t_big < 8 * max(t_small, 0.25) and rss_mb < 1000 * SCALE,
          f"0.5 MB {t_small:.1f} s, 2 MB {t_big:.1f} s and {rss_mb:.0f} MB")
    text = open(sample, encoding="utf-8").read()
    letter = os.path.join(d, "letter.txt")
    cut = text.index("Areas for improvement") + len("Areas for improvement")
    open(letter, "w").write(text[:cut] + "\n\n" + "- x\n" * 30000)
    r = run([jtai, "analyse", "-f", "jsonl", letter])
    check(r.returncode == 1 and err_lines(r) == [f"jtai: {letter}: more than 20000 findings (30027; --max-findings)"],
          err_lines(r))
    r = run([jtai, "analyse", "--time-limit", "0.000001", sample])
    check(r.returncode == 1 and err_lines(r)[0].endswith("s (--time-limit)"), err_lines(r))
    r = run([jtai, "analyse", "--max-bytes", "100", sample])
    check(err_lines(r) == [f"jtai: {sample}: larger than the input limit of 100 bytes (--max-bytes)"], err_lines(r))
    print(f"'- x' lines: 0.5 MB {t_small:.1f} s, 2 MB {t_big:.1f} s, {rss_mb:.0f} MB peak; 30,000 bullet findings "
          "refused by the default --max-findings")


def mode_output(jtai, sample):
    d = tempfile.mkdtemp()
    # A device node of the test's own (never /dev/null itself: a regression would replace it).
    node = os.path.join(d, "null-device")
    try:
        os.mknod(node, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
    except PermissionError:
        os.mkfifo(node)
    link = os.path.join(d, "link-to-device")
    os.symlink(node, link)
    for target in [node, link]:
        r = run([jtai, "analyse", "-o", target, sample])
        check(r.returncode == 2 and "-o writes only regular files" in r.stderr.decode(), f"-o {target}: {r.stderr}")
    check(not stat.S_ISREG(os.stat(node).st_mode) and os.path.islink(link), "device or link clobbered")
    r = run([jtai, "analyse", "-f", "jsonl", "-o", "/dev/stdout", sample])
    check(r.returncode == 0 and json.loads(r.stdout)["schema"] == "jtai.analysis/1", "-o /dev/stdout is standard output")
    r = run([jtai, "analyse", "-o", "/dev/stderr", sample])
    check(r.returncode == 2 and "an open file descriptor" in r.stderr.decode(), r.stderr)
    no_temp_left(d)
    copy = os.path.join(d, "in.txt")
    open(copy, "wb").write(open(sample, "rb").read())
    for c in [["analyse", "-o", copy, copy], ["summarise", "-o", copy, copy], ["analyse", "-o", copy, d]]:
        r = run([jtai] + c)
        check(r.returncode == 2 and "is also an input" in r.stderr.decode(), f"{c}: {r.returncode} {r.stderr}")
        check(open(copy, "rb").read() == open(sample, "rb").read(), "input overwritten")
    new = os.path.join(d, "new.json")
    r = run([jtai, "analyse", "-o", new, sample], preexec_fn=lambda: os.umask(0o022))
    check(r.returncode == 0 and stat.S_IMODE(os.stat(new).st_mode) == 0o644, oct(os.stat(new).st_mode))
    os.chmod(new, 0o664)
    r = run([jtai, "analyse", "-o", new, sample])
    check(r.returncode == 0 and stat.S_IMODE(os.stat(new).st_mode) == 0o664, oct(os.stat(new).st_mode))
    link = os.path.join(d, "link.json")
    os.symlink(new, link)
    r = run([jtai, "analyse", "-f", "jsonl", "-o", link, sample])
    check(r.returncode == 0 and os.path.islink(link) and open(new).read().startswith('{"schema"'), "link replaced")
    no_temp_left(d)
    print("-o: devices and links to them refused, inputs kept, umask and old mode honoured, links followed")


def rules_file(d, name, text):
    p = os.path.join(d, name)
    open(p, "wb").write(text if isinstance(text, bytes) else text.encode())
    return p


def mode_threshold(jtai, sample):
    d = tempfile.mkdtemp()
    p = rules_file(d, "t.rules", "rule a x:y\n  match police\nthreshold topic:x 99999999999\n")
    r = run([jtai, "analyse", "--rules", p, sample])
    check(r.returncode == 2, f"exit {r.returncode}")
    check(err_lines(r) == [f"jtai: {p}:3:11: expected: threshold LABEL N (N a whole number up to 999999)"], err_lines(r))
    print("threshold 99999999999: file:line:col, exit 2")


def html_case(d, name, body, doctype="<!DOCTYPE html>"):
    p = os.path.join(d, name)
    open(p, "w").write(f"{doctype}<html><head><title>t</title></head><body>{body}</body></html>")
    return p


def mode_html(jtai, sample):
    d = tempfile.mkdtemp()
    words = "<p>Leaders and partners know their children well and act quickly.</p>"
    cases = {
        "attrs-10k.html": "<p " + " ".join(f"a{i}=x" for i in range(10000)) + ">Children are safe.</p>" + words,
        "attrs-100k.html": "<p " + " ".join(f"a{i}=x" for i in range(100000)) + ">Children are safe.</p>" + words,
        "br-1m.html": "<p>Children are safe." + "<br>" * 1000000 + "</p>" + words,
        "li-100k.html": "<ul>" + "<li>Children are safe.</li>" * 100000 + "</ul>" + words,
        "cells-100k.html": "<table><tr>" + "<td>safe</td>" * 100000 + "</tr></table>" + words,
        "comments-1m.html": "<!-- c -->" * 1000000 + words,
        "deep-300.html": "<div>" * 300 + "Children are safe." + "</div>" * 300 + words,
        "deep-20k.html": "<div>" * 20000 + "Children are safe." + "</div>" * 20000 + words,
    }
    for name, body in cases.items():
        p = html_case(d, name, body)
        start = time.monotonic()
        r = run([jtai, "text", p], timeout=30 * SCALE)
        secs = time.monotonic() - start
        check(r.returncode == 0, f"{name}: exit {r.returncode} {r.stderr[-200:]}")
        want = b"Children are safe" if "Children are safe" in body else b"safe" if "safe" in body else b"act quickly"
        check(b"act quickly" in r.stdout and want in r.stdout, f"{name}: text lost")
        check(secs < 10 * SCALE, f"{name}: {secs:.1f} s")
        print(f"  {name}: {secs:.2f} s, {len(r.stdout)} bytes of text")
    for doctype in ['<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">',
                    "<!DOCTYPE html SYSTEM \"about:legacy-compat\">", "<!doctype html><!DOCTYPE leak-me>",
                    '<!DOCTYPE html [ <!ENTITY leak "y"> ]>', "<!DOCTYPE html SYSTEM 'x' [ <!ELEMENT leak ANY> ]>"]:
        p = html_case(d, "doctype.html", words, doctype)
        r = run([jtai, "text", p])
        out = r.stdout.decode()
        check(r.returncode == 0 and "act quickly" in out and not any(w in out for w in ["DTD", "legacy", "leak", "]"]),
              f"{doctype}: {out!r}")
    print("HTML: huge attribute lists, 1M <br>, 100k <li>/<td>, 1M comments, deep nesting: quick, text kept, no DOCTYPE text")


def mode_special(jtai, sample):
    d = tempfile.mkdtemp()
    fifo = os.path.join(d, "fifo.txt")
    os.mkfifo(fifo)
    zero = os.path.join(d, "zero.txt")
    os.symlink("/dev/zero", zero)
    for p, what in [(fifo, "a FIFO (named pipe)"), (zero, "a character device"), ("/dev/zero", "a character device")]:
        r = run([jtai, "analyse", "-f", "jsonl", p, sample], timeout=20 * SCALE)
        check(r.returncode == 1 and err_lines(r) == [f"jtai: {p}: {what}, not a regular file: jtai reads only files"],
              f"{p}: {err_lines(r)}")
        check(len(r.stdout.splitlines()) == 2, f"{p}: the good document is missing")
        r = run([jtai, "analyse", "--rules", p, sample], timeout=20 * SCALE)
        check(r.returncode == 2 and err_lines(r) == [f"jtai: {p}:0:0: {what}, not a regular file: jtai reads only files"],
              f"--rules {p}: {err_lines(r)}")
    r = subprocess.run([jtai, "analyse", "-", "--max-bytes", "1000000"], stdin=open("/dev/zero", "rb"),
                       capture_output=True, timeout=20 * SCALE)
    check(r.returncode == 1 and "larger than the input limit of 1000000 bytes" in r.stderr.decode(), r.stderr[-200:])
    print("special files: FIFO, /dev/zero and a link to it refused at once as input and --rules; stdin bounded")


def mode_rules(jtai, sample):
    d = tempfile.mkdtemp()
    cases = [
        ("rule a x:y\n  regex a*\n", "2:9: bad regex: pattern matches the empty string"),
        ("rule a x:y\n  regex ()\n", "2:9: bad regex: pattern matches the empty string"),
        ("rule a x:y\n  regex police|\n", "2:9: bad regex: pattern matches the empty string"),
        ("rule a x:y\n  match police|\n", "2:16: empty phrase"),
        ("rule a x:y\n  match *\n", "2:9: bad phrase: pattern matches the empty string"),
        ("rule a x:y\n  match police\n  unless *\n", "3:10: bad phrase: pattern matches the empty string"),
        ("rule a x:y\n  regex zzz)|(?:\n", "2:9: bad regex: unexpected ): zzz)|(?:"),
        ("rule a x:y\n  regex \\b\n", "2:9: bad regex: pattern matches the empty string"),
        ("rule a x:y\n  match police\n  regex officers?|\n", "3:9: bad regex: pattern matches the empty string"),
    ]
    for text, want in cases:
        p = rules_file(d, "r.rules", text)
        r = run([jtai, "rules", "check", p])
        out = r.stdout.decode()
        check(r.returncode == 1 and f"{p}:{want}" in out, f"{text!r}: {out}")
        r = run([jtai, "analyse", "--rules", p, sample])
        check(r.returncode == 2 and err_lines(r)[0].startswith(f"jtai: {p}:"), f"{text!r}: {err_lines(r)}")
    many = "".join(f"rule r{i} x:y\n  match word{i}\n" for i in range(100000))
    phrases = "rule a x:y\n  match " + " | ".join(f"word{i}" for i in range(100000)) + "\n"
    for name, text, want in [("many.rules", many, "more than 5000 rules"), ("phrases.rules", phrases, "more than 1000 patterns")]:
        p = rules_file(d, name, text)
        start = time.monotonic()
        r = run([jtai, "rules", "check", p], timeout=20 * SCALE)
        secs = time.monotonic() - start
        check(r.returncode == 1 and want in r.stdout.decode() and secs < 5 * SCALE, f"{name}: {secs:.1f} s {r.stdout[-200:]}")
    ok = rules_file(d, "ok.rules", "".join(f"rule r{i} x:y{i % 50}\n  match word{i} | other {i}\n" for i in range(5000)))
    start = time.monotonic()
    r = run([jtai, "analyse", "--rules", ok, sample])
    secs = time.monotonic() - start
    check(r.returncode == 0 and secs < 20 * SCALE, f"5000 rules: exit {r.returncode}, {secs:.1f} s")
    print(f"rules: empty matches and wrapper escapes refused with file:line:col; 100k rules/phrases refused at once; "
          f"5000 rules analyse in {secs:.1f} s")


def mode_messages(jtai, sample):
    d = tempfile.mkdtemp()
    r = run([jtai, "analyse", "--rules", d, sample])
    check(r.returncode == 2 and err_lines(r) == [f"jtai: {d}:0:0: a folder, not a regular file: jtai reads only files"],
          err_lines(r))
    bom = rules_file(d, "bom.rules", b"\xef\xbb\xbfrule a x:y\n  match police\n")
    r = run([jtai, "rules", "check", bom])
    check(r.returncode == 0 and r.stdout == b"1 rules OK\n", r.stdout)
    empty = rules_file(d, "empty.rules", "# nothing\n")
    r = run([jtai, "analyse", "--rules", empty, sample])
    check(r.returncode == 2 and "no rules" in r.stderr.decode(), err_lines(r))
    r = run([jtai, "rules", "check", empty])
    check(r.returncode == 1 and "no rules" in r.stdout.decode(), r.stdout)
    text = open(sample, encoding="utf-8").read()[:2000]
    for enc, bom_bytes in [("utf-16-le", b"\xff\xfe"), ("utf-16-be", b"\xfe\xff"), ("utf-16-le", b"")]:
        p = os.path.join(d, f"{enc}-{len(bom_bytes)}.txt")
        open(p, "wb").write(bom_bytes + text.encode(enc))
        r = run([jtai, "analyse", p])
        check(err_lines(r) == [f"jtai: {p}: UTF-16 text; convert it to UTF-8 (iconv -f UTF-16 -t UTF-8)"], err_lines(r))
    long = os.path.join(d, "x" * 5000 + ".txt")
    r = run([jtai, "analyse", long])
    lines = err_lines(r)
    check(len(lines) == 1 and lines[0].endswith(f"({len(long)} bytes): cannot open file: File name too long"), lines)
    for raw, shown in [("new\nline.txt", "new\\nline.txt"), ("esc\x1b[31mred.txt", "esc\\x1B[31mred.txt"),
                       ("tab\tname.txt", "tab\\tname.txt")]:
        p = os.path.join(d, raw)
        open(p, "w").write("")
        r = run([jtai, "analyse", p])
        check(err_lines(r) == [f"jtai: {os.path.join(d, shown)}: empty file"], err_lines(r))
        check(b"\x1b" not in r.stderr, "escape code printed raw")
    odd = rules_file(d, "odd\nname\x1b[2J.rules", "labels a\n")
    r = run([jtai, "rules", "check", odd])
    shown = os.path.join(d, "odd\\nname\\x1B[2J.rules")
    check(r.stdout.decode().splitlines()[0] == f"{shown}:1:1: unknown statement 'labels' (expected rule, threshold, share, acronyms or label)",
          r.stdout)
    print("messages: folder, BOM, empty rules, UTF-16, a 5,000-character path and control characters are clear, one line")


def mode_signals(jtai, sample):
    d = tempfile.mkdtemp()
    big = os.path.join(d, "in")
    os.mkdir(big)
    data = open(sample, "rb").read()
    for i in range(400):
        open(os.path.join(big, f"{i:03}.txt"), "wb").write(data)
    for sig in [signal.SIGINT, signal.SIGTERM]:
        out = os.path.join(d, "out.jsonl")
        p = subprocess.Popen([jtai, "analyse", "-j", "1", "-f", "jsonl", "-o", out, big],
                             stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        deadline = time.monotonic() + 20 * SCALE
        while time.monotonic() < deadline and not any(".tmp-" in n for n in os.listdir(d)):
            time.sleep(0.01)
        check(any(".tmp-" in n for n in os.listdir(d)), "no temporary file appeared")
        time.sleep(0.2)
        p.send_signal(sig)
        rc = p.wait(timeout=20 * SCALE)
        check(rc == -sig, f"{sig.name}: exit {rc}")
        no_temp_left(d)
        check(not os.path.exists(out), "a partial output file was left")
    print("SIGINT and SIGTERM during -o: killed by the signal, no temporary file left")


if __name__ == "__main__":
    mode, jtai, sample = sys.argv[1:4]
    globals()["mode_" + mode](jtai, sample)
