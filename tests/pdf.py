"""A tiny PDF writer for tests: real PDFs with a text layer, no extra dependency."""


def _pdf_string(line: str) -> bytes:
    escaped = line.encode("ascii").replace(b"\\", b"\\\\")
    return b"(" + escaped.replace(b"(", b"\\(").replace(b")", b"\\)") + b")"


def write_pdf(pages: list[list[str]], title: str | None = None) -> bytes:
    """A minimal valid PDF 1.4: each page shows its ASCII lines in Helvetica."""
    objects: list[bytes] = []
    font = len(objects) + 1
    objects.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    pages_ref = font + 2 * len(pages) + 1
    kids = []
    for lines in pages:
        stream = b"BT /F1 12 Tf 14 TL 72 720 Td " + b" ".join(
            _pdf_string(line) + b" Tj T*" for line in lines
        )
        stream += b" ET"
        objects.append(b"<< /Length %d >>\nstream\n%s\nendstream" % (len(stream), stream))
        objects.append(
            b"<< /Type /Page /Parent %d 0 R /MediaBox [0 0 612 792] /Contents %d 0 R"
            b" /Resources << /Font << /F1 %d 0 R >> >> >>" % (pages_ref, len(objects), font)
        )
        kids.append(b"%d 0 R" % len(objects))
    objects.append(b"<< /Type /Pages /Kids [%s] /Count %d >>" % (b" ".join(kids), len(kids)))
    objects.append(b"<< /Type /Catalog /Pages %d 0 R >>" % pages_ref)
    trailer = b"/Size %d /Root %d 0 R" % (len(objects) + 1 + bool(title), len(objects))
    if title:
        objects.append(b"<< /Title %s >>" % _pdf_string(title))
        trailer += b" /Info %d 0 R" % len(objects)
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< %s >>\nstartxref\n%d\n%%%%EOF\n" % (trailer, xref)
    return bytes(out)
