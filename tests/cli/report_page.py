#!/usr/bin/env python3
"""jtai report. Usage: report_page.py MODE JTAI SHARED OUT_DIR [SAMPLE]
  cli      a folder with one letter twice and a broken file: the page is written, the
           letter shown once, the failure reported (exit 1); records give the page documents give.
  browser  the page of the whole corpus in headless Chromium: every chart drew its points,
           typing in the search box filters the findings, area links reach their documents,
           nothing is loaded from anywhere; OUT_DIR/corpus-report.png is a screenshot."""
import json, os, re, shutil, signal, subprocess, sys, tempfile

mode, jtai, shared, out_dir = sys.argv[1:5]
sample = sys.argv[5] if len(sys.argv) > 5 else None
os.makedirs(out_dir, exist_ok=True)
TIMEOUT = 180 * float(os.environ.get("JTAI_TIME_SCALE", "1"))  # seconds for one jtai or Chromium run
CHARTS = {"chart-concern-themes": "concern_themes", "chart-grades-by-judgement": "grades_by_judgement",
          "chart-themes-by-year": "themes_by_year"}


def run(args, **kw):
    """ARGS run in a session of their own, killed as a group when they overrun."""
    p = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True, **kw)
    try:
        out, err = p.communicate(timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        os.killpg(p.pid, signal.SIGKILL)
        p.communicate()
        sys.exit(f"timed out after {TIMEOUT:.0f} s: {' '.join(args[:3])} ...")
    return subprocess.CompletedProcess(args, p.returncode, out, err)


def page_data(html):
    m = re.search(r'<script type="application/json" id="report-data">(.*?)</script>', html, re.S)
    assert m, "no report data in the page"
    return json.loads(m.group(1))


def mode_cli():
    d = tempfile.mkdtemp()
    shutil.copy(sample, os.path.join(d, "a.txt"))
    shutil.copy(sample, os.path.join(d, "b.txt"))
    with open(os.path.join(d, "broken.pdf"), "wb") as f:
        f.write(b"%PDF-1.4 not really")
    page = os.path.join(d, "out", "report.html")
    os.makedirs(os.path.dirname(page))
    r = run([jtai, "report", "-j", "2", d, "-o", page])
    assert r.returncode == 1, (r.returncode, r.stderr)
    assert r.stderr.count("broken.pdf") == 1, r.stderr
    data = page_data(open(page, encoding="utf-8").read())
    assert data["counts"]["documents"] == 1 and data["counts"]["folded"] == 1, data["counts"]
    assert data["documents"][0]["path"].endswith("a.txt"), data["documents"][0]["path"]
    assert data["documents"][0]["duplicates"] == [os.path.join(d, "b.txt")], data["documents"][0]
    # The same documents as records give the same page.
    records = os.path.join(d, "out", "all.jsonl")
    r = run([jtai, "analyse", "-f", "jsonl", os.path.join(d, "a.txt"), os.path.join(d, "b.txt"), "-o", records])
    assert r.returncode == 0, r.stderr
    again = os.path.join(d, "out", "again.html")
    r = run([jtai, "report", records, "-o", again])
    assert r.returncode == 0, r.stderr
    assert open(again, "rb").read() == open(page, "rb").read(), "records and documents give different pages"
    print(f"cli: one letter twice shown once, a broken file reported (exit 1), records give the same "
          f"{os.path.getsize(page)} bytes")


# Run in the page after its own script: what Chart.js drew, and the search box typed into.
PROBE = """<script>
window.addEventListener("load", () => setTimeout(() => {
  const out = { errors: window.__errors, charts: {} };
  for (const id of %(charts)s) {
    const canvas = document.getElementById(id), c = Chart.getChart(canvas);
    if (!c) { out.charts[id] = null; continue; }
    const px = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
    let painted = 0;
    for (let k = 3; k < px.length; k += 4) if (px[k]) ++painted;
    out.charts[id] = { labels: c.data.labels.length, datasets: c.data.datasets.length, painted: painted,
      elements: c.data.datasets.reduce((n, d, i) => n + c.getDatasetMeta(i).data.length, 0) };
  }
  const visible = () => [...document.querySelectorAll("#findings-table tbody:not([hidden]) tr:not(.doc)")]
      .filter(tr => !tr.hidden).length;
  const search = document.getElementById("search");
  const type = text => { search.focus(); search.value = text; search.dispatchEvent(new Event("input", { bubbles: true })); };
  out.rows = visible();
  out.queries = {};
  for (const q of %(queries)s) { type(q); out.queries[q] = [visible(), document.getElementById("search-count").textContent]; }
  type("");
  out.rows_cleared = visible();
  const links = [...document.querySelectorAll("#area-table a")];
  out.area_rows = document.querySelectorAll("#area-table tbody tr").length;
  out.area_links = links.length;
  out.dangling = links.filter(a => !document.getElementById(a.getAttribute("href").slice(1))).length;
  out.resources = performance.getEntriesByType("resource").map(e => e.name);
  const pre = document.createElement("pre");
  pre.id = "jtai-probe";
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
}, 200));
</script>
"""


def chromium(args, tmp):
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    assert exe, "no chromium: install Debian's chromium package (make deps)"
    profile = tempfile.mkdtemp(dir=tmp)
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--no-default-browser-check",
             "--disable-extensions", "--disable-background-networking", "--disable-component-update",
             "--disable-dev-shm-usage", "--hide-scrollbars", f"--user-data-dir={profile}",
             "--virtual-time-budget=10000"]
    return run([exe] + flags + args)


def expected_rows(data, query):
    """The findings the search should keep: every word of QUERY in the row's text."""
    words = query.lower().split()
    n = 0
    for f in data["findings"]:
        d = data["documents"][f[0]]
        context = " ".join([d["title"], " ".join(d["areas"]), d["path"]])
        text = " ".join([f[1], f[2], f[3], f[5], " ".join(f[6]), f[7], context]).lower()
        n += all(w in text for w in words)
    return n


def check_against_records(data, records):
    texts = {}
    for r in records:
        texts.setdefault(r["source"].get("text_sha256") or r["source"]["sha256"], r)
    assert data["counts"]["documents"] == len(texts), (data["counts"], len(texts))
    assert data["counts"]["findings"] == sum(len(r["findings"]) for r in texts.values()), data["counts"]
    assert data["counts"]["folded"] == len(records) - len(texts), data["counts"]
    grades = sum(len(r["document"]["judgements"]) for r in texts.values())
    drawn = sum(sum(s["values"]) for s in data["charts"]["grades_by_judgement"]["series"])
    assert drawn == grades, (drawn, grades)
    concern_themes = sum(len(f[6]) for f in data["findings"] if f[4])
    assert sum(data["charts"]["concern_themes"]["series"][0]["values"]) == concern_themes


def mode_browser():
    corpus = os.path.join(shared, "corpus")
    page = os.path.join(out_dir, "corpus-report.html")
    r = run([jtai, "report", "-j", "2", corpus, "-o", page])
    assert r.returncode == 0, r.stderr
    html = open(page, encoding="utf-8").read()
    assert not re.search(r"""(?:src|href|action)\s*=\s*["']?\s*(?:https?:|//)""", html, re.I), "the page links out"
    assert "default-src 'none'" in html, "no Content-Security-Policy"
    data = page_data(html)
    r = run([jtai, "analyse", "-f", "jsonl", "-j", "2", corpus])
    check_against_records(data, [json.loads(l) for l in r.stdout.splitlines() if l.strip()])
    queries = ["Police", "domestic abuse", "zzzz-no-such-finding"]
    errors = "<script>window.__errors = []; addEventListener('error', e => __errors.push(String(e.message)));</script>"
    at = html.rindex("</body>")
    probe = PROBE % {"charts": json.dumps(list(CHARTS)), "queries": json.dumps(queries)}
    probed = (html[:at] + probe + html[at:]).replace("<head>", "<head>" + errors, 1)
    tmp = tempfile.mkdtemp()
    probed_page = os.path.join(tmp, "probed.html")
    with open(probed_page, "w", encoding="utf-8") as f:
        f.write(probed)
    r = chromium(["--dump-dom", "file://" + probed_page], tmp)
    m = re.search(r'<pre id="jtai-probe">(.*?)</pre>', r.stdout, re.S)
    assert m, f"the probe did not run (exit {r.returncode}): {r.stderr[-2000:]}"
    got = json.loads(m.group(1).replace("&quot;", '"').replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    assert not got["errors"], got["errors"]
    assert got["resources"] == [], f"the page loaded {got['resources']}"
    for canvas, key in CHARTS.items():
        c, want = got["charts"][canvas], data["charts"][key]
        assert c, f"{canvas}: no chart"
        points = len(want["labels"]) * len(want["series"])
        assert points > 0, f"{canvas}: no data"
        assert (c["labels"], c["datasets"], c["elements"]) == (len(want["labels"]), len(want["series"]), points), (canvas, c)
        assert c["painted"] > 1000, (canvas, c)
        print(f"{canvas}: {len(want['labels'])} labels x {len(want['series'])} series = {points} points, "
              f"{c['painted']} pixels painted")
    total = data["counts"]["findings"]
    assert got["rows"] == total and got["rows_cleared"] == total, (got["rows"], got["rows_cleared"], total)
    for q in queries:
        want = expected_rows(data, q)
        assert got["queries"][q] == [want, f"{want} of {total} findings"], (q, got["queries"][q], want)
        print(f"search {q!r}: {want} of {total} rows")
    assert 0 < got["queries"]["Police"][0] < total and got["queries"]["zzzz-no-such-finding"][0] == 0
    assert got["area_rows"] == len(data["areas"]) and got["dangling"] == 0 and got["area_links"] > 0, got
    shot = os.path.join(out_dir, "corpus-report.png")
    if os.path.exists(shot):
        os.remove(shot)
    r = chromium([f"--screenshot={shot}", "--window-size=1280,1800", "file://" + page], tmp)
    assert os.path.getsize(shot) > 10000 if os.path.exists(shot) else False, f"no screenshot: {r.stderr[-2000:]}"
    shutil.rmtree(tmp, ignore_errors=True)
    print(f"browser: {data['counts']['documents']} documents, {total} findings, {len(data['areas'])} areas, "
          f"page {len(html.encode())} bytes, screenshot {shot}")


{"cli": mode_cli, "browser": mode_browser}[mode]()
