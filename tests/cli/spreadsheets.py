#!/usr/bin/env python3
"""Spreadsheet output. Usage: spreadsheets.py MODE JTAI SHARED_DIR
  bom   -f csv --bom starts with the UTF-8 byte-order mark and is otherwise the CSV;
        the document columns (year, title, inspectorates, theme) are filled; --bom with
        another format is a usage error.
  xlsx  the xlsx of the whole corpus opened with openpyxl: sheet names, row counts equal
        to the JSONL's, dates typed as dates, header frozen, autofilter on; a terminal
        stdout is refused."""
import csv, datetime, io, json, os, subprocess, sys, tempfile

mode, jtai, shared = sys.argv[1:4]
corpus = [os.path.join(shared, "corpus", d) for d in ("seeds", "docs", "pdf")]


def run(args, **kw):
    return subprocess.run(args, capture_output=True, **kw)


def mode_bom():
    docs = os.path.join(shared, "corpus", "docs")
    plain = run([jtai, "analyse", "-f", "csv", "-j", "2", docs])
    bom = run([jtai, "analyse", "-f", "csv", "--bom", "-j", "2", docs])
    assert plain.returncode == 0 and bom.returncode == 0, bom.stderr[-300:]
    assert bom.stdout == b"\xef\xbb\xbf" + plain.stdout, "--bom is not the BOM and then the CSV"
    rows = list(csv.DictReader(io.StringIO(bom.stdout.decode("utf-8-sig"), newline="")))
    assert list(rows[0])[:9] == ["file", "area", "area_code", "date", "year", "document_kind", "title",
                                 "inspectorates", "theme"], list(rows[0])
    recs = {json.loads(l)["source"]["path"]: json.loads(l)
            for l in run([jtai, "analyse", "-f", "jsonl", "-j", "2", docs]).stdout.decode().splitlines()}
    for row in rows:
        d = recs[row["file"]]["document"]
        assert row["year"] == (d.get("date") or "")[:4], row
        assert row["inspectorates"] == "; ".join(d.get("inspectorates", [])), row
        assert row["theme"] == (d.get("theme") or ""), row
        assert row["title"] == " ".join((d.get("title") or "").split()), row
    assert sum(1 for r in rows if r["title"]) > len(rows) // 2, "few titles"
    curly = sum(1 for r in rows if "\u2019" in r["text"] or "\u201c" in r["text"])
    r = run([jtai, "analyse", "-f", "json", "--bom", docs], text=True)
    assert r.returncode == 2 and r.stderr == "jtai: --bom is for -f csv only\n", (r.returncode, r.stderr)
    print(f"--bom: {len(rows)} rows ({curly} with curly quotes) read as UTF-8 with the BOM; document columns match")


def mode_xlsx():
    import openpyxl
    out = os.path.join(tempfile.mkdtemp(), "corpus.xlsx")
    r = run([jtai, "analyse", "-f", "xlsx", "-j", "2", "-o", out] + corpus)
    j = run([jtai, "analyse", "-f", "jsonl", "-j", "2"] + corpus)
    assert r.returncode == j.returncode, (r.returncode, j.returncode, r.stderr[-300:])
    recs = [json.loads(l) for l in j.stdout.decode().splitlines()]
    recs = [x for x in recs if "error" not in x]
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["documents", "findings", "judgements", "quotes"], book.sheetnames
    want = {"documents": len(recs), "findings": sum(len(x["findings"]) for x in recs),
            "judgements": sum(len(x["document"].get("judgements", [])) for x in recs),
            "quotes": sum(len(x["quotes"]) for x in recs)}
    for name, n in want.items():
        ws = book[name]
        assert ws.max_row - 1 == n, f"{name}: {ws.max_row - 1} rows, JSONL has {n}"
        assert ws.freeze_panes == "A2", f"{name}: header not frozen ({ws.freeze_panes})"
        assert ws.auto_filter.ref and ws.auto_filter.ref.startswith("A1:"), f"{name}: no autofilter"
    docs = book["documents"]
    header = [c.value for c in docs[1]]
    col = {h: i for i, h in enumerate(header)}
    dated = 0
    for row, rec in zip(docs.iter_rows(min_row=2, values_only=True), recs):
        assert row[col["file"]] == rec["source"]["path"], (row[col["file"]], rec["source"]["path"])
        date = rec["document"].get("date")
        if date:
            assert isinstance(row[col["date"]], datetime.datetime), row[col["date"]]
            assert row[col["date"]].date().isoformat() == date
            assert row[col["year"]] == int(date[:4])
            dated += 1
        assert row[col["findings"]] == len(rec["findings"])
    assert dated > len(recs) // 2, f"only {dated} dated documents"
    findings = book["findings"]
    texts = [r[-1] or "" for r in findings.iter_rows(min_row=2, values_only=True)]
    assert texts == [f["text"] for x in recs for f in x["findings"]], "finding texts differ from the JSONL"
    # A terminal is no place for a binary file.
    sample = recs[0]["source"]["path"]
    tty = run(["script", "-q", "-e", "-c", f"{jtai} analyse -f xlsx {sample}", "/dev/null"], text=True)
    assert tty.returncode == 2, tty.returncode
    assert "jtai: xlsx is a binary file: write it with -o FILE.xlsx" in tty.stdout, tty.stdout
    print(f"xlsx: {want} rows equal the JSONL's, {dated} dates typed as dates, headers frozen, filters on")


{"bom": mode_bom, "xlsx": mode_xlsx}[mode]()
