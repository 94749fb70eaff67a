#!/usr/bin/env python3
"""Saved web pages give the same record as the text they carry.

Each document given is turned into the HTML page a user would save: a <head> with title,
style and script, a site <header> and <nav> menu, the document in <main><article> (blank-
line blocks become <p>, bullet lines <li>, short unpunctuated lines <h2>, typographic
quotes written as entities), an "related stories" aside, a cookie banner and a <footer>.
`jtai analyse` on the page and on the text must give the same kind, title, date, areas,
findings (kind and text) and quotes (speaker and text); no menu, footer or script string
may reach `jtai text`. Usage: html_vs_text.py JTAI FILE...
"""
import html, json, os, re, subprocess, sys, tempfile

BULLET = re.compile(r"^\s*([-•\u2022\uf0b7\uf06e\uf0a7■◼]|\d{1,2}[.)])\s")
FURNITURE = ["Home", "Sign in", "Subscribe to our newsletter", "Related stories", "Accept all cookies",
             "Copyright 2024 Example News Ltd", "var tracking", "font-family"]


def entities(s):
    s = html.escape(s, quote=False)
    return s.replace("\u2019", "&rsquo;").replace("\u2018", "&lsquo;").replace("\u201c", "&ldquo;").replace("\u201d", "&rdquo;")


def to_html(text):
    body = []
    for block in re.split(r"\n\s*\n", text.replace("\f", "\n")):
        lines = [l.strip() for l in block.splitlines() if l.strip()]
        if not lines:
            continue
        if all(BULLET.match(l) for l in lines):
            body.append("<ul>" + "".join(f"<li>{entities(BULLET.sub('', l, 1))}</li>" for l in lines) + "</ul>")
        elif len(lines) == 1 and len(lines[0]) < 70 and not re.search(r"[.:;,!?]$", lines[0]):
            body.append(f"<h2>{entities(lines[0])}</h2>")
        else:
            body.append("<p>" + "<br>\n".join(entities(l) for l in lines) + "</p>")
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Example News</title>
<style>body {{ font-family: sans-serif; }}</style>
<script>var tracking = {{"id": 1}};</script></head>
<body>
<header class="site-header"><a href="/">Home</a> <a href="/login">Sign in</a></header>
<nav><ul><li><a href="/news">News</a></li><li><a href="/jobs">Jobs</a></li></ul></nav>
<div class="cookie-banner">We use cookies. <button>Accept all cookies</button></div>
<main><article>
{chr(10).join(body)}
</article></main>
<aside class="related-stories"><h3>Related stories</h3><ul><li>Another story</li></ul></aside>
<div class="newsletter-signup">Subscribe to our newsletter</div>
<footer><p>Copyright 2024 Example News Ltd</p></footer>
<script>document.write("tracking pixel");</script>
</body></html>
"""


def run(jtai, *args):
    r = subprocess.run([jtai, *args], capture_output=True, text=True)
    if r.returncode != 0:
        sys.exit(f"FAIL {' '.join(args)}: exit {r.returncode}: {r.stderr.strip()}")
    return r.stdout


def essence(rec):
    d = rec["document"]
    ws = lambda s: " ".join((s or "").split())
    return {
        "kind": d["kind"], "title": d["title"], "date": d["date"], "areas": d["areas"],
        "findings": [(f["kind"], ws(f["text"])) for f in rec["findings"]],
        "quotes": [(q.get("speaker"), ws(q["text"])) for q in rec.get("quotes") or []],
    }


def main():
    jtai, files = sys.argv[1], sys.argv[2:]
    d = tempfile.mkdtemp()
    failures = 0
    for path in files:
        page = os.path.join(d, os.path.basename(path).rsplit(".", 1)[0] + ".html")
        open(page, "w", encoding="utf-8").write(to_html(open(path, encoding="utf-8").read()))
        a = json.loads(run(jtai, "analyse", "--format", "json", page))
        b = json.loads(run(jtai, "analyse", "--format", "json", path))
        if a["source"]["format"] != "html" or "text_sha256" not in a["source"]:
            print(f"FAIL {page}: source {a['source']}")
            failures += 1
        extracted = run(jtai, "text", page)
        leaked = [s for s in FURNITURE if s in extracted]
        if leaked:
            print(f"FAIL {page}: page furniture in the text: {leaked}")
            failures += 1
        ea, eb = essence(a), essence(b)
        for key in ea:
            if ea[key] != eb[key]:
                print(f"FAIL {os.path.basename(path)}: {key} differs\n  html: {str(ea[key])[:300]}\n  text: {str(eb[key])[:300]}")
                failures += 1
        print(f"{'ok  ' if ea == eb else 'FAIL'} {os.path.basename(path)}: {len(ea['findings'])} findings, "
              f"{len(ea['quotes'])} quotes, kind {ea['kind']}")
    sys.exit(1 if failures else 0)


if __name__ == "__main__":
    main()
