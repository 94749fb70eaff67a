#!/usr/bin/env python3
"""Broken PDFs (truncated, encrypted, image-only, garbage, a PNG renamed .pdf, empty) each
give one exact line on stderr naming the file and exit 1, while a good PDF in the same
batch still gets its record. The files are written here, so the test needs no fixtures.
Usage: bad_pdfs.py JTAI GOOD_PDF"""
import json, os, struct, subprocess, sys, tempfile

from minimal_pdf import pdf


jtai, good = sys.argv[1], sys.argv[2]
data = open(good, "rb").read()
blank = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
         b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
         b"<< /Length 0 >>\nstream\n\nendstream"]
encrypt = b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>"
file_id = b"/ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] "
png = b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0)
trailer_error = "damaged PDF: poppler cannot read it (error: Couldn't find trailer dictionary)"
bad = {
    "truncated.pdf": (data[: len(data) // 3], trailer_error),
    "encrypted.pdf": (pdf(blank + [encrypt], b"/Encrypt 5 0 R " + file_id),
                      "encrypted PDF: it needs a password, which jtai does not take"),
    "image-only.pdf": (pdf(blank), "PDF has no text layer (1 page, image-only or scanned); run OCR first"),
    "garbage.pdf": (b"%PDF-1.7\n" + bytes(range(256)) * 20, trailer_error),
    "picture.pdf": (png, "not a text, PDF or HTML document (a PNG image)"),
    "empty.pdf": (b"", "empty file"),
}
d = tempfile.mkdtemp()
paths = []
for name, (content, _) in bad.items():
    p = os.path.join(d, name)
    open(p, "wb").write(content)
    paths.append(p)
r = subprocess.run([jtai, "analyse", "--format", "jsonl", paths[0], good] + paths[1:], capture_output=True, text=True)
want = [f"jtai: {os.path.join(d, n)}: {m}" for n, (_, m) in bad.items()]
got = r.stderr.strip().splitlines()
assert r.returncode == 1, f"exit {r.returncode}"
assert got == want, "\n".join(got)
recs = [json.loads(x) for x in r.stdout.splitlines()]
assert len(recs) == len(bad) + 1, len(recs)
assert recs[1]["source"]["format"] == "pdf" and len(recs[1]["findings"]) > 0, recs[1]["source"]
assert [("error" in x) for x in recs] == [True, False] + [True] * (len(bad) - 1)
print(f"{len(bad)} broken PDFs: one exact line each, exit 1; the good PDF has {len(recs[1]['findings'])} findings")
