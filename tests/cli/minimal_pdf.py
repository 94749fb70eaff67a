"""A minimal PDF from its objects (object 1 the catalog), with a correct cross-reference
table: the broken, encrypted and image-only PDFs of the bad-input tests and fuzz seeds."""


def pdf(objs, trailer_extra=b""):
    out = b"%PDF-1.4\n"
    offs = []
    for i, o in enumerate(objs, 1):
        offs.append(len(out))
        out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
    x = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
    for o in offs:
        out += b"%010d 00000 n \n" % o
    out += b"trailer\n<< /Size %d /Root 1 0 R " % (len(objs) + 1) + trailer_extra
    out += b">>\nstartxref\n%d\n%%%%EOF\n" % x
    return out
