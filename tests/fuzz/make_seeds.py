#!/usr/bin/env python3
"""Writes the seed corpus of the fuzz targets into tests/fuzz/corpus/<target>/ from the
project's rules and the shared corpus: rule files, the starts of real documents as text,
the same as saved web pages, and small PDFs (the smallest corpus PDF, a one-page text PDF,
an image-only and an encrypted one). Run again when the corpus changes.
Usage: make_seeds.py SHARED_DIR"""
import os, sys

here = os.path.dirname(os.path.abspath(__file__))
root = os.path.dirname(os.path.dirname(here))
sys.path.insert(0, os.path.join(root, "tests", "cli"))
from html_vs_text import to_html  # noqa: E402
from minimal_pdf import pdf  # noqa: E402

HEAD = 6000  # bytes of a document kept as a seed: long enough for its structure, short enough to fuzz fast


def write(target, name, data):
    d = os.path.join(here, "corpus", target)
    os.makedirs(d, exist_ok=True)
    open(os.path.join(d, name), "wb").write(data if isinstance(data, bytes) else data.encode())


def head(path):
    text = open(path, encoding="utf-8").read()
    cut = text[:HEAD]
    return cut[: cut.rfind("\n") + 1] or cut


def main():
    shared = sys.argv[1]
    for f in sorted(os.listdir(os.path.join(root, "data", "rules"))):
        write("rules", f, open(os.path.join(root, "data", "rules", f), "rb").read())
    for f in ["user.rules", "five-mistakes.rules"]:
        write("rules", f, open(os.path.join(root, "tests", "fixtures", f), "rb").read())
    write("rules", "small.rules", "rule a agency:police weight=2\n  match police | the force\n  regex officers?\n"
          "  unless police and crime commissioner\nthreshold agency:police 2\nshare theme 50\n"
          "acronyms \\(([A-Z][A-Za-z]{1,7})\\)\n")
    docs = [os.path.join(shared, "corpus", "seeds", f) for f in sorted(os.listdir(os.path.join(shared, "corpus", "seeds")))]
    docs += [os.path.join(shared, "corpus", "docs", k, f) for k in ["jtai-letter", "other-inspection", "thematic-report"]
             for f in sorted(os.listdir(os.path.join(shared, "corpus", "docs", k)))[:1]]
    for p in docs:
        name = os.path.basename(p)
        write("pipeline", name, head(p))
        if "seeds" in p:
            write("html", name[:-4] + ".html", to_html(head(p)))
    write("pipeline", "bullets.txt", "Areas for improvement\n\n- x\n- y\n\n\f2\n")
    write("html", "small.html", "<!DOCTYPE html><html><body><nav>Home</nav><main><h1>T</h1><p>a<br>b</p>"
          "<ul><li>x</li></ul><table><tr><td>1</td><td>2</td></tr></table></main></body></html>")
    pdfs = sorted(os.listdir(os.path.join(shared, "corpus", "pdf")))
    smallest = min((p for p in pdfs if p.endswith(".pdf")), key=lambda p: os.path.getsize(os.path.join(shared, "corpus", "pdf", p)))
    write("pdf", smallest, open(os.path.join(shared, "corpus", "pdf", smallest), "rb").read())
    page = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>"]
    content = b"BT /F1 12 Tf 72 770 Td (Children are safe.) Tj 0 -14 Td (Leaders act quickly.) Tj ET"
    write("pdf", "text.pdf", pdf(page + [b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
                                         b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]))
    blank = page[:2] + [b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
                        b"<< /Length 0 >>\nstream\n\nendstream"]
    write("pdf", "image-only.pdf", pdf(blank))
    encrypt = b"<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> >>"
    file_id = b"/ID [<0123456789abcdef0123456789abcdef><0123456789abcdef0123456789abcdef>] "
    write("pdf", "encrypted.pdf", pdf(blank + [encrypt], b"/Encrypt 5 0 R " + file_id))


if __name__ == "__main__":
    main()
